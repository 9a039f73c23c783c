// The browser tests' mail server: a real SMTP server (smtp-server) that the app under test
// sends to over SMTP_URL, saving each message it accepts as <folder>/<time>-<n>-<recipient>.eml,
// where the specs read them (e2e/support/mailbox.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export async function startMailCatcher(folder: string): Promise<{ url: string; stop: () => Promise<void> }> {
  mkdirSync(folder, { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        for (const recipient of session.envelope.rcptTo) {
          const name = `${Date.now()}-${String(received++).padStart(4, "0")}-${recipient.address.replace(/[^a-zA-Z0-9@._+-]/g, "_")}.eml`;
          writeFileSync(path.join(folder, name), Buffer.concat(chunks));
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
