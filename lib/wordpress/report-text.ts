// The preview and the report as plain text, for `npm run import:wordpress`.
import { formatStars, ratingToStars } from "@/lib/format/rating";
import type { CommentCounts, ImportPreview, ImportProgress, ImportReport } from "./import-types";

function n(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

function skippedLine(skipped: Record<string, number | undefined>): string {
  const parts = Object.entries(skipped)
    .filter(([, count]) => count)
    .map(([reason, count]) => `${count!.toLocaleString("en")} ${reason}`);
  return parts.length ? parts.join(", ") : "none";
}

function commentLine(counts: CommentCounts): string {
  return `${counts.published} published, ${counts.pending} pending, ${counts.trash} trashed; not imported: ${counts.spam} spam, ${counts.pingback} pingbacks/trackbacks${counts["other type"] ? `, ${counts["other type"]} of other types` : ""}`;
}

export function formatProgress(progress: ImportProgress): string {
  const comments = progress.commentsTotal ? `${progress.comments.toLocaleString("en")}/${progress.commentsTotal.toLocaleString("en")}` : progress.comments.toLocaleString("en");
  if (progress.phase === "reading") return `Reading the file… ${comments} comments`;
  const posts = progress.postsTotal ? `${progress.posts.toLocaleString("en")}/${progress.postsTotal.toLocaleString("en")}` : progress.posts.toLocaleString("en");
  return `Importing… items ${posts}, comments ${comments}`;
}

export function formatPreview(preview: ImportPreview): string {
  const lines = [
    `Site: ${preview.site.title ?? "(untitled)"} — ${preview.site.url} (WXR ${preview.site.wxrVersion})`,
    `Blog time zone: ${preview.timeZone}`,
    `Items: ${preview.items.total}, of which ${n(preview.items.posts, "published post")}; skipped: ${skippedLine(preview.items.skipped)}`,
    `Comments on published posts: ${commentLine(preview.comments)}`,
    `Authors: ${preview.authors.total}`,
    "",
    "Posts:",
  ];
  for (const post of preview.posts) {
    const film = post.film ? `→ ${post.film.title} (${post.film.source === "term" ? "by tag" : post.film.source})` : `→ not imported: ${post.noFilmReason}`;
    const rating = post.rating === null ? "no rating" : `${formatStars(ratingToStars(post.rating))}★`;
    const status = post.existingReviewId ? `already imported, ${n(post.newComments, "new comment")}` : `${n(post.comments.published + post.comments.pending + post.comments.trash, "comment")}`;
    lines.push(`  #${post.postId} ${post.title ?? "(untitled)"} ${film}; ${rating}; ${status}`);
  }
  if (preview.problems.total) {
    lines.push("", `Problems (${preview.problems.total}):`);
    for (const problem of preview.problems.listed) lines.push(`  - ${problem.message}`);
    if (preview.problems.total > preview.problems.listed.length) lines.push(`  … and ${preview.problems.total - preview.problems.listed.length} more`);
  }
  lines.push("", `An import would add ${n(preview.adds.reviews, "review")} and ${n(preview.adds.comments, "comment")}.`);
  return lines.join("\n");
}

export function formatReport(report: ImportReport): string {
  if (report.nothingChanged) {
    return [
      `Nothing changed: everything in this export from ${report.site.url} was already imported (${n(report.reviews.alreadyImported, "review")}, ${n(report.comments.alreadyImported, "comment")}).`,
      ...(report.reviews.skippedNoFilm ? [`${n(report.reviews.skippedNoFilm, "post")} still matched no film and stayed out.`] : []),
    ].join("\n");
  }
  const byState = report.comments.createdByState;
  const lines = [
    `Imported from ${report.site.title ?? report.site.url} in ${report.seconds} s:`,
    `  reviews: ${report.reviews.created} new, ${report.reviews.alreadyImported} already here, ${report.reviews.skippedNoFilm} posts with no film left out`,
    `  comments: ${report.comments.created} new (${byState.published} published, ${byState.pending} held for moderation, ${byState.trash} deleted), ${report.comments.alreadyImported} already here`,
    `  not imported: ${report.notImported.spam} spam, ${report.notImported.pingbacks} pingbacks/trackbacks${report.notImported.otherTypes ? `, ${report.notImported.otherTypes} of other types` : ""}`,
    `  skipped items: ${skippedLine(report.skippedItems)}`,
    `  new source authors: ${report.authorsCreated}`,
  ];
  if (report.problems.total) {
    lines.push(`Problems (${report.problems.total}):`);
    for (const problem of report.problems.listed) lines.push(`  - ${problem.message}`);
    if (report.problems.total > report.problems.listed.length) lines.push(`  … and ${report.problems.total - report.problems.listed.length} more`);
  }
  return lines.join("\n");
}
