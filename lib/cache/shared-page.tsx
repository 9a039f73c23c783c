import type { Metadata } from "next";
import type { ComponentType } from "react";
import { guestSearchParams } from "./guest-routes";

type SearchParams = Record<string, string | string[] | undefined>;

/** The props a live page with one dynamic segment `K` takes. */
interface LivePageProps<K extends string> {
  params: Promise<Record<K, string>>;
  searchParams: Promise<SearchParams>;
}

/** A /guest page's props: the live page's segment, plus the query folded into the path. */
type GuestPageProps<K extends string> = { params: Promise<Record<K | "query", string>> };

/**
 * A live page with one dynamic segment (a film's slug, a review's id), as the guest cache
 * serves it: the same component and metadata, its searchParams read from the [query] segment
 * (lib/cache/guest-routes.ts), and no pages rendered at build time (there is no database then).
 * Each /guest page file still declares `dynamic` and `revalidate` itself: Next.js reads route
 * segment config from the file, not from what it imports.
 */
export function guestVersionOf<K extends string>(
  key: K,
  LivePage: ComponentType<LivePageProps<K>>,
  liveMetadata: (props: LivePageProps<K>) => Promise<Metadata>,
) {
  function livePageProps({ params }: GuestPageProps<K>): LivePageProps<K> {
    return {
      params: params.then((values) => ({ [key]: values[key] }) as Record<K, string>),
      searchParams: params.then(({ query }) => guestSearchParams(query)),
    };
  }
  return {
    generateStaticParams: () => [],
    generateMetadata: (props: GuestPageProps<K>) => liveMetadata(livePageProps(props)),
    Page: function GuestPage(props: GuestPageProps<K>) {
      return <LivePage {...livePageProps(props)} />;
    },
  };
}
