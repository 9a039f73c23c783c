import { withDatabase } from "@/lib/database/unavailable-response";
import { getCurrentUser } from "@/lib/session";
import { exportAccount } from "@/lib/users/export-account";

/**
 * GET /api/account/export: everything the signed-in member wrote, as a JSON download.
 * Banned members may export too (it is their data); anonymous callers get a 401; 503 without the database.
 */
export const GET = withDatabase("json", async () => {
  const user = await getCurrentUser();
  if (!user) {
    return Response.json({ error: "Sign in to download your data." }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  const data = await exportAccount(user.id);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="marquee-${user.handle}-${date}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
