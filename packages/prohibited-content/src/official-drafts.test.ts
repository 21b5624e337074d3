import { describe, expect, it } from 'vitest';
import { createScreener, loadScreener, screen } from './screen';

// What government drafts are full of must not read as gambling or personal data (issue #21, part 1).
const draft = (text: string) => screen(text, { mode: 'draft', asOf: '2026-12-02' });

describe('official drafts', () => {
  it('publishes letter numbers, regulation citations and event hashtags as they are', () => {
    for (const text of [
      'Pengumuman lelang nomor PENG-45/WKN.15/KNL.03/2026 tanggal 2 Desember 2026.',
      'Sesuai ST-12/KNL.1203/2026, petugas hadir pukul 09.00 WITA.',
      'Lelang dilaksanakan berdasarkan PMK 113/PMK.06/2019 tentang Petunjuk Pelaksanaan Lelang.',
      'Meriahkan #HUTRI80 bersama KPKNL Banjarmasin!',
    ]) {
      expect(draft(text), text).toEqual({ verdict: 'publish', findings: [] });
    }
  });

  it('still finds a gambling brand beside an official reference', () => {
    const result = draft('Sesuai ST-12/KNL.1203/2026, daftar di ALEXIS17 sekarang, maxwin gacor!');
    expect(result.findings.some((finding) => finding.category === 'gambling')).toBe(true);
  });

  it('takes a government mailbox as the institution’s, and a private one as personal data', () => {
    expect(draft('Info layanan: kpknlbanjarmasin@kemenkeu.go.id').findings).toEqual([]);
    expect(draft('Hubungi budi.santoso87@gmail.com').findings.map((finding) => finding.category)).toEqual(['personal-data']);
  });

  it('publishes the service numbers the institution configured, and reports any other number', () => {
    const screener = createScreener({ officialContacts: { phones: ['0811-5000-123'] } });
    const text = 'WhatsApp layanan 0811-5000-123; jangan ke 0812-3456-7890';
    const found = screener.screen(text, { mode: 'draft', asOf: '2026-12-02' }).findings;
    expect(
      found.map((finding) => (finding.location?.kind === 'span' ? text.slice(finding.location.start, finding.location.end) : '')),
    ).toEqual(['0812-3456-7890']);
    // The configured contacts travel with the compiled screener.
    const loaded = loadScreener(JSON.parse(JSON.stringify(screener.toJSON())));
    expect(loaded.screen(text, { mode: 'draft', asOf: '2026-12-02' }).findings).toHaveLength(1);
    // Without the configuration the service number is a phone number like any other.
    expect(draft(text).findings).toHaveLength(2);
  });
});

describe('the government posts of test-data', () => {
  it('gets a finding on at most 1 % of them in draft mode (pnpm eval lists them)', async () => {
    const { readFileSync } = await import('node:fs');
    const posts = readFileSync(new URL('../test-data/government-posts.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(posts.length).toBeGreaterThanOrEqual(300);
    const screener = createScreener({
      officialContacts: { phones: ['0811-5000-123', '1500-991', '1500-200', '(0511) 3252-700', '150-991'] },
    });
    const alarms = posts.filter((post) => screener.screen(post, { mode: 'draft', asOf: '2026-12-02' }).findings.length > 0);
    expect(alarms.length / posts.length, alarms.join('\n')).toBeLessThanOrEqual(0.01);
  });
});
