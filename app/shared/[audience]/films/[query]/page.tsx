import { sharedPageAudience } from "@/lib/page-cache/shared-page";
import FilmsPage from "../../../../(site)/films/page";

// The films index for an audience, from the page cache (see app/shared/[audience]/home).
export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export { metadata } from "../../../../(site)/films/page";

export default async function SharedFilmsPage({ params }: { params: Promise<{ audience: string; query: string }> }) {
  await sharedPageAudience(params, "films");
  return <FilmsPage />;
}
