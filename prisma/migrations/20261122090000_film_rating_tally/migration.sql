-- CreateTable
CREATE TABLE "FilmRatingTally" (
    "filmId" TEXT NOT NULL,
    "isCritic" BOOLEAN NOT NULL,
    "rating" INTEGER NOT NULL,
    "reviews" INTEGER NOT NULL,

    CONSTRAINT "FilmRatingTally_pkey" PRIMARY KEY ("filmId","isCritic","rating")
);

-- AddForeignKey
ALTER TABLE "FilmRatingTally" ADD CONSTRAINT "FilmRatingTally_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Kept by Review's writes: a published review counts once at (film, side, rating), with
-- rating 0 for "no rating". An update moves the count only when one of those, or the state,
-- changed (an UPDATE may name a column and leave it as it was).
CREATE FUNCTION "marquee_tally_film_ratings"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD."state", OLD."filmId", OLD."sourceAuthorId" IS NOT NULL, OLD."rating")
         IS NOT DISTINCT FROM (NEW."state", NEW."filmId", NEW."sourceAuthorId" IS NOT NULL, NEW."rating") THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."state" = 'PUBLISHED' THEN
    UPDATE "FilmRatingTally" SET "reviews" = "reviews" - 1
    WHERE "filmId" = OLD."filmId" AND "isCritic" = (OLD."sourceAuthorId" IS NOT NULL) AND "rating" = COALESCE(OLD."rating", 0);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."state" = 'PUBLISHED' THEN
    INSERT INTO "FilmRatingTally" ("filmId", "isCritic", "rating", "reviews")
    VALUES (NEW."filmId", NEW."sourceAuthorId" IS NOT NULL, COALESCE(NEW."rating", 0), 1)
    ON CONFLICT ("filmId", "isCritic", "rating") DO UPDATE SET "reviews" = "FilmRatingTally"."reviews" + 1;
  END IF;
  RETURN NULL;
END;
$$;

-- Only updates that name one of these columns call it: counters (a new comment, a helpful
-- vote) change Review rows far more often than ratings do.
CREATE TRIGGER "Review_tally_film_ratings" AFTER INSERT OR DELETE OR UPDATE OF "state", "filmId", "sourceAuthorId", "rating" ON "Review"
  FOR EACH ROW EXECUTE FUNCTION "marquee_tally_film_ratings"();

-- The reviews already written.
INSERT INTO "FilmRatingTally" ("filmId", "isCritic", "rating", "reviews")
SELECT "filmId", "sourceAuthorId" IS NOT NULL, COALESCE("rating", 0), COUNT(*)::int
FROM "Review" WHERE "state" = 'PUBLISHED'
GROUP BY 1, 2, 3;
