export declare const SERVER_ACTION_BODY_LIMIT: number;
export declare const PROXY_BODY_BUFFER: number;
