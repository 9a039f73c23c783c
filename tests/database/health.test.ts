// The process's view of the database: which failures mean it doesn't answer, which that it is
// too busy for one request, and how it finds its way back once the database answers again.
// The state is the process's own, shared by the tests of this file in order.
import { afterEach, describe, expect, it, vi } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  databaseAnswers,
  databaseFailureKind,
  databaseIsUnreachable,
  markPageFailing,
  pageIsFailing,
  reportDatabaseAnswered,
  reportDatabaseFailure,
  RETRY_AFTER_SECONDS,
} from "@/lib/database/health.mjs";
import { createPrismaClient, db } from "@/lib/db";
import { refusingDatabaseUrl } from "../helpers/unreachable-database";

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  return work().then(
    () => expect.fail("expected a failure"),
    (error: unknown) => error,
  );
}

/** A driver error as pg reports a server's refusal: a message and a SQLSTATE. */
function pgError(code: string, message: string) {
  return Object.assign(new Error(message), { code, severity: "FATAL" });
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("which failures mean what", () => {
  it("calls a refused connection, through Prisma's wrappers, 'unreachable'", async () => {
    const refused = createPrismaClient(await refusingDatabaseUrl());
    try {
      expect(databaseFailureKind(await failureOf(() => refused.film.findFirst()))).toBe("unreachable");
      expect(databaseFailureKind(await failureOf(() => refused.$queryRaw`SELECT 1`))).toBe("unreachable");
      expect(databaseFailureKind(await failureOf(() => refused.$transaction(async (tx) => tx.film.findFirst())))).toBe("unreachable");
    } finally {
      await refused.$disconnect();
    }
  });

  it("calls a server shutting down, crashed, starting or cut off 'unreachable'", () => {
    expect(databaseFailureKind(pgError("57P01", "terminating connection due to administrator command"))).toBe("unreachable");
    expect(databaseFailureKind(pgError("57P02", "terminating connection because of crash of another server process"))).toBe("unreachable");
    expect(databaseFailureKind(pgError("57P03", "the database system is starting up"))).toBe("unreachable");
    expect(databaseFailureKind(pgError("08006", "connection failure"))).toBe("unreachable");
    expect(databaseFailureKind(new Error("Connection terminated unexpectedly"))).toBe("unreachable");
    expect(databaseFailureKind(new Error("Query read timeout"))).toBe("unreachable");
    expect(databaseFailureKind(new AggregateError([Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" })]))).toBe("unreachable");
  });

  it("calls a server out of connection slots, or a timed-out statement or lock, 'busy'", () => {
    expect(databaseFailureKind(pgError("53300", "sorry, too many clients already"))).toBe("busy");
    expect(databaseFailureKind(pgError("57014", "canceling statement due to statement timeout"))).toBe("busy");
    expect(databaseFailureKind(pgError("55P03", "canceling statement due to lock timeout"))).toBe("busy");
    expect(databaseFailureKind(pgError("25P03", "terminating connection due to idle-in-transaction timeout"))).toBe("busy");
    expect(databaseFailureKind(new Error("timeout exceeded when trying to connect"))).toBe("busy");
  });

  it("finds the cause under an Auth.js sign-in error", () => {
    const signInFailure = Object.assign(new Error("Read more at https://errors.authjs.dev#callbackrouteerror"), {
      cause: { err: pgError("57P01", "terminating connection due to administrator command") },
    });
    expect(databaseFailureKind(signInFailure)).toBe("unreachable");
  });

  it("leaves every other error alone", async () => {
    expect(databaseFailureKind(new Error("Cannot read properties of undefined"))).toBeNull();
    expect(databaseFailureKind("a string")).toBeNull();
    expect(databaseFailureKind(null)).toBeNull();
    const missing = await failureOf(() => db.$queryRaw`SELECT * FROM "NoSuchTable"`);
    expect(databaseFailureKind(missing)).toBeNull();
    await db.film.create({ data: { slug: "health-unique", title: "Once" } });
    const duplicate = await failureOf(() => db.film.create({ data: { slug: "health-unique", title: "Twice" } }));
    expect(duplicate).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect(databaseFailureKind(duplicate)).toBeNull();
  });
});

describe("the process's view of the database", () => {
  it("turns unreachable on an 'unreachable' failure only, and answering again when a probe gets through", async () => {
    expect(databaseIsUnreachable()).toBe(false);
    expect(reportDatabaseFailure(pgError("57014", "canceling statement due to statement timeout"))).toBe("busy");
    expect(databaseIsUnreachable()).toBe(false);

    expect(reportDatabaseFailure(pgError("57P01", "terminating connection due to administrator command"))).toBe("unreachable");
    expect(databaseIsUnreachable()).toBe(true);
    // DATABASE_URL is this file's working database: the probe finds it.
    expect(await databaseAnswers()).toBe(true);
    expect(databaseIsUnreachable()).toBe(false);
  });

  it("stays unreachable while probes fail, probing at most once a second, until one gets through", async () => {
    const workingUrl = process.env.DATABASE_URL!;
    vi.stubEnv("DATABASE_URL", await refusingDatabaseUrl());
    reportDatabaseFailure(pgError("57P01", "terminating connection due to administrator command"));
    expect(await databaseAnswers()).toBe(false);
    expect(await databaseAnswers()).toBe(false);

    vi.stubEnv("DATABASE_URL", workingUrl);
    // Within a second of the last probe, no new one is made: still unreachable...
    expect(await databaseAnswers()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    // ...after it, the next request's probe finds the database back.
    expect(await databaseAnswers()).toBe(true);
  });

  it("counts any answered query as the database being back", () => {
    reportDatabaseFailure(new Error("Connection terminated unexpectedly"));
    expect(databaseIsUnreachable()).toBe(true);
    reportDatabaseAnswered();
    expect(databaseIsUnreachable()).toBe(false);
  });
});

describe("pages whose render just failed", () => {
  it(`answer 503 for ${RETRY_AFTER_SECONDS} s, then are rendered again`, () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    markPageFailing("/search?q=her");
    expect(pageIsFailing("/search?q=her")).toBe(true);
    expect(pageIsFailing("/search?q=him")).toBe(false);
    vi.advanceTimersByTime(RETRY_AFTER_SECONDS * 1000 + 1);
    expect(pageIsFailing("/search?q=her")).toBe(false);
  });

  it("are all tried again as soon as the database answers again", () => {
    markPageFailing("/films");
    reportDatabaseFailure(new Error("Connection terminated unexpectedly"));
    reportDatabaseAnswered();
    expect(pageIsFailing("/films")).toBe(false);
  });
});
