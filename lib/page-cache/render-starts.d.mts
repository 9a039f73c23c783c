// Types for the shared pages' render starts, plain JavaScript because the page cache handler that imports it is.
export function sharedRenderId(segments: readonly string[]): string;
export function sharedRenderIdOfPath(path: string): string;
export function noteRenderStart(id: string, now?: number): void;
export function takeRenderStart(id: string, now?: number): number | null;
