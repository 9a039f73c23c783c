import type { NotificationType } from "@/lib/generated/prisma/enums";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { SITE_NAME, siteUrl } from "@/lib/mail/config";
import { renderMail, type MailBlock } from "@/lib/mail/message-layout";
import type { OutgoingMail } from "@/lib/mail/outbox";
import { unsubscribeToken } from "@/lib/mail/unsubscribe-token";
import type { PendingNotification } from "@/lib/notifications/mail/pending-notifications";
import { FREQUENCY_LABELS, NOTIFICATION_KIND_LABELS } from "@/lib/notifications/mail/preferences";

/** Comment text in mail: plain text (no Markdown, spoilers masked), at most ~60 words and 500 characters. */
function commentExcerpt(body: string | null): string {
  const excerpt = markdownExcerpt(body ?? "", 60);
  return excerpt.length > 500 ? `${excerpt.slice(0, 499).trimEnd()}…` : excerpt;
}

function reviewLabel(n: PendingNotification): string {
  if (n.reviewTitle) return `“${n.reviewTitle}”`;
  return n.filmTitle ? `a review of ${n.filmTitle}` : "a review";
}

/** One line of what happened, as the bell says it. */
function headline(n: PendingNotification): string {
  const actor = n.actorName ?? "Someone";
  switch (n.type) {
    case "COMMENT_REPLY":
      return `${actor} replied to your comment on ${reviewLabel(n)}`;
    case "REVIEW_COMMENT":
      return `${actor} commented on your review${n.filmTitle ? ` of ${n.filmTitle}` : ""}`;
    case "MODERATION":
      return n.message ?? "A moderator made a decision about something of yours";
  }
}

function link(n: PendingNotification): string {
  if (n.commentId) return siteUrl(`/comments/${n.commentId}`);
  if (n.reviewId) return siteUrl(`/reviews/${n.reviewId}`);
  return siteUrl(n.type === "MODERATION" ? "/account-status" : "/notifications");
}

function itemBlocks(n: PendingNotification): MailBlock[] {
  const blocks: MailBlock[] = [{ kind: "paragraph", text: `${headline(n)}${n.type === "MODERATION" ? "" : ":"}` }];
  if (n.type !== "MODERATION" && n.commentBody) blocks.push({ kind: "quote", text: commentExcerpt(n.commentBody) });
  blocks.push({ kind: "link", label: n.type === "MODERATION" ? "See the details" : "Read it and reply", url: link(n) });
  return blocks;
}

function subjectFor(items: PendingNotification[], digest: boolean): string {
  if (digest) return `Your ${SITE_NAME} digest: ${items.length} new notification${items.length === 1 ? "" : "s"}`;
  const [first] = items;
  if (items.length === 1) return headline(first!);
  if (first!.type === "MODERATION") return `${items.length} moderation decisions about your account or content`;
  return `${items.length} new comments on ${reviewLabel(first!)}`;
}

/** Why they got it and how to stop it: one click, without signing in, or the preferences page. */
function footerBlocks(items: PendingNotification[], kinds: NotificationType[], unsubscribePage: string): MailBlock[] {
  const because = kinds.map((kind) => {
    const frequency = items.find((n) => n.type === kind)!.frequency;
    return `${NOTIFICATION_KIND_LABELS[kind]}: ${FREQUENCY_LABELS[frequency].toLowerCase()}`;
  });
  return [
    { kind: "paragraph", text: `You get this because of your email preferences on ${SITE_NAME} (${because.join("; ")}).` },
    { kind: "link", label: "Unsubscribe from these emails", url: unsubscribePage },
    { kind: "link", label: "Change your email preferences", url: siteUrl("/settings#email") },
  ];
}

/** The message for one group of notifications: a thread's batch, moderation news, or a day's digest. */
export function notificationMail(items: PendingNotification[], options: { digest: boolean }): OutgoingMail {
  const first = items[0]!;
  const kinds = [...new Set(items.map((n) => n.type))];
  const token = unsubscribeToken({ userId: first.userId, kinds });
  const footer = footerBlocks(items, kinds, siteUrl(`/unsubscribe?token=${token}`));
  const intro: MailBlock = {
    kind: "paragraph",
    text: options.digest ? `Hello ${first.recipientName}, here is what happened on ${SITE_NAME} since your last digest.` : `Hello ${first.recipientName},`,
  };
  const { text, html } = renderMail({ blocks: [intro, ...items.flatMap(itemBlocks)], footer });
  return {
    kind: options.digest ? "digest" : "notification",
    userId: first.userId,
    to: first.email!,
    subject: subjectFor(items, options.digest),
    text,
    html,
    unsubscribeUrl: siteUrl(`/api/unsubscribe?token=${token}`),
  };
}
