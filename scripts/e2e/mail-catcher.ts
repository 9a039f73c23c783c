// The browser tests' mail server: the app under test sends to it over SMTP_URL, and it saves
// each message as <folder>/<time>-<n>-<recipient>.eml, where the specs read them
// (e2e/support/mailbox.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startSmtpSink, type SmtpSink } from "../mail/smtp-sink";

export async function startMailCatcher(folder: string): Promise<SmtpSink> {
  mkdirSync(folder, { recursive: true });
  let received = 0;
  return startSmtpSink((raw, recipients) => {
    for (const recipient of recipients) {
      const name = `${Date.now()}-${String(received++).padStart(4, "0")}-${recipient.replace(/[^a-zA-Z0-9@._+-]/g, "_")}.eml`;
      writeFileSync(path.join(folder, name), raw);
    }
  });
}
