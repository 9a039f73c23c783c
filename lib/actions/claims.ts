"use server";

import { revalidatePath } from "next/cache";
import { fail, ok } from "@/lib/action-result";
import { defineAction, SIGNED_IN } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import { claimImportedWriting } from "@/lib/users/claim-imported-writing";
import { claimImportedWritingSchema } from "@/lib/validations/claims";

/** The signed-in member claims what was imported under their verified address (lib/users/claim-imported-writing.ts). */
export const claimImportedWritingAction = defineAction({ schema: claimImportedWritingSchema, access: SIGNED_IN }, async (_input, caller) => {
  const result = await claimImportedWriting(db, caller.id);
  if (!result) return fail("Nothing imported here was written under your verified email address.");
  revalidatePath("/settings");
  revalidatePath(`/users/${caller.handle}`);
  return ok(result);
});
