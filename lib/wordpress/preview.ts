// The preview of an import as plain JSON: what the admin page shows before importing and what
// `--dry-run` prints. Everything in it comes from reading the file and the database; nothing
// is written.
import { describeTimeZone } from "./wxr-dates";
import { CappedList, MAX_LISTED_AUTHORS, MAX_LISTED_PROBLEMS, type ImportPreview, type ImportProblem, type PostPreview } from "./import-types";
import type { ImportPlan, PostPlan } from "./plan";
import type { Scan } from "./scan";

function termNames(plan: PostPlan): string[] {
  return [...new Set(plan.post.terms.filter((term) => term.domain !== "post_format").map((term) => term.name))];
}

export function toPreview(scan: Scan, plan: ImportPlan): ImportPreview {
  const posts: PostPreview[] = [];
  const problems = new CappedList<ImportProblem>(MAX_LISTED_PROBLEMS);
  let reviews = 0;
  let comments = 0;
  for (const postPlan of plan.posts.values()) {
    const { post } = postPlan;
    posts.push({
      postId: post.id,
      title: post.title,
      link: post.link,
      date: post.date?.toISOString() ?? null,
      rating: post.rating,
      author: post.author,
      terms: termNames(postPlan),
      film: postPlan.film ? { id: postPlan.film.id, title: postPlan.film.title, source: postPlan.film.source } : null,
      noFilmReason: postPlan.noFilmReason,
      candidates: postPlan.candidates.map((film) => ({ id: film.id, title: film.title })),
      comments: post.comments,
      existingReviewId: postPlan.existingReviewId,
      newComments: postPlan.newComments,
    });
    if (postPlan.film && !postPlan.existingReviewId) reviews++;
    comments += postPlan.newComments;
    if (!postPlan.film) {
      problems.push({ kind: "no-film", postId: post.id, message: `Post ${post.id} (“${post.title ?? "untitled"}”) has no film: ${postPlan.noFilmReason}.` });
    }
  }
  for (const problem of scan.problems.listed) problems.push(problem);
  // Problems past the scan's cap were counted there.
  problems.total += scan.problems.total - scan.problems.listed.length;

  const authors = [...scan.authors.values()].sort((a, b) => b.posts - a.posts || b.comments - a.comments || (a.name ?? "").localeCompare(b.name ?? ""));
  return {
    site: { url: scan.siteUrl, title: scan.channel.title, wxrVersion: scan.channel.wxrVersion },
    timeZone: describeTimeZone(scan.timeZone),
    items: scan.items,
    comments: scan.comments,
    commentsOnSkippedItems: scan.commentsOnSkippedItems,
    posts,
    authors: { total: authors.length, listed: authors.slice(0, MAX_LISTED_AUTHORS) },
    problems: problems.toJSON(),
    adds: { reviews, comments },
  };
}
