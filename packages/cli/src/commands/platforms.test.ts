import { getPlatform, platforms } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIo } from '../test-io';

describe('pedoman platforms', () => {
  it('lists every platform of the registry with its limits', async () => {
    const { io, stdout } = memoryIo();
    expect(await main(['platforms'], io)).toBe(0);
    for (const platform of platforms) expect(stdout()).toContain(platform.name);
    const xRow = stdout()
      .split('\n')
      .find((line) => line.startsWith('X (Twitter)'));
    expect(xRow).toMatch(/a–z 0–9 _\s+4–15\s+280\s+280\s+160\s+50/);
    expect(stdout()).toContain('Nama tampilan');
  });

  it('writes English headers with --lang en', async () => {
    const { io, stdout } = memoryIo();
    await main(['platforms', '--lang', 'en'], io);
    expect(stdout()).toContain('Display name');
    expect(stdout()).toContain('63,206');
  });

  it('gives the registry and the cited sources as JSON', async () => {
    const { io, stdout } = memoryIo();
    expect(await main(['platforms', 'x', '--json'], io)).toBe(0);
    const output = JSON.parse(stdout());
    expect(output.platforms).toEqual([getPlatform('x')]);
    const cited = new Set(output.sources.map((source: { id: string }) => source.id));
    expect(cited.has(getPlatform('x').handle.maxLength.source)).toBe(true);
  });

  it('exits 2 for an unknown platform, listing the known ones', async () => {
    const { io, stderr } = memoryIo();
    expect(await main(['platforms', 'myspace', '--lang', 'en'], io)).toBe(2);
    expect(stderr()).toContain('Unknown platform "myspace". Choose one of: instagram, facebook, x, tiktok, youtube, threads.');
  });
});
