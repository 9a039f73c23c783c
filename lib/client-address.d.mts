// Types for lib/client-address.mjs, which stays plain JavaScript because server.mjs runs it untranspiled.
import type { IncomingMessage } from "node:http";

export const CLIENT_ADDRESS_HEADER: "x-marquee-client-address";
export type ProxyTrust = (address: string, hop: number) => boolean;
export function proxyTrustFrom(env: Record<string, string | undefined>): { trust: ProxyTrust; description: string };
export function stampClientAddress(request: IncomingMessage, trust: ProxyTrust): void;
export function cameOverHttps(request: IncomingMessage, trust: ProxyTrust): boolean;
export function markClientAddressStamping(): void;
export function clientAddressIsStamped(): boolean;
export function canonicalAddress(address: string): string;
export function rateLimitSubject(address: string): string;
