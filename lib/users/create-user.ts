import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { HANDLE_MAX, handleProblem, handleSkeleton, normalizeHandle } from "@/lib/identity/handle";
import { hashPassword } from "@/lib/passwords";

export class UserConflictError extends Error {
  constructor(
    readonly field: "email" | "handle",
    message: string,
  ) {
    super(message);
    this.name = "UserConflictError";
  }
}

const EMAIL_TAKEN = "An account with this email already exists. Sign in instead?";
const HANDLE_TAKEN = "That handle is taken, or looks too much like one that is.";

export interface NewUser {
  /** Already normalised (lib/validations/account.ts). */
  email: string;
  handle: string;
  name: string;
  password?: string;
  role?: Role;
  emailVerified?: Date | null;
  image?: string | null;
}

/** Creates an account, refusing an email or a look-alike handle that is already taken. */
export async function createUser(input: NewUser, client: PrismaClient = db) {
  const skeleton = handleSkeleton(input.handle);
  const clash = await client.user.findFirst({
    where: { OR: [{ email: input.email }, { handleSkeleton: skeleton }] },
    select: { email: true },
  });
  if (clash) throw clash.email === input.email ? new UserConflictError("email", EMAIL_TAKEN) : new UserConflictError("handle", HANDLE_TAKEN);

  try {
    return await client.user.create({
      data: {
        email: input.email,
        handle: input.handle,
        handleSkeleton: skeleton,
        name: input.name,
        role: input.role ?? "USER",
        passwordHash: input.password ? await hashPassword(input.password) : null,
        emailVerified: input.emailVerified ?? null,
        image: input.image ?? null,
      },
      select: { id: true, email: true, handle: true, name: true, role: true },
    });
  } catch (error) {
    // Lost a race with a simultaneous sign-up: report it the same way.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = JSON.stringify(error.meta ?? {});
      throw target.includes("email") ? new UserConflictError("email", EMAIL_TAKEN) : new UserConflictError("handle", HANDLE_TAKEN);
    }
    throw error;
  }
}

/** A free handle derived from a name or email, for accounts created through OAuth. */
export async function availableHandle(seed: string, client: PrismaClient = db): Promise<string> {
  let base = normalizeHandle(seed).replace(/[^a-z0-9_-]+/g, "-").replace(/^[-_]+|[-_]+$/g, "").slice(0, HANDLE_MAX - 5);
  if (base.length < 3 || handleProblem(base)) base = `member-${base}`.replace(/-+$/, "").slice(0, HANDLE_MAX - 5);
  for (let attempt = 0; attempt < 50; attempt++) {
    const candidate = attempt === 0 ? base : `${base}-${Math.floor(1000 + Math.random() * 9000)}`;
    if (handleProblem(candidate)) continue;
    const taken = await client.user.findUnique({ where: { handleSkeleton: handleSkeleton(candidate) }, select: { id: true } });
    if (!taken) return candidate;
  }
  return `member-${crypto.randomUUID().slice(0, 8)}`;
}
