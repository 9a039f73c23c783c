import type { ServerResponse } from "node:http";

export declare function skipRepeatedHeaderValues(response: ServerResponse): void;
