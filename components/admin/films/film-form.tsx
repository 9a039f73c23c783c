"use client";

import { useRouter } from "next/navigation";
import { createFilmAction, updateFilmAction } from "@/lib/actions/films";
import { useActionForm } from "@/lib/forms/use-action-form";
import { filmFormSchema, filmSlugFromTitle, type FilmFormInput } from "@/lib/validations/film";
import { Button } from "@/components/forms/button";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useNotice } from "../notice-provider";

export interface FilmFormDefaults {
  title: string;
  slug: string;
  year: string;
  director: string;
  writer: string;
  cast: string;
  logline: string;
  releaseDate: string;
  releaseRegion: string;
}

/** Adds a film, or edits one (`filmId`). The slug is made from the title unless one is typed. */
export function FilmForm({ filmId, defaults }: { filmId?: string; defaults: FilmFormDefaults }) {
  const router = useRouter();
  const { notify } = useNotice();
  const action = (values: FilmFormInput) => (filmId ? updateFilmAction({ ...values, id: filmId }) : createFilmAction(values));
  const { form, submit, formError, pending } = useActionForm(filmFormSchema, action, {
    defaultValues: defaults,
    onSuccess: (film, values) => {
      notify({ message: filmId ? `Saved ${values.title}.` : `Added ${values.title}.` });
      if (filmId) form.reset({ ...form.getValues(), slug: film.slug });
      else router.push("/admin/films");
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const autoSlug = filmSlugFromTitle(form.watch("title") ?? "") || "made-from-the-title";

  return (
    <form onSubmit={submit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <TextField label="Title" required error={errors.title?.message} {...form.register("title")} />
      </div>
      <TextField
        label="Slug"
        hint={filmId ? "The film's address. Changing it breaks old links." : `Leave blank for /films/${autoSlug}.`}
        placeholder={filmId ? undefined : autoSlug}
        error={errors.slug?.message}
        {...form.register("slug")}
      />
      <TextField label="Year" inputMode="numeric" error={errors.year?.message} {...form.register("year")} />
      <TextField label="Director" error={errors.director?.message} {...form.register("director")} />
      <TextField label="Writer" error={errors.writer?.message} {...form.register("writer")} />
      <div className="sm:col-span-2">
        <TextAreaField label="Cast" rows={5} hint="Separate names with commas or new lines, in billing order." error={errors.cast?.message} {...form.register("cast")} />
      </div>
      <div className="sm:col-span-2">
        <TextAreaField label="Logline" rows={2} error={errors.logline?.message} {...form.register("logline")} />
      </div>
      <TextField label="Release date" type="date" error={errors.releaseDate?.message} {...form.register("releaseDate")} />
      <TextField label="Release region" hint="Where that date applies, e.g. USA." error={errors.releaseRegion?.message} {...form.register("releaseRegion")} />
      {formError && (
        <div className="sm:col-span-2">
          <FormAlert>{formError}</FormAlert>
        </div>
      )}
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          {filmId ? "Save changes" : "Add film"}
        </Button>
      </div>
    </form>
  );
}
