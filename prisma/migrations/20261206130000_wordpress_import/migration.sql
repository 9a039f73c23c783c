-- CreateEnum
CREATE TYPE "WordPressImportStatus" AS ENUM ('SCANNING', 'READY', 'IMPORTING', 'DONE', 'FAILED');

-- AlterEnum
ALTER TYPE "ModerationTarget" ADD VALUE 'IMPORT';

-- AlterTable
ALTER TABLE "SourceAuthor" ADD COLUMN     "claimedAt" TIMESTAMP(3),
ADD COLUMN     "claimedById" TEXT,
ADD COLUMN     "email" TEXT;

-- CreateTable
CREATE TABLE "WordPressSite" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WordPressSite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WordPressPost" (
    "siteId" TEXT NOT NULL,
    "postId" INTEGER NOT NULL,
    "reviewId" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "path" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WordPressPost_pkey" PRIMARY KEY ("siteId","postId")
);

-- CreateTable
CREATE TABLE "WordPressImport" (
    "id" TEXT NOT NULL,
    "createdById" TEXT,
    "fileName" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "status" "WordPressImportStatus" NOT NULL DEFAULT 'SCANNING',
    "progress" JSONB,
    "preview" JSONB,
    "filmChoices" JSONB NOT NULL DEFAULT '{}',
    "defaultFilmId" TEXT,
    "report" JSONB,
    "error" TEXT,
    "heartbeatAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WordPressImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WordPressImportChunk" (
    "importId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "WordPressImportChunk_pkey" PRIMARY KEY ("importId","seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "WordPressSite_url_key" ON "WordPressSite"("url");

-- CreateIndex
CREATE UNIQUE INDEX "WordPressPost_reviewId_key" ON "WordPressPost"("reviewId");

-- CreateIndex
CREATE INDEX "WordPressPost_postId_idx" ON "WordPressPost"("postId");

-- CreateIndex
CREATE INDEX "WordPressPost_path_idx" ON "WordPressPost"("path");

-- CreateIndex
CREATE INDEX "WordPressImport_createdAt_idx" ON "WordPressImport"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "SourceAuthor_email_idx" ON "SourceAuthor"("email");

-- CreateIndex
CREATE INDEX "SourceAuthor_claimedById_idx" ON "SourceAuthor"("claimedById");

-- AddForeignKey
ALTER TABLE "SourceAuthor" ADD CONSTRAINT "SourceAuthor_claimedById_fkey" FOREIGN KEY ("claimedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WordPressPost" ADD CONSTRAINT "WordPressPost_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "WordPressSite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WordPressPost" ADD CONSTRAINT "WordPressPost_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WordPressImport" ADD CONSTRAINT "WordPressImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WordPressImportChunk" ADD CONSTRAINT "WordPressImportChunk_importId_fkey" FOREIGN KEY ("importId") REFERENCES "WordPressImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- ----- Written by hand -----

-- A member can claim imported content (lib/wordpress/claims.ts): it then has both authors, the
-- member it shows under and the source it came from (which keeps a review on the critics' side).
-- So "exactly one author" becomes "at least one".
ALTER TABLE "Review" DROP CONSTRAINT "Review_one_author";
ALTER TABLE "Review" ADD CONSTRAINT "Review_has_author" CHECK ("authorId" IS NOT NULL OR "sourceAuthorId" IS NOT NULL);
ALTER TABLE "Comment" DROP CONSTRAINT "Comment_one_author";
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_has_author" CHECK ("authorId" IS NOT NULL OR "sourceAuthorId" IS NOT NULL);

-- Claiming compares addresses as stored: lower-cased, like User.email.
ALTER TABLE "SourceAuthor" ADD CONSTRAINT "SourceAuthor_email_lower" CHECK ("email" = lower("email"));
ALTER TABLE "SourceAuthor" ADD CONSTRAINT "SourceAuthor_claim_complete" CHECK (("claimedById" IS NULL) = ("claimedAt" IS NULL));

-- Old links: /?p=<id> is a positive post id; paths start with a slash and are never the root.
ALTER TABLE "WordPressPost" ADD CONSTRAINT "WordPressPost_post_id_positive" CHECK ("postId" > 0);
ALTER TABLE "WordPressPost" ADD CONSTRAINT "WordPressPost_path_absolute" CHECK (left("path", 1) = '/' AND "path" <> '/');

-- An import inserts a post's comments a few thousand rows per statement. The page-expiry
-- trigger on Comment ran once per row, appending one identical "review:<id>" row to
-- PageCacheExpiry per comment; once per statement, over the statement's rows, it appends one
-- per review, and a single-row write (everything else the app does) behaves as before.
DROP TRIGGER "Comment_expire_pages" ON "Comment";

CREATE FUNCTION "marquee_expire_changed_comment_pages"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Comments never move between reviews, so an update's new rows name every review it touched.
  IF TG_OP = 'DELETE' THEN
    PERFORM "marquee_expire_pages"(ARRAY(SELECT 'review:' || "reviewId" FROM changed_old));
  ELSE
    PERFORM "marquee_expire_pages"(ARRAY(SELECT 'review:' || "reviewId" FROM changed_new));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Comment_expire_pages_insert" AFTER INSERT ON "Comment"
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION "marquee_expire_changed_comment_pages"();
CREATE TRIGGER "Comment_expire_pages_update" AFTER UPDATE ON "Comment"
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION "marquee_expire_changed_comment_pages"();
CREATE TRIGGER "Comment_expire_pages_delete" AFTER DELETE ON "Comment"
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION "marquee_expire_changed_comment_pages"();

DROP FUNCTION "marquee_expire_comment_pages"();
