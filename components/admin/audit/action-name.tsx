/** Audit action names in words; the raw name stays visible in a title for precise searching. */
const LABELS: Record<string, string> = {
  "review.approve": "Approved review",
  "review.restore": "Restored review",
  "review.hide": "Hid review",
  "review.delete": "Deleted review",
  "review.auto-hide": "Auto-hid review",
  "review.dismiss-reports": "Dismissed reports on review",
  "comment.approve": "Approved comment",
  "comment.restore": "Restored comment",
  "comment.hide": "Hid comment",
  "comment.delete": "Deleted comment",
  "comment.auto-hide": "Auto-hid comment",
  "comment.dismiss-reports": "Dismissed reports on comment",
  "user.ban": "Banned user",
  "user.unban": "Unbanned user",
  "user.role": "Changed role",
  "user.reset-link": "Made a password reset link",
  "setting.update": "Changed setting",
  "appeal.accept": "Accepted appeal",
  "appeal.reject": "Rejected appeal",
  "film.create": "Added film",
  "film.update": "Edited film",
  "wordpress.import": "Imported from WordPress",
  "source-author.claim": "Claimed imported writing",
};

export function actionLabel(action: string): string {
  if (LABELS[action]) return LABELS[action];
  if (action.endsWith(".undo")) return `Undid: ${actionLabel(action.slice(0, -".undo".length)).toLowerCase()}`;
  return action;
}

export function ActionName({ action }: { action: string }) {
  return (
    <span title={action} className="font-medium text-ink">
      {actionLabel(action)}
    </span>
  );
}
