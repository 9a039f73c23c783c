import { sharedPageAudience } from "@/lib/page-cache/shared-page";
import HomePage from "../../../../(site)/page";

// The home page as every signed-out reader, or every member, sees it, served from the page
// cache (lib/page-cache/shared-routes.ts explains the /shared pages). Triggers in the database
// expire it when content changes; `revalidate` only refreshes relative times ("3 minutes ago")
// on a quiet site. Rendered on first request, not at build time (no database then).
export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export { metadata } from "../../../../(site)/page";

export default async function SharedHomePage({ params }: { params: Promise<{ audience: string; query: string }> }) {
  await sharedPageAudience(params, "home");
  return <HomePage searchParams={Promise.resolve({})} />;
}
