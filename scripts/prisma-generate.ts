// Runs `prisma generate`. The CLI insists on finding its native schema engine even though
// generation never runs it, and the engine cannot be downloaded on every machine. Where it is
// missing, point PRISMA_SCHEMA_ENGINE_BINARY at any existing file; where it exists, change nothing.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const enginesDir = path.join("node_modules", "@prisma", "engines");
const hasEngine =
  existsSync(enginesDir) && readdirSync(enginesDir).some((name) => name.startsWith("schema-engine"));

const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!hasEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}

const result = spawnSync("prisma", ["generate"], { stdio: "inherit", env, shell: false });
if (result.error) {
  console.error(`prisma generate could not start: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
