import { z } from "zod";

/** Claiming takes no input: what is claimed follows from the member's verified address alone. */
export const claimImportedWritingSchema = z.object({}).strict();
