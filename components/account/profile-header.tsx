import type { PublicProfile } from "@/lib/queries/users";
import { formatCalendarDate } from "@/lib/format/dates";
import { MetaLine } from "@/components/ui/meta-line";
import { RoleBadge } from "./role-badge";

/** The top of a profile: name, @handle, staff badge, how long they've been here, and their bio. */
export function ProfileHeader({ profile, displayName }: { profile: PublicProfile; displayName: string }) {
  return (
    <header>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h1 className="font-serif text-4xl font-semibold tracking-tight break-words sm:text-5xl">{displayName}</h1>
        <RoleBadge role={profile.role} />
      </div>
      <MetaLine className="mt-2 text-sm text-muted">
        <span className="font-medium text-ink">@{profile.handle}</span>
        <span>
          Member since <time dateTime={profile.memberSince.toISOString()}>{formatCalendarDate(profile.memberSince)}</time>
        </span>
      </MetaLine>
      {profile.bio ? (
        <p className="mt-5 max-w-[60ch] font-serif text-lg leading-relaxed whitespace-pre-line text-ink/90">{profile.bio}</p>
      ) : null}
    </header>
  );
}
