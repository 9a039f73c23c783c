"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { SignOutButton } from "./sign-out-button";

const ITEM = "block w-full rounded-md px-3 py-2 text-left text-sm text-ink transition-colors hover:bg-sunken disabled:opacity-60 aria-disabled:opacity-60";

export interface UserMenuProps {
  handle: string;
  displayName: string;
  isStaff: boolean;
}

/**
 * The signed-in member's menu: a disclosure button (not an ARIA menu, so links stay links and
 * Tab works as everywhere else). Escape closes it and returns focus to the button; so does a
 * click outside, leaving focus where it went, or moving to another page.
 */
export function UserMenu({ handle, displayName, isStaff }: UserMenuProps) {
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  // Open "on this page": following a link in the menu closes it without any effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const close = () => setOpenOn(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
      button.current?.focus();
    }
  };
  const onBlur = (event: FocusEvent) => {
    if (open && event.relatedTarget && !wrapper.current?.contains(event.relatedTarget as Node)) close();
  };

  return (
    <div ref={wrapper} className="relative" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="flex items-center gap-2 rounded-full py-1 pr-2 pl-1 text-sm font-medium text-ink transition-colors hover:bg-sunken aria-expanded:bg-sunken"
      >
        <span aria-hidden="true" className="grid size-7 place-items-center rounded-full bg-accent-soft font-serif text-sm font-semibold text-accent-text uppercase">
          {(displayName.trim()[0] ?? handle[0] ?? "?").toUpperCase()}
        </span>
        <span className="max-w-[7rem] truncate max-sm:sr-only sm:max-w-[10rem]">{displayName}</span>
        <span className="sr-only">, account menu</span>
        <svg aria-hidden="true" viewBox="0 0 16 16" className={`size-3.5 text-muted transition-transform ${open ? "rotate-180" : ""}`}>
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-40 mt-2 w-60 max-w-[calc(100vw-2.5rem)] rounded-xl border border-line bg-surface p-1.5 shadow-lg"
      >
        <div className="border-b border-line px-3 pt-1.5 pb-2.5">
          <p className="truncate text-sm font-semibold text-ink">{displayName}</p>
          <p className="truncate text-xs text-muted">@{handle}</p>
        </div>
        <ul className="pt-1.5">
          <li>
            <Link href={`/users/${encodeURIComponent(handle)}`} className={ITEM}>
              Your profile
            </Link>
          </li>
          <li>
            <Link href="/settings" className={ITEM}>
              Settings
            </Link>
          </li>
          {isStaff && (
            <li>
              <Link href="/admin" className={ITEM}>
                Admin
              </Link>
            </li>
          )}
          <li className="mt-1.5 border-t border-line pt-1.5">
            <SignOutButton className={ITEM} />
          </li>
        </ul>
      </div>
    </div>
  );
}
