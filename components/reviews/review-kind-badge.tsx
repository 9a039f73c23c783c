import type { Credit } from "@/lib/format/credit";

/** Critics' reviews were imported from a source; community reviews were written here. */
export function ReviewKindBadge({ credit }: { credit: Credit }) {
  const critic = credit.kind === "source";
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-[0.6875rem] leading-none font-semibold tracking-wider uppercase ${
        critic ? "border-accent-text/40 text-accent-text" : "border-line-strong text-muted"
      }`}
    >
      {critic ? "Critic" : "Community"}
    </span>
  );
}
