import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";

/** The mail the app sent during this run, as `npm run test:e2e`'s SMTP server saved it. */
function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run the browser tests with `npm run test:e2e`, which starts the mail server.");
  return dir;
}

/** Waits for the newest message to `address` whose subject matches, and parses it. */
export async function latestMailTo(address: string, subject: RegExp, timeoutMs = 20_000): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        const files = readdirSync(mailDir()).filter((file) => file.endsWith(`-${address}.eml`)).sort().reverse();
        for (const file of files) {
          const parsed = await simpleParser(readFileSync(path.join(mailDir(), file)));
          if (subject.test(parsed.subject ?? "")) {
            found = parsed;
            return true;
          }
        }
        return false;
      },
      { timeout: timeoutMs, message: `no message to ${address} matching ${subject}` },
    )
    .toBe(true);
  return found!;
}

/** The first link in the message's text part that starts with `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const link = (mail.text ?? "").split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`no link starting with ${prefix} in:\n${mail.text}`);
  return link;
}
