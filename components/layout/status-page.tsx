import type { ReactNode } from "react";
import { PageContainer } from "./page-container";

/** The two kinds of action a status page offers: the way forward, and the way out. */
export const STATUS_ACTION = {
  primary: "rounded-lg bg-accent px-4 py-2.5 text-sm font-semibold text-on-accent transition-colors hover:bg-accent-hover",
  secondary: "rounded-lg border border-line-strong px-4 py-2.5 text-sm font-semibold text-ink transition-colors hover:bg-sunken",
} as const;

/**
 * A page that says something went wrong (not found, failed, the database unavailable): what it
 * is in a few words, a title in the site's voice, what it means for the reader, what they can do.
 */
export function StatusPage({ eyebrow, title, children, actions }: { eyebrow: string; title: string; children: ReactNode; actions: ReactNode }) {
  return (
    <PageContainer width="reading" className="pt-16 pb-8 sm:pt-24">
      <p className="text-sm font-semibold tracking-wide text-accent-text uppercase">{eyebrow}</p>
      <h1 className="mt-3 font-serif text-4xl font-semibold tracking-tight sm:text-5xl">{title}</h1>
      {children}
      <div className="mt-8 flex flex-wrap gap-3">{actions}</div>
    </PageContainer>
  );
}
