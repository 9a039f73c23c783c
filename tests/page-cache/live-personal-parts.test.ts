// Every personal part of a film or review page reads the viewer layer. A live render computes
// it on the server (renderedViewerLayer, the query GET /api/viewer answers with) and hands it
// over ready (ServerViewerLayer), so the server's HTML already holds the member's own controls;
// only the shared member page waits for the browser to fetch its layer.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
// The route the root layout's provider sees: a live page unless a test says it is the shared member page.
const route = { segments: [] as string[] };
vi.mock("next/navigation", () => ({
  useRouter: () => ({ refresh() {}, push() {} }),
  usePathname: () => "/films/her",
  useSelectedLayoutSegments: () => route.segments,
}));

import { CommentComposer } from "@/components/comments/comment-composer";
import { DiscussionProvider } from "@/components/comments/discussion-provider";
import { ReviewActions } from "@/components/reviews/review-actions";
import { YourReviewSlot } from "@/components/reviews/your-review-slot";
import { ServerViewerLayer, ViewerLayerProvider } from "@/lib/page-cache/viewer-layer-provider";
import { db } from "@/lib/db";
import { audienceViewer, liveViewer, renderedViewerLayer, type PageViewer } from "@/lib/page-cache/page-viewer";
import type { ViewerLayerScope } from "@/lib/page-cache/viewer-layer";
import { actAs } from "../helpers/acting-as";
import { createTestFilm, createTestReview, createTestUser } from "../helpers/fixtures";
import { resetSetting, setSetting } from "../helpers/site-settings";

type Film = Awaited<ReturnType<typeof createTestFilm>>;
type Review = Awaited<ReturnType<typeof createTestReview>>;

/** The page's personal part as its server renders it for `viewer`, under the root layout's provider. */
async function render(viewer: PageViewer, scope: ViewerLayerScope, ...parts: ReactNode[]): Promise<string> {
  const layer = await renderedViewerLayer(viewer, scope);
  const html = renderToStaticMarkup(
    createElement(ViewerLayerProvider, null, createElement(ServerViewerLayer, { layer }, createElement(DiscussionProvider, null, ...parts))),
  );
  // As a reader sees it: without tags, entities decoded.
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** A live render for this member (null: a signed-out reader). */
async function liveFor(user: { id: string } | null): Promise<PageViewer> {
  actAs(user);
  return liveViewer();
}

describe("personal parts of a live render", () => {
  let film: Film;
  let othersReview: Review;
  const slot = () => createElement(YourReviewSlot, { film: { id: film.id, slug: film.slug, title: film.title } });
  const actions = (review: Review) => createElement(ReviewActions, { review: { id: review.id, published: review.state === "PUBLISHED", helpfulCount: 3 } });
  const composer = (review: Review) => createElement(CommentComposer, { reviewId: review.id });

  beforeAll(async () => {
    film = await createTestFilm();
    othersReview = await createTestReview({ authorId: (await createTestUser()).id, filmId: film.id });
  });

  it("invites a signed-out reader to sign in, with nothing to wait for", async () => {
    const viewer = await liveFor(null);
    expect(await render(viewer, { kind: "film", slug: film.slug }, slot())).toContain("Sign in to review");
    const page = await render(viewer, { kind: "review", id: othersReview.id }, actions(othersReview), composer(othersReview));
    expect(page).toContain("Helpful (3) — sign in to vote");
    expect(page).toContain("Sign in to join the discussion");
  });

  it("tells a suspended member why, with no forms and no vote", async () => {
    const until = new Date(Date.now() + 86_400_000);
    const viewer = await liveFor(await createTestUser({ banned: true, bannedUntil: until }));
    const filmPage = await render(viewer, { kind: "film", slug: film.slug }, slot());
    expect(filmPage).toContain("You can’t review films right now");
    expect(filmPage).toContain("Your account is suspended until");
    expect(filmPage).not.toContain("Write a review");
    const reviewPage = await render(viewer, { kind: "review", id: othersReview.id }, actions(othersReview), composer(othersReview));
    expect(reviewPage).toContain("Helpful (3) · suspended accounts can’t vote");
    expect(reviewPage).toContain("You can't comment while your account is suspended (until ");
    expect(reviewPage).toContain("Reason: Testing bans");
    expect(reviewPage).not.toContain("Post comment");
  });

  it("gives the author of an unpublished review Edit and Delete, and no vote", async () => {
    const author = await createTestUser();
    const own = await db.review.update({
      where: { id: (await createTestReview({ authorId: author.id, filmId: film.id })).id },
      data: { state: "PENDING" },
    });
    const viewer = await liveFor(author);
    const reviewPage = await render(viewer, { kind: "review", id: own.id }, actions(own));
    expect(reviewPage).toContain("Edit");
    expect(reviewPage).toContain("Delete");
    expect(reviewPage).toContain("3 people found this helpful");
    expect(reviewPage).not.toContain("Helpful (");
    const filmPage = await render(viewer, { kind: "film", slug: film.slug }, slot());
    expect(filmPage).toContain(`You reviewed ${film.title}`);
    expect(filmPage).toContain("It is waiting for a moderator");
  });

  it("shows a member's helpful vote pressed, and the forms", async () => {
    const member = await createTestUser();
    await db.vote.create({ data: { userId: member.id, reviewId: othersReview.id } });
    const viewer = await liveFor(member);
    const html = renderToStaticMarkup(
      createElement(ServerViewerLayer, { layer: await renderedViewerLayer(viewer, { kind: "review", id: othersReview.id }) }, actions(othersReview)),
    );
    expect(html).toMatch(/<button[^>]*aria-pressed="true"[^>]*>.*Helpful \(3\)/);
    expect(await render(viewer, { kind: "review", id: othersReview.id }, composer(othersReview))).toContain("Post comment");
    expect(await render(viewer, { kind: "film", slug: film.slug }, slot())).toContain("Write a review");
  });

  it("tells a member who must confirm their address so, in place of the forms", async () => {
    await setSetting("requireVerifiedEmail", true);
    try {
      const viewer = await liveFor(await createTestUser());
      expect(await render(viewer, { kind: "film", slug: film.slug }, slot())).toContain("Confirm your email address");
      const reviewPage = await render(viewer, { kind: "review", id: othersReview.id }, composer(othersReview));
      expect(reviewPage).toContain("Confirm your email address");
      expect(reviewPage).not.toContain("Post comment");
    } finally {
      await resetSetting("requireVerifiedEmail");
    }
  });
});

describe("personal parts of the shared member page", () => {
  it("wait for the layer the browser fetches: the film page holds the panel's place", async () => {
    const film = await createTestFilm();
    route.segments = ["shared", "member", "film", film.slug, "-"];
    try {
      const html = await render(audienceViewer("member"), { kind: "film", slug: film.slug }, createElement(YourReviewSlot, { film }));
      expect(html).not.toContain("Sign in to review");
      expect(html).not.toContain("Write a review");
      expect(renderToStaticMarkup(createElement(ViewerLayerProvider, null, createElement(YourReviewSlot, { film })))).toContain("animate-pulse");
    } finally {
      route.segments = [];
    }
  });
});
