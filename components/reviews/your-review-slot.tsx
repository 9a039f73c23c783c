import type { PageViewer } from "@/lib/page-viewer";
import { getOwnFilmReview } from "@/lib/queries/own-reviews";
import { getSettings } from "@/lib/settings";
import { banMessage } from "@/lib/users/ban";
import { verifiedEmailProblem } from "@/lib/users/verified-email-rule";
import { SharedYourReviewSlot } from "./shared-your-review-slot";
import { YourReviewPanel, type OwnReviewSummary } from "./your-review-panel";

/** The film page's place for the reader's own review (YourReviewPanel), as this page knows them. */
export async function YourReviewSlot({ film, viewer }: { film: { id: string; slug: string; title: string }; viewer: PageViewer }) {
  if (viewer.kind === "members") return <SharedYourReviewSlot film={film} />;
  if (viewer.kind === "guest") return <YourReviewPanel film={film} standing={{ kind: "guest" }} />;
  const { user } = viewer;
  const found = await getOwnFilmReview(film.id, user.id);
  const ownReview: OwnReviewSummary | null = found && found.state !== "DELETED" ? { id: found.id, state: found.state } : null;
  return (
    <YourReviewPanel
      film={film}
      standing={
        user.isBanned
          ? { kind: "suspended", message: banMessage(user), ownReview }
          : verifiedEmailProblem(await getSettings(), user)
            ? { kind: "unverified", ownReview }
            : { kind: "member", ownReview }
      }
    />
  );
}
