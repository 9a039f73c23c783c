import { isStaff } from "@/lib/permissions";
import { getCurrentUser } from "@/lib/session";
import type { HeaderAccount } from "./account-area";

/** The signed-in member as the header shows them, read for this request; null when signed out. */
export async function currentHeaderAccount(): Promise<HeaderAccount | null> {
  const user = await getCurrentUser();
  return user && { handle: user.handle, displayName: user.name?.trim() || user.handle, isStaff: isStaff(user.role), unreadNotifications: user.unreadNotifications };
}
