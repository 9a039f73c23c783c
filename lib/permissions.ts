import type { Role } from "@/lib/generated/prisma/enums";

const RANK: Record<Role, number> = { USER: 0, MODERATOR: 1, ADMIN: 2 };

/** Whether `role` has at least the powers of `minimum` (ADMIN ⊇ MODERATOR ⊇ USER). */
export function hasRole(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

export function isStaff(role: Role): boolean {
  return hasRole(role, "MODERATOR");
}
