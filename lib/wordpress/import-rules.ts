// What becomes of each item and comment of an export, and who is credited: the rules of
// issue 14 in one place, used alike by the preview (scan) and the import.
import { decodeHTML } from "entities";
import { normalizeEmail } from "@/lib/identity/email";
import { hasControlOrBidiCharacters } from "@/lib/identity/unicode";
import { REVIEW_TITLE_MAX } from "@/lib/validations/review";
import type { WxrAuthor, WxrComment, WxrPost } from "./wxr-types";

export const IMPORTED_AS_PENDING = "Imported as pending";
export const TRASHED_IN_WORDPRESS = "Trashed in WordPress";

/** Why an item of the export is not a review (only published posts are). */
export type SkippedItem = "draft" | "pending review" | "page" | "attachment" | "menu item" | "private" | "scheduled" | "password-protected" | "trashed" | "other type";

export function skippedItemReason(post: WxrPost): SkippedItem | null {
  switch (post.type) {
    case "post":
      break;
    case "page":
      return "page";
    case "attachment":
      return "attachment";
    case "nav_menu_item":
      return "menu item";
    default:
      return "other type";
  }
  switch (post.status) {
    case "publish":
      return post.password ? "password-protected" : null;
    case "private":
      return "private";
    case "future":
      return "scheduled";
    case "trash":
      return "trashed";
    case "pending":
      return "pending review";
    default:
      return "draft"; // draft, auto-draft
  }
}

export type CommentState = "PUBLISHED" | "PENDING" | "DELETED";

/** Counted but never imported: spam, and pingbacks or trackbacks, which are not comments. */
export type CommentCount = "published" | "pending" | "trash" | "spam" | "pingback" | "other type";

export type CommentFate =
  | { imported: true; state: CommentState; reason: string | null; counted: CommentCount }
  | { imported: false; counted: CommentCount };

export function commentFate(comment: WxrComment): CommentFate {
  if (comment.type === "pingback" || comment.type === "trackback") return { imported: false, counted: "pingback" };
  if (comment.type !== "" && comment.type !== "comment") return { imported: false, counted: "other type" };
  switch (comment.approved) {
    case "1":
    case "approve":
      return { imported: true, state: "PUBLISHED", reason: null, counted: "published" };
    case "spam":
      return { imported: false, counted: "spam" };
    case "trash":
    case "post-trashed":
      // Kept, and shown to nobody: a deleted comment shows only as "[deleted]" above its replies.
      return { imported: true, state: "DELETED", reason: TRASHED_IN_WORDPRESS, counted: "trash" };
    default:
      // "0", and anything else WordPress didn't approve: a moderator decides.
      return { imported: true, state: "PENDING", reason: IMPORTED_AS_PENDING, counted: "pending" };
  }
}

/** What became of a comment that isn't imported, as a report says it of a reply to it. */
export function notImportedAs(counted: CommentCount, type: string): string {
  if (counted === "spam") return "spam";
  if (counted === "pingback") return "a pingback or trackback";
  return `of type "${type}"`;
}

const NAME_MAX = 100;

/** Names as WordPress stores them may hold entities ("O&#039;Brien") and stray whitespace. */
export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name = decodeHTML(raw).replace(/\s+/g, " ").trim();
  if (hasControlOrBidiCharacters(name)) name = name.replace(/[\p{Cc}\p{Cf}]/gu, "");
  return name ? name.slice(0, NAME_MAX) : null;
}

/** A post's title as a review's: decoded, on one line, at most as long as members' titles. */
export function cleanTitle(raw: string): string | null {
  const title = decodeHTML(raw).replace(/\s+/g, " ").trim();
  return title ? title.slice(0, REVIEW_TITLE_MAX) : null;
}

/** A source author as an import sees it: its stable key, the name it shows, the address to claim it by. */
export interface AuthorRef {
  key: string;
  name: string | null;
  email: string | null;
}

const ANONYMOUS = "Anonymous";

/**
 * Credits for one site's posts and comments. Commenters are keyed by lower-cased email: two
 * "Chris" with different addresses stay two, one person whose address differs only in case is
 * one. A commenter with no address is never merged with anyone (a name proves nothing). A
 * comment written while signed in as a WordPress user who wrote posts is that user, under their
 * display name.
 */
export class AuthorDirectory {
  private readonly users = new Map<number, AuthorRef>();
  private readonly logins = new Map<string, AuthorRef>();

  constructor(private readonly prefix: string) {}

  addUser(author: WxrAuthor) {
    const email = author.email ? normalizeEmail(author.email) : null;
    const ref: AuthorRef = {
      key: email ? `${this.prefix}:email:${email}` : `${this.prefix}:user:${author.login.toLowerCase()}`,
      name: cleanName(author.displayName) ?? cleanName(author.login),
      email,
    };
    this.logins.set(author.login.toLowerCase(), ref);
    if (author.id !== null) this.users.set(author.id, ref);
  }

  /** The post's author, by its dc:creator login; an unknown login is credited by that name. */
  forPost(post: WxrPost): AuthorRef {
    const login = post.creator?.toLowerCase();
    const known = login ? this.logins.get(login) : undefined;
    if (known) return known;
    return login ? { key: `${this.prefix}:user:${login}`, name: cleanName(post.creator), email: null } : { key: `${this.prefix}:post:${post.id}`, name: null, email: null };
  }

  forComment(comment: WxrComment): AuthorRef {
    const user = comment.userId > 0 ? this.users.get(comment.userId) : undefined;
    if (user) return user;
    const email = comment.authorEmail ? normalizeEmail(comment.authorEmail) : "";
    const name = cleanName(comment.authorName) ?? ANONYMOUS;
    if (email) return { key: `${this.prefix}:email:${email}`, name, email };
    return { key: `${this.prefix}:comment:${comment.id}`, name, email: null };
  }
}
