// `npm run user:create -- --email a@b.c --password '…' [--handle h] [--name 'Name'] [--role admin]`
// Creates an account from the command line: this is how the first admin is made (no default
// account ships). Uses DATABASE_URL, or the embedded database when it is not set.
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { handleProblem } from "@/lib/identity/handle";
import { emailField, handleField, displayNameField, newPasswordField } from "@/lib/validations/account";
import { applyMigrations } from "./db/migrate";
import { resolveDatabase } from "./db/prepare-database";

const ROLES = { user: "USER", moderator: "MODERATOR", admin: "ADMIN" } as const;

const argsSchema = z.object({
  email: emailField,
  password: newPasswordField,
  handle: handleField.optional(),
  name: displayNameField.optional(),
  role: z.enum(["user", "moderator", "admin"], { error: "--role must be user, moderator or admin" }).default("user"),
});

export async function runUserCreate(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { email: { type: "string" }, password: { type: "string" }, handle: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`✗ --${issue.path.join(".") || "args"}: ${issue.message}`);
    console.error("usage: npm run user:create -- --email you@example.com --password '…' [--handle you] [--name 'You'] [--role admin]");
    return 2;
  }
  const { email, password, role } = parsed.data;
  const handle = parsed.data.handle ?? email.split("@")[0]!.replace(/[^a-z0-9_-]/g, "-");
  // A handle derived from the email still has to be a valid one (an operator may pick a reserved name explicitly).
  const derivedProblem = parsed.data.handle ? null : handleProblem(handle);
  if (derivedProblem && !/reserved/.test(derivedProblem)) {
    console.error(`✗ The handle "${handle}" taken from the email won't do (${derivedProblem}); pass --handle.`);
    return 2;
  }
  const name = parsed.data.name ?? handle;

  const database = await resolveDatabase(path.resolve(".data/postgres"), () => {}, { shareRunning: true });
  const db = createPrismaClient(database.url);
  try {
    await applyMigrations(database.url);
    const user = await createUser({ email, handle, name, password, role: ROLES[role] }, db);
    console.log(`✓ Created ${user.role.toLowerCase()} @${user.handle} <${user.email}>`);
    return 0;
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await runUserCreate(process.argv.slice(2));
