import type { Metadata } from "next";
import Link from "next/link";
import { loadSettings } from "@/lib/settings";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { SettingsForm } from "@/components/admin/settings/settings-form";
import { requireStaffPage } from "../staff-guard";

export const metadata: Metadata = { title: "Settings" };

/** Admins only: moderators get a 404 here, and the action refuses them too. */
export default async function SettingsPage() {
  await requireStaffPage("/admin/settings", "ADMIN");
  const settings = await loadSettings();
  return (
    <>
      <AdminPageHeader title="Settings">
        Hold rules, thread depth, the edit window and the auto-hide threshold. Every change is written to the{" "}
        <Link href="/admin/audit?target=SETTING" className="underline underline-offset-4">
          audit log
        </Link>
        .
      </AdminPageHeader>
      <SettingsForm settings={settings} />
    </>
  );
}
