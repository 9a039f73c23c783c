import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { fail, type ActionResult } from "@/lib/action-result";
import { databaseAnswers, databaseFailureKind, databaseIsUnreachable } from "@/lib/database/health.mjs";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { AccessDeniedError, getCurrentUser, requireRole, requireUser, type CurrentUser } from "@/lib/session";

/** Who may call an action. Checked on the server, inside the action, on every call. */
export type Access =
  | { kind: "public" }
  | { kind: "user"; allowBanned?: boolean }
  | { kind: "role"; minimum: Role };

export const PUBLIC = { kind: "public" } as const satisfies Access;
export const SIGNED_IN = { kind: "user" } as const satisfies Access;
export const SIGNED_IN_EVEN_IF_BANNED = { kind: "user", allowBanned: true } as const satisfies Access;
export const MODERATOR = { kind: "role", minimum: "MODERATOR" } as const satisfies Access;
export const ADMIN = { kind: "role", minimum: "ADMIN" } as const satisfies Access;

type CallerFor<A extends Access> = A extends { kind: "public" } ? CurrentUser | null : CurrentUser;

async function authorise(access: Access): Promise<CurrentUser | null> {
  switch (access.kind) {
    case "public":
      return getCurrentUser();
    case "user":
      return requireUser({ allowBanned: access.allowBanned });
    case "role":
      return requireRole(access.minimum);
  }
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

const DATABASE_UNAVAILABLE = "We can't reach our database just now, so nothing was saved. Please try again in a moment.";

/**
 * Every server action goes through here: it authorises the caller (from the database, not
 * the cookie), validates the input with the same zod schema the form uses, runs the handler,
 * and turns any failure into an ActionResult. It never throws to the client, except Next's
 * own redirect/notFound signals; unexpected errors are logged and reported generically.
 */
export function defineAction<S extends z.ZodType, A extends Access, R>(
  config: { schema: S; access: A },
  handler: (input: z.output<S>, caller: CallerFor<A>) => Promise<ActionResult<R>>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => {
    // While the database is known to be down, say so at once rather than wait for it (and,
    // while it answers, go straight on: checking costs nothing then).
    if (databaseIsUnreachable() && !(await databaseAnswers())) return fail(DATABASE_UNAVAILABLE);
    try {
      const caller = (await authorise(config.access)) as CallerFor<A>;
      const parsed = config.schema.safeParse(input);
      if (!parsed.success) return fail("Please correct the highlighted fields.", fieldErrorsOf(parsed.error));
      return await handler(parsed.data, caller);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AccessDeniedError) return fail(error.message);
      const outage = databaseFailureKind(error);
      if (outage) {
        console.warn(`Server action failed: the database is ${outage === "busy" ? "too busy to answer" : "unreachable"}.`);
        return fail(DATABASE_UNAVAILABLE);
      }
      if (error instanceof Prisma.PrismaClientKnownRequestError) {
        if (error.code === "P2002") return fail("That already exists.");
        if (error.code === "P2025") return fail("That no longer exists.");
      }
      console.error("Server action failed:", error);
      return fail("Something went wrong on our side. Nothing was saved; please try again.");
    }
  };
}
