import type { ReportReason } from "@/lib/generated/prisma/enums";

/** How a report's reason reads, to the reporter choosing it and to the moderator reading it. */
export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  SPAM: "Spam",
  ABUSE: "Abuse",
  SPOILER: "Untagged spoiler",
  OFF_TOPIC: "Off-topic",
  OTHER: "Other",
};

export const REPORT_REASON_HINTS: Record<ReportReason, string> = {
  SPAM: "Advertising, scams or repeated junk.",
  ABUSE: "Harassment, hate or threats.",
  SPOILER: "Gives away the plot without a spoiler warning.",
  OFF_TOPIC: "Not about the film or the discussion.",
  OTHER: "Something else; tell us what.",
};
