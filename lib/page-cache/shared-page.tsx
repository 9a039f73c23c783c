import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, type ComponentType } from "react";
import { renderingSharedPage } from "@/lib/database/render-failure";
import { noteRenderStart, noteRenderTags, sharedRenderId } from "./render-starts.mjs";
import { audienceViewer, type PageViewer } from "@/lib/page-cache/page-viewer";
import { isAudience, sharedRouteUrl, sharedSearchParams, type SharedPageKind } from "./shared-routes";

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

/** The shared page this render is of, once named (null in a live page): React scopes `cache` to a single render (metadata included). */
const currentSharedRender = cache((): { id: string | null } => ({ id: null }));

/**
 * Names the shared page being rendered, by its public address, before it reads the database:
 * a render that fails for want of it sends the browser back there (lib/database/render-failure.ts),
 * and the page cache learns when it started, to know which changes it has seen (render-starts.mjs).
 */
function nameSharedRender(audience: string, kind: SharedPageKind, query: string, key?: string): void {
  const url = sharedRouteUrl({ kind, key, query });
  renderingSharedPage({ url, key: url });
  const render = currentSharedRender();
  if (render.id !== null) return;
  render.id = sharedRenderId(key === undefined ? [audience, kind, query] : [audience, kind, key, query]);
  noteRenderStart(render.id);
}

/**
 * A review's card is on the page being rendered. Its counts change without anything else on the
 * page changing (a comment), so the database expires "review-card:<id>" alone then, and a
 * shared page's cache entry carries that tag for each card it shows. Nothing in a live page.
 */
export function showsReviewCard(reviewId: string): void {
  const { id } = currentSharedRender();
  if (id !== null) noteRenderTags(id, [`review-card:${reviewId}`]);
}

/** The audience a shared page is rendered for (anything else in that segment is a 404), once it has named itself. */
export async function sharedPageAudience(params: Promise<{ audience: string; query: string }>, kind: SharedPageKind, key?: string): Promise<PageViewer> {
  const { audience, query } = await params;
  if (!isAudience(audience)) notFound();
  nameSharedRender(audience, kind, query, key);
  return audienceViewer(audience);
}

/**
 * A page with one dynamic segment (a film's slug, a review's id) as the page cache serves it to
 * an audience: the live page's view and metadata, its searchParams read from the [query]
 * segment (lib/page-cache/shared-routes.ts), and no pages rendered at build time (there is no
 * database then). Each /shared page file still declares `dynamic` and `revalidate` itself:
 * Next.js reads route segment config from the file, not from what it imports.
 */
export function sharedVersionOf<K extends string>(
  kind: "film" | "review",
  key: K,
  View: ComponentType<ViewProps<K>>,
  liveMetadata: (props: LivePageProps<K>) => Promise<Metadata>,
) {
  return {
    generateStaticParams: () => [],
    generateMetadata: async ({ params }: SharedPageProps<K>) => {
      const values = await params;
      nameSharedRender(values.audience, kind, values.query, values[key]);
      return liveMetadata({ params: Promise.resolve({ [key]: values[key] } as Record<K, string>), searchParams: Promise.resolve(sharedSearchParams(values.query)) });
    },
    Page: async function SharedPage({ params }: SharedPageProps<K>) {
      const values = await params;
      const viewer = await sharedPageAudience(params, kind, values[key]);
      const props = { [key]: values[key], searchParams: sharedSearchParams(values.query), viewer } as ViewProps<K>;
      return <View {...props} />;
    },
  };
}
