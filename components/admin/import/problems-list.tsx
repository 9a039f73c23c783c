import type { ImportProblem } from "@/lib/wordpress/import-types";

/** What the import can't do as the file says, each in a sentence; the first ones when there are many. */
export function ProblemsList({ problems, empty }: { problems: { total: number; listed: ImportProblem[] }; empty: string }) {
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
