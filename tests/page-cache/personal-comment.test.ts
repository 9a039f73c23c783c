// Every comment arrives as somebody else's, on a live page as on the shared member page; the
// viewer layer then says which are the member's own, which they upvoted and which they may still edit.
import { describe, expect, it } from "vitest";
import { personalComment } from "@/components/comments/use-personal-comment";
import type { PersonalReview } from "@/lib/page-cache/viewer-layer-provider";
import type { CommentData } from "@/components/comments/thread-data";

const layer: PersonalReview = {
  reviewId: "r1",
  isOwnReview: false,
  markedHelpful: false,
  ownComments: new Set(["mine", "mine-old"]),
  upvotedComments: new Set(["liked"]),
  editableComments: { mine: "My **Markdown**" },
};
const shared = (id: string, extra: Partial<CommentData> = {}): CommentData => ({ id, author: "Someone", body: `Body of ${id}`, ...extra });

describe("personalComment", () => {
  it("marks the member's own comment, with the Markdown to edit while the window is open", () => {
    expect(personalComment(shared("mine"), layer)).toEqual({ ...shared("mine"), own: true, editable: "My **Markdown**" });
    expect(personalComment(shared("mine-old"), layer)).toEqual({ ...shared("mine-old"), own: true });
  });

  it("marks what they upvoted, and leaves everyone else's comments as they were", () => {
    expect(personalComment(shared("liked", { upvotes: 4 }), layer)).toEqual({ ...shared("liked", { upvotes: 4 }), upvoted: true });
    expect(personalComment(shared("other"), layer)).toEqual(shared("other"));
  });

  it("offers a held comment for editing, as the edit action takes it, and never a hidden one", () => {
    expect(personalComment(shared("mine", { status: "held" }), layer)).toMatchObject({ own: true, editable: "My **Markdown**" });
    expect(personalComment(shared("mine", { status: "hidden" }), layer)).not.toHaveProperty("editable");
  });
});
