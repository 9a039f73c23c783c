import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ComponentType } from "react";
import { audienceViewer, type PageViewer } from "@/lib/page-viewer";
import { isAudience, sharedSearchParams } from "./shared-routes";

type SearchParams = Record<string, string | string[] | undefined>;

/** The props a live page with one dynamic segment `K` takes (for its metadata). */
interface LivePageProps<K extends string> {
  params: Promise<Record<K, string>>;
  searchParams: Promise<SearchParams>;
}

/** What the page's view renders from: its segment, the query, and who it is for. */
type ViewProps<K extends string> = Record<K, string> & { searchParams: SearchParams; viewer: PageViewer };

/** A /shared page's props: the audience, the live page's segment, and the query folded into the path. */
type SharedPageProps<K extends string> = { params: Promise<Record<K | "audience" | "query", string>> };

/** The audience a shared page is rendered for; anything else in that segment is a 404. */
export async function sharedPageAudience(params: Promise<{ audience: string }>): Promise<PageViewer> {
  const { audience } = await params;
  if (!isAudience(audience)) notFound();
  return audienceViewer(audience);
}

/**
 * A page with one dynamic segment (a film's slug, a review's id) as the page cache serves it to
 * an audience: the live page's view and metadata, its searchParams read from the [query]
 * segment (lib/cache/shared-routes.ts), and no pages rendered at build time (there is no
 * database then). Each /shared page file still declares `dynamic` and `revalidate` itself:
 * Next.js reads route segment config from the file, not from what it imports.
 */
export function sharedVersionOf<K extends string>(
  key: K,
  View: ComponentType<ViewProps<K>>,
  liveMetadata: (props: LivePageProps<K>) => Promise<Metadata>,
) {
  return {
    generateStaticParams: () => [],
    generateMetadata: ({ params }: SharedPageProps<K>) =>
      liveMetadata({
        params: params.then((values) => ({ [key]: values[key] }) as Record<K, string>),
        searchParams: params.then(({ query }) => sharedSearchParams(query)),
      }),
    Page: async function SharedPage({ params }: SharedPageProps<K>) {
      const viewer = await sharedPageAudience(params);
      const values = await params;
      const props = { [key]: values[key], searchParams: sharedSearchParams(values.query), viewer } as ViewProps<K>;
      return <View {...props} />;
    },
  };
}
