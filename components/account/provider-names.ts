const NAMES: Record<string, string> = { github: "GitHub", google: "Google" };

/** "GitHub and Google", for the OAuth providers linked to an account. */
export function providerNames(providers: readonly string[]): string {
  const names = providers.map((id) => NAMES[id] ?? id);
  if (names.length <= 1) return names[0] ?? "another service";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
