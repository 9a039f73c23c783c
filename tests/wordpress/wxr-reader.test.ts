// Reading WordPress exports: every version WordPress wrote, CDATA and entities, and the files
// that must be refused with a clear message (the importer writes nothing for them: see
// import.test.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { scanWxr } from "@/lib/wordpress/scan";
import { readWxr } from "@/lib/wordpress/wxr-reader";
import { bufferSource, wxrText } from "@/lib/wordpress/wxr-source";
import type { WxrEvent } from "@/lib/wordpress/wxr-types";
import { handFixture, WORDPRESS_FIXTURES } from "../helpers/wordpress-fixtures";

const handPath = (name: string) => path.join(WORDPRESS_FIXTURES, "hand", name);

async function events(name: string): Promise<WxrEvent[]> {
  const all: WxrEvent[] = [];
  for await (const event of readWxr(wxrText(handFixture(name)))) all.push(event);
  return all;
}

async function refusal(source: Parameters<typeof scanWxr>[0]): Promise<string> {
  const error = await scanWxr(source).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).name).toBe("WxrError");
  return (error as Error).message;
}

describe("reading WXR", () => {
  it("reads WXR 1.2 as WordPress writes it: channel, authors, the post with its CDATA content, then its comments", async () => {
    const all = await events("basic.xml");
    expect(all.map((event) => event.kind)).toEqual(["channel", "author", "post", ...Array(9).fill("comment"), "postEnd"]);
    const channel = all[0]!.kind === "channel" ? all[0]!.channel : null;
    expect(channel).toMatchObject({ title: "Film Notes", link: "https://filmnotes.example.com", wxrVersion: "1.2" });
    const post = all.find((event) => event.kind === "post");
    expect(post?.kind === "post" && post.post).toMatchObject({
      id: 10,
      title: "Her – a review",
      link: "https://filmnotes.example.com/2014/01/20/her-a-review/",
      status: "publish",
      type: "post",
      dateGmt: "2014-01-20 10:00:00",
      terms: [
        { domain: "post_tag", nicename: "her", name: "Her" },
        { domain: "category", nicename: "reviews", name: "Reviews" },
      ],
    });
    expect(post?.kind === "post" && post.post.contentHtml).toContain("<blockquote>I've never loved anyone");
    const comment = all.find((event) => event.kind === "comment");
    expect(comment?.kind === "comment" && comment.comment).toMatchObject({ id: 101, postId: 10, authorName: "Mai", approved: "1", parentId: 0 });
  });

  it("reads WXR 1.1 and 1.0 (no author list, tags as domain=\"tag\")", async () => {
    const v11 = await scanWxr(handFixture("wxr-1.1.xml"));
    expect(v11.channel.wxrVersion).toBe("1.1");
    expect(v11.posts).toHaveLength(1);
    const v10 = await scanWxr(handFixture("wxr-1.0.xml"));
    expect(v10.channel.wxrVersion).toBe("1.0");
    expect(v10.posts[0]).toMatchObject({ id: 7, title: "Her, at last", author: "admin" });
    expect(v10.posts[0]!.terms.map((term) => term.domain)).toContain("tag");
    expect(v10.comments.published).toBe(1);
  });

  it("reads a gzip-compressed export the same as the plain one, whatever its name", async () => {
    const plain = await scanWxr(handFixture("basic.xml"));
    const zipped = await scanWxr(bufferSource("export.xml", gzipSync(readFileSync(handPath("basic.xml")))));
    expect(zipped.posts).toEqual(plain.posts);
    expect(zipped.comments).toEqual(plain.comments);
  });

  it("decodes CDATA as text and XML entities once", async () => {
    const scan = await scanWxr(handFixture("entities.xml"));
    expect(scan.posts[0]!.title).toBe("Her’s tender heart & soul");
  });
});

describe("refusing what isn't a readable export", () => {
  afterEach(() => {
    delete process.env.IMPORT_MAX_MB;
  });

  it("a file that isn't XML", async () => {
    expect(await refusal(bufferSource("notes.txt", readFileSync(handPath("not-xml.txt"))))).toMatch(/isn't an XML file/);
    expect(await refusal(bufferSource("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])))).toMatch(/XML|UTF-8/);
    expect(await refusal(bufferSource("empty.xml", ""))).toMatch(/empty/);
  });

  it("XML that isn't a WordPress export", async () => {
    expect(await refusal(handFixture("other-xml.xml"))).toMatch(/not a WordPress export: it starts with <svg>/);
    expect(await refusal(handFixture("rss-not-wxr.xml"))).toMatch(/RSS file, but not a WordPress export/);
  });

  it("a truncated file, plain or compressed", async () => {
    expect(await refusal(handFixture("truncated.xml"))).toMatch(/truncated/);
    const zipped = gzipSync(readFileSync(handPath("basic.xml")));
    expect(await refusal(bufferSource("cut.xml.gz", zipped.subarray(0, Math.floor(zipped.length / 2))))).toMatch(/damaged or cut short/);
  });

  it("entity expansion (billion laughs) and external entities (XXE), before any entity is read", async () => {
    expect(await refusal(handFixture("billion-laughs.xml"))).toMatch(/DOCTYPE/);
    const xxe = await refusal(handFixture("xxe.xml"));
    expect(xxe).toMatch(/DOCTYPE/);
    expect(xxe).not.toContain("root:");
  });

  it("a file over the size limit, saying what the limit is, compressed or not", async () => {
    process.env.IMPORT_MAX_MB = "1";
    const big = readFileSync(handPath("basic.xml"), "utf8").replace("<title>Film Notes</title>", `<title>${"x".repeat(1_200_000)}</title>`);
    expect(await refusal(bufferSource("big.xml", big))).toMatch(/larger than 1 MB uncompressed/);
    // A small .gz that unpacks past the limit is refused as it unpacks.
    expect(await refusal(bufferSource("bomb.xml.gz", gzipSync(big)))).toMatch(/larger than 1 MB/);
  });

  it("malformed XML and encodings other than UTF-8", async () => {
    const broken = readFileSync(handPath("basic.xml"), "utf8").replace("</wp:post_name>", "</wp:post_nam>");
    expect(await refusal(bufferSource("broken.xml", broken))).toMatch(/isn't well-formed XML \(line \d+/);
    expect(await refusal(handFixture("latin1.xml"))).toMatch(/ISO-8859-1/);
    expect(await refusal(bufferSource("bad-bytes.xml", Buffer.concat([Buffer.from("<rss><channel><title>"), Buffer.from([0xff, 0xfe, 0xfd])])))).toMatch(/UTF-8/);
  });

  it("an item without a post id, and versions Marquee can't read", async () => {
    const noId = readFileSync(handPath("basic.xml"), "utf8").replace("<wp:post_id>10</wp:post_id>", "");
    expect(await refusal(bufferSource("no-id.xml", noId))).toMatch(/no wp:post_id/);
    const future = readFileSync(handPath("basic.xml"), "utf8").replace("<wp:wxr_version>1.2</wp:wxr_version>", "<wp:wxr_version>2.0</wp:wxr_version>");
    expect(await refusal(bufferSource("future.xml", future))).toMatch(/WXR 2\.0; Marquee reads WXR 1\.0 to 1\.2/);
  });
});
