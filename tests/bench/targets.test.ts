// The bench's target list: each page measured anonymously and then as a member's page view (the
// page and its viewer layer), the action last; and signed-in requests rotating members.
import { describe, expect, it } from "vitest";
import type { BenchDataset } from "@/scripts/bench/dataset";
import { parseBenchOptions } from "@/scripts/bench/options";
import { MemberRotation } from "@/scripts/bench/sessions";
import { requestsFor } from "@/scripts/bench/target-requests";
import { benchTargets, TARGET_NAMES } from "@/scripts/bench/targets";

const data: BenchDataset = {
  bigFilmSlug: "bench-film-001",
  typicalFilmSlug: "bench-film-002",
  reviews: { comments2k: "br000001", comments10k: "br000002", comments10: "br000003", postTarget: "br000004" },
  memberIds: ["bu000001", "bu000002", "bu000003"],
};

describe("bench targets", () => {
  const targets = benchTargets(data);

  it("runs each page, then the same page signed in (and the big review without compression), then the action", () => {
    expect(targets.map((target) => target.name)).toEqual([
      "home",
      "home-signed-in",
      "film-2k-reviews",
      "film-2k-reviews-signed-in",
      "film-2k-reviews-under-writes",
      "review-2k-comments",
      "review-2k-comments-signed-in",
      "review-2k-comments-uncompressed",
      "review-2k-comments-under-writes",
      "review-10k-comments",
      "review-10k-comments-signed-in",
      "post-comment",
    ]);
    expect(TARGET_NAMES).toEqual(targets.map((target) => target.name));
  });

  it("gives a signed-in page its anonymous counterpart's page, goals and small counterpart", () => {
    for (const page of targets.filter((target) => target.kind === "page" && !target.signedIn && !target.uncompressed && !target.writer)) {
      const signedIn = targets.find((target) => target.name === `${page.name}-signed-in`)!;
      // The same page and goals; only the name, the label and the cookie differ.
      expect({ ...signedIn, name: page.name, label: page.label, signedIn: false, smallCounterpart: page.smallCounterpart }).toEqual(page);
      expect(signedIn).toMatchObject({ label: `${page.label} (signed in)`, signedIn: true });
      expect(signedIn.smallCounterpart).toEqual(page.smallCounterpart && { ...page.smallCounterpart, label: `${page.smallCounterpart.label} (signed in)` });
    }
    expect(targets.find((target) => target.name === "review-2k-comments-signed-in")?.label).toBe("Review page, 2,000 comments (signed in)");
  });

  it("accepts the signed-in names in --only", () => {
    expect(parseBenchOptions(["--only", "review-2k-comments, review-2k-comments-signed-in"]).only).toEqual(["review-2k-comments", "review-2k-comments-signed-in"]);
  });
});

describe("page requests", () => {
  const page = (name: string) => benchTargets(data).find((target) => target.name === name)!;

  it("sends a signed-in page view as the page and then its viewer layer, each view as the next member", async () => {
    const members = await MemberRotation.create("a bench secret", data.memberIds);
    const requests = requestsFor(page("review-2k-comments-signed-in"), { actionId: "unused", members });
    const [pageStep, layerStep] = requests.load.steps;
    expect(requests.load.steps).toHaveLength(2);
    const views = [{}, {}].map((cycle) => [pageStep!.nextRequest!(cycle), layerStep!.nextRequest!(cycle)] as const);
    for (const [pageRequest, layerRequest] of views) {
      expect(pageRequest).toMatchObject({ method: "GET", path: "/reviews/br000001" });
      expect(layerRequest).toMatchObject({ method: "GET", path: "/api/viewer?review=br000001" });
      // One view, one member: the layer is asked for with the page's cookie.
      expect(layerRequest.headers.cookie).toBe(pageRequest.headers.cookie);
      expect(pageRequest.headers.cookie).toMatch(/^authjs\.session-token=/);
    }
    expect(views[0]![0].headers.cookie).not.toBe(views[1]![0].headers.cookie);
    expect(layerStep!.succeeded!('{"account":null}')).toBe(false);
    expect(layerStep!.succeeded!('{"account":{"handle":"bench1"}}')).toBe(true);
    expect(requestsFor(page("home-signed-in"), { actionId: "unused", members }).load.steps[1]!.path).toBe("/api/viewer");
    expect(requestsFor(page("film-2k-reviews-signed-in"), { actionId: "unused", members }).load.steps[1]!.path).toBe("/api/viewer?film=bench-film-001");
  });

  it("sends anonymous page requests without a cookie, accepting compression as browsers do", async () => {
    const members = await MemberRotation.create("a bench secret", data.memberIds);
    const requests = requestsFor(page("home"), { actionId: "unused", members });
    const browser = { "accept-encoding": "gzip, deflate, br" };
    expect(requests.load.steps).toEqual([{ path: "/", headers: browser }]);
    expect(requests.pageHeaders!()).toEqual(browser);
    // A member's page is asked for the same way.
    const signedIn = requestsFor(page("home-signed-in"), { actionId: "unused", members }).load.steps[0]!.nextRequest!({});
    expect(signedIn.headers).toMatchObject(browser);
  });

  it("measures the big review once without Accept-Encoding, to show what compression costs", async () => {
    const members = await MemberRotation.create("a bench secret", data.memberIds);
    const target = page("review-2k-comments-uncompressed");
    expect(target).toMatchObject({ path: "/reviews/br000001", signedIn: false, uncompressed: true, label: "Review page, 2,000 comments (no Accept-Encoding)" });
    const requests = requestsFor(target, { actionId: "unused", members });
    expect(requests.load.steps).toEqual([{ path: "/reviews/br000001", headers: {} }]);
    expect(requests.pageHeaders!()).toEqual({});
  });

  it("loads the big review as a signed-out reader while a writer comments on it, against the same page without writes", () => {
    expect(page("review-2k-comments-under-writes")).toMatchObject({
      path: "/reviews/br000001",
      reviewId: "br000001",
      signedIn: false,
      writer: { reviewId: "br000001" },
      goals: { minShareOf: { target: "review-2k-comments", share: 0.7 }, maxVisibleP95Ms: 2_000 },
    });
  });

  it("loads the big film's page as a signed-out reader while a writer comments on a review not on it", () => {
    expect(page("film-2k-reviews-under-writes")).toMatchObject({
      path: "/films/bench-film-001",
      signedIn: false,
      writer: { reviewId: "br000001" },
      goals: { minShareOf: { target: "film-2k-reviews", share: 0.7 } },
    });
    expect(page("film-2k-reviews-under-writes").reviewId).toBeUndefined();
  });
});
