// After signing in or up, people are sent to `callbackUrl`. An attacker who controls that
// parameter must not be able to send them off-site (an open redirect that borrows our domain).
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/safe-callback-url";

/** Where a browser would go if the server answered with `Location: <path>`. */
function destination(path: string): URL {
  return new URL(path, "https://marquee.example/sign-in");
}

function expectSameSitePath(result: string) {
  expect(result.startsWith("/"), result).toBe(true);
  expect(result.startsWith("//"), result).toBe(false);
  expect(result).not.toMatch(/\\/);
  expect(destination(result).origin).toBe("https://marquee.example");
}

describe("safeCallbackUrl", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeCallbackUrl("/films/her?sort=highest#x")).toBe("/films/her?sort=highest#x");
    expect(safeCallbackUrl("/reviews/abc123")).toBe("/reviews/abc123");
  });

  it("sends nowhere when there is no callback", () => {
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl(null)).toBe("/");
    expect(safeCallbackUrl("")).toBe("/");
  });

  it.each([
    ["another origin", "https://evil.example/"],
    ["another origin over http", "http://evil.example/films"],
    ["a protocol-relative URL", "//evil.example"],
    ["a protocol-relative URL with a path", "//evil.example/films/her"],
    ["a backslash that browsers read as a slash", "/\\evil.example"],
    ["backslashes only", "\\\\evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a javascript: URL in capitals", "JAVASCRIPT:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["a scheme with one slash", "http:/evil"],
    ["a tab that browsers strip", "/\t/evil.example"],
    ["a newline that browsers strip", "/\n/evil.example"],
    ["a relative path", "films/her"],
  ])("turns %s into the home page", (_label, attack) => {
    expect(safeCallbackUrl(attack)).toBe("/");
  });

  it.each([
    ["a dot-dot segment", "/..//evil.example"],
    ["a dot segment", "/.//evil.example"],
    ["an encoded dot-dot segment", "/%2e%2e//evil.example"],
    ["a climb above the root", "/films/../..//evil.example"],
  ])("never turns %s into a protocol-relative URL once the path is normalised", (_label, attack) => {
    const result = safeCallbackUrl(attack);
    expectSameSitePath(result);
    expect(destination(result).host).toBe("marquee.example");
  });

  it("keeps percent-encoded slashes encoded, so they stay one path segment on this site", () => {
    // "%2F%2Fevil" has no leading slash: refused outright.
    expect(safeCallbackUrl("%2F%2Fevil")).toBe("/");
    const encoded = safeCallbackUrl("/%2F%2Fevil.example");
    expectSameSitePath(encoded);
    expect(encoded).toBe("/%2F%2Fevil.example");
  });

  it("refuses absurdly long callbacks", () => {
    expect(safeCallbackUrl(`/${"a".repeat(2001)}`)).toBe("/");
  });

  it("always returns a same-site path, whatever it is given", () => {
    const inputs = [
      "/films/her", "https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "http:/evil",
      "%2F%2Fevil", "/%2F%2Fevil", "/\t/evil.example", "/..//evil.example", "/./.././/evil.example", "/%5C%5Cevil.example",
      "/%09/evil.example", "/?next=//evil.example", "/#//evil.example", "/films/her?x=https://evil.example",
    ];
    for (const input of inputs) expectSameSitePath(safeCallbackUrl(input));
  });
});
