// Waits until the app has finished the previous load. autocannon stops at the deadline with up
// to `connections` requests still being served; their SQL would be counted against the next
// measurement and their CPU would slow it down.
import pg from "pg";
import { sleep, type Log } from "./progress";

async function activeStatements(client: pg.Client, database: string): Promise<number> {
  const { rows } = await client.query<{ active: number }>(
    `SELECT count(*)::int AS active FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND pid <> pg_backend_pid()`,
    [database],
  );
  return rows[0]?.active ?? 0;
}

/** A static file answers fast only when the server's event loop is free. */
async function answersQuickly(origin: string): Promise<boolean> {
  const started = performance.now();
  await (await fetch(`${origin}/icon.svg`)).arrayBuffer();
  return performance.now() - started < 250;
}

export async function waitUntilIdle(origins: readonly string[], databaseUrl: string, database: string, log: Log): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + 60_000;
    let quietRounds = 0;
    while (quietRounds < 3) {
      if (Date.now() > deadline) return log("  (the app is still busy after 60 s; measuring anyway)");
      const quiet = (await activeStatements(client, database)) === 0 && (await Promise.all(origins.map(answersQuickly))).every(Boolean);
      quietRounds = quiet ? quietRounds + 1 : 0;
      await sleep(200);
    }
  } finally {
    await client.end();
  }
}
