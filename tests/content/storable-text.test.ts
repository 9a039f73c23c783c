// Text PostgreSQL can't store as written: a NUL byte (it refuses it, error 22021, which used to
// surface as a 500 or "Something went wrong") and a lone surrogate (half an emoji, which used to
// be stored silently as U+FFFD). Every text field and every search parameter goes through one
// refinement (storableText in lib/validations/text.ts): a clear message on the field, nothing
// written, and never a database error.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { changePasswordAction, updateProfileAction } from "@/lib/actions/account";
import { signInAction, signUpAction } from "@/lib/actions/auth";
import { editCommentAction } from "@/lib/actions/comments";
import { createFilmAction } from "@/lib/actions/films";
import { fileAppealAction } from "@/lib/actions/moderation/appeals";
import { reportContentAction } from "@/lib/actions/moderation/reports";
import { updateSettingsAction } from "@/lib/actions/moderation/settings";
import { banUserAction } from "@/lib/actions/moderation/users";
import { createReviewAction } from "@/lib/actions/reviews";
import { db } from "@/lib/db";
import { listAuditLog } from "@/lib/queries/admin/audit";
import { parseAuditFilters } from "@/lib/queries/admin/audit-filters";
import { listQueue } from "@/lib/queries/admin/queue";
import { parseQueueFilters } from "@/lib/queries/admin/queue-filters";
import { parseUserFilters, searchUsers } from "@/lib/queries/admin/users";
import { searchSite } from "@/lib/queries/search";
import { authorizeWithPassword } from "@/lib/users/password-sign-in";
import { settingsTextFormSchema } from "@/components/admin/settings/settings-form-schema";
import { actAs } from "../helpers/acting-as";
import { expectFieldError, expectOk } from "../helpers/action-results";
import { postCommentAs, postedComment } from "../helpers/comment-posting";
import { createTestFilm, createTestReview, createTestUser, TEST_PASSWORD } from "../helpers/fixtures";
import { setSetting } from "../helpers/site-settings";

type User = Awaited<ReturnType<typeof createTestUser>>;

const NUL = "\u0000";
/** The first half of 😀 (U+D83D U+DE00) on its own. */
const HALF_EMOJI = "\ud83d";
const BAD = { "a NUL byte": NUL, "a lone surrogate": HALF_EMOJI } as const;

let member: User;
let moderator: User;
let admin: User;
let reviewId: string;

beforeAll(async () => {
  member = await createTestUser({ withPassword: true });
  moderator = await createTestUser({ role: "MODERATOR" });
  admin = await createTestUser({ role: "ADMIN" });
  reviewId = (await createTestReview({ authorId: (await createTestUser()).id })).id;
  await setSetting("holdFirstTimePosters", false);
});

describe.each(Object.entries(BAD))("%s", (name, bad) => {
  const messageFor = name === "a NUL byte" ? /null character/ : /broken character/;

  it("is refused in a comment, on its body, and nothing is stored (not even as U+FFFD)", async () => {
    const before = await db.comment.count();
    const failure = expectFieldError(await postCommentAs(member, { reviewId, body: `Lovely film ${bad} really` }), "body");
    expect(failure.fieldErrors?.body?.join(" ")).toMatch(messageFor);
    expect(await db.comment.count()).toBe(before);
    expect(await db.comment.count({ where: { body: { contains: "\ufffd" } } })).toBe(0);

    const { commentId } = await postedComment(member, { reviewId, body: `A fine comment (${name})` });
    expectFieldError(await editCommentAction({ commentId, body: `Edited ${bad}` }), "body");
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).body).toBe(`A fine comment (${name})`);
  });

  it("is refused in a review's title and text", async () => {
    actAs(member);
    const film = await createTestFilm();
    const review = { filmId: film.id, rating: 8, title: "Fine", body: "Fine.", hasSpoilers: false };
    expectFieldError(await createReviewAction({ ...review, title: `Her ${bad}` }), "title");
    expectFieldError(await createReviewAction({ ...review, body: `Warm ${bad}` }), "body");
    expect(await db.review.count({ where: { filmId: film.id } })).toBe(0);
  });

  it("is refused in a profile, and in every field of the sign-up form", async () => {
    actAs(member);
    for (const field of ["name", "handle", "bio"] as const) {
      const profile = { name: "Mai", handle: member.handle, bio: "", [field]: `mai${bad}` };
      expectFieldError(await updateProfileAction(profile), field);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).name).toBe(member.name);

    actAs(null);
    const signUp = { email: "nul-test@example.com", handle: "nultester", name: "Nul Tester", password: "a long enough passphrase" };
    for (const field of ["email", "handle", "name", "password"] as const) {
      const value = field === "email" ? `nul${bad}-test@example.com` : `${signUp[field]}${bad}`;
      expectFieldError(await signUpAction({ ...signUp, [field]: value }), field);
    }
    expect(await db.user.count({ where: { handle: "nultester" } })).toBe(0);
  });

  it("is refused in a password, new or current", async () => {
    actAs(member);
    expectFieldError(await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: `a good new passphrase ${bad}` }), "newPassword");
    expectFieldError(await changePasswordAction({ currentPassword: `${TEST_PASSWORD}${bad}`, newPassword: "a good new passphrase" }), "currentPassword");
  });

  it("is refused in the sign-in form with a message on the field, not 'Something went wrong'", async () => {
    actAs(null);
    const emailFailure = expectFieldError(await signInAction({ email: `mai${bad}@example.com`, password: TEST_PASSWORD }), "email");
    expect(emailFailure.error).not.toMatch(/went wrong/);
    expectFieldError(await signInAction({ email: member.email!, password: `${TEST_PASSWORD}${bad}` }), "password");
    // What Auth.js's Credentials provider calls: a refusal, not a database error.
    await expect(authorizeWithPassword({ email: `mai${bad}@example.com`, password: TEST_PASSWORD }, new Request("http://localhost/"))).resolves.toBeNull();
  });

  it("is refused in reports, bans and appeals, on the field it is in", async () => {
    const { commentId } = await postedComment(member, { reviewId, body: `Report me (${name})` });
    actAs(moderator);
    expectFieldError(await reportContentAction({ kind: "COMMENT", id: commentId, reason: "OTHER", details: `Rude ${bad}` }), "details");
    const target = await createTestUser();
    expectFieldError(await banUserAction({ userId: target.id, duration: "1d", reason: `Trolling ${bad}` }), "reason");
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).bannedAt).toBeNull();

    actAs(admin);
    expectOk(await banUserAction({ userId: target.id, duration: "1d", reason: "Trolling" }));
    const ban = await db.moderationAction.findFirstOrThrow({ where: { targetId: target.id, action: "user.ban" } });
    actAs(target);
    expectFieldError(await fileAppealAction({ actionId: ban.id, body: `Please look again ${bad}` }), "body");
    expect(await db.appeal.count({ where: { userId: target.id } })).toBe(0);
  });

  it("is refused in a film's fields and in the blocked words, with a message in words", async () => {
    actAs(admin);
    const film = { title: "Her", slug: null, year: 2013, director: null, writer: null, cast: [], logline: null, releaseDate: null, releaseRegion: null };
    expectFieldError(await createFilmAction({ ...film, title: `Her${bad}` }), "title");
    expectFieldError(await createFilmAction({ ...film, director: `Spike${bad}` }), "director");
    expectFieldError(await createFilmAction({ ...film, cast: `Joaquin Phoenix, Amy${bad} Adams` }), "cast");
    expect(await db.film.count({ where: { title: { startsWith: "Her" } } })).toBe(0);

    expectFieldError(await updateSettingsAction({ blockedWords: ["fine", `bad${bad}`] }), "blockedWords.1");
    expect(await db.setting.count({ where: { key: "blockedWords" } })).toBe(0);
    const form = settingsTextFormSchema.shape.blockedWords.safeParse(`fine\nbad${bad}`);
    expect(form.error?.issues[0]?.message).toMatch(messageFor);
  });

  it("in a search parameter is ignored, never a database error", async () => {
    const filters = { q: `mai${bad}`, author: `a${bad}`, actor: `${bad}` };
    await expect(searchUsers(parseUserFilters(filters))).resolves.toMatchObject({ page: 1 });
    await expect(listQueue(parseQueueFilters(filters))).resolves.toMatchObject({ page: 1 });
    await expect(listAuditLog(parseAuditFilters(filters))).resolves.toMatchObject({ page: 1 });
    expect(parseUserFilters(filters).q).toBe("");
    expect(parseQueueFilters(filters)).toMatchObject({ q: "", author: "" });
    expect(parseAuditFilters(filters).actor).toBe("");
    expect((await searchSite(`her${bad}`)).query).toBe("");
  });
});

it("keeps whole emoji, and the ordinary characters around them", async () => {
  const body = "Loved it 😀 — “tender”, naïve, 東京";
  const { commentId } = await postedComment(member, { reviewId, body });
  expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).body).toBe(body);
});
