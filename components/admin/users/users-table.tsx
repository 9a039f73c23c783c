import Link from "next/link";
import type { AdminUserRow } from "@/lib/queries/admin/users";
import { formatCalendarDate } from "@/lib/format/dates";
import { DataTable, TD, TH, WRAP } from "../data-table";
import { AccountState, RoleTag } from "./ban-status";

export function UsersTable({ users }: { users: AdminUserRow[] }) {
  return (
    <DataTable caption="Users" minWidth="52rem" cards>
      <thead>
        <tr>
          <th scope="col" className={TH}>User</th>
          <th scope="col" className={TH}>Email</th>
          <th scope="col" className={TH}>Role</th>
          <th scope="col" className={TH}>Status</th>
          <th scope="col" className={`${TH} text-right`}>Reviews</th>
          <th scope="col" className={`${TH} text-right`}>Comments</th>
          <th scope="col" className={`${TH} text-right`}>Reports filed</th>
          <th scope="col" className={TH}>Joined</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className="hover:bg-sunken/40">
            <td className={TD}>
              <Link href={`/admin/users/${user.id}`} className="font-medium text-ink underline-offset-4 hover:underline">
                @{user.handle}
              </Link>
              {user.name && user.name !== user.handle && <span className="block text-xs text-muted">{user.name}</span>}
            </td>
            <td className={`${TD} text-muted ${WRAP}`} data-label="Email">{user.email ?? "—"}</td>
            <td className={TD} data-label="Role" data-compact="">
              <RoleTag role={user.role} />
            </td>
            <td className={TD} data-label="Status" data-compact="">
              <AccountState user={user} />
            </td>
            <td className={`${TD} text-right tabular-nums`} data-label="Reviews" data-compact="">{user._count.reviews}</td>
            <td className={`${TD} text-right tabular-nums`} data-label="Comments" data-compact="">{user._count.comments}</td>
            <td className={`${TD} text-right tabular-nums`} data-label="Reports filed" data-compact="">{user._count.reports}</td>
            <td className={`${TD} whitespace-nowrap text-muted`} data-label="Joined" data-compact="">{formatCalendarDate(user.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
