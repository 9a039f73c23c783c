import { guestVersionOf } from "@/lib/cache/guest-page";
import ReviewPage, { generateMetadata as reviewPageMetadata } from "../../../../(site)/reviews/[id]/page";

// A review page for signed-out readers, one cached page per sort and page of comments
// (see app/guest/home). Pages are rendered on first request, not at build time.
export const dynamic = "force-static";
export const revalidate = 300;

const guest = guestVersionOf("id", ReviewPage, reviewPageMetadata);
export const generateStaticParams = guest.generateStaticParams;
export const generateMetadata = guest.generateMetadata;
export default guest.Page;
