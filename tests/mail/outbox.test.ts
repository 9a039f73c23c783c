import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { enqueueMail, MAX_ATTEMPTS, type OutgoingMail } from "@/lib/mail/outbox";
import { sendDueMail } from "@/lib/mail/send-due-mail";
import { startSmtpCapture, type SmtpCapture } from "../helpers/smtp-capture";

let smtp: SmtpCapture;
beforeAll(async () => {
  // Each failed attempt is logged for operators; the tests assert on the outbox instead.
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Marquee <mail@marquee.test>";
  process.env.AUTH_URL = "https://marquee.test";
});
afterAll(() => smtp.close());
afterEach(async () => {
  smtp.messages.length = 0;
  smtp.refuseNext(0);
  await db.mailMessage.deleteMany();
});

let counter = 0;
function mail(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  counter++;
  return { kind: "test", to: `reader${counter}@example.com`, subject: `Message ${counter}`, text: `Body ${counter}`, html: `<p>Body ${counter}</p>`, ...overrides };
}

const later = (ms: number) => new Date(Date.now() + ms);

describe("the outbox", () => {
  it("delivers a queued message once, as text and HTML, and forgets its body", async () => {
    const id = await enqueueMail(db, mail({ subject: "Hello there", text: "Plain words", html: "<p>Rich words</p>" }));
    expect(await sendDueMail()).toMatchObject({ sent: 1 });
    const [arrived] = await smtp.waitFor(1);
    expect(arrived!.parsed.subject).toBe("Hello there");
    expect(arrived!.parsed.from?.value).toEqual([{ name: "Marquee", address: "mail@marquee.test" }]);
    expect(arrived!.parsed.text?.trim()).toBe("Plain words");
    expect(arrived!.parsed.html).toContain("<p>Rich words</p>");
    const stored = await db.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "SENT", text: "", html: "", attempts: 1 });
    expect(await sendDueMail()).toMatchObject({ sent: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it("a temporary SMTP refusal (4xx) is retried after a backoff, and then delivered exactly once", async () => {
    const id = await enqueueMail(db, mail());
    smtp.refuseNext(1, 451);
    expect(await sendDueMail()).toMatchObject({ sent: 0, retrying: 1 });
    const waiting = await db.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(waiting.status).toBe("PENDING");
    expect(waiting.lastError).toContain("451");
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: nothing happens.
    expect(await sendDueMail()).toMatchObject({ sent: 0, retrying: 0 });
    expect(await sendDueMail(20, later(60_000))).toMatchObject({ sent: 1 });
    expect(await sendDueMail(20, later(10 * 60_000))).toMatchObject({ sent: 0 });
    expect(smtp.messages).toHaveLength(1);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("a message that keeps failing ends up FAILED with its last error, for admins to see", async () => {
    const id = await enqueueMail(db, mail());
    smtp.refuseNext(1_000, 421);
    let clock = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await sendDueMail(20, new Date(clock));
      clock += 2 * 60 * 60_000;
    }
    const failed = await db.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(failed.lastError).toContain("421");
    expect(smtp.messages).toHaveLength(0);
  });

  it("a permanent refusal (5xx on the message) fails at once instead of retrying for hours", async () => {
    const id = await enqueueMail(db, mail());
    smtp.refuseNext(1, 554);
    expect(await sendDueMail()).toMatchObject({ failed: 1 });
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 1 });
  });

  it("two workers draining one outbox at the same time never send a message twice", async () => {
    const ids = await Promise.all(Array.from({ length: 40 }, () => enqueueMail(db, mail())));
    for (let round = 0; round < 10; round++) {
      await Promise.all([sendDueMail(3), sendDueMail(3), sendDueMail(3)]);
    }
    await smtp.waitFor(40);
    const subjects = smtp.messages.map((m) => m.parsed.subject);
    expect(new Set(subjects).size).toBe(40);
    expect(subjects).toHaveLength(40);
    expect(await db.mailMessage.count({ where: { id: { in: ids }, status: "SENT", attempts: 1 } })).toBe(40);
  });

  it("while the SMTP server is down nothing is lost: the message waits and goes out once it is back", async () => {
    const down = await startSmtpCapture();
    await down.close();
    process.env.SMTP_URL = down.url;
    const id = await enqueueMail(db, mail());
    try {
      expect(await sendDueMail()).toMatchObject({ sent: 0, retrying: 1 });
      expect((await db.mailMessage.findUniqueOrThrow({ where: { id } })).lastError).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      process.env.SMTP_URL = smtp.url;
    }
    expect(await sendDueMail(20, later(60_000))).toMatchObject({ sent: 1 });
    expect(smtp.messages).toHaveLength(1);
  });

  it("signs in to the SMTP server with the credentials in SMTP_URL", async () => {
    const guarded = await startSmtpCapture({ credentials: { user: "marquee", pass: "p@ss word" } });
    try {
      process.env.SMTP_URL = guarded.url.replace("smtp://", "smtp://marquee:wrong@");
      const id = await enqueueMail(db, mail());
      expect(await sendDueMail()).toMatchObject({ sent: 0 });
      expect((await db.mailMessage.findUniqueOrThrow({ where: { id } })).lastError).toContain("535");
      process.env.SMTP_URL = guarded.url.replace("smtp://", `smtp://marquee:${encodeURIComponent("p@ss word")}@`);
      expect(await sendDueMail(20, later(60_000))).toMatchObject({ sent: 1 });
      expect(guarded.messages).toHaveLength(1);
    } finally {
      process.env.SMTP_URL = smtp.url;
      await guarded.close();
    }
  });

  it("a message whose link expired before it could be sent is dropped, not sent", async () => {
    const id = await enqueueMail(db, mail({ expiresAt: new Date(Date.now() - 1000) }));
    expect(await sendDueMail()).toMatchObject({ expired: 1, sent: 0 });
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "EXPIRED" });
    expect(smtp.messages).toHaveLength(0);
  });

  it("a CR or LF in a subject never becomes a header of its own", async () => {
    await enqueueMail(db, mail({ subject: "Hi\r\nBcc: victim@example.com\r\nX-Injected: yes", to: "target@example.com" }));
    await sendDueMail();
    const [arrived] = await smtp.waitFor(1);
    expect(arrived!.to).toEqual(["target@example.com"]);
    expect(arrived!.parsed.headers.has("bcc")).toBe(false);
    expect(arrived!.parsed.headers.has("x-injected")).toBe(false);
    expect(arrived!.parsed.subject).toBe("Hi Bcc: victim@example.com X-Injected: yes");
  });

  it("carries RFC 8058 one-click unsubscribe headers when the message has an unsubscribe link", async () => {
    await enqueueMail(db, mail({ unsubscribeUrl: "https://marquee.test/api/unsubscribe?token=abc" }));
    await sendDueMail();
    const [arrived] = await smtp.waitFor(1);
    expect(arrived!.raw).toMatch(/^List-Unsubscribe: <https:\/\/marquee\.test\/api\/unsubscribe\?token=abc>$/m);
    expect(arrived!.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  });
});

describe("without SMTP_URL", () => {
  afterEach(() => {
    process.env.SMTP_URL = smtp.url;
    vi.unstubAllEnvs();
  });

  it("in production, messages wait in the outbox untouched", async () => {
    delete process.env.SMTP_URL;
    vi.stubEnv("NODE_ENV", "production");
    const id = await enqueueMail(db, mail());
    expect(await sendDueMail()).toEqual({ sent: 0, retrying: 0, failed: 0, expired: 0 });
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 0 });
    // Configured later: it goes out.
    process.env.SMTP_URL = smtp.url;
    expect(await sendDueMail()).toMatchObject({ sent: 1 });
  });

  it("in development, each message is written to .data/mail as an .eml file and announced in one console line", async () => {
    delete process.env.SMTP_URL;
    vi.stubEnv("NODE_ENV", "development");
    const folder = mkdtempSync(path.join(os.tmpdir(), "marquee-mail-"));
    const cwd = process.cwd();
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      process.chdir(folder);
      await enqueueMail(db, mail({ to: "newcomer@example.com", subject: "Reset your password", text: "Open https://marquee.test/reset-password?token=xyz to continue." }));
      expect(await sendDueMail()).toMatchObject({ sent: 1 });
      const files = readdirSync(path.join(folder, ".data", "mail"));
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/-newcomer@example\.com\.eml$/);
      expect(readFileSync(path.join(folder, ".data", "mail", files[0]!), "utf8")).toContain("Subject: Reset your password");
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]![0]).toContain("newcomer@example.com");
      expect(log.mock.calls[0]![0]).toContain("Reset your password");
      expect(log.mock.calls[0]![0]).toContain("https://marquee.test/reset-password?token=xyz");
    } finally {
      process.chdir(cwd);
      log.mockRestore();
    }
  });
});
