import { sharedVersionOf } from "@/lib/page-cache/shared-page";
import { generateMetadata as filmPageMetadata } from "../../../../../(site)/films/[slug]/page";
import { FilmPageView } from "../../../../../(site)/films/[slug]/film-page-view";

// A film page for an audience, one cached page per sort and page of reviews
// (see app/shared/[audience]/home). Pages are rendered on first request, not at build time.
export const dynamic = "force-static";
export const revalidate = 300;

const shared = sharedVersionOf("film", "slug", FilmPageView, filmPageMetadata);
export const generateStaticParams = shared.generateStaticParams;
export const generateMetadata = shared.generateMetadata;
export default shared.Page;
