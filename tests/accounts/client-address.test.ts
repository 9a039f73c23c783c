// The per-address limits count the address a request really came from: the socket's peer, or
// what proxies the operator trusts say. A client that makes up X-Forwarded-For (Next.js keeps a
// client's own) must not become a new address with every request.
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, proxyTrustFrom } from "@/lib/client-address.mjs";
import { RATE_RULES } from "@/lib/rate-limit";
import { clientAddressKey } from "@/lib/request-ip";
import { authorizeWithPassword, SignInRateLimited } from "@/lib/users/password-sign-in";
import { headersThroughServer } from "../helpers/client-address";
import { createTestUser, TEST_PASSWORD } from "../helpers/fixtures";

const addressOf = (headers: Headers) => headers.get(CLIENT_ADDRESS_HEADER);

describe("the address a request is counted as", () => {
  it("is the socket's peer, whatever X-Forwarded-For, X-Real-IP or Forwarded the client sends, when no proxy is trusted", () => {
    const headers = headersThroughServer("203.0.113.7", { "X-Forwarded-For": "192.0.2.1, 192.0.2.2", "X-Real-IP": "192.0.2.3", Forwarded: "for=192.0.2.4" });
    expect(addressOf(headers)).toBe("203.0.113.7");
    // Nothing the client forwarded reaches the app: Next.js fills these in from the socket.
    for (const name of ["x-forwarded-for", "x-real-ip", "forwarded"]) expect(headers.get(name)).toBeNull();
    // An address header of our own that the client sends is replaced too.
    expect(addressOf(headersThroughServer("203.0.113.7", { [CLIENT_ADDRESS_HEADER]: "192.0.2.9" }))).toBe("203.0.113.7");
  });

  it("drops a Host or protocol the client forwards, unless it came through a trusted proxy", () => {
    const spoofed = { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http", "X-Forwarded-Port": "81" };
    const direct = headersThroughServer("203.0.113.7", spoofed);
    expect([direct.get("x-forwarded-host"), direct.get("x-forwarded-proto"), direct.get("x-forwarded-port")]).toEqual([null, null, null]);
    const proxied = headersThroughServer("10.1.2.3", spoofed, { TRUSTED_PROXIES: "10.0.0.0/8" });
    expect(proxied.get("x-forwarded-host")).toBe("evil.example");
  });

  it("is what a trusted proxy appended to X-Forwarded-For, not what the client put before it", () => {
    const env = { TRUSTED_PROXIES: "10.0.0.0/8, 192.168.0.0/16" };
    expect(addressOf(headersThroughServer("10.0.0.5", { "X-Forwarded-For": "1.2.3.4, 198.51.100.8" }, env))).toBe("198.51.100.8");
    // Through two trusted proxies.
    expect(addressOf(headersThroughServer("10.0.0.5", { "X-Forwarded-For": "1.2.3.4, 198.51.100.8, 192.168.1.1" }, env))).toBe("198.51.100.8");
    // Straight from a client, bypassing the proxy: its header counts for nothing.
    expect(addressOf(headersThroughServer("198.51.100.66", { "X-Forwarded-For": "10.0.0.7" }, env))).toBe("198.51.100.66");
  });

  it("skips exactly TRUSTED_PROXY_HOPS proxies", () => {
    const env = { TRUSTED_PROXY_HOPS: "2" };
    expect(addressOf(headersThroughServer("10.0.0.5", { "X-Forwarded-For": "1.2.3.4, 198.51.100.8, 172.16.0.1" }, env))).toBe("198.51.100.8");
    expect(addressOf(headersThroughServer("10.0.0.5", { "X-Forwarded-For": "1.2.3.4, 198.51.100.8, 172.16.0.1" }, { TRUSTED_PROXY_HOPS: "1" }))).toBe("172.16.0.1");
  });

  it("refuses a proxy setting it can't read, rather than trusting the wrong hosts", () => {
    expect(() => proxyTrustFrom({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => proxyTrustFrom({ TRUSTED_PROXIES: "proxy.internal" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => proxyTrustFrom({ TRUSTED_PROXY_HOPS: "one" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => proxyTrustFrom({ TRUSTED_PROXIES: "10.0.0.1", TRUSTED_PROXY_HOPS: "1" })).toThrow(/not both/);
  });

  it("counts an IPv4-mapped address as the IPv4 one, and an IPv6 client by its /64", () => {
    expect(clientAddressKey(headersThroughServer("::ffff:198.51.100.8"))).toBe("198.51.100.8");
    const one = clientAddressKey(headersThroughServer("2001:db8:aa:bb:1::1"));
    expect(one).toBe("2001:db8:aa:bb::/64");
    expect(clientAddressKey(headersThroughServer("2001:db8:aa:bb:ffff:ffff:ffff:fffe"))).toBe(one);
    expect(clientAddressKey(headersThroughServer("2001:db8:aa:bc::1"))).not.toBe(one);
  });

  it("is refused outright when the app isn't served by server.mjs, whose header could then be anyone's", () => {
    const stamping = Symbol.for("marquee.clientAddressStamping");
    const headers = headersThroughServer("203.0.113.7");
    Reflect.deleteProperty(globalThis, stamping);
    try {
      expect(() => clientAddressKey(headers)).toThrow(/server\.mjs/);
    } finally {
      Reflect.set(globalThis, stamping, true);
    }
  });
});

describe("sign-in from a client that makes up its address", () => {
  it("refuses the 31st attempt from one socket, however many X-Forwarded-For addresses it rotates through", async () => {
    const user = await createTestUser({ withPassword: true });
    const attempt = (n: number, email: string, password: string) =>
      authorizeWithPassword(
        { email, password },
        new Request("http://localhost/api/auth/callback/credentials", { headers: headersThroughServer("203.0.113.99", { "X-Forwarded-For": `192.0.2.${n}` }) }),
      );
    for (let n = 0; n < RATE_RULES.signInPerIp.limit; n++) expect(await attempt(n, `stuffed${n}@example.com`, "leaked password")).toBeNull();
    const refused = await attempt(200, user.email!, TEST_PASSWORD).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SignInRateLimited);
    expect(refused).toMatchObject({ limit: "address" });
  });
});
