import FilmsPage from "../../../(site)/films/page";

// The films index for signed-out readers, from the page cache (see app/guest/home).
export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export { metadata } from "../../../(site)/films/page";

export default function GuestFilmsPage() {
  return <FilmsPage />;
}
