import type { ReactNode } from "react";

/** One block of the settings page: a heading, what it does, then its form. */
export function SettingsSection({
  id,
  title,
  description,
  tone = "default",
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  tone?: "default" | "danger";
  children: ReactNode;
}) {
  const frame = tone === "danger" ? "border-red-300 dark:border-red-900/70" : "border-line";
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={`scroll-mt-6 rounded-2xl border bg-surface px-5 py-6 sm:px-7 ${frame}`}>
      <h2 id={`${id}-heading`} className={`text-lg font-semibold tracking-tight ${tone === "danger" ? "text-red-800 dark:text-red-300" : "text-ink"}`}>
        {title}
      </h2>
      <div className="mt-1 max-w-[60ch] text-sm text-muted">{description}</div>
      <div className="mt-5">{children}</div>
    </section>
  );
}
