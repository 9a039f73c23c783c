import type { Credit } from "@/lib/format/credit";
import { AuthorCredit } from "./author-credit";

/** "About the author", shown under a review when its source gave the author a bio. */
export function AuthorBio({ credit }: { credit: Credit }) {
  if (credit.kind !== "source" || !credit.bio) return null;
  return (
    <aside aria-labelledby="author-bio-heading" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="author-bio-heading" className="text-xs font-semibold tracking-wide text-muted uppercase">
        About the author
      </h2>
      <p className="mt-2 font-semibold text-ink">
        <AuthorCredit credit={credit} />
      </p>
      <p className="mt-1 text-sm leading-relaxed text-muted">{credit.bio}</p>
    </aside>
  );
}
