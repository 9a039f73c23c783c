import Link from "next/link";
import { formatExactDateTime } from "@/lib/format/dates";
import type { CommentData, TimeData } from "./thread-data";

/** A time as the thread shows it: relative, with the exact time on hover. */
function Time({ time, children = time.ago, titlePrefix = "" }: { time: TimeData; children?: string; titlePrefix?: string }) {
  return (
    <time dateTime={time.at} title={`${titlePrefix}${formatExactDateTime(new Date(time.at))}`}>
      {children}
    </time>
  );
}

/**
 * "Ada · 5 minutes ago · edited": author (linked to their profile), when it was written (linked
 * to the comment's anchor; exact on hover) and whether it was edited. Imported comments say
 * where they come from instead of a time: their import time would mislead. Bare elements on
 * purpose: `.thread article > header` (app/globals.css) lays them out and puts the dots between.
 */
export function CommentHeader({ comment }: { comment: CommentData }) {
  const anchor = `#c-${comment.id}`;
  return (
    <header>
      {comment.profile ? <Link href={comment.profile}>{comment.author}</Link> : <span>{comment.author}</span>}
      {comment.own && <span className="you">you</span>}
      {comment.time ? (
        <a href={anchor}>
          <Time time={comment.time} />
        </a>
      ) : (
        <a href={anchor} title="Imported with the review; the blog gives no date">
          from the original blog
        </a>
      )}
      {comment.edited && (
        <Time time={comment.edited} titlePrefix="Edited ">
          edited
        </Time>
      )}
    </header>
  );
}
