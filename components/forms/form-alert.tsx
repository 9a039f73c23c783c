import type { ReactNode } from "react";

/**
 * A form-level message: the server's error, or a quiet confirmation. Announced to screen
 * readers; an error inside a form also takes focus after a refused submit (useActionForm).
 */
export function FormAlert({ tone = "error", children }: { tone?: "error" | "success" | "info"; children: ReactNode }) {
  const styles = {
    error: "border-red-300 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950/50 dark:text-red-200",
    success: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200",
    info: "border-line-strong bg-sunken text-ink",
  }[tone];
  return (
    <div role={tone === "error" ? "alert" : "status"} data-form-alert={tone === "error" ? "" : undefined} className={`rounded-lg border px-3 py-2 text-sm ${styles}`}>
      {children}
    </div>
  );
}
