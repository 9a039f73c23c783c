// `npm run import:wordpress -- <export.xml | export.xml.gz> [--film <slug>] [--timezone <zone>] [--dry-run]`
// Imports a WordPress export (Tools → Export in WordPress): its published posts as reviews of
// the films their tags name (or of --film), with their comment threads, and their old links.
// --dry-run prints what an import would do and writes nothing. Running it again on the same
// file changes nothing. Uses DATABASE_URL, or the embedded database when it is not set.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ImportProgress } from "@/lib/wordpress/import-types";
import { scanAndPlan, writeImport } from "@/lib/wordpress/import-run";
import { toPreview } from "@/lib/wordpress/preview";
import { formatPreview, formatProgress, formatReport } from "@/lib/wordpress/report-text";
import { parseTimeZone, type BlogTimeZone } from "@/lib/wordpress/wxr-dates";
import { fileSource } from "@/lib/wordpress/wxr-source";
import { WxrError } from "@/lib/wordpress/wxr-types";
import { applyMigrations } from "./db/migrate";
import { resolveDatabase } from "./db/prepare-database";

const USAGE = "usage: npm run import:wordpress -- <export.xml | export.xml.gz> [--film <slug>] [--timezone <Europe/Paris | +01:00>] [--dry-run]";

/** One progress line: rewritten in place on a terminal, a line every few seconds in a log. */
function progressPrinter(stream: NodeJS.WriteStream): { update: (progress: ImportProgress) => void; done: () => void } {
  let last = 0;
  let shown = false;
  return {
    update(progress) {
      const now = Date.now();
      if (now - last < (stream.isTTY ? 200 : 3_000)) return;
      last = now;
      shown = true;
      if (stream.isTTY) stream.write(`\r\x1b[K${formatProgress(progress)}`);
      else stream.write(`${formatProgress(progress)}\n`);
    },
    done() {
      if (shown && stream.isTTY) stream.write("\r\x1b[K");
    },
  };
}

async function filmIdFor(db: PrismaClient, slug: string | undefined): Promise<string | null | "unknown"> {
  if (!slug) return null;
  const film = await db.film.findUnique({ where: { slug }, select: { id: true } });
  return film?.id ?? "unknown";
}

export async function runImportWordPress(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { film: { type: "string" }, timezone: { type: "string" }, "dry-run": { type: "boolean" } },
    });
  } catch (error) {
    console.error(`✗ ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) {
    console.error(USAGE);
    return 2;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    console.error(`✗ No such file: ${file}`);
    return 2;
  }
  let timeZone: BlogTimeZone | null = null;
  if (parsed.values.timezone) {
    timeZone = parseTimeZone(parsed.values.timezone);
    if (!timeZone) {
      console.error(`✗ --timezone: "${parsed.values.timezone}" is not a time zone (try Europe/Paris, America/New_York or +01:00).`);
      return 2;
    }
  }

  const database = await resolveDatabase(path.resolve(".data/postgres"), () => {}, { shareRunning: true });
  const db = createPrismaClient(database.url);
  const progress = progressPrinter(process.stderr);
  try {
    await applyMigrations(database.url);
    const defaultFilmId = await filmIdFor(db, parsed.values.film);
    if (defaultFilmId === "unknown") {
      console.error(`✗ --film: no film has the slug "${parsed.values.film}". The films' slugs are at /admin/films.`);
      return 2;
    }
    const source = fileSource(file);
    const options = { defaultFilmId, timeZone, onProgress: progress.update, fileName: path.basename(file) };
    const { scan, plan } = await scanAndPlan(db, source, options);
    progress.done();
    if (parsed.values["dry-run"]) {
      console.log(formatPreview(toPreview(scan, plan)));
      console.log("\nDry run: nothing was written.");
      return 0;
    }
    const report = await writeImport(db, source, scan, plan, options);
    progress.done();
    console.log(formatReport(report));
    return 0;
  } catch (error) {
    progress.done();
    if (error instanceof WxrError) {
      console.error(`✗ ${error.message}\nNothing was imported.`);
      return 1;
    }
    console.error(`✗ The import stopped: ${error instanceof Error ? error.message : String(error)}`);
    console.error("Posts imported before the failure are complete; running the same command again finishes the rest.");
    return 1;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await runImportWordPress(process.argv.slice(2));
