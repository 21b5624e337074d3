import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main';
import { memoryIo } from '../test-io';

/** Runs a command line in this process, as a user would type it in `cwd`. */
export async function runCli(args: string[], options: { stdin?: string | Uint8Array; cwd?: string } = {}) {
  const { io, stdout, stderr } = memoryIo(options.stdin ?? '', { cwd: options.cwd ?? process.cwd() });
  const code = await main(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** A fresh folder for one test's files. */
export const scratch = () => mkdtempSync(join(tmpdir(), 'pedoman-reliability-'));

/** A file's content hash: "unchanged" means the same hash before and after. */
export const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The built binary: the crash cases (broken pipes, memory) need a real process. */
export const bin = new URL('../../dist/bin.js', import.meta.url).pathname;

/**
 * Runs the binary and closes its standard output after `keepBytes` bytes, as `| head -c N` does.
 * Resolves to the exit code and what it said on stderr.
 */
export function runAndCloseEarly(args: string[], keepBytes: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen >= keepBytes) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}
