import type { Metadata } from "next";
import Link from "next/link";
import { hrefWith, type SearchParams } from "@/lib/queries/admin/search-params";
import { parseUserFilters, searchUsers } from "@/lib/queries/admin/users";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { FilterBar, FilterInput, FilterSelect } from "@/components/admin/filter-controls";
import { Pagination } from "@/components/admin/pagination";
import { UsersTable } from "@/components/admin/users/users-table";
import { EmptyState } from "@/components/ui/empty-state";
import { requireStaffPage } from "../staff-guard";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  await requireStaffPage("/admin/users", "MODERATOR", params);
  const filters = parseUserFilters(params);
  const users = await searchUsers(filters);
  const query = { q: filters.q, role: filters.role, status: filters.banned ? "banned" : undefined, joined: filters.joined };

  return (
    <>
      <AdminPageHeader title="Users">Find an account by handle, email or name; open it to see its history, ban or unban it.</AdminPageHeader>
      <FilterBar action="/admin/users" resetHref="/admin/users" label="Search users">
        <FilterInput label="Handle, email or name" name="q" type="search" defaultValue={filters.q} wide />
        <FilterSelect
          label="Role"
          name="role"
          value={filters.role}
          options={[{ value: "", label: "Any role" }, { value: "user", label: "Users" }, { value: "moderator", label: "Moderators" }, { value: "admin", label: "Admins" }]}
        />
        <FilterSelect label="Status" name="status" value={filters.banned ? "banned" : ""} options={[{ value: "", label: "Anyone" }, { value: "banned", label: "Banned now" }]} />
        <FilterSelect
          label="Joined"
          name="joined"
          value={filters.joined}
          options={[{ value: "", label: "Any time" }, { value: "7d", label: "Last 7 days" }, { value: "30d", label: "Last 30 days" }]}
        />
      </FilterBar>
      {users.rows.length === 0 ? (
        <EmptyState title="No users match">
          <Link href="/admin/users" className="underline underline-offset-4">
            Clear the search
          </Link>{" "}
          to list everyone.
        </EmptyState>
      ) : (
        <>
          <UsersTable users={users.rows} />
          <Pagination page={users.page} pageCount={users.pageCount} total={users.total} noun="user" hrefFor={(page) => hrefWith("/admin/users", { ...query, page })} />
        </>
      )}
    </>
  );
}
