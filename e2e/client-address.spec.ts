import { expect, test } from "@playwright/test";
import pg from "pg";

// A script that rotates X-Forwarded-For must still meet the per-address sign-in limit (30 per
// 15 minutes): the app counts the address that connected (server.mjs), and Next.js alone would
// pass the made-up header on. Against the real server, through Auth.js's own endpoint.
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

function testDatabaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests with `npm run test:e2e`.");
  return url;
}

/** Every browser test signs in from this same loopback address: start from a whole allowance, and give it back. */
async function resetAddressLimits() {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(`DELETE FROM "RateLimit" WHERE "key" LIKE 'sign-in:ip:%'`);
  } finally {
    await client.end();
  }
}
test.beforeAll(resetAddressLimits);
test.afterAll(resetAddressLimits);

test("rotating X-Forwarded-For doesn't get a client past the per-address sign-in limit", async ({ request }) => {
  test.setTimeout(120_000); // 31 password checks
  const refusals: string[] = [];
  for (let attempt = 1; attempt <= 31; attempt++) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email: `stuffed-${run}-${attempt}@example.com`, password: "a leaked password", csrfToken },
      headers: { "X-Forwarded-For": `198.51.100.${attempt}`, "X-Real-IP": `198.51.100.${attempt}` },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
    refusals.push(new URL(response.headers().location!).searchParams.get("code") ?? "none");
  }
  // Thirty wrong passwords, then the limit, although each attempt claimed a new address.
  expect(refusals.slice(0, 30)).toEqual(Array(30).fill("credentials"));
  expect(refusals[30]).toBe("rate_limited");
});
