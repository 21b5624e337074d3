import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIo } from '../test-io';

describe('pedoman agenda, hashtags, cadence', () => {
  it('lists the campaigns running on a date', async () => {
    const { io, stdout } = memoryIo();
    expect(await main(['agenda', 'list', '--date', '2026-10-15', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toContain('#HariOeang80');
    expect(stdout()).not.toContain('#LaporSPTTahunan');
  });

  it('writes the iCalendar feed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pedoman-ics-'));
    const { io } = memoryIo('', { cwd: dir });
    expect(await main(['agenda', 'ics', '-o', 'agenda.ics'], io)).toBe(0);
    expect(readFileSync(join(dir, 'agenda.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('checks a draft’s hashtags from stdin', async () => {
    const { io, stdout } = memoryIo('Ayo #jagaasetnegara');
    expect(await main(['hashtags', 'check', '--date', '2026-11-22', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toContain('agenda.hashtag-case');
    expect(stdout()).toContain('→ Ayo #JagaAsetNegara');
  });

  it('reports cadence from a CSV export, with bad rows by line number', async () => {
    const csv = 'account,platform,postedAt\nkpknlbogor,instagram,2026-11-20\nkpknlbogor,instagram,kemarin\n';
    const { io, stdout, stderr } = memoryIo(csv);
    expect(await main(['cadence', '-', '--from', '2026-11-01', '--to', '2026-11-28', '--lang', 'en'], io)).toBe(2);
    expect(stderr()).toContain('-:3: postedAt:');
    expect(stdout()).toContain('kpknlbogor');
    expect(stdout()).toContain('agenda.cadence');
  });
});
