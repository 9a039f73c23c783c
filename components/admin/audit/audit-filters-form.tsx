import { isoDay, MODERATION_TARGETS, type AuditFilters } from "@/lib/queries/admin/audit-filters";
import { FilterBar, FilterInput, FilterSelect } from "../filter-controls";
import { actionLabel } from "./action-name";

/** The audit log's filters: action, actor (or "system"), target type and a date range. */
export function AuditFiltersForm({ filters, actionNames }: { filters: AuditFilters; actionNames: string[] }) {
  return (
    <FilterBar action="/admin/audit" resetHref="/admin/audit" label="Filter the audit log">
      <FilterSelect
        label="Action"
        name="action"
        value={filters.action}
        options={[{ value: "", label: "Any action" }, ...actionNames.map((name) => ({ value: name, label: actionLabel(name) }))]}
      />
      <FilterInput label="Actor handle" name="actor" type="search" defaultValue={filters.actor} placeholder="@handle or system" wide />
      <FilterSelect
        label="Target"
        name="target"
        value={filters.target}
        options={[{ value: "", label: "Any target" }, ...MODERATION_TARGETS.map((target) => ({ value: target, label: target.charAt(0) + target.slice(1).toLowerCase() }))]}
      />
      <FilterInput label="From" name="from" type="date" defaultValue={isoDay(filters.from)} />
      <FilterInput label="To" name="to" type="date" defaultValue={isoDay(filters.to)} />
      {filters.targetId && <input type="hidden" name="targetId" value={filters.targetId} />}
    </FilterBar>
  );
}
