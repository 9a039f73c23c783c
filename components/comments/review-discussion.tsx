import { redirect } from "next/navigation";
import { viewerUser, type PageViewer } from "@/lib/page-cache/page-viewer";
import { getSettings } from "@/lib/settings";
import { DEFAULT_COMMENT_SORT, parseCommentSort, threadQueryString } from "@/lib/comments/thread-params";
import { parsePageParam } from "@/lib/queries/paging";
import { getReviewThreadPage } from "@/lib/queries/comments";
import { EmptyState } from "@/components/ui/empty-state";
import { CommentComposer } from "./comment-composer";
import { Pagination } from "@/components/ui/pagination";
import { CommentSortLinks } from "./comment-sort-links";
import { CommentThread } from "./comment-thread";
import { DiscussionProvider } from "./discussion-provider";
import type { ThreadContext } from "./thread-context";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A review's discussion, rendered on the server so it reads without JavaScript: the comment
 * form, sort links, one page of top-level threads with all their replies, and paging.
 */
export async function ReviewDiscussion({ reviewId, searchParams, viewer }: { reviewId: string; searchParams: SearchParams; viewer: PageViewer }) {
  const sort = parseCommentSort(searchParams.sort);
  const page = parsePageParam(searchParams.page);
  const user = viewerUser(viewer);
  const settings = await getSettings();
  const thread = await getReviewThreadPage({ reviewId, sort, page, viewerId: user?.id ?? null });
  const basePath = `/reviews/${reviewId}`;
  // A page past the end is the last page: a redirect, which the page cache never keeps, so a
  // made-up page number is no cache entry of its own (lib/page-cache/shared-routes.ts).
  if (page > thread.pageCount) redirect(`${basePath}${threadQueryString(sort, thread.pageCount)}`);
  const context: ThreadContext = {
    reviewId,
    replyDepth: settings.replyDepth,
    viewer: viewer.kind === "guest" ? "guest" : user?.isBanned ? "suspended" : "member",
    pagePath: `${basePath}${threadQueryString(sort, page)}`,
    now: new Date(),
  };

  return (
    <section id="comments" aria-labelledby="comments-heading" className="mt-16 scroll-mt-6 border-t border-line pt-10">
      <DiscussionProvider>
        <h2 id="comments-heading" className="text-lg font-semibold tracking-tight">
          Comments
          {/* A real space, not a margin: the heading's name is "Comments 7", not "Comments7". */}
          {thread.commentCount > 0 && (
            <>
              {" "}
              <span className="font-normal text-muted tabular-nums">{thread.commentCount}</span>
            </>
          )}
        </h2>
        <div className="mt-5">
          <CommentComposer reviewId={reviewId} />
        </div>
        {thread.threadCount > 0 ? (
          <>
            <div className="mt-8 flex flex-wrap items-center justify-end gap-3">
              {thread.pageCount > 1 && (
                <p className="mr-auto text-sm text-muted tabular-nums">
                  Page {page} of {thread.pageCount}
                </p>
              )}
              <CommentSortLinks basePath={basePath} current={sort} />
            </div>
            <div className="mt-2">
              <CommentThread threads={thread.threads} context={context} />
            </div>
            <Pagination label="Comment pages" basePath={basePath} params={{ sort: sort === DEFAULT_COMMENT_SORT ? undefined : sort }} anchor="comments" page={page} pageCount={thread.pageCount} />
          </>
        ) : (
          <div className="mt-8">
            <EmptyState title="No comments yet — start the discussion">Questions, disagreements and favourite scenes are all welcome.</EmptyState>
          </div>
        )}
      </DiscussionProvider>
    </section>
  );
}
