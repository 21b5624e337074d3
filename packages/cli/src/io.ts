/** A stream a command writes to; `once('drain')` lets a long output wait instead of buffering. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

/** The process streams a command uses; tests pass their own. */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: AsyncIterable<string | Uint8Array>;
  /** The working directory relative paths are read from. */
  cwd: string;
}

/** The real streams of this process. */
export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() };
}

/**
 * Writes to standard output and, when its buffer is full (a slow reader, a pipe), waits for it to
 * drain: a report of two million rows then takes the memory of one row, not of the whole report.
 */
export async function writeOut(io: Io, chunk: string): Promise<void> {
  if (io.stdout.write(chunk) !== false || !io.stdout.once) return;
  await new Promise<void>((resolve) => io.stdout.once?.('drain', resolve));
}
