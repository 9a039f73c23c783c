// `docker compose up` can't run on the development machines (no Docker engine), so this checks
// what a self-hoster relies on by reading the files: the app reaches the db service with the
// credentials that service was created with, the data survives restarts, and the README
// sends people to the port the app is published on.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

interface Service {
  image?: string;
  build?: unknown;
  ports?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test?: string[] | string };
}
interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = parse(read("docker-compose.yml")) as ComposeFile;
const db = compose.services.db;
const app = compose.services.app;
const readme = read("README.md");

/** "3000:3000" -> { host: 3000, container: 3000 } */
function portMapping(mapping: string): { host: number; container: number } {
  const [host, container] = mapping.split(":").slice(-2).map(Number);
  return { host: host ?? NaN, container: container ?? NaN };
}

describe("docker-compose.yml", () => {
  it("defines the database and the app built from this repository", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["app", "db"]);
    expect(db?.image).toMatch(/^postgres:\d+/);
    expect(app?.build).toBeDefined();
  });

  it("publishes the app on port 3000, where `npm start` listens by default", () => {
    expect(app?.ports?.map(portMapping)).toEqual([{ host: 3000, container: 3000 }]);
  });

  it("keeps the database's data in a named volume, so it survives `docker compose down`", () => {
    const mount = db?.volumes?.find((volume) => volume.endsWith(":/var/lib/postgresql/data"));
    expect(mount).toBeDefined();
    const volumeName = mount?.split(":")[0] ?? "";
    expect(compose.volumes ?? {}).toHaveProperty(volumeName);
  });

  it("gives the app a DATABASE_URL for the db service, with that service's user, password and database", () => {
    const env = db?.environment ?? {};
    const url = new URL(app?.environment?.DATABASE_URL ?? "");
    expect(url.protocol).toBe("postgresql:");
    expect(url.hostname).toBe("db");
    expect(url.port || "5432").toBe("5432");
    expect(decodeURIComponent(url.username)).toBe(env.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(env.POSTGRES_PASSWORD);
    expect(url.pathname).toBe(`/${env.POSTGRES_DB}`);
  });

  it("starts the app only once the database answers", () => {
    expect(JSON.stringify(db?.healthcheck?.test)).toContain("pg_isready");
    expect(app?.depends_on?.db?.condition).toBe("service_healthy");
  });

  it("refuses to start without an AUTH_SECRET instead of running with a guessable one", () => {
    expect(app?.environment?.AUTH_SECRET).toMatch(/^\$\{AUTH_SECRET:\?.+\}$/);
  });

  it("is the setup the README describes, on the same port", () => {
    const { host } = portMapping(app?.ports?.[0] ?? "");
    expect(readme).toContain("docker compose up");
    expect(readme).toContain(`http://localhost:${host}`);
    expect(app?.environment?.AUTH_URL).toContain(`http://localhost:${host}`);
  });
});

describe("Dockerfile", () => {
  // The last stage is the image that runs.
  const runtime = read("Dockerfile").split(/^FROM /m).at(-1) ?? "";

  it("runs the app with `npm start` (migrate, seed when empty, server.mjs) as the unprivileged node user", () => {
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^CMD \["npm", "start"\]$/m);
    expect(runtime).toMatch(/^EXPOSE 3000$/m);
  });
});
