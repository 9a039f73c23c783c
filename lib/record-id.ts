import cuid from "@bugsnag/cuid";

/**
 * An id for a row written with raw SQL, in the same format as the schema's @default(cuid()):
 * Prisma's generator is this same cuid algorithm, but it is not exported.
 */
export function newRecordId(): string {
  return cuid();
}
