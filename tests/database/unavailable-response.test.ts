// Route handlers (feeds, the viewer layer, the account export) answer a database outage with a
// 503 of their own: Retry-After, never cached, a short explanation in the client's format.
import { afterEach, describe, expect, it, vi } from "vitest";
import { reportDatabaseAnswered, reportDatabaseFailure, RETRY_AFTER_SECONDS } from "@/lib/database/health.mjs";
import { serviceUnavailable, UNAVAILABLE_MESSAGE, withDatabase } from "@/lib/database/unavailable-response";
import { createPrismaClient } from "@/lib/db";
import { refusingDatabaseUrl } from "../helpers/unreachable-database";

async function expectUnavailable(response: Response, contentType: RegExp) {
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("content-type")).toMatch(contentType);
  return response.text();
}

afterEach(() => {
  vi.unstubAllEnvs();
  reportDatabaseAnswered();
});

describe("a route handler's 503", () => {
  it("explains itself as JSON to JSON clients, and as plain text to the rest", async () => {
    expect(JSON.parse(await expectUnavailable(serviceUnavailable("json"), /application\/json/))).toEqual({ error: UNAVAILABLE_MESSAGE });
    expect(await expectUnavailable(serviceUnavailable("text"), /text\/plain/)).toContain(UNAVAILABLE_MESSAGE);
  });
});

describe("withDatabase", () => {
  it("answers as the handler does while the database answers", async () => {
    const handler = withDatabase("json", async (name: string) => Response.json({ hello: name }));
    const response = await handler("Theodore");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ hello: "Theodore" });
  });

  it("answers 503 when the handler's query finds the database unreachable", async () => {
    const refused = createPrismaClient(await refusingDatabaseUrl());
    try {
      const handler = withDatabase("text", async () => new Response(String(await refused.film.count())));
      await expectUnavailable(await handler(), /text\/plain/);
    } finally {
      await refused.$disconnect();
    }
  });

  it("answers 503 without running the handler while the database is known to be down", async () => {
    vi.stubEnv("DATABASE_URL", await refusingDatabaseUrl()); // where the probe goes, and fails
    reportDatabaseFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    const handler = vi.fn(async () => new Response("ran"));
    await expectUnavailable(await withDatabase("json", handler)(), /application\/json/);
    expect(handler).not.toHaveBeenCalled();
  });

  it("lets any other error through, to be reported as the bug it is", async () => {
    const handler = withDatabase("json", async () => {
      throw new TypeError("undefined is not a function");
    });
    await expect(handler()).rejects.toThrow(TypeError);
  });
});
