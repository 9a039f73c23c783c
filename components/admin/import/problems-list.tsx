import { useId } from "react";
import type { ImportProblem } from "@/lib/wordpress/import-types";

type Problems = { total: number; listed: ImportProblem[] };

/** What the import can't do as the file says, each in a sentence; the first ones when there are many. */
function ProblemsList({ problems, empty }: { problems: Problems; empty: string }) {
  if (problems.total === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <>
      <ul className="divide-y divide-line rounded-lg border border-line bg-surface text-sm">
        {problems.listed.map((problem, index) => (
          <li key={`${problem.kind}-${problem.postId ?? ""}-${problem.commentId ?? ""}-${index}`} className="flex flex-col gap-x-3 gap-y-0.5 px-3 py-2 sm:flex-row">
            <span className="shrink-0 text-xs font-semibold tracking-wide text-muted uppercase sm:w-28">{problem.kind.replace(/-/g, " ")}</span>
            <span>{problem.message}</span>
          </li>
        ))}
      </ul>
      {problems.total > problems.listed.length && <p className="mt-2 text-sm text-muted">… and {(problems.total - problems.listed.length).toLocaleString("en")} more.</p>}
    </>
  );
}

/** The preview's and the report's "Problems (n)" section. */
export function ProblemsSection({ problems, empty }: { problems: Problems; empty: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold text-ink">
        Problems <span className="text-muted tabular-nums">({problems.total})</span>
      </h2>
      <ProblemsList problems={problems} empty={empty} />
    </section>
  );
}
