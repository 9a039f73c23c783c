// Reading a review's discussion: a constant number of SQL statements however big the thread,
// the tree it builds, paging and sorting, and what a reader may and may not see.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { ContentState } from "@/lib/generated/prisma/enums";
import type { ThreadEntryNode } from "@/lib/comments/thread-view";
import { getCommentSubtree, getReviewThreadPage, type ThreadRequest } from "@/lib/queries/comments";
import { getViewerLayer } from "@/lib/page-cache/viewer-layer-query";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { signInSession } from "../helpers/sessions";

type User = Awaited<ReturnType<typeof createTestUser>>;

/** A client on this file's database that counts every SQL statement it sends. */
function countingClient() {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
    log: [{ emit: "event", level: "query" }],
  });
  const queries: string[] = [];
  client.$on("query", (event) => queries.push(event.query));
  return { client, queries };
}

let sequence = 0;
const start = Date.UTC(2026, 0, 1);

interface Planned {
  id: string;
  parentId?: string;
  state?: ContentState;
  stateReason?: string;
  authorId: string;
  upvoteCount?: number;
}

/** Inserts comments in one statement, oldest first in list order, with thread ids filled in. */
async function insertComments(reviewId: string, planned: Planned[]) {
  const byId = new Map<string, { rootId: string | null; depth: number }>();
  const rows = planned.map((comment) => {
    const parent = comment.parentId ? byId.get(comment.parentId) : undefined;
    if (comment.parentId && !parent) throw new Error(`plan a parent before its reply: ${comment.id}`);
    const placed = { rootId: parent ? (parent.rootId ?? comment.parentId!) : null, depth: parent ? Math.min(parent.depth + 1, 5) : 0 };
    byId.set(comment.id, placed);
    return {
      id: comment.id,
      reviewId,
      authorId: comment.authorId,
      parentId: comment.parentId ?? null,
      ...placed,
      body: `Body of ${comment.id}`,
      state: comment.state ?? "PUBLISHED",
      stateReason: comment.stateReason ?? null,
      upvoteCount: comment.upvoteCount ?? 0,
      createdAt: new Date(start + sequence++ * 1000),
    };
  });
  await db.comment.createMany({ data: rows });
}

/** A unique comment id in the cuid alphabet, readable in failures: "k3x0007". */
const idFactory = (prefix: string) => (n: number) => `${prefix}x${n.toString().padStart(6, "0")}`;

/** The tree as nested ids: [["a", [["b", []]]]]. */
type Shape = [string, Shape[]];
const shape = (nodes: ThreadEntryNode[]): Shape[] => nodes.map((node) => [node.id, shape(node.replies)]);
const flatten = (nodes: ThreadEntryNode[]): ThreadEntryNode[] => nodes.flatMap((node) => [node, ...flatten(node.replies)]);

describe("loading a review's thread", () => {
  let alice: User;
  let bob: User;
  let counting: ReturnType<typeof countingClient>;

  beforeAll(async () => {
    alice = await createTestUser();
    bob = await createTestUser();
    counting = countingClient();
  });

  afterAll(async () => {
    await counting.client.$disconnect();
  });

  async function countQueries(request: ThreadRequest) {
    counting.queries.length = 0;
    const page = await getReviewThreadPage(request, counting.client);
    return { page, queries: counting.queries.length };
  }

  it("issues the same number of SQL statements for 10 comments as for 1,000", async () => {
    const small = await createTestReview({ authorId: alice.id });
    const id = idFactory("small");
    await insertComments(small.id, [
      { id: id(0), authorId: alice.id },
      { id: id(1), parentId: id(0), authorId: bob.id },
      { id: id(2), parentId: id(1), authorId: alice.id },
      { id: id(3), authorId: bob.id },
      { id: id(4), parentId: id(3), authorId: alice.id },
      { id: id(5), authorId: alice.id },
      { id: id(6), parentId: id(5), authorId: bob.id },
      { id: id(7), parentId: id(6), authorId: alice.id },
      { id: id(8), parentId: id(7), authorId: bob.id },
      { id: id(9), parentId: id(0), authorId: bob.id },
    ]);

    // 1,000 comments: 120 threads (three pages of 50), each reply under an earlier comment
    // of its thread, so some branches run past the depth cap.
    const large = await createTestReview({ authorId: alice.id });
    const bigId = idFactory("large");
    const plan: Planned[] = [];
    const threads: string[][] = [];
    for (let root = 0; root < 120; root++) {
      plan.push({ id: bigId(root), authorId: root % 2 ? alice.id : bob.id });
      threads.push([bigId(root)]);
    }
    for (let n = 120; n < 1000; n++) {
      const thread = threads[n % 120]!;
      const parentId = thread[(n * 7) % thread.length]!;
      plan.push({ id: bigId(n), parentId, authorId: n % 3 ? alice.id : bob.id });
      thread.push(bigId(n));
    }
    await insertComments(large.id, plan);
    await db.vote.createMany({ data: [{ userId: alice.id, commentId: bigId(0) }, { userId: alice.id, commentId: id(3) }] });

    const tenComments = await countQueries({ reviewId: small.id, sort: "oldest", page: 1, viewerId: alice.id });
    const thousand = await countQueries({ reviewId: large.id, sort: "oldest", page: 1, viewerId: alice.id });
    const thousandTop = await countQueries({ reviewId: large.id, sort: "top", page: 3, viewerId: null });

    expect(flatten(tenComments.page.threads)).toHaveLength(10);
    expect(thousand.page.threadCount).toBe(120);
    expect(thousand.page.pageCount).toBe(3);
    expect(thousand.page.threads).toHaveLength(50);
    expect(thousandTop.page.threads).toHaveLength(20);
    // Every comment of the 50 threads on page 1 arrives with its thread: 1,000 comments in 120 threads.
    const onPageOne = plan.filter((comment) => Number(comment.id.slice(-6)) % 120 < 50).length;
    expect(flatten(thousand.page.threads)).toHaveLength(onPageOne);

    expect(tenComments.queries).toBeGreaterThan(0);
    expect(thousand.queries).toBe(tenComments.queries);
    expect(thousandTop.queries).toBe(tenComments.queries);
    expect(tenComments.queries).toBeLessThanOrEqual(2);

    // Never twice: every comment appears once in the tree, and its body with it.
    const all = flatten(thousand.page.threads);
    expect(new Set(all.map((node) => node.id)).size).toBe(all.length);
    const bodies = all.map((node) => (node.kind === "comment" ? node.body : null));
    expect(new Set(bodies).size).toBe(all.length);

    // The reader's own upvotes come with the viewer layer, one statement whatever the thread's size.
    const layer = await getViewerLayer(await signInSession(alice.id), { kind: "review", id: small.id });
    expect(layer.account && layer.review?.upvotedComments).toEqual([id(3)]);
  });

  it("builds the tree with top-level threads in the chosen order and replies oldest first", async () => {
    const review = await createTestReview({ authorId: alice.id });
    const id = idFactory("tree");
    await insertComments(review.id, [
      { id: id(0), authorId: alice.id, upvoteCount: 1 },
      { id: id(1), parentId: id(0), authorId: bob.id },
      { id: id(2), authorId: bob.id, upvoteCount: 5 },
      { id: id(3), parentId: id(1), authorId: alice.id },
      { id: id(4), parentId: id(0), authorId: bob.id },
      { id: id(5), authorId: alice.id, upvoteCount: 1 },
    ]);
    const load = async (sort: ThreadRequest["sort"]) => shape((await getReviewThreadPage({ reviewId: review.id, sort, page: 1, viewerId: null })).threads);
    const firstThread: Shape = [id(0), [[id(1), [[id(3), []]]], [id(4), []]]];

    expect(await load("oldest")).toEqual([firstThread, [id(2), []], [id(5), []]]);
    expect(await load("newest")).toEqual([[id(5), []], [id(2), []], firstThread]);
    // Most upvoted first; ties go to the older comment.
    expect(await load("top")).toEqual([[id(2), []], firstThread, [id(5), []]]);
  });

  it("pages top-level threads 50 at a time: 51 threads make two pages", async () => {
    const review = await createTestReview({ authorId: alice.id });
    const id = idFactory("paged");
    await insertComments(review.id, [
      ...Array.from({ length: 51 }, (_, n) => ({ id: id(n), authorId: alice.id })),
      { id: id(51), parentId: id(50), authorId: bob.id },
    ]);
    const page = (number: number) => getReviewThreadPage({ reviewId: review.id, sort: "oldest", page: number, viewerId: null });

    const first = await page(1);
    expect(first).toMatchObject({ page: 1, pageCount: 2, threadCount: 51, commentCount: 52 });
    expect(first.threads.map((node) => node.id)).toEqual(Array.from({ length: 50 }, (_, n) => id(n)));

    const second = await page(2);
    expect(shape(second.threads)).toEqual([[id(50), [[id(51), []]]]]);

    // Past the end: no threads, but the totals still say where the end is.
    expect(await page(3)).toMatchObject({ threads: [], pageCount: 2, threadCount: 51 });
  });

  it("keeps a deleted or removed comment as a placeholder only while it has readable replies", async () => {
    const review = await createTestReview({ authorId: alice.id });
    const id = idFactory("gone");
    await insertComments(review.id, [
      { id: id(0), authorId: alice.id, state: "DELETED" },
      { id: id(1), parentId: id(0), authorId: bob.id },
      { id: id(2), authorId: alice.id, state: "DELETED" },
      { id: id(3), authorId: alice.id, state: "HIDDEN", stateReason: "Abuse" },
      { id: id(4), parentId: id(3), authorId: bob.id, state: "DELETED" },
      { id: id(5), parentId: id(4), authorId: bob.id },
      { id: id(6), authorId: bob.id },
      { id: id(7), parentId: id(6), authorId: alice.id, state: "DELETED" },
      { id: id(8), parentId: id(7), authorId: bob.id, state: "HIDDEN" },
    ]);
    const { threads, threadCount } = await getReviewThreadPage({ reviewId: review.id, sort: "oldest", page: 1, viewerId: null });

    expect(shape(threads)).toEqual([
      [id(0), [[id(1), []]]],
      [id(3), [[id(4), [[id(5), []]]]]],
      [id(6), []],
    ]);
    expect(threadCount).toBe(3);
    const byId = new Map(flatten(threads).map((node) => [node.id, node]));
    expect(byId.get(id(0))).toEqual({ kind: "placeholder", id: id(0), parentId: null, removedBy: "author", replies: expect.any(Array) });
    expect(byId.get(id(3))).toMatchObject({ kind: "placeholder", removedBy: "moderator" });
    expect(byId.get(id(4))).toMatchObject({ kind: "placeholder", removedBy: "author" });
    // A placeholder carries neither body nor author, nor the moderator's reason.
    for (const placeholder of [id(0), id(3), id(4)].map((key) => byId.get(key)!)) {
      expect(Object.keys(placeholder).sort()).toEqual(["id", "kind", "parentId", "removedBy", "replies"]);
    }
  });

  it("credits a deleted account's comment to \"[deleted user]\" and keeps it readable", async () => {
    const review = await createTestReview({ authorId: alice.id });
    const leaver = await createTestUser();
    await db.user.update({ where: { id: leaver.id }, data: { deletedAt: new Date(), email: null } });
    const id = idFactory("left");
    await insertComments(review.id, [{ id: id(0), authorId: leaver.id }]);
    const [only] = (await getReviewThreadPage({ reviewId: review.id, sort: "oldest", page: 1, viewerId: null })).threads;
    expect(only).toMatchObject({ kind: "comment", body: `Body of ${id(0)}`, credit: { kind: "user", deleted: true } });
  });

  it("shows authors their own held and hidden comments with the reason, and nobody else", async () => {
    const review = await createTestReview({ authorId: alice.id });
    const id = idFactory("mine");
    await insertComments(review.id, [
      { id: id(0), authorId: bob.id, state: "PENDING", stateReason: "Held for moderation: contains 3 links" },
      { id: id(1), authorId: bob.id },
      { id: id(2), parentId: id(1), authorId: bob.id, state: "HIDDEN", stateReason: "Off topic" },
      { id: id(3), parentId: id(1), authorId: alice.id, state: "PENDING", stateReason: "Held" },
    ]);
    const asBob = await getReviewThreadPage({ reviewId: review.id, sort: "oldest", page: 1, viewerId: bob.id });
    expect(shape(asBob.threads)).toEqual([[id(0), []], [id(1), [[id(2), []]]]]);
    const bobs = new Map(flatten(asBob.threads).map((node) => [node.id, node]));
    expect(bobs.get(id(0))).toMatchObject({ kind: "comment", status: "held", statusReason: "Held for moderation: contains 3 links" });
    expect(bobs.get(id(2))).toMatchObject({ kind: "comment", status: "hidden", statusReason: "Off topic" });
    expect(bobs.get(id(1))).toMatchObject({ kind: "comment", status: "published", statusReason: null, createdAt: expect.any(Date), editedAt: null });
    expect(bobs.get(id(1))).toMatchObject({ credit: { kind: "user", handle: bob.handle, displayName: bob.name, deleted: false } });

    const asGuest = await getReviewThreadPage({ reviewId: review.id, sort: "oldest", page: 1, viewerId: null });
    expect(shape(asGuest.threads)).toEqual([[id(1), []]]);
    expect(asGuest).toMatchObject({ threadCount: 1, commentCount: 1 });
  });

  it("loads a comment's own page: its subtree, in one statement, and nothing it may not show", async () => {
    const review = await createTestReview({ authorId: alice.id });
    const id = idFactory("sub");
    await insertComments(review.id, [
      { id: id(0), authorId: alice.id },
      { id: id(1), parentId: id(0), authorId: bob.id },
      { id: id(2), parentId: id(1), authorId: alice.id },
      { id: id(3), parentId: id(2), authorId: bob.id },
      { id: id(4), parentId: id(1), authorId: bob.id, state: "DELETED" },
      { id: id(5), parentId: id(0), authorId: bob.id },
    ]);
    counting.queries.length = 0;
    const subtree = await getCommentSubtree(id(1), null, counting.client);
    expect(counting.queries).toHaveLength(1);
    expect(subtree && shape([subtree])).toEqual([[id(1), [[id(2), [[id(3), []]]]]]]);
    expect(await getCommentSubtree(id(4), null)).toBeNull();
    expect(await getCommentSubtree("nonexistent00", null)).toBeNull();
  });
});
