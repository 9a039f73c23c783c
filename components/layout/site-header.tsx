import Link from "next/link";
import { AccountArea } from "./account-area";
import { currentHeaderAccount } from "./header-account";
import { PageContainer } from "./page-container";
import { NavLink } from "./nav-link";
import { Wordmark } from "./wordmark";

export async function SiteHeader() {
  // On a live page, read from the database on every request, so a new display name or role
  // shows at once. A shared page is rendered without a request: nobody (AccountArea explains).
  const account = await currentHeaderAccount();
  return (
    <header className="border-b border-line bg-surface/80">
      {/* On the narrowest screens (or at 400 % zoom) the links wrap under the wordmark rather than off the page. */}
      <PageContainer className="flex min-h-16 flex-wrap items-center justify-between gap-x-2 gap-y-1 py-2 sm:gap-x-6">
        <Link href="/" className="-mx-1 rounded px-1" aria-label="Marquee, home">
          <Wordmark />
        </Link>
        <div className="ml-auto flex items-center gap-1 sm:gap-4">
          <nav aria-label="Main">
            <ul className="flex items-center gap-1 text-sm font-medium">
              {/* On a phone the wordmark is the way home, leaving room for the account links. */}
              <li className="max-sm:hidden">
                <NavLink href="/" exact>
                  Home
                </NavLink>
              </li>
              <li>
                <NavLink href="/films">Films</NavLink>
              </li>
              <li>
                <NavLink href="/search">
                  <span className="max-sm:sr-only">Search</span>
                  <svg viewBox="0 0 24 24" className="size-5 sm:hidden" aria-hidden="true" focusable="false">
                    <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
                    <path d="m16 16 4.5 4.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
                  </svg>
                </NavLink>
              </li>
            </ul>
          </nav>
          <AccountArea liveAccount={account} />
        </div>
      </PageContainer>
    </header>
  );
}
