import { guestSearchParams } from "@/lib/cache/guest-routes";
import FilmPage, { generateMetadata as filmPageMetadata } from "../../../../(site)/films/[slug]/page";

// A film page for signed-out readers, one cached page per sort and page of reviews
// (see app/guest/home). Pages are rendered on first request, not at build time.
export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

interface GuestFilmPageProps {
  params: Promise<{ slug: string; query: string }>;
}

function livePageProps({ params }: GuestFilmPageProps) {
  return { params: params.then(({ slug }) => ({ slug })), searchParams: params.then(({ query }) => guestSearchParams(query)) };
}

export function generateMetadata(props: GuestFilmPageProps) {
  return filmPageMetadata(livePageProps(props));
}

export default function GuestFilmPage(props: GuestFilmPageProps) {
  return <FilmPage {...livePageProps(props)} />;
}
