"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { chooseImportFilmAction } from "@/lib/actions/wordpress-import";
import { useNotice } from "../notice-provider";

export interface FilmOption {
  id: string;
  title: string;
  year: number | null;
}

const NONE = "";

/**
 * The film a post (or, with `postId` null, every post that names none) is imported as a review
 * of. Saved as soon as it changes; the preview's counts follow.
 */
export function FilmSelect({ importId, postId, value, films, label, noneLabel }: { importId: string; postId: number | null; value: string | null; films: FilmOption[]; label: string; noneLabel: string }) {
  const router = useRouter();
  const id = useId();
  const { notify } = useNotice();
  const [saving, setSaving] = useState(false);

  async function change(filmId: string) {
    setSaving(true);
    const result = await chooseImportFilmAction({ importId, postId, filmId: filmId === NONE ? null : filmId });
    setSaving(false);
    if (!result.ok) notify({ message: result.error, tone: "error" });
    router.refresh();
  }

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select
        id={id}
        value={value ?? NONE}
        disabled={saving}
        aria-busy={saving || undefined}
        onChange={(event) => change(event.target.value)}
        className="h-8 w-full max-w-56 rounded-md border border-line-strong bg-surface px-2 text-sm text-ink disabled:opacity-60"
      >
        <option value={NONE}>{noneLabel}</option>
        {films.map((film) => (
          <option key={film.id} value={film.id}>
            {film.title}
            {film.year ? ` (${film.year})` : ""}
          </option>
        ))}
      </select>
    </div>
  );
}
