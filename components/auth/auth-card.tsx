import type { ReactNode } from "react";

/** The card the sign-in and sign-up pages sit in: a heading, a line of context, the form, a way across. */
export function AuthCard({ title, intro, footer, children }: { title: string; intro: ReactNode; footer: ReactNode; children: ReactNode }) {
  return (
    <div className="rounded-2xl border border-line bg-surface px-5 py-7 shadow-sm sm:px-8 sm:py-9">
      <h1 className="font-serif text-3xl font-semibold tracking-tight text-ink">{title}</h1>
      <p className="mt-2 text-sm text-muted">{intro}</p>
      <div className="mt-7">{children}</div>
      <p className="mt-7 border-t border-line pt-5 text-center text-sm text-muted">{footer}</p>
    </div>
  );
}
