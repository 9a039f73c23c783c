// A real SMTP server inside the test process (scripts/mail/smtp-sink.ts), and what arrived at
// it parsed with mailparser. Point SMTP_URL at `url`.
import { simpleParser, type ParsedMail } from "mailparser";
import { startSmtpSink } from "@/scripts/mail/smtp-sink";

export interface CapturedMail {
  /** The envelope's recipients: who the message was really delivered to. */
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpCapture {
  url: string;
  messages: CapturedMail[];
  /** The next `count` messages are answered with this SMTP error (e.g. 451, a temporary failure). */
  refuseNext(count: number, code?: number): void;
  /** Resolves once `count` messages in all have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<CapturedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpCapture(options: { credentials?: { user: string; pass: string } } = {}): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  let refusals = { count: 0, code: 451 };
  const sink = await startSmtpSink(async (raw, recipients) => {
    if (refusals.count > 0) {
      refusals.count--;
      throw Object.assign(new Error("Try again later"), { responseCode: refusals.code });
    }
    messages.push({ to: recipients, raw: raw.toString("utf8"), parsed: await simpleParser(raw) });
  }, options);
  return {
    url: sink.url,
    messages,
    refuseNext(count, code = 451) {
      refusals = { count, code };
    },
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return messages;
    },
    close: sink.stop,
  };
}
