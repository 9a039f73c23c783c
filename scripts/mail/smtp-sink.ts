// A real SMTP server (smtp-server, from nodemailer's authors) on a free loopback port, for the
// tests and the browser tests: it accepts every message and hands it to `onMessage`. A handler
// that throws an error with `responseCode` refuses the message with that SMTP reply instead.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  stop: () => Promise<void>;
}

export async function startSmtpSink(
  onMessage: (raw: Buffer, recipients: string[]) => Promise<void> | void,
  options: { credentials?: { user: string; pass: string } } = {},
): Promise<SmtpSink> {
  const { credentials } = options;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // With credentials, mail is refused until the client signs in with them (over plain text:
    // loopback only).
    authOptional: !credentials,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (credentials && auth.username === credentials.user && auth.password === credentials.pass) return callback(null, { user: auth.username });
      callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        Promise.resolve()
          .then(() => onMessage(Buffer.concat(chunks), session.envelope.rcptTo.map((recipient) => recipient.address)))
          .then(() => callback(), (error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
