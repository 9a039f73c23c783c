// Dates stay UTC on a PostgreSQL set to another time zone (a Debian server takes the
// machine's): the import's hand-written SQL must store what Prisma would. This file's database
// is set to New York time.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importWordPress } from "@/lib/wordpress/import-run";
import { handFixture } from "../helpers/wordpress-fixtures";
import { runDatabaseIn } from "../helpers/database-time-zone";

beforeAll(async () => {
  // The app's connections (opened from here on) run in New York time.
  await runDatabaseIn("America/New_York");
  await db.film.create({ data: { slug: "her", title: "Her", cast: [] } });
});

describe("on a database not set to UTC", () => {
  it("stores every imported date in UTC, to the second", async () => {
    await importWordPress(db, handFixture("dates.xml"));
    const reviews = await db.review.findMany({ select: { title: true, createdAt: true }, orderBy: { createdAt: "asc" } });
    expect(reviews.map((review) => [review.title, review.createdAt.toISOString()])).toEqual([
      ["Winter post", "2014-01-20T10:00:00.000Z"],
      ["Summer sample", "2014-07-10T10:00:00.000Z"],
      ["Summer post with no GMT date", "2014-07-14T07:30:00.000Z"],
    ]);
    const comments = await db.comment.findMany({ select: { body: true, createdAt: true }, orderBy: { createdAt: "asc" } });
    expect(comments.map((comment) => comment.createdAt.toISOString())).toEqual([
      "2014-01-20T22:45:10.000Z",
      // 00:15 in Paris (UTC+1 in January), read in the zone the file's dates show.
      "2014-01-20T23:15:00.000Z",
    ]);
  });
});
