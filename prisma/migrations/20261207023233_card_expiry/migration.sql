-- Hand-written: a review's comment count is on its card, wherever the card is listed (the home
-- page's latest reviews, its film's pages), and a comment posted, approved, hidden or deleted
-- changes nothing else about the review. Such a change expired "film:<slug>" and "lists" (the
-- 20261122060000 migration): every film page and the home page, once per comment, whether the
-- review's card was on them or not. A shared page's cache entry now also carries a tag per card
-- it shows, "review-card:<id>" (lib/page-cache/shared-page.tsx), so a change to the count alone
-- expires the review's own pages and the pages showing its card, and no other.
--
-- Any other change to a review (its text, rating or state, a helpful vote: the "helpful" sort
-- orders a film's reviews by that count) expires what it did before, and its card too, so that
-- "review-card:<id>" always means: the card shows something else now.

CREATE OR REPLACE FUNCTION "marquee_expire_review_pages"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  affected "Review";
BEGIN
  -- Compared as JSON so that a column added later counts as a change without this being edited
  -- (and a column without an equality operator can't break every update of a review).
  IF TG_OP = 'UPDATE' AND to_jsonb(OLD) - 'commentCount' = to_jsonb(NEW) - 'commentCount' THEN
    PERFORM "marquee_expire_pages"(ARRAY['review:' || NEW."id", 'review-card:' || NEW."id"]);
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN affected := OLD; ELSE affected := NEW; END IF;
  PERFORM "marquee_expire_pages"(ARRAY[
    'review:' || affected."id",
    'review-card:' || affected."id",
    'film:' || (SELECT "slug" FROM "Film" WHERE "id" = affected."filmId"),
    'lists'
  ]);
  RETURN NULL;
END;
$$;
