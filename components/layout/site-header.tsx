import Link from "next/link";
import { PageContainer } from "./page-container";
import { NavLink } from "./nav-link";
import { Wordmark } from "./wordmark";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface/80">
      <PageContainer className="flex h-16 items-center justify-between gap-6">
        <Link href="/" className="-mx-1 rounded px-1" aria-label="Marquee, home">
          <Wordmark />
        </Link>
        <div className="flex items-center gap-2 sm:gap-4">
          <nav aria-label="Main">
            <ul className="flex items-center gap-1 text-sm font-medium">
              <li>
                <NavLink href="/" exact>
                  Home
                </NavLink>
              </li>
              <li>
                <NavLink href="/films">Films</NavLink>
              </li>
            </ul>
          </nav>
          {/*
            USER MENU SLOT: accounts arrive in a later issue. Sign-in / the signed-in user's
            menu renders here, at the right end of the header, after the main navigation.
          */}
        </div>
      </PageContainer>
    </header>
  );
}
