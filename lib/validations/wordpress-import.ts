import { z } from "zod";
import { idField } from "./text";

export const importIdSchema = z.object({ importId: idField });

/** A post's film in the preview (`postId`), or the film for posts that match none (`postId` null); `filmId` null for none. */
export const importFilmSchema = z.object({
  importId: idField,
  postId: z.number({ error: "Unknown post." }).int().positive().max(2_147_483_647).nullable(),
  filmId: idField.nullable(),
});
export type ImportFilmInput = z.input<typeof importFilmSchema>;
