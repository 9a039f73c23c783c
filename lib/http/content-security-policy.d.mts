// Types for the page policy, which stays plain JavaScript for the cache handler and next.config.js.
export declare const POLICY_HEADER: string;
export declare const FIXED_POLICY: string;
export function scriptNonce(): string;
export function pagePolicy(nonce: string, options?: { development?: boolean }): string;
export function renderedNonce(html: string): string | null;
export function withRenderedPolicy<T>(value: T): T;
