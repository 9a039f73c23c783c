// The rules that decide what an email, a handle, a display name or a password may be.
// Pure functions, no database: these are what sign-up, profile edits and user:create share.
import { describe, expect, it } from "vitest";
import { displayNameProblem, normalizeDisplayName } from "@/lib/identity/display-name";
import { emailProblem, normalizeEmail } from "@/lib/identity/email";
import { handleProblem, handleSkeleton, normalizeHandle } from "@/lib/identity/handle";
import { passwordProblem, personalPasswordProblem } from "@/lib/identity/password-policy";
import { emailField, handleField } from "@/lib/validations/account";

describe("email addresses", () => {
  it("are stored lower-cased and NFKC-normalised, so look-alike spellings are one address", () => {
    expect(normalizeEmail("  Mai@Example.COM ")).toBe("mai@example.com");
    // Fullwidth letters (U+FF2D "Ｍ") fold to ASCII under NFKC.
    expect(normalizeEmail("Ｍai@Example.com")).toBe("mai@example.com");
    expect(emailField.parse("Ｍai@EXAMPLE.com")).toBe("mai@example.com");
  });

  it("accept an ordinary address", () => {
    expect(emailProblem("mai.lee+films@example.co.uk")).toBeNull();
  });

  it("refuse a fullwidth ＠, which NFKC would otherwise quietly turn into @", () => {
    expect(emailProblem("mai＠example.com")).toMatch(/plain @/);
    expect(emailProblem("mai\uFE6Bexample.com")).toMatch(/plain @/);
  });

  it("refuse lists of addresses and addresses with spaces", () => {
    expect(emailProblem("a@example.com,b@example.com")).toMatch(/single email/);
    expect(emailProblem("a@example.com;b@example.com")).toMatch(/single email/);
    expect(emailProblem("mai lee@example.com")).toMatch(/single email/);
    expect(emailProblem("mai@exa mple.com")).toMatch(/single email/);
  });

  it("refuse addresses longer than 254 characters, and accept one of exactly 254", () => {
    const local = "a".repeat(64);
    const domain = (length: number) => `@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(length - 63 - 63 - 2 - 4 - 1)}.com`;
    expect(emailProblem(`${local}${domain(254 - 64)}`)).toBeNull();
    expect(emailProblem(`${local}${domain(255 - 64)}`)).toMatch(/at most 254/);
  });

  it("refuse a part before the @ longer than 64 characters (RFC 5321), and accept one of exactly 64", () => {
    expect(emailProblem(`${"a".repeat(64)}@example.com`)).toBeNull();
    expect(emailProblem(`${"a".repeat(65)}@example.com`)).toMatch(/before the @ can be at most 64/);
  });

  it("refuse control, zero-width and direction-changing characters", () => {
    for (const sneaky of ["mai\u0000@example.com", "mai\u0007@example.com", "mai\u200B@example.com", "mai\u202E@example.com", "ma\u2066i@example.com"]) {
      expect(emailProblem(sneaky), JSON.stringify(sneaky)).not.toBeNull();
    }
  });

  it("refuse things that are not addresses at all", () => {
    for (const bad of ["", "mai", "mai@", "@example.com", "mai@example", "mai@@example.com", "mai..lee@example.com", ".mai@example.com", "mai.@example.com", "mäi@example.com"]) {
      expect(emailProblem(bad), JSON.stringify(bad)).not.toBeNull();
    }
  });
});

describe("handles", () => {
  it("are case-insensitive: stored lower-cased, and Morgan and morgan are the same handle", () => {
    expect(normalizeHandle("  MorGan ")).toBe("morgan");
    expect(handleField.parse("MORGAN")).toBe("morgan");
    expect(handleSkeleton("Morgan")).toBe(handleSkeleton("morgan"));
  });

  it("accept letters, digits, - and _ inside", () => {
    for (const good of ["mai", "mai_lee", "mai-lee-2", "007bond", "a".repeat(24)]) {
      expect(handleProblem(good), good).toBeNull();
    }
  });

  it("refuse spaces, punctuation, accented or non-Latin letters and edge separators", () => {
    for (const bad of ["mai lee", "mai.lee", "mai@lee", "mai/lee", "mörgan", "морган", "-mai", "mai-", "_mai", "mai_", "mai\u200Blee", "<script>"]) {
      expect(handleProblem(bad), bad).not.toBeNull();
    }
  });

  it("refuse handles shorter than 3 or longer than 24 characters", () => {
    expect(handleProblem("ab")).toMatch(/3 to 24/);
    expect(handleProblem("abc")).toBeNull();
    expect(handleProblem("a".repeat(25))).toMatch(/3 to 24/);
  });

  it("refuse reserved names in any case", () => {
    for (const reserved of ["admin", "Admin", "ADMINISTRATOR", "moderator", "mod", "staff", "support", "root", "system", "marquee", "deleted", "anonymous", "sign-in"]) {
      expect(handleProblem(reserved) ?? "accepted", reserved).toMatch(/reserved/);
    }
  });

  it("refuse look-alikes of reserved names, so nobody can pose as staff", () => {
    for (const lookalike of ["r00t", "rnod", "5taff", "he1p", "adm1n", "admln", "adrnin", "adm_in", "m0derator"]) {
      expect(handleProblem(lookalike) ?? "accepted", lookalike).toMatch(/reserved/);
    }
  });

  it("give confusable handles the same skeleton, so only the first can be registered", () => {
    const morgan = handleSkeleton("morgan");
    expect(handleSkeleton("rnorgan")).toBe(morgan);
    expect(handleSkeleton("m0rgan")).toBe(morgan);
    expect(handleSkeleton("MORGAN")).toBe(morgan);
    expect(handleSkeleton("mor-gan")).toBe(morgan);
    expect(handleSkeleton("vvalt")).toBe(handleSkeleton("walt"));
    expect(handleSkeleton("c1ara")).toBe(handleSkeleton("clara"));
    // Different names stay different.
    expect(handleSkeleton("megan")).not.toBe(morgan);
  });
});

describe("display names", () => {
  it("accept ordinary names in any script and collapse runs of spaces", () => {
    expect(displayNameProblem("Mai Lê")).toBeNull();
    expect(displayNameProblem("王小明")).toBeNull();
    expect(normalizeDisplayName("  Mai    Lee ")).toBe("Mai Lee");
  });

  it("refuse right-to-left overrides and other direction-changing characters", () => {
    expect(displayNameProblem("Mai\u202Eeel")).toMatch(/direction-changing/);
    expect(displayNameProblem("Mai\u2067eel")).toMatch(/direction-changing/);
    expect(displayNameProblem("\u200FMai")).toMatch(/direction-changing/);
  });

  it("refuse zero-width characters that make two names look identical", () => {
    expect(displayNameProblem("M\u200Bai")).not.toBeNull();
    expect(displayNameProblem("Mai\u200D")).not.toBeNull();
    expect(displayNameProblem("\uFEFFMai")).not.toBeNull();
  });

  it("refuse empty and over-long names", () => {
    expect(displayNameProblem("   ")).toMatch(/Enter a display name/);
    expect(displayNameProblem("a".repeat(51))).toMatch(/at most 50/);
    expect(displayNameProblem("a".repeat(50))).toBeNull();
  });
});

describe("passwords", () => {
  it("accept a long passphrase", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
  });

  it("refuse passwords shorter than 10 characters", () => {
    expect(passwordProblem("short1!")).toMatch(/at least 10/);
    expect(passwordProblem("abcdefgh9")).toMatch(/at least 10/);
  });

  it("refuse common passwords, whatever their case", () => {
    for (const common of ["password123", "PASSWORD123", "1234567890", "qwertyuiop", "iloveyou12"]) {
      expect(passwordProblem(common), common).toMatch(/too common/);
    }
  });

  it("refuse passwords with almost no variety", () => {
    expect(passwordProblem("aaaaaaaaaaaaaaaa")).toMatch(/variety/);
  });

  it("refuse passwords over 256 bytes before hashing, counting bytes rather than characters", () => {
    // 100 characters, but 300 bytes in UTF-8: Argon2 must never be asked to hash it.
    expect(passwordProblem("€".repeat(100))).toMatch(/at most 256 bytes/);
    const ascii = "correct horse battery staple ".repeat(10);
    expect(passwordProblem(ascii.slice(0, 256))).toBeNull();
    expect(passwordProblem(ascii.slice(0, 257))).toMatch(/at most 256 bytes/);
  });

  it("refuse passwords built from the account's own email or handle", () => {
    expect(personalPasswordProblem("maileefilms2024", { email: "maileefilms@example.com", handle: "mai" })).toMatch(/email or handle/);
    expect(personalPasswordProblem("a quiet night at the pictures", { email: "x@example.com", handle: "morgan99" })).toBeNull();
    expect(personalPasswordProblem("im-morgan99-yes", { email: "x@example.com", handle: "morgan99" })).toMatch(/email or handle/);
  });
});
