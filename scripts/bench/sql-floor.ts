// The floor under a page: the same SQL statements, with the same parameters, run directly with
// `pg`. One request is captured from the server log (log_statement = 'all', switched on with
// ALTER SYSTEM around that request only), then replayed on one connection, one after another.
import pg from "pg";
import { sleep } from "./progress";
import { parseLog, type ServerLog } from "./server-log";

export interface CapturedStatement {
  text: string;
  values: (string | null)[];
}

/** `$1 = 'it''s', $2 = NULL` → ["it's", null]. */
export function parseParameters(detail: string | undefined): (string | null)[] {
  const values: (string | null)[] = [];
  if (!detail?.startsWith("Parameters: ")) return values;
  for (const match of detail.matchAll(/\$(\d+) = (?:NULL|'((?:[^']|'')*)')/g)) {
    values[Number(match[1]) - 1] = match[2] === undefined ? null : match[2].replace(/''/g, "'");
  }
  return values;
}

/**
 * The statements the server logged for `database`, in order, with their parameters. The
 * parameters come in the DETAIL line of the same message (paired by backend pid, since a page
 * may run statements on several connections at once).
 */
export function statementsOf(logText: string, database: string): CapturedStatement[] {
  const statements: CapturedStatement[] = [];
  const lastByPid = new Map<string, CapturedStatement>();
  for (const record of parseLog(logText)) {
    if (record.database !== database) continue;
    if (record.severity === "DETAIL") {
      const statement = lastByPid.get(record.pid);
      if (statement && statement.values.length === 0) statement.values = parseParameters(record.message);
      continue;
    }
    if (record.severity !== "LOG") continue;
    const text = /^statement: ([\s\S]*)$/.exec(record.message)?.[1] ?? /^execute [^\s:]+: ([\s\S]*)$/.exec(record.message)?.[1];
    if (!text) continue;
    const statement = { text, values: [] };
    statements.push(statement);
    lastByPid.set(record.pid, statement);
  }
  return statements;
}

/**
 * Logs every statement while `request` runs and returns those of the bench database. The app's
 * pooled connections pick up a configuration reload only after their next command, so the
 * caller warms them with a few requests (`warmups`) before the one that is captured.
 */
export async function captureStatements(
  admin: pg.Client,
  serverLog: ServerLog,
  database: string,
  request: () => Promise<void>,
  warmups: () => Promise<void>,
): Promise<CapturedStatement[]> {
  await admin.query("ALTER SYSTEM SET log_statement = 'all'");
  await admin.query("SELECT pg_reload_conf()");
  try {
    await sleep(200);
    await warmups();
    await sleep(200);
    serverLog.start();
    await request();
    // The last statement's log line can trail the response a little.
    await sleep(300);
    return statementsOf(serverLog.stop(), database);
  } finally {
    serverLog.stop();
    await admin.query("ALTER SYSTEM RESET log_statement");
    await admin.query("SELECT pg_reload_conf()");
  }
}

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION)\b/i;
const WRITES = /^\s*(INSERT|UPDATE|DELETE)\b|\b(INSERT INTO|UPDATE\s+"|DELETE FROM)\b/i;

/**
 * Ids the captured request created (the first value of an `INSERT … ("id", …)`). The app kept
 * those rows, so each replay round swaps in fresh ids, wherever they appear, to insert anew.
 */
function createdIds(statements: readonly CapturedStatement[]): Set<string> {
  const ids = new Set<string>();
  for (const { text, values } of statements) if (/^\s*INSERT INTO [^(]+\("id",/i.test(text) && values[0]) ids.add(values[0]);
  return ids;
}

/**
 * Mean time (ms) of running `statements` back to back on one connection. Writes run inside a
 * transaction that is rolled back, so every round does the same work again.
 */
export async function replayStatements(url: string, statements: readonly CapturedStatement[], rounds = 20): Promise<{ meanMs: number; errors: string[] }> {
  const work = statements.filter((statement) => !TRANSACTION_CONTROL.test(statement.text));
  const writes = work.some((statement) => WRITES.test(statement.text));
  const ids = createdIds(work);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const errors = new Set<string>();
  let round = 0;
  const once = async () => {
    round++;
    const fresh = (value: string | null) => (value !== null && ids.has(value) ? `${value}r${round}` : value);
    if (writes) await client.query("BEGIN");
    for (const statement of work) {
      try {
        await client.query({ text: statement.text, values: statement.values.map(fresh) });
      } catch (error) {
        errors.add(`${(error as Error).message} in: ${statement.text.slice(0, 120)}`);
        if (writes) {
          await client.query("ROLLBACK");
          await client.query("BEGIN");
        }
      }
    }
    if (writes) await client.query("ROLLBACK");
  };
  try {
    for (let i = 0; i < 3; i++) await once();
    const started = performance.now();
    for (let i = 0; i < rounds; i++) await once();
    return { meanMs: Math.round(((performance.now() - started) / rounds) * 100) / 100, errors: [...errors] };
  } finally {
    await client.end();
  }
}
