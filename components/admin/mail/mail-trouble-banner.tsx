import Link from "next/link";

/**
 * On every admin page while mail can't go out or some has failed: staff need to know that
 * password resets and notifications aren't reaching anyone.
 */
export function MailTroubleBanner({ held, pending, failed, isAdmin }: { held: boolean; pending: number; failed: number; isAdmin: boolean }) {
  if (!held && failed === 0) return null;
  return (
    <div role="alert" className="mb-6 rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950 dark:border-red-900 dark:bg-red-950/50 dark:text-red-100">
      {held ? (
        <>
          <p className="font-semibold">Email is not being sent: SMTP_URL isn&rsquo;t set.</p>
          <p className="mt-1">
            Password resets, address confirmations and notifications are not reaching anyone. They wait in the outbox ({pending} now) and go out once SMTP_URL is configured.
            {isAdmin && " Meanwhile an admin can make a one-time reset link for a member from their page under Users."}
          </p>
        </>
      ) : (
        <p className="font-semibold">
          {failed} email{failed === 1 ? "" : "s"} could not be delivered.
        </p>
      )}
      {isAdmin && (
        <p className="mt-1">
          <Link href={failed ? "/admin/mail?status=failed" : "/admin/mail?status=pending"} className="font-medium underline underline-offset-4">
            See the outbox
          </Link>
        </p>
      )}
    </div>
  );
}
