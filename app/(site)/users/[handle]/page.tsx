import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getPublicProfile, listProfileReviews, listRecentProfileComments, PROFILE_RECENT_COMMENTS } from "@/lib/queries/users";
import { creditName } from "@/lib/format/credit";
import { PageContainer } from "@/components/layout/page-container";
import { firstSearchParam } from "@/components/auth/auth-links";
import { Pagination } from "@/components/ui/pagination";
import { ProfileCommentItem } from "@/components/account/profile-comment-item";
import { ProfileHeader } from "@/components/account/profile-header";
import { ProfileReviewItem } from "@/components/account/profile-review-item";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";
import { pageMetadata } from "../../../site-metadata";

interface ProfilePageProps {
  params: Promise<{ handle: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function nameOf(profile: { handle: string; name: string | null }): string {
  return creditName({ kind: "user", handle: profile.handle, displayName: profile.name, deleted: false });
}

export async function generateMetadata({ params }: ProfilePageProps): Promise<Metadata> {
  await connection();
  const profile = await getPublicProfile((await params).handle);
  if (!profile) notFound();
  const name = nameOf(profile);
  return pageMetadata({
    title: `${name} (@${profile.handle})`,
    description: profile.bio?.slice(0, 200) || `Film reviews and comments by ${name} on Marquee.`,
    path: `/users/${profile.handle}`,
    openGraph: { type: "profile", username: profile.handle },
  });
}

export default async function ProfilePage({ params, searchParams }: ProfilePageProps) {
  await connection();
  const profile = await getPublicProfile((await params).handle);
  if (!profile) notFound();
  const requestedPage = Number(firstSearchParam((await searchParams).page) ?? "1");
  const [reviews, comments] = await Promise.all([listProfileReviews(profile.id, requestedPage), listRecentProfileComments(profile.id)]);
  const name = nameOf(profile);
  const now = new Date();

  return (
    <PageContainer width="reading" className="pt-12 sm:pt-16">
      <ProfileHeader profile={profile} displayName={name} />

      <section id="reviews" aria-labelledby="reviews-heading" className="mt-14 scroll-mt-6">
        <SectionHeading id="reviews-heading">
          Reviews <span className="ml-1 font-normal text-muted tabular-nums">{reviews.total}</span>
        </SectionHeading>
        {reviews.items.length === 0 ? (
          <EmptyState title="No reviews yet">{name} hasn&rsquo;t published a review.</EmptyState>
        ) : (
          <ol className="divide-y divide-line border-y border-line">
            {reviews.items.map((review) => (
              <li key={review.id}>
                <ProfileReviewItem review={review} />
              </li>
            ))}
          </ol>
        )}
        <Pagination label="Review pages" basePath={`/users/${profile.handle}`} anchor="reviews" page={reviews.page} pageCount={reviews.pageCount} />
      </section>

      <section aria-labelledby="comments-heading" className="mt-14">
        <SectionHeading id="comments-heading">
          Recent comments <span className="ml-1 font-normal text-muted tabular-nums">{comments.total}</span>
        </SectionHeading>
        {comments.items.length === 0 ? (
          <EmptyState title="No comments yet">{name} hasn&rsquo;t joined a discussion.</EmptyState>
        ) : (
          <>
            <ol className="divide-y divide-line border-y border-line">
              {comments.items.map((comment) => (
                <li key={comment.id}>
                  <ProfileCommentItem comment={comment} now={now} />
                </li>
              ))}
            </ol>
            {comments.total > comments.items.length && (
              <p className="mt-4 text-sm text-muted">
                Showing the {PROFILE_RECENT_COMMENTS} most recent of {comments.total} comments.
              </p>
            )}
          </>
        )}
      </section>
    </PageContainer>
  );
}
