import type { CurrentUser } from "@/lib/session";
import type { AdminUserDetail } from "@/lib/queries/admin/users";
import { hasRole, isStaff } from "@/lib/permissions";
import { BanForm } from "./ban-form";
import { ResetLinkForm } from "./reset-link-form";
import { RoleForm } from "./role-form";
import { UnbanForm } from "./unban-form";

/** Why this viewer may not ban this account (the action refuses it too), or null when they may. */
function banRefusal(viewer: CurrentUser, target: AdminUserDetail["user"]): string | null {
  if (target.deletedAt) return "This account was deleted.";
  if (target.id === viewer.id) return "You can't ban yourself.";
  if (target.role === "ADMIN") return "Admins can't be banned from here.";
  if (isStaff(target.role) && !hasRole(viewer.role, "ADMIN")) return "Moderators can't ban staff; ask an admin.";
  return null;
}

function Box({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="rounded-lg border border-line bg-surface p-4">
      <h2 className="mb-3 text-sm font-semibold text-ink">{title}</h2>
      {children}
    </section>
  );
}

/** Ban or unban, and (admins only) the role: what the viewer may do to this account. */
export function AccountControls({ viewer, detail }: { viewer: CurrentUser; detail: AdminUserDetail }) {
  const { user } = detail;
  const refusal = banRefusal(viewer, user);
  const viewerIsAdmin = hasRole(viewer.role, "ADMIN");
  return (
    <div className="space-y-4">
      {user.isBanned ? (
        <Box title="Lift the ban">
          <UnbanForm userId={user.id} handle={user.handle} />
        </Box>
      ) : (
        <Box title="Ban">
          {refusal ? (
            <div className="space-y-2">
              <button type="button" disabled aria-describedby="ban-refusal" className="h-10 cursor-not-allowed rounded-lg bg-sunken px-4 text-sm font-medium text-muted">
                Ban @{user.handle}…
              </button>
              <p id="ban-refusal" className="text-sm text-muted">
                {refusal}
              </p>
            </div>
          ) : (
            <BanForm userId={user.id} handle={user.handle} />
          )}
        </Box>
      )}
      {viewerIsAdmin && !user.deletedAt && user.id !== viewer.id && (
        <Box title="Password reset link">
          <ResetLinkForm userId={user.id} handle={user.handle} />
        </Box>
      )}
      {viewerIsAdmin && !user.deletedAt && (
        <Box title="Change role">
          {user.id === viewer.id ? (
            <p className="text-sm text-muted">You can&rsquo;t change your own role; ask another admin.</p>
          ) : (
            <RoleForm userId={user.id} handle={user.handle} role={user.role} />
          )}
        </Box>
      )}
    </div>
  );
}
