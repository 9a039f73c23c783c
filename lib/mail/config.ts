import { SITE_NAME, siteOrigin } from "@/app/site-metadata";

/**
 * How this instance sends mail:
 * - "smtp": SMTP_URL is set; the worker delivers through it.
 * - "files": development without SMTP_URL; each message becomes .data/mail/<time>-<to>.eml and
 *   one console line, so a newcomer can click a reset link without a mail server.
 * - "held": production without SMTP_URL; nothing is sent, messages wait in the outbox until an
 *   SMTP_URL is configured (startup warns, /admin shows a banner).
 */
export type MailMode = "smtp" | "files" | "held";

export function mailMode(env: NodeJS.ProcessEnv = process.env): MailMode {
  if (env.SMTP_URL?.trim()) return "smtp";
  return env.NODE_ENV === "production" ? "held" : "files";
}

/** The From header: MAIL_FROM, or the site's name at no-reply@ its host. */
export function mailFrom(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.MAIL_FROM?.trim();
  if (configured) return configured;
  const host = siteOrigin().hostname;
  // An address needs a domain: a bare host name or an IP address (local runs) gets a stand-in.
  const isDomain = host.includes(".") && !/^[\d.]+$/.test(host) && !host.startsWith("[");
  return `${SITE_NAME} <no-reply@${isDomain ? host : "localhost.localdomain"}>`;
}

/** An absolute URL on this site, from AUTH_URL (mail is read away from the site). */
export function siteUrl(path: string): string {
  return new URL(path, siteOrigin()).toString();
}

export { SITE_NAME };
