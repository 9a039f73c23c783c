/** A plain link, not a client navigation: the route answers with a file download. */
export function ExportDataLink() {
  return (
    <a
      href="/api/account/export"
      download
      className="inline-flex h-10 items-center justify-center gap-2 rounded-lg border border-line-strong bg-surface px-4 text-sm font-medium text-ink transition-colors hover:bg-sunken"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 text-muted">
        <path d="M8 2v8m0 0L5 7m3 3l3-3M3 12.5h10" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Download my data (JSON)
    </a>
  );
}
