import { defineConfig } from "prisma/config";

// The Prisma CLI is used here only for `prisma generate`; migrations are applied by
// scripts/db/migrate.ts (see platform notes in the README), and the app connects through
// the pg driver adapter in lib/db.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
