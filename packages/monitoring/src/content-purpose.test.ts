import { describe, expect, it } from 'vitest';
import { isCeremonial, readFormat, readPurpose } from './content-purpose';

describe('readPurpose', () => {
  it('reads a ceremonial post and a substantive one from their cue phrases', () => {
    const visit = readPurpose('Kepala Kantor menghadiri upacara dan foto bersama jajaran.');
    expect(visit).toEqual({ purpose: 'ceremonial', source: 'cues', cues: ['menghadiri', 'upacara', 'foto bersama'] });
    expect(isCeremonial('ceremonial')).toBe(true);
    expect(readPurpose('Tahukah kamu? Tips mengikuti lelang secara daring.').purpose).toBe('education');
  });

  it('takes the purpose with most cues, the earlier-listed one on a tie', () => {
    // One cue each for results and ceremonial: results is listed first.
    expect(readPurpose('Menghadiri rapat, realisasi anggaran dibahas.').purpose).toBe('results');
    expect(readPurpose('Menghadiri rakor dan sambutan: realisasi dibahas.').purpose).toBe('ceremonial');
  });

  it('lets the export’s label decide, and leaves a post without cues unclassified', () => {
    expect(readPurpose('Menghadiri upacara', 'education')).toEqual({ purpose: 'education', source: 'label', cues: [] });
    expect(readPurpose('Selamat pagi!')).toEqual({ source: 'none', cues: [] });
  });

  it('reads disguised cues as the screener does', () => {
    expect(readPurpose('T1PS hari ini').purpose).toBe('education');
  });
});

describe('readFormat', () => {
  it('maps the platforms’ post types to formats', () => {
    expect(readFormat('Reels')).toBe('video');
    expect(readFormat('IG image')).toBe('photo');
    expect(readFormat('Links')).toBe('text');
    expect(readFormat('Photos', 'infographic')).toBe('infographic');
    expect(readFormat('hologram')).toBeUndefined();
  });
});
