import Link from "next/link";
import { isStaff } from "@/lib/permissions";
import { getCurrentUser } from "@/lib/session";
import { HeaderAuthLinks } from "@/components/auth/header-auth-links";
import { PageContainer } from "./page-container";
import { NavLink } from "./nav-link";
import { UserMenu } from "./user-menu";
import { Wordmark } from "./wordmark";

export async function SiteHeader() {
  // Read from the database on every request, so a new display name or role shows at once.
  const user = await getCurrentUser();
  return (
    <header className="border-b border-line bg-surface/80">
      <PageContainer className="flex h-16 items-center justify-between gap-3 sm:gap-6">
        <Link href="/" className="-mx-1 rounded px-1" aria-label="Marquee, home">
          <Wordmark />
        </Link>
        <div className="flex items-center gap-1 sm:gap-4">
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
            </ul>
          </nav>
          {user ? (
            <div className="flex items-center gap-1 sm:gap-2">
              {/* NOTIFICATIONS BELL */}
              <UserMenu handle={user.handle} displayName={user.name?.trim() || user.handle} isStaff={isStaff(user.role)} />
            </div>
          ) : (
            <HeaderAuthLinks />
          )}
        </div>
      </PageContainer>
    </header>
  );
}
