import Link from "next/link";
import { formatStars, ratingToStars } from "@/lib/format/rating";
import { pluralize } from "@/lib/format/counts";
import { formatCalendarDate } from "@/lib/format/dates";
import type { ImportPreview, PostPreview } from "@/lib/wordpress/import-types";
import { DataTable, TD, TH } from "../data-table";
import { Pagination } from "../pagination";
import { FilmSelect, type FilmOption } from "./film-select";
import { ProblemsSection } from "./problems-list";
import { SummaryGrid } from "./summary-grid";
import { UploadActions } from "./upload-actions";

export const POSTS_PER_PAGE = 100;

const SOURCE_LABEL = { term: "by tag", choice: "your choice", default: "default film", "earlier import": "imported before" } as const;

function skippedText(skipped: ImportPreview["items"]["skipped"]): string {
  const parts = Object.entries(skipped)
    .filter(([, count]) => count)
    .map(([reason, count]) => `${count} ${reason}`);
  return parts.length ? `Skipped: ${parts.join(", ")}` : "Nothing skipped";
}

function PostRow({ post, importId, films }: { post: PostPreview; importId: string; films: FilmOption[] }) {
  const imported = post.comments.published + post.comments.pending + post.comments.trash;
  return (
    <tr className="hover:bg-sunken/40">
      <td className={TD}>
        <p className="font-medium text-ink">{post.title ?? "(untitled)"}</p>
        <p className="text-xs text-muted">
          #{post.postId}
          {post.date && <> · {formatCalendarDate(new Date(post.date))}</>}
          {post.author && <> · {post.author}</>}
          {post.terms.length > 0 && <> · {post.terms.slice(0, 6).join(", ")}</>}
        </p>
      </td>
      <td className={TD}>
        {post.existingReviewId ? (
          <Link href={`/reviews/${post.existingReviewId}`} className="text-ink underline-offset-4 hover:underline">
            {post.film?.title}
          </Link>
        ) : (
          <FilmSelect importId={importId} postId={post.postId} value={post.film?.id ?? null} films={films} label={`Film for “${post.title ?? post.postId}”`} noneLabel="— Not imported —" />
        )}
        <p className="mt-1 text-xs text-muted">{post.film ? SOURCE_LABEL[post.film.source] : post.noFilmReason}</p>
      </td>
      <td className={`${TD} tabular-nums`}>{post.rating === null ? <span className="text-muted">none</span> : `${formatStars(ratingToStars(post.rating))} ★`}</td>
      <td className={`${TD} tabular-nums`}>
        {imported}
        <span className="block text-xs text-muted">
          {post.comments.published} pub · {post.comments.pending} held · {post.comments.trash} trash
        </span>
      </td>
      <td className={TD}>{post.existingReviewId ? <span className="text-muted">Imported before{post.newComments ? `; ${pluralize(post.newComments, "new comment")}` : ""}</span> : post.film ? "New review" : <span className="text-muted">Left out</span>}</td>
    </tr>
  );
}

/** What importing the file would do, with a film to choose for each post, then the button. */
export function PreviewView({ importId, preview, films, defaultFilmId, page }: { importId: string; preview: ImportPreview; films: FilmOption[]; defaultFilmId: string | null; page: number }) {
  // Posts that need a decision come first.
  const posts = [...preview.posts].sort((a, b) => Number(Boolean(a.film)) - Number(Boolean(b.film)));
  const pageCount = Math.max(1, Math.ceil(posts.length / POSTS_PER_PAGE));
  const shown = posts.slice((page - 1) * POSTS_PER_PAGE, page * POSTS_PER_PAGE);
  const { comments } = preview;
  const nothingNew = preview.adds.reviews === 0 && preview.adds.comments === 0;

  return (
    <div className="space-y-8">
      <SummaryGrid
        items={[
          { label: "Site", value: preview.site.title ?? preview.site.url, detail: `${preview.site.url} · WXR ${preview.site.wxrVersion}` },
          { label: "Published posts", value: preview.items.posts, detail: skippedText(preview.items.skipped) },
          { label: "Comments", value: comments.published + comments.pending + comments.trash, detail: `${comments.published} published, ${comments.pending} held, ${comments.trash} trashed` },
          { label: "Not imported", value: comments.spam + comments.pingback + comments["other type"], detail: `${comments.spam} spam, ${comments.pingback} pingbacks & trackbacks` },
          { label: "Authors", value: preview.authors.total, detail: `Dates read in ${preview.timeZone}` },
        ]}
      />

      <section aria-labelledby="posts-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="posts-heading" className="text-lg font-semibold text-ink">
              Posts and their films
            </h2>
            <p className="text-sm text-muted">A post becomes a review of the film one of its tags or categories names. Change any post’s film here.</p>
          </div>
          <div className="w-full max-w-72">
            <p className="mb-1 text-xs font-medium text-muted">Film for posts whose tags name none</p>
            <FilmSelect importId={importId} postId={null} value={defaultFilmId} films={films} label="Film for posts whose tags name none" noneLabel="— Leave them out —" />
          </div>
        </div>
        {posts.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line-strong px-4 py-6 text-center text-sm text-muted">This export has no published posts, so there is nothing to import.</p>
        ) : (
          <>
            <DataTable caption="Posts in the export" minWidth="56rem">
              <thead>
                <tr>
                  <th scope="col" className={TH}>Post</th>
                  <th scope="col" className={TH}>Film</th>
                  <th scope="col" className={TH}>Rating</th>
                  <th scope="col" className={TH}>Comments</th>
                  <th scope="col" className={TH}>Becomes</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((post) => (
                  <PostRow key={post.postId} post={post} importId={importId} films={films} />
                ))}
              </tbody>
            </DataTable>
            <Pagination page={page} pageCount={pageCount} total={posts.length} noun="post" hrefFor={(to) => `/admin/import/${importId}?page=${to}`} />
          </>
        )}
      </section>

      <section aria-labelledby="authors-heading" className="space-y-3">
        <h2 id="authors-heading" className="text-lg font-semibold text-ink">
          Authors
        </h2>
        <p className="text-sm text-muted">
          Credited by name, not as accounts; commenters are told apart by email address. A member who verifies the same address can claim their reviews and comments from their settings.
        </p>
        <DataTable caption="Authors in the export" minWidth="36rem">
          <thead>
            <tr>
              <th scope="col" className={TH}>Name</th>
              <th scope="col" className={TH}>Email</th>
              <th scope="col" className={`${TH} text-right`}>Posts</th>
              <th scope="col" className={`${TH} text-right`}>Comments</th>
            </tr>
          </thead>
          <tbody>
            {preview.authors.listed.map((author, index) => (
              <tr key={`${author.email ?? "none"}-${index}`}>
                <td className={`${TD} text-ink`}>{author.name ?? "Unknown"}</td>
                <td className={`${TD} text-muted`}>{author.email ?? "none given"}</td>
                <td className={`${TD} text-right tabular-nums`}>{author.posts}</td>
                <td className={`${TD} text-right tabular-nums`}>{author.comments}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        {preview.authors.total > preview.authors.listed.length && <p className="text-sm text-muted">… and {preview.authors.total - preview.authors.listed.length} more.</p>}
      </section>

      <ProblemsSection problems={preview.problems} empty="None: everything in the file can be imported as it is." />

      <section aria-labelledby="import-heading" className="space-y-3 rounded-lg border border-line bg-surface p-4">
        <h2 id="import-heading" className="text-lg font-semibold text-ink">
          Import
        </h2>
        <p className="text-sm text-muted">
          {nothingNew
            ? "Everything in this file is already here; importing it again changes nothing."
            : `Adds ${pluralize(preview.adds.reviews, "review")} and ${pluralize(preview.adds.comments, "comment")}, each post with its comments at once. Nobody is notified. Held comments go to the moderation queue.`}
        </p>
        <UploadActions importId={importId} kinds={["start", "discard"]} importLabel={nothingNew ? "Import anyway" : `Import ${pluralize(preview.adds.reviews, "review")} and ${pluralize(preview.adds.comments, "comment")}`} />
      </section>
    </div>
  );
}
