// The rendered thread: the lean markup `.thread` in app/globals.css is written against, what each
// kind of reader can do, and the compact data the server hands the browser for it (a big thread
// carries that data once per comment in the page's RSC payload).
import { createElement, isValidElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }) }));
// The server's HTML, or what the browser renders once the page is hydrated.
const page = { hydrated: false };
vi.mock("@/components/ui/use-hydrated", () => ({ useHydrated: () => page.hydrated }));

import type { ShownComment, ThreadEntryNode } from "@/lib/comments/thread-view";
import { CommentThread } from "@/components/comments/comment-thread";
import { DiscussionProvider } from "@/components/comments/discussion-provider";
import type { ThreadContext } from "@/components/comments/thread-context";
import { ServerViewerLayer } from "@/lib/page-cache/viewer-layer-provider";
import type { ViewerLayer } from "@/lib/page-cache/viewer-layer";

const NOW = new Date("2026-11-22T12:00:00Z");

function comment(id: string, overrides: Partial<ShownComment> = {}, replies: ThreadEntryNode[] = []): ThreadEntryNode {
  return {
    kind: "comment",
    id,
    parentId: null,
    body: `Comment ${id}, with **bold** text.`,
    createdAt: new Date("2026-11-22T11:55:00Z"),
    editedAt: null,
    upvoteCount: 0,
    credit: { kind: "user", handle: `h-${id}`, displayName: `Person ${id}`, deleted: false },
    status: "published",
    statusReason: null,
    wordpressId: null,
    ...overrides,
    replies,
  } as ThreadEntryNode;
}

/** c1 (2 upvotes) → c2 (edited) → c3 → c4, and a deleted comment with one reply. */
function sampleThread(): ThreadEntryNode[] {
  return [
    comment("c1", { upvoteCount: 2 }, [
      comment("c2", { editedAt: new Date("2026-11-22T11:58:00Z") }, [comment("c3", {}, [comment("c4")])]),
    ]),
    { kind: "placeholder", id: "gone1", parentId: null, removedBy: "author", replies: [comment("c5")] },
  ];
}

function context(viewer: ThreadContext["viewer"], overrides: Partial<ThreadContext> = {}): ThreadContext {
  return { reviewId: "r1", replyDepth: 2, viewer, pagePath: "/reviews/r1?sort=top", now: NOW, ...overrides };
}

/** What the viewer layer says of review r1 for the member reading it: their comments (all still editable) and upvotes. */
function memberLayer(own: string[], upvoted: string[] = []): ViewerLayer {
  return {
    account: { handle: "me", displayName: "Me", isStaff: false, unreadNotifications: 0, mustVerifyEmail: false, suspension: null },
    review: {
      reviewId: "r1",
      isOwnReview: false,
      markedHelpful: false,
      ownComments: own,
      upvotedComments: upvoted,
      editableComments: Object.fromEntries(own.map((id) => [id, `Comment ${id}, with **bold** text.`])),
    },
  };
}

function render(threads: ThreadEntryNode[], ctx: ThreadContext, { hydrated = false, layer = null as ViewerLayer | null } = {}): string {
  page.hydrated = hydrated;
  const thread = createElement(DiscussionProvider, null, createElement(CommentThread, { threads, context: ctx }));
  return renderToStaticMarkup(createElement(ServerViewerLayer, { layer }, thread));
}

/** The <li> of one comment, without its replies. */
function ownMarkup(html: string, id: string): string {
  const start = html.indexOf(`<li id="c-${id}"`);
  const end = html.indexOf("</article>", start);
  return html.slice(start, end);
}

describe("the rendered thread", () => {
  it("gives signed-out readers a link to sign in that comes back to the comment, and no class lists", () => {
    const html = render(sampleThread(), context("guest"));
    const c1 = ownMarkup(html, "c1");
    const back = encodeURIComponent("/reviews/r1?sort=top#c-c1");
    expect(c1).toContain('<li id="c-c1" tabindex="-1"><article><header><a href="/users/h-c1">Person c1</a>');
    expect(c1).toContain('<time dateTime="2026-11-22T11:55:00Z" title="22 November 2026 at 11:55 UTC">5 minutes ago</time>');
    expect(c1).toContain(`<a href="/sign-in?callbackUrl=${back}">Reply</a>`);
    expect(c1).toContain('<span class="up" title="Upvotes">2<span class="sr-only"> upvotes</span></span>');
    // No count where there are no votes: a reader who can't vote gains nothing from "0".
    expect(ownMarkup(html, "c2")).not.toContain('class="up"');
    expect(c1).toContain('aria-label="Link to this comment" href="/comments/c1">Link</a>');
    expect(html).not.toMatch(/<button/);

    // Only the few classes the stylesheet defines, never utility lists.
    const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((match) => match[1]!.trim().split(/\s+/)));
    expect([...classes].sort()).toEqual(["gone", "more", "prose-comment", "sr-only", "thread", "up"]);
  });

  it("nests replies in <details open> that say what collapsing hides, and stops at the depth cap", () => {
    const html = render(sampleThread(), context("guest"));
    expect(html).toContain("<details open=\"\"><summary><span>3 replies hidden</span><span>Collapse 3 replies</span></summary><ol><li id=\"c-c2\"");
    expect(html).toContain("<time dateTime=\"2026-11-22T11:58:00Z\" title=\"Edited 22 November 2026 at 11:58 UTC\">edited</time>");
    // replyDepth 2: c3 is at the cap, so c4 continues on c3's own page.
    expect(html).toContain('<p class="more"><a href="/comments/c3">Continue this thread (1 more reply) →</a></p>');
    expect(html).not.toContain('id="c-c4"');
    expect(html).toContain('<li id="c-gone1" tabindex="-1"><p class="gone">[deleted]</p><details open="">');
  });

  it("dates a comment imported from WordPress and keeps its old #comment-<id> anchor; the seed's undated ones stay undated", () => {
    const source = { kind: "source", name: "Mai", bio: null, url: null } as const;
    const html = render([comment("wp", { credit: source, wordpressId: 42 }), comment("seed", { credit: source })], context("guest"));
    expect(ownMarkup(html, "wp")).toContain('<article id="comment-42"><header><span>Mai</span>');
    expect(ownMarkup(html, "wp")).toContain("<time");
    expect(ownMarkup(html, "seed")).not.toMatch(/<time|id="comment-/);
  });

  it("sends the browser only the facts that apply to each comment", () => {
    const element = CommentThread({ threads: sampleThread(), context: context("guest") }) as ReactElement<{ threads: unknown }>;
    const empty: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (value === null || value === undefined || value === false || (Array.isArray(value) && value.length === 0)) empty.push(path);
      else if (isValidElement(value)) return; // a rendered body
      else if (typeof value === "object") for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
    };
    visit(element.props.threads, "threads");
    expect(empty).toEqual([]);
    expect(Object.keys((element.props.threads as Record<string, unknown>[])[0]!).sort()).toEqual(["author", "body", "id", "profile", "replies", "time", "upvotes"]);
    // Nothing in it is personal: a member gets the same data, and their part from the viewer layer.
    const forMember = CommentThread({ threads: sampleThread(), context: context("member") }) as ReactElement<{ threads: unknown }>;
    expect(forMember.props.threads).toEqual(element.props.threads);
  });

  it("gives members the reply, vote and report controls, and their own comments edit and delete", () => {
    const threads = [
      comment("mine", { upvoteCount: 3 }),
      comment("theirs", { upvoteCount: 1 }),
      comment("held", { status: "held", statusReason: "Contains a link" }),
    ];
    const html = render(threads, context("member"), { hydrated: true, layer: memberLayer(["mine", "held"], ["theirs"]) });
    const mine = ownMarkup(html, "mine");
    expect(mine).toContain('<span class="you">you</span>');
    expect(mine).toContain('<span class="up" title="Upvotes">3<span class="sr-only"> upvotes</span></span>');
    expect(mine).toMatch(/>Edit<\/button>.*>Delete<\/button>/);
    expect(mine).not.toContain("Report");

    const theirs = ownMarkup(html, "theirs");
    expect(theirs).toContain('aria-pressed="true" aria-label="Upvote: 1 upvote" class="up"');
    expect(theirs).toContain("Report<span class=\"sr-only\"> this comment</span>");
    expect(theirs).not.toMatch(/>(Edit|Delete)</);

    const held = ownMarkup(html, "held");
    expect(held).toContain('role="note"');
    expect(held).toContain("Contains a link. Only you can see this comment until a moderator approves it.");
    expect(held).not.toMatch(/>Reply<|class="up"/);
    expect(html).not.toContain("/sign-in");
  });

  it("leaves a member's buttons, which need JavaScript, out of the HTML: the page is as light as a reader's", () => {
    const threads = [comment("mine", { upvoteCount: 3 }), comment("theirs", { upvoteCount: 1 })];
    const html = render(threads, context("member"), { layer: memberLayer(["mine"]) });
    expect(html).not.toContain("<button");
    expect(html).not.toContain("/sign-in");
    expect(ownMarkup(html, "theirs")).toContain('<footer><span class="up" title="Upvotes">1<span class="sr-only"> upvote</span></span><a aria-label="Link to this comment"');
    // Authorship shows at once; the controls follow with hydration.
    expect(ownMarkup(html, "mine")).toContain('<span class="you">you</span>');
  });

  it("shows a suspended member the counts and nothing to act on", () => {
    const html = render([comment("c1", { upvoteCount: 1 })], context("suspended"));
    expect(ownMarkup(html, "c1")).toContain('<footer><span class="up" title="Upvotes">1<span class="sr-only"> upvote</span></span><a aria-label="Link to this comment"');
    expect(html).not.toMatch(/>Reply<|<button|\/sign-in/);
  });

  it("marks the comment a permalink page is about", () => {
    const html = render(sampleThread(), context("guest", { focusedId: "c2" }));
    expect(html).toContain('<li id="c-c2" tabindex="-1"><article aria-current="true">');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });
});
