import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import { mailFrom, mailMode } from "@/lib/mail/config";
import type { QueuedMail } from "@/lib/mail/outbox";

/** Where development mail goes without SMTP_URL (relative to the app's working directory). */
export const DEV_MAIL_DIR = path.join(".data", "mail");

/** Why a delivery failed, and whether trying again could help. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

// Bounded, so a silent SMTP server can't hold a message past its claim (outbox CLAIM_LEASE_MS).
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000, dnsTimeout: 30_000 };

const cached: { url?: string; smtp?: Transporter } = {};

function smtpTransport(url: string): Transporter {
  if (cached.url !== url || !cached.smtp) {
    cached.smtp?.close();
    // nodemailer parses smtp:// and smtps:// URLs itself, credentials and query options (which
    // win over our timeouts) included.
    cached.smtp = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
    cached.url = url;
  }
  return cached.smtp;
}

function messageOptions(mail: QueuedMail): SendMailOptions {
  return {
    from: mailFrom(),
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    // RFC 8058: the URL unsubscribes with a POST, so mail providers can offer one click.
    ...(mail.unsubscribeUrl
      ? { list: { unsubscribe: mail.unsubscribeUrl }, headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }
      : {}),
    // nodemailer must never read a file or URL named in a message: ours hold only text.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** A 5xx for the sender, the recipient or the message won't change on a retry; anything else might. */
function isPermanent(error: unknown): boolean {
  const { responseCode, command } = (error ?? {}) as { responseCode?: number; command?: string };
  return typeof responseCode === "number" && responseCode >= 500 && /^(MAIL FROM|RCPT TO|DATA)/i.test(command ?? "");
}

async function writeDevMail(mail: QueuedMail): Promise<void> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await transport.sendMail(messageOptions(mail));
  await mkdir(DEV_MAIL_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.join(DEV_MAIL_DIR, `${stamp}-${mail.to.replace(/[^a-zA-Z0-9@._+-]/g, "_")}.eml`);
  await writeFile(file, info.message as Buffer);
  const link = mail.text.match(/https?:\/\/\S+/)?.[0];
  console.log(`✉ Mail to ${mail.to}: "${mail.subject}"${link ? ` ${link}` : ""} (${file})`);
}

/** Delivers one message the way this instance is configured to (lib/mail/config.ts). */
export async function deliver(mail: QueuedMail): Promise<void> {
  const mode = mailMode();
  if (mode === "held") throw new DeliveryError("SMTP_URL is not set", false);
  if (mode === "files") return writeDevMail(mail);
  try {
    await smtpTransport(process.env.SMTP_URL!.trim()).sendMail(messageOptions(mail));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DeliveryError(message, isPermanent(error));
  }
}
