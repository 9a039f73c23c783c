-- CreateTable
CREATE TABLE "PageCacheExpiry" (
    "id" BIGSERIAL NOT NULL,
    "tag" TEXT NOT NULL,
    "expiredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "PageCacheExpiry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PageCacheExpiry_tag_expiredAt_idx" ON "PageCacheExpiry"("tag", "expiredAt");


-- Hand-written below: the triggers that mark cached guest pages stale.
-- Each change to what those pages show appends one row per affected tag:
--   "review:<id>"  the review's page (every sort and page of its comments);
--   "film:<slug>"  the film's page;
--   "lists"        the home page and the films index;
--   "all"          every cached page (films, people's names, settings: rare changes).
-- Rows are appended, never updated, so concurrent writers never wait on one another here.

CREATE FUNCTION "marquee_expire_pages"(tags text[]) RETURNS void
LANGUAGE sql AS $$
  -- Skip tags that came out null (a review whose film row is already gone).
  INSERT INTO "PageCacheExpiry" ("tag") SELECT DISTINCT tag FROM unnest(tags) AS tag WHERE tag IS NOT NULL;
$$;

CREATE FUNCTION "marquee_expire_review_pages"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  affected "Review";
BEGIN
  IF TG_OP = 'DELETE' THEN affected := OLD; ELSE affected := NEW; END IF;
  PERFORM "marquee_expire_pages"(ARRAY[
    'review:' || affected."id",
    'film:' || (SELECT "slug" FROM "Film" WHERE "id" = affected."filmId"),
    'lists'
  ]);
  RETURN NULL;
END;
$$;

CREATE FUNCTION "marquee_expire_comment_pages"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "marquee_expire_pages"(ARRAY['review:' || OLD."reviewId"]);
  ELSE
    PERFORM "marquee_expire_pages"(ARRAY['review:' || NEW."reviewId"]);
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "marquee_expire_all_pages"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "marquee_expire_pages"(ARRAY['all']);
  RETURN NULL;
END;
$$;

-- Counters (commentCount, helpfulCount, upvoteCount) live on these rows, so votes and new
-- comments reach the pages through the same triggers.
CREATE TRIGGER "Review_expire_pages" AFTER INSERT OR UPDATE OR DELETE ON "Review"
  FOR EACH ROW EXECUTE FUNCTION "marquee_expire_review_pages"();

CREATE TRIGGER "Comment_expire_pages" AFTER INSERT OR UPDATE OR DELETE ON "Comment"
  FOR EACH ROW EXECUTE FUNCTION "marquee_expire_comment_pages"();

CREATE TRIGGER "Film_expire_pages" AFTER INSERT OR UPDATE OR DELETE ON "Film"
  FOR EACH STATEMENT EXECUTE FUNCTION "marquee_expire_all_pages"();

CREATE TRIGGER "SourceAuthor_expire_pages" AFTER INSERT OR UPDATE OR DELETE ON "SourceAuthor"
  FOR EACH STATEMENT EXECUTE FUNCTION "marquee_expire_all_pages"();

CREATE TRIGGER "Setting_expire_pages" AFTER INSERT OR UPDATE OR DELETE ON "Setting"
  FOR EACH STATEMENT EXECUTE FUNCTION "marquee_expire_all_pages"();

-- Only what pages show of a person: their name, handle, picture, role and whether they
-- deleted their account (sign-ins, password changes and bans leave cached pages alone).
CREATE TRIGGER "User_expire_pages" AFTER UPDATE ON "User"
  FOR EACH ROW
  WHEN (OLD."name" IS DISTINCT FROM NEW."name"
     OR OLD."handle" IS DISTINCT FROM NEW."handle"
     OR OLD."image" IS DISTINCT FROM NEW."image"
     OR OLD."role" IS DISTINCT FROM NEW."role"
     OR OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt")
  EXECUTE FUNCTION "marquee_expire_all_pages"();
