import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { isBanned } from "@/lib/users/ban";

// The appeal form promises a second look by someone else: the moderator who decided an action
// doesn't decide its appeal, and nobody decides their own. On a site with a single staff member,
// nobody else exists, so its admin decides (the form says so).

export interface StaffMember {
  id: string;
  role: Role;
}

export interface AppealParties {
  appellantId: string;
  /** Who took the contested action; null for the system (an automatic hide). */
  deciderId: string | null;
}

/** Staff who could act now: moderators and admins, not deleted, not suspended. */
export async function activeStaff(client: Prisma.TransactionClient): Promise<StaffMember[]> {
  const rows = await client.user.findMany({
    where: { role: { in: ["MODERATOR", "ADMIN"] }, deletedAt: null },
    select: { id: true, role: true, bannedAt: true, bannedUntil: true },
  });
  return rows.filter((row) => !isBanned(row)).map(({ id, role }) => ({ id, role }));
}

/** Why `caller` may not decide this appeal, or null when they may. */
export function appealDeciderProblem(caller: StaffMember, appeal: AppealParties, staff: readonly StaffMember[]): string | null {
  if (caller.id === appeal.appellantId) return "Another moderator has to decide your own appeal.";
  if (appeal.deciderId !== caller.id) return null;
  const others = staff.filter((member) => member.id !== caller.id && member.id !== appeal.appellantId);
  if (others.length > 0) return "You made this decision, so another moderator decides its appeal.";
  if (caller.role !== "ADMIN") return "You made this decision, so an admin has to decide its appeal.";
  return null;
}
