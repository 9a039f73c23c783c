// Types for lib/database/pool-settings.mjs, which stays plain JavaScript for the page cache handler.
import type { PoolConfig } from "pg";

export interface DatabasePoolSettings {
  poolSize: number;
  pageCachePoolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
  queryTimeoutMs: number;
}

export function databasePoolSettings(env?: Record<string, string | undefined>): DatabasePoolSettings;
export function databasePoolConfig(connectionString: string, max: number, settings: DatabasePoolSettings): PoolConfig;
