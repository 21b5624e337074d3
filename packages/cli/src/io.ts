/** The process streams a command uses; tests pass their own. */
export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<string | Uint8Array>;
  /** The working directory relative paths are read from. */
  cwd: string;
}

/** The real streams of this process. */
export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() };
}
