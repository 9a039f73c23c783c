import type { Prisma } from "@/lib/generated/prisma/client";

const MAX_VALUE = 60;

function show(value: Prisma.JsonValue | undefined): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "string") {
    // ISO timestamps read better as a date and time.
    const text = /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 16).replace("T", " ") : value;
    return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
  }
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

const asObject = (value: Prisma.JsonValue): Record<string, Prisma.JsonValue> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Prisma.JsonValue>) : {};

/**
 * Before → after, one line per field that changed: "state: PUBLISHED → HIDDEN". Raw ids of
 * who did it (bannedById) are left out: the actor column already names them.
 */
export function StateDiff({ before, after }: { before: Prisma.JsonValue; after: Prisma.JsonValue }) {
  const was = asObject(before);
  const now = asObject(after);
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((key) => !key.endsWith("ById") && JSON.stringify(was[key] ?? null) !== JSON.stringify(now[key] ?? null));
  if (keys.length === 0) return <span className="text-muted">—</span>;
  return (
    <dl className="space-y-0.5 font-mono text-xs leading-snug">
      {keys.map((key) => (
        <div key={key} className="break-words md:[overflow-wrap:anywhere]">
          <dt className="inline text-muted">{key}: </dt>
          <dd className="inline">
            <span className="text-muted line-through decoration-muted/60">{show(was[key])}</span>
            {/* An aria-label on a role-less span is ignored: the words go in the text instead. */}
            <span aria-hidden="true" className="px-1 text-muted">
              →
            </span>
            <span className="sr-only"> changed to </span>
            <span className="text-ink">{show(now[key])}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
