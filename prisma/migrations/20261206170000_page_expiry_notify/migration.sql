-- Hand-written: every row appended to "PageCacheExpiry" is also announced on the channel
-- "marquee_page_expiry", so that each app instance keeps the tags' expiry times in memory
-- (lib/cache/page-expiry-listener.mjs) and a cache hit needs no query. The trigger sits on the
-- table itself, so whatever appends a row (the triggers of the 20261122060000 migration, a
-- script, direct SQL) is announced alike. Notifications go out when the transaction commits,
-- and not at all if it rolls back, as the rows do.
--
-- One notification per statement and tag: {"tag": "review:<id>", "ageMs": <how long before
-- now the row says it expired>}. "ageMs" is 0 for rows the triggers write; the instance
-- subtracts it from the time it receives the notification, so that instances and the database
-- need not agree on the time of day.

CREATE FUNCTION "marquee_announce_page_expiry"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('marquee_page_expiry', json_build_object(
    'tag', "tag",
    'ageMs', round(EXTRACT(EPOCH FROM clock_timestamp() - max("expiredAt")) * 1000)
  )::text)
  FROM appended GROUP BY "tag";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "PageCacheExpiry_announce" AFTER INSERT ON "PageCacheExpiry"
  REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION "marquee_announce_page_expiry"();
