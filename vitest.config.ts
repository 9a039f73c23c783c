import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit and integration tests against a real PostgreSQL (see tests/README.md).
export default defineConfig({
  resolve: {
    // The `@/*` path alias from tsconfig.json. A regex, so `@prisma/...` is left alone.
    alias: [
      { find: /^@\//, replacement: `${path.resolve(import.meta.dirname)}/` },
      // Tests run server code directly; `server-only` would throw outside a React Server build.
      { find: /^server-only$/, replacement: path.resolve(import.meta.dirname, "node_modules/server-only/empty.js") },
    ],
  },
  test: {
    // next-auth imports "next/server" without an extension, which Node's ESM loader rejects;
    // inlining lets Vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // One server and one migrated template database per run...
    globalSetup: ["tests/setup/global-setup.ts"],
    // ...and a fresh copy of the template for every test file.
    setupFiles: ["tests/setup/per-file-database.ts"],
    // Child processes rather than threads: each file gets its own process.env and globalThis.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
