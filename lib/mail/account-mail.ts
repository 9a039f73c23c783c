import { SITE_NAME, siteUrl } from "@/lib/mail/config";
import { renderMail, type MailBlock } from "@/lib/mail/message-layout";
import type { OutgoingMail } from "@/lib/mail/outbox";

// The messages about a member's account. Each names the site, says why it was sent and what to
// do if the member didn't ask for it. Account mail has no unsubscribe: it is not optional.

interface Recipient {
  userId: string;
  to: string;
  name: string;
}

function accountMail(kind: string, recipient: Recipient, subject: string, blocks: MailBlock[], expiresAt?: Date): OutgoingMail {
  const footer: MailBlock[] = [{ kind: "paragraph", text: `This message is about your ${SITE_NAME} account, so it is sent whatever your email preferences say.` }];
  return { kind, userId: recipient.userId, to: recipient.to, subject, expiresAt, ...renderMail({ blocks: [{ kind: "paragraph", text: `Hello ${recipient.name},` }, ...blocks], footer }) };
}

export function passwordResetMail(recipient: Recipient, token: string, expiresAt: Date): OutgoingMail {
  const url = siteUrl(`/reset-password?token=${token}`);
  return accountMail(
    "password-reset",
    recipient,
    `Reset your ${SITE_NAME} password`,
    [
      { kind: "paragraph", text: `Someone (we hope you) asked to reset the password of your ${SITE_NAME} account. This link works once, for the next hour:` },
      { kind: "button", label: "Choose a new password", url },
      { kind: "paragraph", text: "If you didn't ask for this, ignore this message: your password stays as it is." },
    ],
    expiresAt,
  );
}

export function passwordChangedMail(recipient: Recipient): OutgoingMail {
  return accountMail("password-changed", recipient, `Your ${SITE_NAME} password was changed`, [
    { kind: "paragraph", text: `The password of your ${SITE_NAME} account was just changed with a reset link, and every browser that was signed in to it was signed out.` },
    { kind: "paragraph", text: "If that wasn't you, reset it again right away:" },
    { kind: "link", label: "Reset your password", url: siteUrl("/forgot-password") },
  ]);
}

export function verifyEmailMail(recipient: Recipient, token: string, expiresAt: Date): OutgoingMail {
  return accountMail(
    "verify-email",
    recipient,
    `Confirm your email address for ${SITE_NAME}`,
    [
      { kind: "paragraph", text: `Please confirm that ${recipient.to} is your address, so we can send you replies and help you back in if you forget your password:` },
      { kind: "button", label: "Confirm my address", url: siteUrl(`/verify-email?token=${token}`) },
      { kind: "paragraph", text: `If you didn't sign up for ${SITE_NAME}, ignore this message.` },
    ],
    expiresAt,
  );
}

export function confirmEmailChangeMail(recipient: Recipient, token: string, expiresAt: Date): OutgoingMail {
  return accountMail(
    "change-email",
    recipient,
    `Confirm your new email address for ${SITE_NAME}`,
    [
      { kind: "paragraph", text: `You asked to use ${recipient.to} for your ${SITE_NAME} account. It takes effect once you confirm it:` },
      { kind: "button", label: "Use this address", url: siteUrl(`/verify-email?token=${token}`) },
      { kind: "paragraph", text: "If you didn't ask for this, ignore this message: nothing changes." },
    ],
    expiresAt,
  );
}

export function emailChangedNoticeMail(recipient: Recipient, newEmail: string): OutgoingMail {
  return accountMail("email-changed", recipient, `Your ${SITE_NAME} email address was changed`, [
    { kind: "paragraph", text: `Your ${SITE_NAME} account now uses ${newEmail}. We won't send mail to this address any more.` },
    { kind: "paragraph", text: "If you didn't make this change, reply to this message or contact the site's administrators at once." },
  ]);
}
