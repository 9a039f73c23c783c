import Link from "next/link";

/** A count on the dashboard that opens the view it counts. */
export function StatCard({ label, value, detail, href }: { label: string; value: number; detail?: string; href: string }) {
  return (
    <Link href={href} className="group block rounded-lg border border-line bg-surface px-4 py-3 transition-colors hover:border-line-strong hover:bg-sunken/60">
      <p className="text-sm font-medium text-muted group-hover:text-ink">{label}</p>
      <p className="mt-1 text-3xl font-semibold tracking-tight text-ink tabular-nums">{value.toLocaleString("en")}</p>
      {detail && <p className="mt-0.5 text-xs text-muted">{detail}</p>}
    </Link>
  );
}
