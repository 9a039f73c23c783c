// Where an imported comment's old WordPress anchor leads when the review page doesn't show the
// comment itself (components/comments/legacy-comment-anchor.tsx): to the comment's own page,
// or back to the review when it wasn't imported. The comment page decides who may read it.
import { NextResponse } from "next/server";
import { findWordPressComment } from "@/lib/queries/wordpress-comments";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; commentId: string }> }) {
  const { id, commentId } = await params;
  const found = await findWordPressComment(id, commentId);
  const location = found ? `/comments/${found}#c-${found}` : `/reviews/${encodeURIComponent(id)}`;
  return new NextResponse(null, { status: 301, headers: { location } });
}
