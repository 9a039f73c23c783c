// Types for lib/database/health.mjs, which stays plain JavaScript for the page cache handler.
export type DatabaseFailureKind = "unreachable" | "busy";

export const RETRY_AFTER_SECONDS: number;
export function databaseFailureKind(error: unknown): DatabaseFailureKind | null;
export function reportDatabaseFailure(error: unknown): DatabaseFailureKind | null;
export function reportDatabaseAnswered(): void;
export function databaseIsUnreachable(): boolean;
export function databaseAnswers(): Promise<boolean>;
export function markPageFailing(key: string): void;
export function pageIsFailing(key: string): boolean;
