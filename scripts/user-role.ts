// `npm run user:role -- --email a@b.c --role moderator` (or --handle h): changes a role from
// the command line. Admins can also change roles in /admin.
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db";
import { normalizeEmail } from "@/lib/identity/email";
import { normalizeHandle } from "@/lib/identity/handle";
import { resolveDatabase } from "./db/prepare-database";

const ROLES = { user: "USER", moderator: "MODERATOR", admin: "ADMIN" } as const;

export async function runUserRole(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { email: { type: "string" }, handle: { type: "string" }, role: { type: "string" } } });
  const role = ROLES[values.role as keyof typeof ROLES];
  if (!role || (!values.email && !values.handle)) {
    console.error("usage: npm run user:role -- (--email you@example.com | --handle you) --role user|moderator|admin");
    return 2;
  }
  const database = await resolveDatabase(path.resolve(".data/postgres"), () => {}, { shareRunning: true });
  const db = createPrismaClient(database.url);
  try {
    const where = values.email ? { email: normalizeEmail(values.email) } : { handle: normalizeHandle(values.handle!) };
    const user = await db.user.findFirst({ where: { ...where, deletedAt: null }, select: { id: true, handle: true, role: true } });
    if (!user) {
      console.error("✗ No such user.");
      return 1;
    }
    await db.$transaction([
      db.user.update({ where: { id: user.id }, data: { role } }),
      db.moderationAction.create({
        data: {
          action: "user.role",
          targetType: "USER",
          targetId: user.id,
          reason: "Changed from the command line (npm run user:role)",
          before: { role: user.role },
          after: { role },
        },
      }),
    ]);
    console.log(`✓ @${user.handle} is now ${role.toLowerCase()} (was ${user.role.toLowerCase()})`);
    return 0;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await runUserRole(process.argv.slice(2));
