import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The built binary, as `pnpm pedoman` and npm users run it (the test task runs after the build).
const bin = new URL('../dist/bin.js', import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input });

describe.runIf(existsSync(bin))('pedoman binary', () => {
  it('exits 0 and prints the registry', () => {
    const result = run(['platforms', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).platforms).toHaveLength(6);
  });

  it('exits 2 with a one-line reason on stderr for bad usage', () => {
    const result = run(['nope']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^pedoman: Perintah "nope" tidak dikenal\. Perintah: platforms, screen, .*\nLihat: pedoman --help\n$/);
  });
});
