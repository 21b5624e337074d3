import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderExampleAvatar } from '@pedoman-medsos/profile-image/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIo } from '../test-io';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pedoman-image-'));
  writeFileSync(join(dir, 'good.png'), await renderExampleAvatar('compliant', 1200));
  writeFileSync(join(dir, 'cut.png'), await renderExampleAvatar('touching-corners', 400));
  writeFileSync(join(dir, 'notes.png'), 'just text');
});

describe('pedoman image', () => {
  it('checks a compliant master against every platform', async () => {
    const { io, stdout } = memoryIo('', { cwd: dir });
    expect(await main(['image', 'check', 'good.png', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toContain('1200×1200 PNG');
    expect(stdout()).toMatch(/instagram\nNo findings\./);
    expect(stdout()).toMatch(/threads\nNo findings\./);
  });

  it('exits 1 and says by how much the emblem is cut', async () => {
    const { io, stdout } = memoryIo('', { cwd: dir });
    expect(await main(['image', 'check', 'cut.png', '--platform', 'x', '--lang', 'en'], io)).toBe(1);
    expect(stdout()).toContain('[error, mandatory] image.emblem-outside-safe-area: The emblem reaches');
  });

  it('prints JSON with the file figures', async () => {
    const { io, stdout } = memoryIo('', { cwd: dir });
    await main(['image', 'check', 'cut.png', '--platform', 'instagram,master', '--json'], io);
    const json = JSON.parse(stdout());
    expect(json.meta).toMatchObject({ width: 400, height: 400, format: 'png' });
    expect(json.results.map((result: { platform: string }) => result.platform)).toEqual(['instagram', 'master']);
  });

  it('reports a file that is not an image as a finding, and a missing one as a usage error', async () => {
    const notImage = memoryIo('', { cwd: dir });
    expect(await main(['image', 'check', 'notes.png', '--lang', 'en'], notImage.io)).toBe(1);
    expect(notImage.stdout()).toContain('image.unreadable');
    const missing = memoryIo('', { cwd: dir });
    expect(await main(['image', 'check', 'gone.png', '--lang', 'en'], missing.io)).toBe(2);
    expect(missing.stderr()).toContain('File gone.png was not found.');
  });

  it('writes a crop preview', async () => {
    const { io } = memoryIo('', { cwd: dir });
    expect(await main(['image', 'preview', 'good.png', '--platform', 'instagram', '-o', 'preview.png'], io)).toBe(0);
    expect(readFileSync(join(dir, 'preview.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('exports one avatar per platform into a folder', async () => {
    const { io, stdout } = memoryIo('', { cwd: dir });
    expect(await main(['image', 'export', 'good.png', '--out', 'avatars', '--platform', 'x,youtube', '--lang', 'en'], io)).toBe(0);
    expect(readdirSync(join(dir, 'avatars')).sort()).toEqual(['avatar-x.png', 'avatar-youtube.png']);
    expect(stdout()).toContain('800×800');
  });

  it('refuses an unknown platform and a malformed background colour', async () => {
    const platform = memoryIo('', { cwd: dir });
    expect(await main(['image', 'check', 'good.png', '--platform', 'myspace', '--lang', 'en'], platform.io)).toBe(2);
    expect(platform.stderr()).toContain(
      'Unknown platform "myspace". Choose: instagram, facebook, x, tiktok, youtube, threads, master, all.',
    );
    const colour = memoryIo('', { cwd: dir });
    expect(await main(['image', 'export', 'good.png', '--out', 'a', '--background', 'blue', '--lang', 'en'], colour.io)).toBe(2);
    expect(colour.stderr()).toContain('is not a #RRGGBB colour');
  });
});
