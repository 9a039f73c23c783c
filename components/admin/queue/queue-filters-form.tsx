import type { QueueFilters } from "@/lib/queries/admin/queue-filters";
import { FilterBar, FilterInput, FilterSelect } from "../filter-controls";

const ANY = { value: "", label: "Any" };

/** The queue's filters: what to show, type, reason, state, and a text and an author search. */
export function QueueFiltersForm({ filters }: { filters: QueueFilters }) {
  return (
    <FilterBar action="/admin/queue" resetHref="/admin/queue" label="Filter the queue">
      <FilterSelect
        label="Show"
        name="scope"
        value={filters.scope === "all" ? "all" : ""}
        options={[
          { value: "", label: "Needs attention" },
          { value: "all", label: "Everything" },
        ]}
      />
      <FilterSelect
        label="Type"
        name="type"
        value={filters.type}
        options={[ANY, { value: "review", label: "Reviews" }, { value: "comment", label: "Comments" }]}
      />
      <FilterSelect
        label="Reason"
        name="reason"
        value={filters.reason}
        options={[
          ANY,
          { value: "held", label: "Held by the rules" },
          { value: "reported", label: "Reported: any reason" },
          { value: "spam", label: "Reported: spam" },
          { value: "abuse", label: "Reported: abuse" },
          { value: "spoiler", label: "Reported: spoiler" },
          { value: "off-topic", label: "Reported: off-topic" },
          { value: "other", label: "Reported: other" },
        ]}
      />
      <FilterSelect
        label="State"
        name="state"
        value={filters.state}
        options={[ANY, { value: "pending", label: "Pending" }, { value: "published", label: "Published" }, { value: "hidden", label: "Hidden" }, { value: "deleted", label: "Deleted" }]}
      />
      <FilterInput label="Text contains" name="q" type="search" defaultValue={filters.q} wide />
      <FilterInput label="Author handle" name="author" type="search" defaultValue={filters.author} placeholder="@handle" />
    </FilterBar>
  );
}
