import type { Role } from "@/lib/generated/prisma/enums";
import { banDuration } from "@/components/moderation/ban-duration";
import { Tag } from "../state-badge";

export function RoleTag({ role }: { role: Role }) {
  if (role === "USER") return <span className="text-muted">User</span>;
  return <Tag tone="accent">{role === "ADMIN" ? "Admin" : "Moderator"}</Tag>;
}

/** A user's standing in one short phrase: active, banned (until when), or deleted. */
export function AccountState({ user }: { user: { isBanned: boolean; bannedUntil: Date | null; deletedAt: Date | null } }) {
  if (user.deletedAt) return <span className="text-muted italic">Deleted account</span>;
  if (user.isBanned) {
    return (
      <span>
        <Tag tone="danger">Banned</Tag> <span className="text-xs text-muted">{banDuration(user.bannedUntil)}</span>
      </span>
    );
  }
  return <span className="text-muted">Active</span>;
}
