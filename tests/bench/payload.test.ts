import { describe, expect, it } from "vitest";
import { findDuplicateBodies, weighPage } from "@/scripts/bench/payload";

const BODY = "0123456789abcdef0123456789abcdef";
const flight = (attributes: string, text: string) => `<script${attributes}>self.__next_f.push([1,${JSON.stringify(text)}])</script>`;

describe("the bench's reading of a page's inline RSC payload", () => {
  it("finds the payload in scripts with a CSP nonce as well as without attributes", () => {
    const html = `<html><body><p>${BODY}</p>${flight(' nonce="abc"', `1:["${BODY}"]`)}${flight("", "2:null")}</body></html>`;
    expect(weighPage(html, "").payloadBytes).toBe(Buffer.byteLength(`1:["${BODY}"]2:null`));
    expect(findDuplicateBodies(html, new Set([BODY]))).toMatchObject({ onPage: 1, inMarkup: 1, inPayload: 1, sentTwice: 1 });
  });

  it("counts a body only in the markup when no script carries it", () => {
    const html = `<p>${BODY}</p>${flight(' nonce="abc"', "1:null")}`;
    expect(findDuplicateBodies(html, new Set([BODY]))).toMatchObject({ inMarkup: 1, inPayload: 0, sentTwice: 0 });
  });
});
