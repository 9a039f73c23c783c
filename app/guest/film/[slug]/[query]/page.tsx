import { guestVersionOf } from "@/lib/cache/guest-page";
import FilmPage, { generateMetadata as filmPageMetadata } from "../../../../(site)/films/[slug]/page";

// A film page for signed-out readers, one cached page per sort and page of reviews
// (see app/guest/home). Pages are rendered on first request, not at build time.
export const dynamic = "force-static";
export const revalidate = 300;

const guest = guestVersionOf("slug", FilmPage, filmPageMetadata);
export const generateStaticParams = guest.generateStaticParams;
export const generateMetadata = guest.generateMetadata;
export default guest.Page;
