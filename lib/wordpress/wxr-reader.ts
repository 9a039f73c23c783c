// Reads a WordPress export (WXR 1.0–1.2) as a stream of events, with saxes: the file is never
// held whole, only the item being read. WordPress writes content in CDATA sections; saxes
// decodes CDATA and XML's own entities. A DOCTYPE is refused outright: WordPress never writes
// one, and declaring entities there is how entity-expansion ("billion laughs") and
// external-entity (XXE) attacks start.
import { SaxesParser, type SaxesTagNS } from "saxes";
import { WxrError, type WxrAuthor, type WxrChannel, type WxrComment, type WxrEvent, type WxrPost, type WxrTerm } from "./wxr-types";

/** Longest text of one field (a post's content, a comment): far above any real post. */
export const MAX_FIELD_CHARS = 4_000_000;
const MAX_META_FIELDS = 50;
const MAX_META_VALUE_CHARS = 1_000;

/** Versions WordPress has written: 1.0 (2.x), 1.1 (3.0), 1.2 (3.1 onwards). */
const KNOWN_VERSIONS = new Set(["1.0", "1.1", "1.2"]);

/** Element names are read as "<namespace key>:<local name>", whatever prefixes the file binds. */
function namespaceKey(uri: string): string {
  if (/^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/excerpt\/$/.test(uri)) return "excerpt";
  if (/^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/$/.test(uri)) return "wp";
  if (uri === "http://purl.org/rss/1.0/modules/content/") return "content";
  if (uri === "http://purl.org/dc/elements/1.1/") return "dc";
  return uri ? "other" : "";
}

function qualifiedName(tag: SaxesTagNS): string {
  const key = namespaceKey(tag.uri);
  return key ? `${key}:${tag.local}` : tag.local;
}

function toInt(value: string | undefined): number {
  const parsed = Number.parseInt((value ?? "").trim(), 10);
  return Number.isFinite(parsed) ? parsed : 0;
}

function orNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

type Fields = Record<string, string>;

interface ItemState {
  fields: Fields;
  terms: WxrTerm[];
  meta: Record<string, string>;
  metaCount: number;
  post: WxrPost | null;
}

/** Turns saxes callbacks into WXR events, collected per chunk for the async generator. */
class WxrEventCollector {
  readonly events: WxrEvent[] = [];
  private readonly stack: string[] = [];
  private text = "";
  private capturing = false;
  private sawRoot = false;
  private channelFields: Fields = {};
  private channelSent = false;
  private author: Fields | null = null;
  private item: ItemState | null = null;
  private comment: Fields | null = null;
  private metaEntry: Fields | null = null;
  private term: { domain: string; nicename: string | null } | null = null;

  constructor(private readonly parser: SaxesParser<{ xmlns: true }>) {
    parser.on("xmldecl", (decl) => {
      if (decl.encoding && !/^utf-?8$/i.test(decl.encoding)) {
        throw new WxrError(`The file says it is encoded as ${decl.encoding}; WordPress exports are UTF-8, and only UTF-8 is read.`);
      }
    });
    parser.on("doctype", () => {
      throw new WxrError(
        "The file declares a DOCTYPE. WordPress exports never do, and a DOCTYPE is how entity-expansion and external-entity attacks are made, so the file is refused.",
      );
    });
    parser.on("opentag", (tag) => this.open(tag));
    parser.on("closetag", (tag) => this.close(tag));
    parser.on("text", (text) => this.append(text));
    parser.on("cdata", (text) => this.append(text));
  }

  get started(): boolean {
    return this.sawRoot;
  }

  private append(text: string) {
    if (!this.capturing) return;
    if (this.text.length + text.length > MAX_FIELD_CHARS) {
      throw new WxrError(`A field in the file is longer than ${MAX_FIELD_CHARS.toLocaleString("en")} characters; no real post or comment is.`);
    }
    this.text += text;
  }

  private path(): string {
    return this.stack.join("/");
  }

  private open(tag: SaxesTagNS) {
    const name = qualifiedName(tag);
    if (!this.sawRoot) {
      this.sawRoot = true;
      if (name !== "rss") throw new WxrError(`This is XML, but not a WordPress export: it starts with <${tag.name}>, not <rss>.`);
    }
    this.stack.push(name);
    const path = this.path();
    this.text = "";
    this.capturing = false;

    if (path === "rss/channel/item") {
      this.sendChannel();
      this.item = { fields: {}, terms: [], meta: {}, metaCount: 0, post: null };
    } else if (path === "rss/channel/wp:author") {
      // WordPress writes the site's own fields first, then the authors.
      this.sendChannel();
      this.author = {};
    } else if (path === "rss/channel/item/wp:comment") {
      this.sendPost();
      this.comment = {};
    } else if (path === "rss/channel/item/wp:postmeta") {
      this.metaEntry = {};
    } else if (path === "rss/channel/item/category") {
      const attribute = (local: string) => Object.values(tag.attributes).find((a) => a.local === local && !a.uri)?.value;
      this.term = { domain: attribute("domain") ?? "category", nicename: orNull(attribute("nicename")) };
      this.capturing = true;
    } else {
      // Leaf fields of the records we read.
      this.capturing =
        (this.stack.length === 3 && this.stack[1] === "channel" && !this.channelSent) ||
        (this.author !== null && this.stack.length === 4) ||
        (this.item !== null && this.stack.length === 4 && this.comment === null) ||
        (this.comment !== null && this.stack.length === 5 && this.stack[3] === "wp:comment") ||
        (this.metaEntry !== null && this.stack.length === 5);
    }
  }

  private close(tag: SaxesTagNS) {
    const name = qualifiedName(tag);
    const path = this.path();
    const text = this.text;
    this.text = "";
    this.capturing = false;

    if (path === "rss/channel") this.sendChannel();
    else if (path === "rss/channel/item") this.endItem();
    else if (path === "rss/channel/wp:author" && this.author) this.sendAuthor(this.author);
    else if (path === "rss/channel/item/wp:comment" && this.comment) this.sendComment(this.comment);
    else if (path === "rss/channel/item/wp:postmeta" && this.metaEntry) this.keepMeta(this.metaEntry);
    else if (path === "rss/channel/item/category" && this.term && this.item) {
      const termName = text.trim();
      if (termName) this.item.terms.push({ ...this.term, name: termName });
      this.term = null;
    } else if (this.comment && this.stack.length === 5) this.comment[name] = text;
    else if (this.metaEntry && this.stack.length === 5) this.metaEntry[name] = text;
    else if (this.author && this.stack.length === 4) this.author[name] = text;
    else if (this.item && this.stack.length === 4) this.item.fields[name] = text;
    else if (this.stack.length === 3 && !this.channelSent) this.channelFields[name] = text;
    this.stack.pop();
  }

  private sendChannel() {
    if (this.channelSent) return;
    this.channelSent = true;
    const version = orNull(this.channelFields["wp:wxr_version"]);
    if (!version) {
      throw new WxrError("This is an RSS file, but not a WordPress export: it has no wp:wxr_version. Export from WordPress with Tools → Export.");
    }
    if (!KNOWN_VERSIONS.has(version) && !/^1\.\d+$/.test(version)) {
      throw new WxrError(`This export says it is WXR ${version}; Marquee reads WXR 1.0 to 1.2.`);
    }
    const channel: WxrChannel = {
      title: orNull(this.channelFields.title),
      link: orNull(this.channelFields.link),
      baseSiteUrl: orNull(this.channelFields["wp:base_site_url"]),
      baseBlogUrl: orNull(this.channelFields["wp:base_blog_url"]),
      wxrVersion: version,
    };
    this.events.push({ kind: "channel", channel });
  }

  private sendAuthor(fields: Fields) {
    this.author = null;
    const login = orNull(fields["wp:author_login"]);
    if (!login) return;
    const author: WxrAuthor = {
      id: fields["wp:author_id"] ? toInt(fields["wp:author_id"]) : null,
      login,
      email: orNull(fields["wp:author_email"]),
      displayName: orNull(fields["wp:author_display_name"]),
    };
    this.events.push({ kind: "author", author });
  }

  private keepMeta(fields: Fields) {
    this.metaEntry = null;
    const key = fields["wp:meta_key"]?.trim();
    const value = fields["wp:meta_value"] ?? "";
    if (!this.item || !key || key.startsWith("_") || value.length > MAX_META_VALUE_CHARS) return;
    if (this.item.metaCount >= MAX_META_FIELDS) return;
    this.item.metaCount++;
    this.item.meta[key] = value;
  }

  /** The item's fields as a post; sent once, before its first comment or at its end. */
  private sendPost(): WxrPost {
    const item = this.item!;
    if (item.post) return item.post;
    const { fields } = item;
    const id = toInt(fields["wp:post_id"]);
    if (id <= 0) throw new WxrError("An item in the export has no wp:post_id, so it isn't a WordPress export item.");
    item.post = {
      id,
      title: fields.title?.trim() ?? "",
      link: orNull(fields.link),
      creator: orNull(fields["dc:creator"]),
      contentHtml: fields["content:encoded"] ?? "",
      date: orNull(fields["wp:post_date"]),
      dateGmt: orNull(fields["wp:post_date_gmt"]),
      status: orNull(fields["wp:status"]) ?? "publish",
      type: orNull(fields["wp:post_type"]) ?? "post",
      slug: orNull(fields["wp:post_name"]),
      password: Boolean(orNull(fields["wp:post_password"])),
      terms: item.terms,
      meta: item.meta,
    };
    this.events.push({ kind: "post", post: item.post });
    return item.post;
  }

  private sendComment(fields: Fields) {
    this.comment = null;
    const post = this.sendPost();
    const id = toInt(fields["wp:comment_id"]);
    if (id <= 0) return;
    const comment: WxrComment = {
      id,
      postId: post.id,
      authorName: fields["wp:comment_author"]?.trim() ?? "",
      authorEmail: fields["wp:comment_author_email"]?.trim() ?? "",
      authorUrl: fields["wp:comment_author_url"]?.trim() ?? "",
      date: orNull(fields["wp:comment_date"]),
      dateGmt: orNull(fields["wp:comment_date_gmt"]),
      contentHtml: fields["wp:comment_content"] ?? "",
      approved: fields["wp:comment_approved"]?.trim() ?? "1",
      type: fields["wp:comment_type"]?.trim() ?? "",
      parentId: toInt(fields["wp:comment_parent"]),
      userId: toInt(fields["wp:comment_user_id"]),
    };
    this.events.push({ kind: "comment", comment });
  }

  private endItem() {
    const post = this.sendPost();
    this.events.push({ kind: "postEnd", postId: post.id });
    this.item = null;
  }
}

/** saxes' messages start with "line:column: ". */
function describeXmlError(error: Error, started: boolean): string {
  const message = error.message.replace(/^(?:[^:\d][^:]*:)?(\d+):(\d+): /, "line $1, column $2: ");
  if (!started) return "This isn't an XML file, so it isn't a WordPress export.";
  if (/unclosed|document must contain a root element|unexpected end/i.test(message)) {
    return "The file ends before the export does: it looks truncated. Export it again, or check the upload finished.";
  }
  return `The file isn't well-formed XML (${message.replace(/\.$/, "")}).`;
}

/**
 * The events of a WXR file, read from its text in order. Throws WxrError for anything that
 * isn't a readable WordPress export: not XML, XML but not WXR, truncated, a DOCTYPE.
 */
export async function* readWxr(text: AsyncIterable<string>): AsyncGenerator<WxrEvent> {
  const parser = new SaxesParser({ xmlns: true });
  const collector = new WxrEventCollector(parser);
  let empty = true;
  const run = (step: () => void) => {
    try {
      step();
    } catch (error) {
      if (error instanceof WxrError) throw error;
      throw new WxrError(empty ? "The file is empty." : describeXmlError(error as Error, collector.started));
    }
  };
  for await (const chunk of text) {
    if (empty && chunk.trim()) empty = false;
    run(() => parser.write(chunk));
    yield* collector.events.splice(0);
  }
  run(() => parser.close());
  yield* collector.events.splice(0);
}
