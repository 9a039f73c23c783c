import Link from "next/link";
import { creditName, creditProfilePath, type Credit } from "@/lib/format/credit";

/** The author's name; members link to their profile, imported authors are plain text. */
export function AuthorCredit({ credit, className = "" }: { credit: Credit; className?: string }) {
  const name = creditName(credit);
  const profile = creditProfilePath(credit);
  if (!profile) return <span className={className}>{name}</span>;
  return (
    <Link href={profile} className={`rounded-sm underline-offset-4 hover:underline ${className}`}>
      {name}
    </Link>
  );
}
