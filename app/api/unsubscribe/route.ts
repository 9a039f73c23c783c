import { siteUrl } from "@/lib/mail/config";
import { applyUnsubscribe } from "@/lib/notifications/mail/unsubscribe";

// RFC 8058 one-click unsubscribe: mail providers POST "List-Unsubscribe=One-Click" to the
// List-Unsubscribe URL, with no cookies. The signed token alone says who and which mail.

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export async function POST(request: Request): Promise<Response> {
  const kinds = await applyUnsubscribe(new URL(request.url).searchParams.get("token") ?? "");
  if (!kinds) return new Response("This unsubscribe link isn't valid.\n", { status: 400, headers: TEXT });
  return new Response("Unsubscribed.\n", { status: 200, headers: TEXT });
}

/** A mail program that opens the URL instead of posting to it gets the page with the button. */
export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return Response.redirect(siteUrl(`/unsubscribe?token=${encodeURIComponent(token)}`), 303);
}
