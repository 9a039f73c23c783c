// Two app instances on one database, without starting Next: each "instance" is its own Prisma
// client (its own connection pool), as two app server processes would have. Whatever one
// instance writes, the other must see on its next read, because no state that matters lives
// in process memory: comments and rate-limit counters are rows, sessions are signed cookies.
// (`npm run bench -- --instances 2` checks the same against two real app server processes.)
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { decode, encode } from "next-auth/jwt";
import { postCommentAction } from "@/lib/actions/comments";
import { createPrismaClient, db, type Db } from "@/lib/db";
import { getReviewThreadPage } from "@/lib/queries/comments";
import { expectOk, expectRefused } from "../helpers/action-results";
import { actAs } from "../helpers/acting-as";
import { uniqueBody } from "../helpers/comment-posting";
import { createTestComment, createTestReview, createTestUser } from "../helpers/fixtures";

/** A client of its own, named so the database can tell the instances' connections apart. */
function startInstance(name: string): Db {
  const url = new URL(process.env.DATABASE_URL!);
  url.searchParams.set("application_name", name);
  return createPrismaClient(url.toString());
}

const instanceA = startInstance("instance-a");
const instanceB = startInstance("instance-b");

/**
 * Runs app code (which uses the `db` singleton from lib/db.ts) on one instance's client. The
 * singleton is read from globalThis on every use, so pointing it at a client routes that
 * instance's queries through that client's own connections.
 */
async function on<T>(instance: Db, work: () => Promise<T>): Promise<T> {
  const global = globalThis as unknown as { marqueeDb?: Db };
  const previous = global.marqueeDb;
  global.marqueeDb = instance;
  try {
    return await work();
  } finally {
    global.marqueeDb = previous;
  }
}

afterAll(async () => {
  await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
});

describe("two instances on one database", () => {
  let review: Awaited<ReturnType<typeof createTestReview>>;
  let member: Awaited<ReturnType<typeof createTestUser>>;

  beforeAll(async () => {
    review = await createTestReview({ authorId: (await createTestUser()).id });
    member = await createTestUser();
    // An earlier, published comment: the member's next one is not held as a first post.
    await createTestComment({ reviewId: review.id, authorId: member.id, createdAt: new Date(Date.now() - 3_600_000) });
    // App code run `on` an instance really goes through that instance's own connections.
    const connectionName = () => db.$queryRaw<{ name: string }[]>`SELECT current_setting('application_name') AS name`;
    expect((await on(instanceA, connectionName))[0]?.name).toBe("instance-a");
    expect((await on(instanceB, connectionName))[0]?.name).toBe("instance-b");
  });

  it("shows a comment posted through one instance on the other's next read", async () => {
    actAs(member);
    const body = uniqueBody("Posted on instance A");
    const posted = expectOk(await on(instanceA, () => postCommentAction({ reviewId: review.id, body })));

    const page = await getReviewThreadPage({ reviewId: review.id, sort: "newest", page: 1, viewerId: null }, instanceB);
    const newest = page.threads[0];
    expect(newest?.id).toBe(posted.commentId);
    expect(newest?.kind === "comment" && newest.body).toBe(body);
  });

  it("counts the comment flood limit across both instances", async () => {
    const poster = await createTestUser();
    await createTestComment({ reviewId: review.id, authorId: poster.id, createdAt: new Date(Date.now() - 3_600_000) });
    actAs(poster);
    expectOk(await on(instanceA, () => postCommentAction({ reviewId: review.id, body: uniqueBody("First, on A") })));

    // Straight after, on the other instance: its process has never seen this member post.
    const refused = expectRefused(await on(instanceB, () => postCommentAction({ reviewId: review.id, body: uniqueBody("Then, on B") })), /wait \d+ seconds/);
    expect(refused.error).toMatch(/between comments/);
    expect(await db.comment.count({ where: { authorId: poster.id } })).toBe(2); // the earlier one and A's
  });

  it("accepts a session cookie from one instance on the other, given the same AUTH_SECRET", async () => {
    const secret = "the AUTH_SECRET every instance is started with";
    const salt = "authjs.session-token";
    const cookie = await encode({ token: { sub: member.id, role: "USER" }, secret, salt });

    const session = await decode({ token: cookie, secret, salt });
    expect(session?.sub).toBe(member.id);
    // An instance started with another secret cannot read it: the secret is what they share.
    await expect(decode({ token: cookie, secret: "a different secret", salt })).rejects.toThrow();
  });
});
