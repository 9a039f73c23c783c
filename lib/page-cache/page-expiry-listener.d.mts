// Types for the page cache's expiry listener, plain JavaScript because the page cache handler that imports it is.
export const LISTENER_APPLICATION_NAME: string;
export function startPageExpiryListener(): void;
export function pageExpiryListenerInSync(): boolean;
export function lastExpiry(tags: readonly string[]): number;
