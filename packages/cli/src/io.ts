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

/**
 * Standard output gathered into 64 KB writes: a report of millions of short lines would otherwise
 * make a system call per line (measured: most of the time of a 50,000-row audit). `flush` at the
 * end — and in a `finally`, so what was reported before an error still appears.
 */
export class BufferedOutput {
  private chunks: string[] = [];
  private size = 0;

  constructor(
    private readonly io: Io,
    private readonly limit = 1 << 16,
  ) {}

  async write(chunk: string): Promise<void> {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    await writeOut(this.io, text);
  }
}
