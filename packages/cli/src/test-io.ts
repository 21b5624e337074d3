import type { Io } from './io';

/** An in-memory Io for tests: what a command printed, and what it reads on stdin (text or bytes). */
export function memoryIo(stdin: string | Uint8Array = '', options: { tty?: boolean; cwd?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (chunk: string) => out.push(chunk) },
    stderr: { write: (chunk: string) => err.push(chunk), isTTY: options.tty ?? false },
    stdin: (async function* () {
      if (stdin.length > 0) yield typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
    })(),
    cwd: options.cwd ?? process.cwd(),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
