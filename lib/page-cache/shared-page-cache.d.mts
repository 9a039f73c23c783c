// Types for the page cache handler, which stays plain JavaScript because Next.js imports it untranspiled.
export function sharedPageTags(path: string): string[] | null;
export function hasCachedPage(path: string): boolean;

export default class SharedPageCache {
  constructor(options: unknown);
  get(key: string): Promise<{ value: unknown; lastModified: number; cacheControl?: unknown } | null>;
  set(key: string, value: unknown, context?: { cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
