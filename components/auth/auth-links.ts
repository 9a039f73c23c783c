/** Pages that are themselves about signing in: never a useful place to come back to. */
const AUTH_PAGES = ["/sign-in", "/sign-up", "/forgot-password", "/reset-password"];

function withCallback(page: string, callbackUrl: string | null | undefined): string {
  if (!callbackUrl || callbackUrl === "/" || AUTH_PAGES.some((path) => callbackUrl.startsWith(path))) return page;
  return `${page}?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}

/** `/sign-in?callbackUrl=…`, bringing the person back to `callbackUrl` afterwards. */
export function signInHref(callbackUrl?: string | null): string {
  return withCallback("/sign-in", callbackUrl);
}

/** `/sign-up?callbackUrl=…`, the same for a new account. */
export function signUpHref(callbackUrl?: string | null): string {
  return withCallback("/sign-up", callbackUrl);
}

/** The first value of a search parameter (Next gives an array when it repeats). */
export function firstSearchParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
