import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { signedInContext } from "./sign-in";
import type { SiteFixtures } from "./site-fixtures";

/** Who looks at a page: the accessibility checks run each page as each of its audiences. */
export type Audience = "guest" | "member" | "admin";

/** A browser context for one audience of the sweep: a guest's, or one signed in as the fixtures' member or admin. */
export function audienceContext(browser: Browser, audience: Audience, fixtures: SiteFixtures): Promise<BrowserContext> {
  if (audience === "guest") return browser.newContext();
  return signedInContext(browser, audience === "admin" ? fixtures.admin : fixtures.member);
}

export interface SitePage {
  /** How failures name it: "film page", "queue: hide dialog". */
  name: string;
  /** The address, fixed or made from the fixtures' ids. */
  path: string | ((fixtures: SiteFixtures) => string);
  audiences: readonly Audience[];
  /**
   * Brings the page into the state to check (a dialog or form opened, a failed submit), once
   * it has loaded. Leave it out to check the page as it loads.
   */
  open?: (page: Page, fixtures: SiteFixtures) => Promise<void>;
}

const EVERYONE = ["guest", "member", "admin"] as const;
const MEMBERS = ["member", "admin"] as const;
const GUEST = ["guest"] as const;
const MEMBER = ["member"] as const;
const ADMIN = ["admin"] as const;

const reviewPath = (f: SiteFixtures) => `/reviews/${f.reviewId}`;
/** A comment's own <li>, by id (its replies are inside it). */
const comment = (page: Page, id: string) => page.locator(`li[id="c-${id}"] > article`);

/**
 * Every page of the site, and the open states of its forms and dialogs. A new page is one line
 * here; e2e/accessibility.spec.ts checks each entry for every audience it lists, at phone and
 * desktop widths, in light and dark, and for sideways scrolling at 320 px.
 */
export const SITE_PAGES: readonly SitePage[] = [
  // Reading: everyone.
  { name: "home", path: "/", audiences: EVERYONE },
  { name: "films", path: "/films", audiences: EVERYONE },
  { name: "film page", path: (f) => `/films/${f.filmSlug}`, audiences: EVERYONE },
  { name: "review page with a discussion", path: reviewPath, audiences: EVERYONE },
  { name: "review history", path: (f) => `/reviews/${f.memberReviewId}/history`, audiences: EVERYONE },
  { name: "comment permalink", path: (f) => `/comments/${f.memberCommentId}`, audiences: EVERYONE },
  { name: "search, empty", path: "/search", audiences: EVERYONE },
  { name: "search results", path: "/search?q=her", audiences: EVERYONE },
  { name: "profile", path: (f) => `/users/${f.member.handle}`, audiences: EVERYONE },
  { name: "not found", path: "/reviews/no-such-review", audiences: EVERYONE },

  // Signing in and up.
  { name: "sign in", path: "/sign-in", audiences: GUEST },
  { name: "sign up", path: "/sign-up", audiences: GUEST },
  {
    name: "sign in: refused",
    path: "/sign-in",
    audiences: GUEST,
    open: async (page) => {
      await page.getByLabel("Email").fill("nobody@example.com");
      await page.getByLabel("Password").fill("not the right password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator("main").getByRole("alert")).toBeVisible({ timeout: 30_000 });
    },
  },
  {
    name: "sign up: invalid fields",
    path: "/sign-up",
    audiences: GUEST,
    open: async (page) => {
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    },
  },

  {
    name: "forgot password",
    path: "/forgot-password",
    audiences: GUEST,
  },
  {
    name: "forgot password: empty submit",
    path: "/forgot-password",
    audiences: GUEST,
    open: async (page) => {
      await page.getByRole("button", { name: /Send/ }).click();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    },
  },
  { name: "reset password: a garbled link", path: "/reset-password?token=garbled", audiences: GUEST },
  { name: "confirm address: a garbled link", path: "/verify-email?token=garbled", audiences: EVERYONE },
  { name: "unsubscribe: a garbled link", path: "/unsubscribe?token=garbled", audiences: EVERYONE },

  // A member's own pages.
  { name: "notifications", path: "/notifications", audiences: MEMBER },
  { name: "settings", path: "/settings", audiences: MEMBERS },
  { name: "account status", path: "/account-status", audiences: MEMBER },
  { name: "edit own review", path: (f) => `/reviews/${f.memberReviewId}/edit`, audiences: MEMBER },
  { name: "own review page", path: (f) => `/reviews/${f.memberReviewId}`, audiences: MEMBER },

  // The open states of a member's forms and dialogs.
  {
    name: "account menu open",
    path: "/",
    audiences: MEMBERS,
    open: async (page) => {
      await page.getByRole("banner").getByRole("button", { name: /account menu/ }).click();
      await expect(page.getByRole("banner").getByRole("link", { name: "Settings" })).toBeVisible();
    },
  },
  {
    name: "reply form with a draft, Escape pressed",
    path: reviewPath,
    audiences: MEMBER,
    open: async (page, f) => {
      await comment(page, f.otherCommentId).getByRole("button", { name: "Reply", exact: true }).click();
      await page.getByLabel("Your reply").fill("Half a thought");
      await page.keyboard.press("Escape");
      await expect(page.getByRole("button", { name: "Discard reply" })).toBeVisible();
    },
  },
  {
    name: "comment preview",
    path: reviewPath,
    audiences: MEMBER,
    open: async (page) => {
      await page.getByLabel("Your comment").fill("**Bold** and a [link](https://example.com).");
      await page.getByRole("group", { name: "Editor mode" }).first().getByRole("button", { name: "Preview" }).click();
      await expect(page.getByRole("region", { name: "Preview" })).toBeVisible();
    },
  },
  {
    name: "comment: empty submit",
    path: reviewPath,
    audiences: MEMBER,
    open: async (page) => {
      await page.getByRole("button", { name: "Post comment" }).click();
      await expect(page.getByLabel("Your comment")).toHaveAttribute("aria-invalid", "true");
    },
  },
  {
    name: "editing own comment",
    path: reviewPath,
    audiences: MEMBER,
    open: async (page, f) => {
      await comment(page, f.memberCommentId).getByRole("button", { name: "Edit", exact: true }).click();
      await expect(page.getByLabel("Edit your comment")).toBeVisible();
    },
  },
  {
    name: "report dialog",
    path: reviewPath,
    audiences: MEMBER,
    open: async (page, f) => {
      await comment(page, f.otherCommentId).getByRole("button", { name: "Report this comment" }).click();
      await expect(page.getByRole("dialog", { name: "Report this comment" })).toBeVisible();
    },
  },
  {
    name: "report dialog: no reason chosen",
    path: reviewPath,
    audiences: MEMBER,
    open: async (page, f) => {
      await comment(page, f.otherCommentId).getByRole("button", { name: "Report this comment" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Send report" }).click();
      await expect(page.getByRole("dialog").getByRole("alert")).toBeVisible();
    },
  },
  {
    name: "write a review form",
    path: (f) => `/films/${f.filmSlug}`,
    audiences: ADMIN, // the admin hasn't reviewed the film; the member has
    open: async (page) => {
      await page.getByRole("button", { name: "Write a review" }).click();
      await expect(page.getByRole("radiogroup", { name: "Your rating" })).toBeVisible();
    },
  },
  {
    name: "write a review form: nothing to post",
    path: (f) => `/films/${f.filmSlug}`,
    audiences: ADMIN,
    open: async (page) => {
      await page.getByRole("button", { name: "Write a review" }).click();
      await page.getByRole("button", { name: "Post review" }).click();
      await expect(page.locator("main").getByRole("alert").first()).toBeVisible();
    },
  },

  // Moderation.
  { name: "admin dashboard", path: "/admin", audiences: ADMIN },
  { name: "queue", path: "/admin/queue", audiences: ADMIN },
  {
    name: "queue: thread context open",
    path: "/admin/queue",
    audiences: ADMIN,
    open: async (page) => {
      const details = page.locator("details", { has: page.locator("summary", { hasText: "Thread context" }) }).first();
      await details.locator("summary").click();
      await expect(details.getByRole("link", { name: "Open in the thread" })).toBeVisible();
    },
  },
  {
    name: "queue: hide dialog",
    path: "/admin/queue",
    audiences: ADMIN,
    open: async (page) => {
      await page.locator("tbody").getByRole("button", { name: /^Hide…/ }).first().click();
      await page.getByRole("dialog").getByRole("button", { name: /^Hide/ }).click();
      await expect(page.getByRole("dialog").getByRole("alert")).toBeVisible();
    },
  },
  { name: "users", path: "/admin/users", audiences: ADMIN },
  { name: "a user", path: (f) => `/admin/users/${f.member.id}`, audiences: ADMIN },
  { name: "audit log", path: "/admin/audit", audiences: ADMIN },
  { name: "appeals", path: "/admin/appeals", audiences: ADMIN },
  { name: "moderation settings", path: "/admin/settings", audiences: ADMIN },
  { name: "films admin", path: "/admin/films", audiences: ADMIN },
  { name: "new film", path: "/admin/films/new", audiences: ADMIN },
  { name: "edit film", path: (f) => `/admin/films/${f.filmId}`, audiences: ADMIN },
  { name: "WordPress import", path: "/admin/import", audiences: ADMIN },
  { name: "outgoing mail", path: "/admin/mail", audiences: ADMIN },
];
