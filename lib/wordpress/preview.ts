// The preview of an import as plain JSON: what the admin page shows before importing and what
// `--dry-run` prints. Everything in it comes from reading the file and the database; nothing
// is written.
import { describeTimeZone } from "./wxr-dates";
import { CappedList, MAX_LISTED_AUTHORS, MAX_LISTED_PROBLEMS, type ImportPreview, type ImportProblem, type PostPreview } from "./import-types";
import { choiceFor, decideFilm, type FilmChoices, type ImportPlan, type PostPlan } from "./plan";
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

function importable(post: PostPreview): number {
  return post.comments.published + post.comments.pending + post.comments.trash;
}

/**
 * The preview as the admin's film choices change it, without reading the file again: each
 * post's film by the same rule the import applies (plan.ts), and what importing would add.
 */
export function withFilmChoices(preview: ImportPreview, films: readonly { id: string; title: string }[], choices: FilmChoices, defaultFilmId: string | null): ImportPreview {
  const byId = new Map(films.map((film) => [film.id, { id: film.id, title: film.title }]));
  const fallback = defaultFilmId ? byId.get(defaultFilmId) : undefined;
  const posts = preview.posts.map((post) => {
    if (post.existingReviewId) return post;
    const candidates = post.candidates.filter((film) => byId.has(film.id));
    const { film, noFilmReason } = decideFilm(candidates, choiceFor(choices, post.postId, (id) => byId.get(id)), fallback);
    return { ...post, film, noFilmReason, newComments: film ? importable(post) : 0 };
  });
  const noFilm = posts
    .filter((post) => !post.film)
    .map((post) => ({ kind: "no-film", postId: post.postId, message: `Post ${post.postId} (“${post.title ?? "untitled"}”) has no film: ${post.noFilmReason}.` }));
  const others = preview.problems.listed.filter((problem) => problem.kind !== "no-film");
  const othersTotal = preview.problems.total - preview.problems.listed.filter((problem) => problem.kind === "no-film").length;
  return {
    ...preview,
    posts,
    problems: { total: othersTotal + noFilm.length, listed: [...noFilm, ...others].slice(0, MAX_LISTED_PROBLEMS) },
    adds: {
      reviews: posts.filter((post) => post.film && !post.existingReviewId).length,
      comments: posts.reduce((sum, post) => sum + post.newComments, 0),
    },
  };
}
