// Ending a session must end it for real: a copy of the old cookie, replayed afterwards, is
// signed out everywhere the app re-reads the member (actions and live pages, the proxy's choice
// of page, the viewer layer). Browsers sign in through the real sign-in action and Auth.js, and
// keep the cookie Auth.js set; only Next's request APIs are stand-ins.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

const browser = vi.hoisted(() => {
  process.env.AUTH_SECRET = "session-revocation-test-secret-0123456789abcdef";
  process.env.AUTH_URL = "http://marquee.test";
  return { cookie: "", set: new Map<string, string>() };
});

vi.mock("next/headers", async () => {
  const { headersThroughServer } = await import("../helpers/client-address");
  return {
    headers: async () => headersThroughServer("203.0.113.60", browser.cookie ? { cookie: browser.cookie } : {}),
    cookies: async () => ({
      get: () => undefined,
      set: (name: string, value: string) => browser.set.set(name, value),
      delete: (name: string) => browser.set.set(name, ""),
    }),
  };
});
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { GET as viewerLayer } from "@/app/api/viewer/route";
import { changePasswordAction } from "@/lib/actions/account";
import { signInAction, signOutAction, signOutEverywhereAction } from "@/lib/actions/auth";
import { handlers } from "@/lib/auth";
import { pageAudienceFor } from "@/lib/page-cache/page-audience";
import { sharedRouteFor } from "@/lib/page-cache/shared-routes";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/session";
import type { ViewerLayer } from "@/lib/page-cache/viewer-layer";
import { redirectOf } from "../helpers/action-redirect";
import { expectOk } from "../helpers/action-results";
import { createTestReview, createTestUser, TEST_PASSWORD } from "../helpers/fixtures";
import { SESSION_COOKIE } from "../helpers/sessions";

type User = Awaited<ReturnType<typeof createTestUser>>;

/** Signs in through the sign-in form's action, as a new browser; returns the cookie it was given. */
async function signInNewBrowser(user: User, password = TEST_PASSWORD): Promise<string> {
  browser.cookie = "";
  browser.set.clear();
  await redirectOf(signInAction({ email: user.email!, password, callbackUrl: "/" }));
  const token = browser.set.get(SESSION_COOKIE);
  if (!token) throw new Error("the sign-in set no session cookie");
  return `${SESSION_COOKIE}=${token}`;
}

/** Whom each re-read of the member takes a request carrying `cookie` for. */
async function seenWith(cookie: string, reviewId: string) {
  browser.cookie = cookie;
  const user = await getCurrentUser();
  const { pathname, searchParams } = new URL(`/reviews/${reviewId}`, "http://marquee.test");
  const audience = await pageAudienceFor(sharedRouteFor(pathname, searchParams)!, new Headers({ cookie }), [SESSION_COOKIE]);
  const response = await viewerLayer(new NextRequest(`http://marquee.test/api/viewer?review=${reviewId}`, { headers: { cookie } }));
  const layer = (await response.json()) as ViewerLayer;
  return { user: user?.id ?? null, audience, layer: layer.account?.handle ?? null, clearsCookie: response.headers.getSetCookie().some((line) => line.includes("Max-Age=0")) };
}

const signedInAs = (user: User) => ({ user: user.id, audience: "member", layer: user.handle, clearsCookie: false });
const SIGNED_OUT = { user: null, audience: "guest", layer: null, clearsCookie: true };

describe("ending sessions", () => {
  let reviewId: string;
  beforeAll(async () => {
    reviewId = (await createTestReview({ authorId: (await createTestUser()).id })).id;
  });

  it("signing out ends this browser's session: its cookie, replayed, is signed out; other browsers stay signed in", async () => {
    const member = await createTestUser({ withPassword: true });
    const laptop = await signInNewBrowser(member);
    const phone = await signInNewBrowser(member);
    expect(await seenWith(laptop, reviewId)).toEqual(signedInAs(member));

    browser.cookie = laptop;
    expect(await redirectOf(signOutAction({}))).toBe("http://marquee.test/");

    expect(await seenWith(laptop, reviewId)).toEqual(SIGNED_OUT);
    expect(await seenWith(phone, reviewId)).toEqual(signedInAs(member));
  });

  it("signing out with a cookie whose session already ended still clears the cookie", async () => {
    const member = await createTestUser({ withPassword: true });
    const cookie = await signInNewBrowser(member);
    await db.session.deleteMany({ where: { userId: member.id } });
    browser.cookie = cookie;
    browser.set.clear();
    await redirectOf(signOutAction({}));
    expect(browser.set.get(SESSION_COOKIE)).toBe("");
  });

  it("Auth.js's own sign-out endpoint ends the session too", async () => {
    const member = await createTestUser({ withPassword: true });
    const cookie = await signInNewBrowser(member);
    const csrfResponse = await handlers.GET(new NextRequest("http://marquee.test/api/auth/csrf", { headers: { cookie } }));
    const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
    const csrfCookie = csrfResponse.headers.getSetCookie()[0]!.split(";")[0]!;
    const signOut = await handlers.POST(
      new NextRequest("http://marquee.test/api/auth/signout", {
        method: "POST",
        headers: { cookie: `${cookie}; ${csrfCookie}`, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/" }),
      }),
    );
    expect(signOut.status).toBe(302);
    expect(await seenWith(cookie, reviewId)).toEqual(SIGNED_OUT);
  });

  it("signing out everywhere ends every session of the account, this one included, and no one else's", async () => {
    const member = await createTestUser({ withPassword: true });
    const bystander = await createTestUser({ withPassword: true });
    const [laptop, phone, library] = [await signInNewBrowser(member), await signInNewBrowser(member), await signInNewBrowser(member)];
    const theirs = await signInNewBrowser(bystander);

    browser.cookie = phone;
    expect(await redirectOf(signOutEverywhereAction({}))).toBe("/sign-in?signed-out=everywhere");

    for (const cookie of [laptop, phone, library]) expect(await seenWith(cookie, reviewId)).toEqual(SIGNED_OUT);
    expect(await seenWith(theirs, reviewId)).toEqual(signedInAs(bystander));
    // Signing in again works as ever.
    expect(await seenWith(await signInNewBrowser(member), reviewId)).toEqual(signedInAs(member));
  });

  it("a password change ends every other session and keeps the browser that changed it signed in", async () => {
    const member = await createTestUser({ withPassword: true });
    const [here, elsewhere, stolen] = [await signInNewBrowser(member), await signInNewBrowser(member), await signInNewBrowser(member)];

    browser.cookie = here;
    const changed = expectOk(await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "a new and longer passphrase" }));
    expect(changed).toEqual({ otherSessionsEnded: 2 });

    expect(await seenWith(here, reviewId)).toEqual(signedInAs(member));
    for (const cookie of [elsewhere, stolen]) expect(await seenWith(cookie, reviewId)).toEqual(SIGNED_OUT);
    expect(await seenWith(await signInNewBrowser(member, "a new and longer passphrase"), reviewId)).toEqual(signedInAs(member));
  });

  it("an ended session can't act: actions refuse its cookie", async () => {
    const member = await createTestUser({ withPassword: true });
    const cookie = await signInNewBrowser(member);
    await db.session.deleteMany({ where: { userId: member.id } });
    browser.cookie = cookie;
    const result = await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "someone else's passphrase" });
    expect(result).toMatchObject({ ok: false, error: "Sign in to do that." });
  });
});
