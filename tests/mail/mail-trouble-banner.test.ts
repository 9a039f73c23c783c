// What staff see on every admin page when mail isn't going out.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MailTroubleBanner } from "@/components/admin/mail/mail-trouble-banner";
import { announceMailMode } from "@/lib/mail/announce-mail-mode";
import { mailMode } from "@/lib/mail/config";

const banner = (props: Parameters<typeof MailTroubleBanner>[0]) => renderToStaticMarkup(createElement(MailTroubleBanner, props));

describe("without SMTP_URL in production", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("mail is held, and startup says so loudly", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SMTP_URL", "");
    expect(mailMode()).toBe("held");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    announceMailMode();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain("SMTP_URL is not set. Password resets, address verification and notifications are NOT being sent");
    warn.mockRestore();
  });

  it("every admin page says password resets and notifications are not being sent", () => {
    const html = banner({ held: true, pending: 3, failed: 0, isAdmin: true });
    expect(html).toContain('role="alert"');
    expect(html).toContain("Email is not being sent: SMTP_URL isn’t set.");
    expect(html).toContain("Password resets, address confirmations and notifications are not reaching anyone. They wait in the outbox (3 now)");
    expect(html).toContain("one-time reset link");
    expect(html).toContain('href="/admin/mail?status=pending"');
  });

  it("says nothing while mail flows, and points admins at failed messages when some failed", () => {
    expect(banner({ held: false, pending: 5, failed: 0, isAdmin: true })).toBe("");
    const failed = banner({ held: false, pending: 0, failed: 2, isAdmin: true });
    expect(failed).toContain("2 emails could not be delivered.");
    expect(failed).toContain('href="/admin/mail?status=failed"');
    // Moderators are told, but the outbox page is for admins.
    expect(banner({ held: false, pending: 0, failed: 2, isAdmin: false })).not.toContain("/admin/mail");
  });
});
