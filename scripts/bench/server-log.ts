// The embedded server's log (its stderr), kept only while something is listening: the SQL
// floor turns on log_statement for one request and reads what the server wrote meanwhile.

/** Every log line starts `<time>|<database>|<pid>|` (log_line_prefix below). */
export const LOG_LINE_PREFIX = "%m|%d|%p|";

export class ServerLog {
  private recording: string[] | null = null;

  /** Receives the server's stderr, chunk by chunk. */
  readonly write = (chunk: string): void => {
    this.recording?.push(chunk);
  };

  start(): void {
    this.recording = [];
  }

  /** What the server logged since start(). */
  stop(): string {
    const text = this.recording?.join("") ?? "";
    this.recording = null;
    return text;
  }
}

export interface LogRecord {
  database: string;
  pid: string;
  severity: string;
  message: string;
}

const RECORD_START = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+\|([^|]*)\|(\d+)\|([A-Z]+):  (.*)$/;

/** Log text → records; lines that don't start a record continue the one before (multi-line SQL). */
export function parseLog(text: string): LogRecord[] {
  const records: LogRecord[] = [];
  for (const line of text.split("\n")) {
    const start = RECORD_START.exec(line);
    if (start) records.push({ database: start[1]!, pid: start[2]!, severity: start[3]!, message: start[4]! });
    else if (records.length && line !== "") records.at(-1)!.message += `\n${line}`;
  }
  return records;
}
