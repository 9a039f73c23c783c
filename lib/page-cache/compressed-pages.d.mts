// Types for server.mjs's response compression, plain JavaScript because server.mjs imports it before Next.js loads.
import type { IncomingMessage, ServerResponse } from "node:http";
export function acceptsGzip(header: string | string[] | undefined): boolean;
export function compressedPageCounts(): { made: number; reused: number };
export function compressResponse(request: IncomingMessage, response: ServerResponse): void;
