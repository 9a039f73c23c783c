import { guestSearchParams } from "@/lib/cache/guest-routes";
import ReviewPage, { generateMetadata as reviewPageMetadata } from "../../../../(site)/reviews/[id]/page";

// A review page for signed-out readers, one cached page per sort and page of comments
// (see app/guest/home). Pages are rendered on first request, not at build time.
export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

interface GuestReviewPageProps {
  params: Promise<{ id: string; query: string }>;
}

function livePageProps({ params }: GuestReviewPageProps) {
  return { params: params.then(({ id }) => ({ id })), searchParams: params.then(({ query }) => guestSearchParams(query)) };
}

export function generateMetadata(props: GuestReviewPageProps) {
  return reviewPageMetadata(livePageProps(props));
}

export default function GuestReviewPage(props: GuestReviewPageProps) {
  return <ReviewPage {...livePageProps(props)} />;
}
