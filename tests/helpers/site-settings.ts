// Admin settings for a test, written straight to the Setting table (the code under test reads
// them on every request).
import { db } from "@/lib/db";
import type { Settings } from "@/lib/settings";

export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

export async function resetSetting(key: keyof Settings): Promise<void> {
  await db.setting.deleteMany({ where: { key } });
}
