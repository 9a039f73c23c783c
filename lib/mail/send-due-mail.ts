import { mailMode } from "@/lib/mail/config";
import { claimDueMail, recordExpired, recordFailure, recordSent } from "@/lib/mail/outbox";
import { deliver, DeliveryError } from "@/lib/mail/transport";

export interface SendReport {
  sent: number;
  retrying: number;
  failed: number;
  expired: number;
}

/**
 * Sends what is due in the outbox, one message at a time. Without SMTP in production nothing
 * is claimed: messages wait, unchanged, until SMTP_URL is set.
 */
export async function sendDueMail(limit = 20, now = new Date()): Promise<SendReport> {
  const report: SendReport = { sent: 0, retrying: 0, failed: 0, expired: 0 };
  if (mailMode() === "held") return report;
  for (const message of await claimDueMail(limit, now)) {
    if (message.expiresAt && message.expiresAt <= new Date()) {
      await recordExpired(message.id);
      report.expired++;
      continue;
    }
    try {
      await deliver(message);
      await recordSent(message.id);
      report.sent++;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const outcome = await recordFailure(message, reason, { permanent: error instanceof DeliveryError && error.permanent });
      console.warn(`Mail ${message.id} (${message.kind}) to ${message.to} not sent (attempt ${message.attempts}, ${outcome === "failed" ? "giving up" : "will retry"}): ${reason}`);
      report[outcome === "failed" ? "failed" : "retrying"]++;
    }
  }
  return report;
}
