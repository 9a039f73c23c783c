// Server actions answer a database outage as they answer everything: a clean refusal that says
// what happened, never a thrown error, and nothing written. At once while the database is
// known to be down; in bounded time when the action is the one that finds out.
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { postCommentAction } from "@/lib/actions/comments";
import { databaseIsUnreachable, reportDatabaseAnswered } from "@/lib/database/health.mjs";
import { createPrismaClient, db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectRefused } from "../helpers/action-results";
import { actAs } from "../helpers/acting-as";
import { uniqueBody } from "../helpers/comment-posting";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { refusingDatabaseUrl } from "../helpers/unreachable-database";

const OUTAGE_MESSAGE = /can't reach our database just now, so nothing was saved/;

/** Runs `work` with the app's client pointed at a database that refuses every connection. */
async function withDatabaseGone<T>(work: () => Promise<T>): Promise<T> {
  const holder = globalThis as unknown as { marqueeDb?: PrismaClient };
  const working = holder.marqueeDb;
  const refusingUrl = await refusingDatabaseUrl();
  const gone = createPrismaClient(refusingUrl);
  holder.marqueeDb = gone;
  vi.stubEnv("DATABASE_URL", refusingUrl); // where the probes go
  try {
    return await work();
  } finally {
    holder.marqueeDb = working;
    vi.unstubAllEnvs();
    await gone.$disconnect();
  }
}

afterEach(() => {
  reportDatabaseAnswered();
});

describe("a server action while the database is down", () => {
  it("refuses cleanly, saying so, and writes nothing: first when it finds out, then at once", async () => {
    const member = await createTestUser();
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    actAs(member);
    await db.comment.count(); // the working client is made before the outage

    await withDatabaseGone(async () => {
      // This action is the one that finds the database gone...
      expectRefused(await postCommentAction({ reviewId: review.id, body: uniqueBody() }), OUTAGE_MESSAGE);
      expect(databaseIsUnreachable()).toBe(true);
      // ...and the next one is told at once.
      expectRefused(await postCommentAction({ reviewId: review.id, body: uniqueBody() }), OUTAGE_MESSAGE);
    });
    expect(await db.comment.count({ where: { reviewId: review.id } })).toBe(0);
  });
});
