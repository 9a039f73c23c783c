import { connection } from "next/server";
import { withDatabase } from "@/lib/database/unavailable-response";
import { listLatestReviews } from "@/lib/queries/reviews";
import { reviewsRssFeed } from "@/lib/seo/rss-feed";

const FEED_SIZE = 50;

/** /feed.xml: the latest published reviews as RSS 2.0, read from the database on each request (503 without it). */
export const GET = withDatabase("text", async (): Promise<Response> => {
  await connection();
  const reviews = await listLatestReviews(FEED_SIZE);
  return new Response(reviewsRssFeed(reviews), {
    headers: {
      "Content-Type": "application/rss+xml; charset=utf-8",
      // Feed readers poll; a few minutes' caching in between is harmless.
      "Cache-Control": "public, max-age=300",
    },
  });
});
