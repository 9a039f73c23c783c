// Types for what shared renders report, plain JavaScript because the page cache handler that imports it is.
export function sharedRenderId(segments: readonly string[]): string;
export function sharedRenderIdOfPath(path: string): string;
export function noteRenderStart(id: string, now?: number): void;
export function noteRenderTags(id: string, tags: readonly string[]): void;
export function takeRenderNotes(id: string, now?: number): { start: number | null; tags: string[] };
