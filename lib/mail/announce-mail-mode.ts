import { mailMode } from "@/lib/mail/config";
import { DEV_MAIL_DIR } from "@/lib/mail/transport";

/** One startup line saying where mail goes; a loud warning when it goes nowhere. */
export function announceMailMode(): void {
  switch (mailMode()) {
    case "smtp":
      console.log("▸ Mail: sending through SMTP_URL");
      break;
    case "files":
      console.log(`▸ Mail: no SMTP_URL, so messages are written to ${DEV_MAIL_DIR}/ and their links printed here`);
      break;
    case "held":
      console.warn(
        "⚠ Mail: SMTP_URL is not set. Password resets, address verification and notifications are NOT being sent;\n" +
          "  they wait in the outbox and go out once SMTP_URL is configured (see README, \"Email\").",
      );
      break;
  }
}
