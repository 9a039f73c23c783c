import { sharedVersionOf } from "@/lib/page-cache/shared-page";
import { generateMetadata as reviewPageMetadata } from "../../../../../(site)/reviews/[id]/page";
import { ReviewPageView } from "../../../../../(site)/reviews/[id]/review-page-view";

// A review page for an audience, one cached page per sort and page of comments
// (see app/shared/[audience]/home). Pages are rendered on first request, not at build time.
export const dynamic = "force-static";
export const revalidate = 300;

const shared = sharedVersionOf("review", "id", ReviewPageView, reviewPageMetadata);
export const generateStaticParams = shared.generateStaticParams;
export const generateMetadata = shared.generateMetadata;
export default shared.Page;
