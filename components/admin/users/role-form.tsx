"use client";

import { changeRoleAction } from "@/lib/actions/moderation/users";
import type { Role } from "@/lib/generated/prisma/enums";
import { useActionForm } from "@/lib/forms/use-action-form";
import { changeRoleSchema } from "@/lib/validations/moderation";
import { Button } from "@/components/forms/button";
import { FormAlert } from "@/components/forms/form-alert";
import { useNotice } from "../notice-provider";

const ROLES: { value: Role; label: string }[] = [
  { value: "USER", label: "User" },
  { value: "MODERATOR", label: "Moderator" },
  { value: "ADMIN", label: "Admin" },
];

const roleName = (role: Role) => ROLES.find((option) => option.value === role)?.label.toLowerCase() ?? role;

/**
 * Admins only (the action refuses anyone else): promote or demote an account, with Undo in
 * the notice (and in the audit log). Saving the role they already have says that nothing changed.
 */
export function RoleForm({ userId, handle, role }: { userId: string; handle: string; role: Role }) {
  const { notify } = useNotice();
  const { form, submit, formError, pending } = useActionForm(changeRoleSchema, changeRoleAction, {
    defaultValues: { userId, role },
    onSuccess: (result, values) =>
      result.changed
        ? notify({ message: `@${handle} is now ${roleName(values.role)}.`, action: "user.role", actionId: result.actionId })
        : notify({ message: `@${handle} is already ${roleName(values.role)}; nothing changed.` }),
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="role-select" className="mb-1.5 block text-sm font-medium text-ink">
            Role
          </label>
          <select id="role-select" className="h-10 rounded-lg border border-line-strong bg-surface px-3 text-sm text-ink" {...form.register("role")}>
            {ROLES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" pending={pending} pendingLabel="Saving…">
          Change role
        </Button>
      </div>
      {formError && <FormAlert>{formError}</FormAlert>}
    </form>
  );
}
