// A redirect from a statically rendered page must carry one Location, not the same one twice
// (vercel/next.js#82117): a client that joins repeated headers would follow "/a, /a".
import { once } from "node:events";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { skipRepeatedHeaderValues } from "@/lib/http/repeated-header-values.mjs";

let handler: (response: ServerResponse) => void = () => undefined;
const server = createServer((_request, response) => {
  skipRepeatedHeaderValues(response);
  handler(response);
  response.end();
});

beforeAll(async () => {
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
});
afterAll(() => server.close());

/** The raw header lines of the answer to `respond`, as the client receives them. */
async function rawHeaders(respond: (response: ServerResponse) => void): Promise<[string, string][]> {
  handler = respond;
  const { port } = server.address() as AddressInfo;
  const { request } = await import("node:http");
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path: "/" }, (response) => {
      const lines: [string, string][] = [];
      for (let i = 0; i < response.rawHeaders.length; i += 2) lines.push([response.rawHeaders[i]!.toLowerCase(), response.rawHeaders[i + 1]!]);
      response.resume();
      resolve(lines);
    })
      .on("error", reject)
      .end();
  });
}

const valuesOf = (lines: [string, string][], name: string) => lines.filter(([key]) => key === name).map(([, value]) => value);

describe("skipRepeatedHeaderValues", () => {
  it("sends a Location set and then appended again once", async () => {
    const lines = await rawHeaders((response) => {
      response.statusCode = 307;
      response.setHeader("Location", "/films/her");
      response.appendHeader("location", "/films/her");
      response.appendHeader("x-nextjs-stale-time", "300");
      response.appendHeader("x-nextjs-stale-time", "300");
    });
    expect(valuesOf(lines, "location")).toEqual(["/films/her"]);
    expect(valuesOf(lines, "x-nextjs-stale-time")).toEqual(["300"]);
  });

  it("still appends values the header doesn't hold yet", async () => {
    const lines = await rawHeaders((response) => {
      response.setHeader("Set-Cookie", "a=1");
      response.appendHeader("Set-Cookie", ["a=1", "b=2"]);
      response.appendHeader("Vary", "rsc");
      response.appendHeader("Vary", "Accept-Encoding");
    });
    expect(valuesOf(lines, "set-cookie")).toEqual(["a=1", "b=2"]);
    expect(valuesOf(lines, "vary").join(", ")).toBe("rsc, Accept-Encoding");
  });
});
