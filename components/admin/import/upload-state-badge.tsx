import type { UploadState } from "@/lib/queries/admin/imports";

const LABELS: Record<UploadState, { label: string; style: string }> = {
  reading: { label: "Reading", style: "border-line-strong bg-sunken text-ink" },
  ready: { label: "Ready to import", style: "border-amber-300 bg-accent-soft text-accent-text dark:border-amber-800" },
  importing: { label: "Importing", style: "border-line-strong bg-sunken text-ink" },
  done: { label: "Imported", style: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-200" },
  failed: { label: "Failed", style: "border-red-300 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200" },
  stopped: { label: "Stopped", style: "border-red-300 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200" },
};

/** Where an upload stands, in words. */
export function UploadStateBadge({ state }: { state: UploadState }) {
  const { label, style } = LABELS[state];
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${style}`}>{label}</span>;
}
