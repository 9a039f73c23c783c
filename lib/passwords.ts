import { hash, verify } from "@node-rs/argon2";

// OWASP Password Storage Cheat Sheet, Argon2id: m=19 MiB, t=2, p=1.
// `algorithm: 2` is Argon2id (the package exports it as a const enum, which isolatedModules can't inline).
const ARGON2ID_OWASP = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OWASP);
}

// A real hash of a random string, so that checking an unknown email costs what checking a
// known one does and response times don't reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}

/** Verifies `password` against `passwordHash`, spending the same time when there is no hash. */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await timingDummyHash(), password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
