// What a WordPress export (WXR 1.0–1.2) holds, as the streaming reader hands it over. Fields
// keep WordPress's own values and spellings (dates as "YYYY-MM-DD HH:MM:SS", comment_approved
// as "1", "0", "spam", "trash"…); interpreting them is the importer's job.

export interface WxrChannel {
  title: string | null;
  /** The channel's <link>: the blog's address. */
  link: string | null;
  /** wp:base_site_url (WXR 1.1+): the site's address, the same for every blog of a network. */
  baseSiteUrl: string | null;
  /** wp:base_blog_url (WXR 1.1+). */
  baseBlogUrl: string | null;
  wxrVersion: string;
}

/** A WordPress user listed by the export: the authors of its posts. */
export interface WxrAuthor {
  id: number | null;
  login: string;
  email: string | null;
  displayName: string | null;
}

export interface WxrTerm {
  /** "category" or "post_tag" ("tag" in WXR 1.0). */
  domain: string;
  nicename: string | null;
  name: string;
}

export interface WxrPost {
  id: number;
  title: string;
  link: string | null;
  /** dc:creator: the author's login. */
  creator: string | null;
  contentHtml: string;
  /** wp:post_date, in the blog's time zone. */
  date: string | null;
  /** wp:post_date_gmt; "0000-00-00 00:00:00" for drafts and some imported posts. */
  dateGmt: string | null;
  status: string;
  type: string;
  slug: string | null;
  /** Whether wp:post_password is set: the post was for readers who had the password. */
  password: boolean;
  terms: WxrTerm[];
  /** Custom fields (wp:postmeta) whose keys don't start with "_", the ones a person sets. */
  meta: Record<string, string>;
}

export interface WxrComment {
  id: number;
  postId: number;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  date: string | null;
  dateGmt: string | null;
  contentHtml: string;
  /** comment_approved: "1", "0", "spam", "trash", "post-trashed". */
  approved: string;
  /** comment_type: "" or "comment" for comments; "pingback", "trackback"… */
  type: string;
  /** 0 for a top-level comment. */
  parentId: number;
  /** The WordPress user who wrote it, or 0. */
  userId: number;
}

export type WxrEvent =
  | { kind: "channel"; channel: WxrChannel }
  | { kind: "author"; author: WxrAuthor }
  /** An item's fields, before its comments (WordPress writes the comments last). */
  | { kind: "post"; post: WxrPost }
  | { kind: "comment"; comment: WxrComment }
  | { kind: "postEnd"; postId: number };

/** Why a file can't be imported, in words for the person importing it. Nothing was written. */
export class WxrError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WxrError";
  }
}
