// A synthetic WordPress export of any size, streamed (never held whole), for the import's
// scale tests and measurements: posts tagged with a film, and comment threads with nested
// replies (some written before their parents), every state, pingbacks, HTML and entities.
// Deterministic: the same options give the same file.
//
//   npx tsx scripts/wordpress/synthetic-export.ts --comments 100000 --posts 1 --out /tmp/big.xml [--gzip]
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";

export interface SyntheticOptions {
  posts: number;
  /** Comments per post. */
  comments: number;
  /** The film tag every post carries. */
  tag?: string;
  siteUrl?: string;
  /** Distinct commenters (by email). */
  commenters?: number;
}

/** A small deterministic PRNG (mulberry32), so files are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function wpDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

function comment(id: number, parent: number, author: number, ms: number, approved: string, type: string, text: string): string {
  return `\t\t<wp:comment>
\t\t\t<wp:comment_id>${id}</wp:comment_id>
\t\t\t<wp:comment_author><![CDATA[Reader ${author}]]></wp:comment_author>
\t\t\t<wp:comment_author_email><![CDATA[reader${author}@example.com]]></wp:comment_author_email>
\t\t\t<wp:comment_author_url></wp:comment_author_url>
\t\t\t<wp:comment_author_IP><![CDATA[192.0.2.1]]></wp:comment_author_IP>
\t\t\t<wp:comment_date><![CDATA[${wpDate(ms + 3_600_000)}]]></wp:comment_date>
\t\t\t<wp:comment_date_gmt><![CDATA[${wpDate(ms)}]]></wp:comment_date_gmt>
\t\t\t<wp:comment_content><![CDATA[${text}]]></wp:comment_content>
\t\t\t<wp:comment_approved><![CDATA[${approved}]]></wp:comment_approved>
\t\t\t<wp:comment_type><![CDATA[${type}]]></wp:comment_type>
\t\t\t<wp:comment_parent>${parent}</wp:comment_parent>
\t\t\t<wp:comment_user_id>0</wp:comment_user_id>
\t\t</wp:comment>
`;
}

/** The export's text, piece by piece. */
export async function* syntheticWxr(options: SyntheticOptions): AsyncGenerator<string> {
  const siteUrl = options.siteUrl ?? "https://synthetic.example.com";
  const tag = options.tag ?? "Her";
  const commenters = options.commenters ?? 500;
  const next = random(42);
  yield `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>Synthetic Blog</title>
\t<link>${siteUrl}</link>
\t<description>Made by scripts/wordpress/synthetic-export.ts</description>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>${siteUrl}</wp:base_site_url>
\t<wp:base_blog_url>${siteUrl}</wp:base_blog_url>
\t<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[editor]]></wp:author_login><wp:author_email><![CDATA[editor@example.com]]></wp:author_email><wp:author_display_name><![CDATA[The Editor]]></wp:author_display_name></wp:author>
`;
  let commentId = 1;
  const start = Date.UTC(2014, 0, 20, 10, 0, 0);
  for (let post = 1; post <= options.posts; post++) {
    const postMs = start + post * 86_400_000;
    yield `\t<item>
\t\t<title><![CDATA[Synthetic review ${post}]]></title>
\t\t<link>${siteUrl}/${new Date(postMs).toISOString().slice(0, 10).replaceAll("-", "/")}/synthetic-review-${post}/</link>
\t\t<dc:creator><![CDATA[editor]]></dc:creator>
\t\t<content:encoded><![CDATA[<p>Review number ${post}, with <em>emphasis</em> &amp; an entity&#8217;s worth.</p>

3.5/5]]></content:encoded>
\t\t<wp:post_id>${post}</wp:post_id>
\t\t<wp:post_date><![CDATA[${wpDate(postMs + 3_600_000)}]]></wp:post_date>
\t\t<wp:post_date_gmt><![CDATA[${wpDate(postMs)}]]></wp:post_date_gmt>
\t\t<wp:post_name><![CDATA[synthetic-review-${post}]]></wp:post_name>
\t\t<wp:status><![CDATA[publish]]></wp:status>
\t\t<wp:post_type><![CDATA[post]]></wp:post_type>
\t\t<wp:post_password><![CDATA[]]></wp:post_password>
\t\t<category domain="post_tag" nicename="${tag.toLowerCase()}"><![CDATA[${tag}]]></category>
`;
    const first = commentId;
    // Written in batches whose order is shuffled a little: some replies come before their parents.
    let pending: string[] = [];
    for (let index = 0; index < options.comments; index++) {
      const id = commentId++;
      const roll = next();
      // About a third top-level; the rest reply to an earlier comment, often a recent one (deep threads).
      const parent = id === first || roll < 0.33 ? 0 : Math.max(first, id - 1 - Math.floor(next() * Math.min(id - first, next() < 0.5 ? 3 : 200)));
      const state = roll > 0.995 ? "spam" : roll > 0.985 ? "0" : roll > 0.98 ? "trash" : "1";
      const type = roll > 0.975 && roll <= 0.98 ? "pingback" : "comment";
      const text = `Comment ${id}: I &lt;3 this film&#8217;s <strong>score</strong>.\n\nA second paragraph with a <a href="https://example.org/${id}">link</a>.`;
      pending.push(comment(id, parent, 1 + Math.floor(next() * commenters), postMs + index * 60_000, state, type, text));
      if (pending.length === 20) {
        if (next() < 0.2) pending.reverse();
        yield pending.join("");
        pending = [];
      }
    }
    yield pending.join("");
    yield "\t</item>\n";
  }
  yield "</channel>\n</rss>\n";
}

async function main() {
  const { values } = parseArgs({
    options: { posts: { type: "string", default: "1" }, comments: { type: "string", default: "2000" }, out: { type: "string" }, gzip: { type: "boolean" } },
  });
  if (!values.out) {
    console.error("usage: npx tsx scripts/wordpress/synthetic-export.ts --comments 100000 [--posts 1] --out file.xml [--gzip]");
    process.exitCode = 2;
    return;
  }
  const source = Readable.from(syntheticWxr({ posts: Number(values.posts), comments: Number(values.comments) }));
  const out = createWriteStream(values.out);
  await (values.gzip ? pipeline(source, createGzip(), out) : pipeline(source, out));
  console.log(`Wrote ${values.out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
