import "server-only";
import { db } from "@/lib/db";
import type { ModerationTarget } from "@/lib/generated/prisma/enums";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { queueHref } from "./queue-filters";

/** What an audit row points at, in words and as a link (when there is a page for it). */
export interface TargetView {
  label: string;
  href: string | null;
}

const short = (id: string) => id.slice(-6);

/**
 * Names and links for the targets of a page of audit rows: users by handle, films by title,
 * reviews and comments by their first words, linked to the queue's single-item view (which
 * works whatever state the item is in), imports by their site. Six queries at most, whatever the page holds.
 */
export async function describeTargets(rows: readonly { targetType: ModerationTarget; targetId: string }[]): Promise<Map<string, TargetView>> {
  const idsOf = (type: ModerationTarget) => [...new Set(rows.filter((row) => row.targetType === type).map((row) => row.targetId))];
  const [reviews, comments, users, films, appeals, sites] = await Promise.all([
    idsOf("REVIEW").length
      ? db.review.findMany({ where: { id: { in: idsOf("REVIEW") } }, select: { id: true, title: true, film: { select: { title: true } } } })
      : [],
    idsOf("COMMENT").length ? db.comment.findMany({ where: { id: { in: idsOf("COMMENT") } }, select: { id: true, body: true } }) : [],
    idsOf("USER").length ? db.user.findMany({ where: { id: { in: idsOf("USER") } }, select: { id: true, handle: true } }) : [],
    idsOf("FILM").length ? db.film.findMany({ where: { id: { in: idsOf("FILM") } }, select: { id: true, title: true } }) : [],
    idsOf("APPEAL").length ? db.appeal.findMany({ where: { id: { in: idsOf("APPEAL") } }, select: { id: true, user: { select: { handle: true } } } }) : [],
    idsOf("IMPORT").length ? db.wordPressSite.findMany({ where: { id: { in: idsOf("IMPORT") } }, select: { id: true, url: true } }) : [],
  ]);
  const views = new Map<string, TargetView>();
  for (const row of rows) {
    const key = `${row.targetType}:${row.targetId}`;
    switch (row.targetType) {
      case "REVIEW": {
        const review = reviews.find((candidate) => candidate.id === row.targetId);
        const label = review ? (review.title ? `“${review.title}”` : `untitled review of ${review.film.title}`) : `review …${short(row.targetId)}`;
        views.set(key, { label, href: queueHref({ scope: "all", type: "review", id: row.targetId }) });
        break;
      }
      case "COMMENT": {
        const comment = comments.find((candidate) => candidate.id === row.targetId);
        const label = comment ? `“${markdownExcerpt(comment.body, 6)}”` : `comment …${short(row.targetId)}`;
        views.set(key, { label, href: queueHref({ scope: "all", type: "comment", id: row.targetId }) });
        break;
      }
      case "USER": {
        const user = users.find((candidate) => candidate.id === row.targetId);
        views.set(key, { label: user ? `@${user.handle}` : `user …${short(row.targetId)}`, href: `/admin/users/${row.targetId}` });
        break;
      }
      case "FILM": {
        const film = films.find((candidate) => candidate.id === row.targetId);
        views.set(key, { label: film ? film.title : `film …${short(row.targetId)}`, href: film ? `/admin/films/${row.targetId}` : null });
        break;
      }
      case "SETTING":
        views.set(key, { label: row.targetId, href: "/admin/settings" });
        break;
      case "APPEAL": {
        const appeal = appeals.find((candidate) => candidate.id === row.targetId);
        views.set(key, { label: appeal ? `appeal by @${appeal.user.handle}` : "appeal", href: "/admin/appeals?status=all" });
        break;
      }
      case "IMPORT": {
        const site = sites.find((candidate) => candidate.id === row.targetId);
        views.set(key, { label: site ? site.url : "a WordPress site", href: "/admin/import" });
        break;
      }
      default:
        views.set(key, { label: `${row.targetType.toLowerCase()} …${short(row.targetId)}`, href: null });
    }
  }
  return views;
}
