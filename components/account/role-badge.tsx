import type { Role } from "@/lib/generated/prisma/enums";

const LABELS: Partial<Record<Role, string>> = { MODERATOR: "Moderator", ADMIN: "Admin" };

/** "Admin" / "Moderator" next to a staff member's name; nothing for everyone else. */
export function RoleBadge({ role }: { role: Role }) {
  const label = LABELS[role];
  if (!label) return null;
  return (
    <span className="inline-flex items-center rounded-full border border-accent-text/40 bg-accent-soft/50 px-2 py-0.5 text-[0.6875rem] leading-none font-semibold tracking-wider text-accent-text uppercase">
      {label}
    </span>
  );
}
