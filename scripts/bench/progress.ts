// Progress lines, each stamped with the time since the bench started.

const started = Date.now();

function elapsed(): string {
  const seconds = Math.floor((Date.now() - started) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export type Log = (line: string) => void;

export const log: Log = (line) => console.log(`[${elapsed()}] ${line}`);

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
