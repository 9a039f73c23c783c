import Link from "next/link";
import { PageContainer } from "./page-container";

export function SiteFooter() {
  return (
    <footer className="mt-20 border-t border-line">
      <PageContainer className="flex flex-col gap-2 py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between">
        <p>
          <span className="font-serif font-semibold text-ink">Marquee</span> — film reviews from critics and
          the community.
        </p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li>
              <Link href="/films" className="rounded underline-offset-4 hover:text-ink hover:underline">
                All films
              </Link>
            </li>
          </ul>
        </nav>
      </PageContainer>
    </footer>
  );
}
