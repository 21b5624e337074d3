import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIo } from '../test-io';

const folder = () => mkdtempSync(join(tmpdir(), 'pedoman-evaluate-'));

describe('pedoman evaluate', () => {
  it('writes the demo report in both languages, JSON and CSV, marked as generated', async () => {
    const dir = folder();
    const { io, stdout } = memoryIo('', { cwd: dir });
    expect(await main(['evaluate', '--demo', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toMatch(/^\(generated data\) Report 2026-Q4 written to laporan-monev\/: 6 units; lowest score: KPKNL Kendari/);
    const json = JSON.parse(readFileSync(join(dir, 'laporan-monev', 'laporan-monev.json'), 'utf8'));
    expect(json.generated).toBe(true);
    expect(readFileSync(join(dir, 'laporan-monev', 'laporan-monev.en.html'), 'utf8')).toContain('GENERATED DATA');
    expect(readFileSync(join(dir, 'laporan-monev', 'laporan-monev.id.html'), 'utf8')).toContain('DATA BUATAN');
    expect(readFileSync(join(dir, 'laporan-monev', 'laporan-monev.csv'), 'utf8')).toMatch(/^unit,platform,account,/);
  });

  it('evaluates a folder of exports and says which rows it could not read', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'accounts.csv'), 'unit,platform,handle\nKPKNL Bandung,instagram,kpknlbandung\n');
    writeFileSync(
      join(dir, 'posts.csv'),
      'platform,account,id,published_at,text,type\ninstagram,kpknlbandung,1,2026-12-01T09:00+07:00,Tips lelang,IG reel\ninstagram,kpknlbandung,2,kemarin,x,IG reel\n',
    );
    writeFileSync(
      join(dir, 'comments.jsonl'),
      `${JSON.stringify({ platform: 'instagram', account: 'kpknlbandung', id: 'c1', received_at: '2026-12-01T10:00+07:00', text: 'Kapan buka?', replied_at: '2026-12-01T11:00+07:00' })}\n`,
    );
    const { io, stderr } = memoryIo('', { cwd: dir });
    expect(await main(['evaluate', '.', '--period', '2026-12', '-o', 'out', '--lang', 'en'], io)).toBe(2);
    expect(stderr()).toContain('posts.csv:3: published_at:');
    const json = JSON.parse(readFileSync(join(dir, 'out', 'laporan-monev.json'), 'utf8'));
    const replies = json.units[0].accounts[0].indicators.find((value: { id: string }) => value.id === 'response-time');
    expect(replies).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
  });

  it('refuses a missing period, an unreadable one, or a folder without a register, saying what to give', async () => {
    const dir = folder();
    for (const [args, message] of [
      [['evaluate', dir], '--period'],
      [['evaluate', dir, '--period', '2026-Q9'], '2026-Q4'],
      [['evaluate', dir, '--period', '2026-Q4'], 'accounts.csv'],
      [['evaluate', dir, '--period', '2026-Q4', '--time-zone', 'UTC'], 'WITA'],
    ] as const) {
      const { io, stderr } = memoryIo('', { cwd: dir });
      expect(await main([...args, '--lang', 'en'], io)).toBe(2);
      expect(stderr()).toContain(message);
    }
  });
});
