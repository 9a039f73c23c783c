import type { ContentState } from "@/lib/generated/prisma/enums";

const STYLES: Record<ContentState, string> = {
  PUBLISHED: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-200",
  PENDING: "border-amber-300 bg-accent-soft text-accent-text dark:border-amber-800",
  HIDDEN: "border-line-strong bg-sunken text-ink",
  DELETED: "border-red-300 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200",
};

/** A content state in words (never colour alone): Published, Pending, Hidden, Deleted. */
export function StateBadge({ state }: { state: ContentState }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${STYLES[state]}`}>
      {state.charAt(0) + state.slice(1).toLowerCase()}
    </span>
  );
}

/** A small neutral label: "Review", "Auto-hidden", "Admin". */
export function Tag({ children, tone = "neutral" }: { children: string; tone?: "neutral" | "accent" | "danger" }) {
  const tones = {
    neutral: "border-line-strong text-muted",
    accent: "border-amber-300 bg-accent-soft text-accent-text dark:border-amber-800",
    danger: "border-red-300 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200",
  };
  return <span className={`inline-block rounded border px-1.5 py-px text-[0.7rem] font-semibold tracking-wide whitespace-nowrap uppercase ${tones[tone]}`}>{children}</span>;
}
