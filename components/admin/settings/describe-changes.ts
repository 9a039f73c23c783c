import type { Settings } from "@/lib/validations/settings";
import { SETTING_LABELS } from "./settings-form-schema";

const show = (value: unknown) => (typeof value === "boolean" ? (value ? "on" : "off") : String(value));

/** "Link threshold: 2 → 3", "Blocked words: added casino; removed spam": one line per changed setting. */
export function describeChanges(before: Settings, after: Settings): string[] {
  const lines: string[] = [];
  for (const key of Object.keys(SETTING_LABELS) as (keyof Settings)[]) {
    const label = SETTING_LABELS[key];
    if (key === "blockedWords") {
      const added = after.blockedWords.filter((word) => !before.blockedWords.includes(word));
      const removed = before.blockedWords.filter((word) => !after.blockedWords.includes(word));
      const parts = [added.length ? `added ${added.join(", ")}` : "", removed.length ? `removed ${removed.join(", ")}` : ""].filter(Boolean);
      if (parts.length) lines.push(`${label}: ${parts.join("; ")}`);
    } else if (before[key] !== after[key]) {
      lines.push(`${label}: ${show(before[key])} → ${show(after[key])}`);
    }
  }
  return lines;
}
