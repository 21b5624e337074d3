import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deserializePrefilter, isCertainlyClean } from '../match/prefilter';
import { leetLetter } from '../normalize/classify';
import { normalize } from '../normalize/normalize';
import { createScreenerWithoutPrefilter, screen } from '../screen';
import { brandRules, gamblingSignalRules, gamblingThreshold } from './gambling-rules';
import { brandShapeOf, type GamblingSignal, gamblingSignals, hasMaskBetweenLetters, maskedLetterSignals } from './gambling-signals';

const full = createScreenerWithoutPrefilter();
const prefilter = deserializePrefilter(full.toJSON().prefilter);

const signalsOf = (text: string) => {
  const { score, signals } = gamblingSignals(text, normalize(text));
  return { score, kinds: signals.map((signal) => signal.kind), spans: signals.map((signal) => text.slice(signal.start, signal.end)) };
};

describe('gamblingSignals', () => {
  it.each([
    ['Semangat Bosqu, terbaik ⭐𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖⭐', ['fancy-letters', 'brand-shape', 'emoji-framed']],
    ['ga𝘤hor banget maen di DORA77', ['mixed-styles', 'brand-shape']],
    ['Seru main di P U L A U W I N tiap malam', ['spaced-letters', 'brand-shape']],
    ['Cakep 🚩𝗪𝗘𝗧𝗢𝗡-𝟴𝟴🚩', ['fancy-letters', 'brand-shape', 'emoji-framed']],
    ['cuan terus di ambil4d', ['brand-shape']],
    ['main di PuIauwin, cek PuIauwin sekarang', ['mixed-script']],
    ['Asli gak bohong, di ALEXIS17 ada fitur quick login', ['brand-shape']],
    ['Sukses terus deh buat Bowo88.', ['brand-shape']],
  ])('scores brand promotion: %s', (text, kinds) => {
    const { score, kinds: found } = signalsOf(text);
    expect(found).toEqual(expect.arrayContaining(kinds));
    expect(score).toBeGreaterThanOrEqual(gamblingThreshold);
  });

  it.each([
    'Pelayanan KPKNL Bandung lambat, tolong diperbaiki.',
    'Sesuai PASAL 27 UU ITE, kami menindak tegas.',
    'Persib juara sejak Persib1933, pemilu2024 lancar',
    'Terima kasih @budi99 atas infonya',
    '😂😂111qqq1qqq11111',
    'T I D A K   B E R M U T U',
    '𝔹𝕖𝕣𝕒𝕟𝕚 𝕞𝕖𝕟𝕘𝕒𝕥𝕒𝕜𝕒𝕟 𝕪𝕘 𝕓𝕖𝕟𝕒𝕣 𝕘𝕒𝕜',
    'Hidup INDONESIA🇮🇩 merdeka!',
    'Terima kasih Pak Erwin atas bantuannya 🙏',
    'Kebijakan ini RIBET sekali',
    'Ya aLLoh tampakkan yg benar. Ya aLLoh hancurkan kebohongan.',
    'Pakai titik koma di akhir baris; cari titik temu dulu',
    'Zaman perusahaan dot com dulu, semua serba online',
  ])('stays under the threshold for ordinary text: %s', (text) => {
    expect(signalsOf(text).score).toBeLessThan(gamblingThreshold);
  });

  it('scores under the threshold every text the first pass clears', () => {
    // Pieces of spam and of ordinary comments, glued with every kind of separator.
    const piece = fc.constantFrom(
      'slot',
      'WETON',
      '88',
      '-',
      ' ',
      '🚩',
      'PuIau',
      'WIN',
      'A',
      'E',
      'GA',
      'RU',
      'hoki',
      'bit.ly/',
      ' dot com',
      ' (titik) net',
      'x',
      'ѕ',
      '𝐃',
      'Alexis',
      '17',
      '@',
      'j@di',
      'MANTAP',
      'i',
      'I',
      '4d',
      'toto',
      '🇮🇩',
      '.',
      'Bet',
      'COVID',
      '2024',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.nat(3), (pieces, cueCount) => {
        // The cues are the list's own, so that the first pass counts them as the screener does.
        const text = [...pieces, ...Array.from({ length: cueCount }, () => ' wd')].join('');
        if (!isCertainlyClean(text, prefilter)) return;
        const gambling = full.screen(text, { mode: 'draft', asOf: '2026-11-22' }).findings.filter((f) => f.category === 'gambling');
        expect(gambling, text).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every word of a long text, and spans stay on the original', () => {
    // More words than the reused word table holds at first: it grows while reading.
    const filler = 'kami warga desa mengucapkan terima kasih '.repeat(60);
    const text = `${filler}main di 𝐊𝗨𝗦𝗨𝗠𝗔𝗧𝟎𝗧𝟎 sekarang, atau P U L A U W I N`;
    const { signals } = gamblingSignals(text, normalize(text));
    const spans = signals.map((signal) => [signal.kind, text.slice(signal.start, signal.end)]);
    expect(spans).toEqual(
      expect.arrayContaining([
        ['brand-shape', '𝐊𝗨𝗦𝗨𝗠𝗔𝗧𝟎𝗧𝟎'],
        ['spaced-letters', 'P U L A U W I N'],
      ]),
    );
    // The same words read from a short text give the same signals: nothing is left over in between.
    const short = 'main di 𝐊𝗨𝗦𝗨𝗠𝗔𝗧𝟎𝗧𝟎';
    expect(gamblingSignals(short, normalize(short)).signals.map((signal) => signal.kind)).toEqual(
      expect.arrayContaining(['brand-shape', 'fancy-letters']),
    );
  });

  it('leaves ordinary comments to the first pass, which clears them', () => {
    for (const text of ['Pelayanan KPKNL Bandung lambat, tolong diperbaiki.', 'Terima kasih Pak Erwin atas bantuannya 🙏']) {
      expect(isCertainlyClean(text, prefilter), text).toBe(true);
    }
  });
});

describe('spelled-out web addresses', () => {
  it.each([
    ['kotakrezeki titik com', 'titik com'],
    ['rajamenang (dot) xyz', '(dot) xyz'],
    ['Cek PULAU [dot] NET ya', '[dot] NET'],
  ])('are a signal of their own: %s', (text, span) => {
    const { kinds, spans } = signalsOf(text);
    expect(kinds).toEqual(['spelled-address']);
    expect(spans).toEqual([span]);
    expect(signalsOf(text).score).toBe(gamblingSignalRules.spelledAddress.weight);
  });

  it.each(['titik koma', 'titik comel', 'dot', 'titik, com', 'titik.com'])('need a name, a gap and a whole domain: %s', (text) => {
    expect(signalsOf(text).kinds).not.toContain('spelled-address');
  });

  it('reach the threshold with the cues of plain text, which the first pass reads by its shortcut', () => {
    for (const text of ['Modal receh wd jutaan, langsung ke kotakrezeki titik com', 'link alternatif: rajamenang (dot) xyz, wd cepat']) {
      const [finding] = screen(text, { mode: 'comment', asOf: '2026-11-22' }).findings;
      expect(finding?.detector, text).toBe('gambling-signals');
      expect(finding?.explanation?.en, text).toMatch(/web address spelled out/);
    }
  });
});

describe('gambling disguises (issue #21, part 5)', () => {
  const gamblingOf = (text: string) =>
    screen(text, { mode: 'comment', asOf: '2026-12-02' }).findings.filter((finding) => finding.category === 'gambling');

  it('reads a brand number written in words, split by dots or spaces, and brand letters replaced by symbols', () => {
    for (const text of [
      'main di weton delapan delapan',
      'cuan dari Pu Lau Tujuh Tujuh Tujuh',
      'gas di dora seven seven',
      'daftar di ALEXIS 1.7 sekarang',
      'cuan di DORA 7 7',
      'toto 4 . 2 gacor',
      'main di AERO8 8',
      'sl🎰t',
      'g*cor malam ini',
      'j🎲di terus',
    ]) {
      expect(gamblingOf(text).length, text).toBeGreaterThan(0);
    }
  });

  it('leaves counts, sections, versions, scores, decimals and emoji between words alone', () => {
    for (const text of [
      'dua tiga hari lagi sampai',
      'umur dua tiga tahun',
      'nomor satu dua tiga',
      'satu satu maju ke depan',
      'Bab 2.1 menjelaskan tujuan',
      'harga 1.5 juta',
      'pakai versi 1.7 saja',
      'Persib menang 2 1',
      'terimakasih🙏semoga sehat',
      'ini *penting* ya',
      'tahun dua nol dua enam',
      'telepon kosong delapan satu satu dua tiga empat lima',
    ]) {
      expect(gamblingOf(text), text).toEqual([]);
    }
  });
});

it('property: the cheap mask test passes every text the masked-letters reading finds a signal in', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      'g',
      'cor',
      'sl',
      't',
      'to',
      'j',
      'di',
      '𝐠',
      'é',
      '🎰',
      '🎰\uFE0F',
      '\uFE0F',
      '*',
      '#',
      '+',
      '©',
      ' ',
      '1',
      '\u0301',
      '\u200B',
    ),
    // Masked words, with what the reading skips around the symbol.
    fc.constantFrom('g*cor', 'sl🎰t', 'to\u200B*to', 'j🎲\uFE0Fdi', 'g\u0301#cor', 'ho*i', 'max🔥in', '𝐠*cor', 'sl*'),
    fc.string({ unit: 'binary', maxLength: 2 }),
  );
  let found = 0;
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
      const text = parts.join('');
      const signals: GamblingSignal[] = [];
      maskedLetterSignals(text, signals, false);
      if (signals.length === 0) return;
      found++;
      expect(hasMaskBetweenLetters(text), JSON.stringify(text)).toBe(true);
    }),
    { numRuns: 6000 },
  );
  expect(found).toBeGreaterThan(20);
});

it('tries the next match past an astral letter (a /u pattern moves an index inside a surrogate pair back)', () => {
  const result = screen('g 𝐒tujuh 1.7!Tujuh!🎰️\n🎰 ', { mode: 'comment', asOf: '2026-12-02' });
  expect(result.verdict).not.toBe('allow');
});

/** The brand shapes of `brandRules` as patterns: the reading `brandShapeOf` is held to. */
function brandShapeByPatterns(word: string): 'none' | 'brand' | 'jargon' {
  const { nameLetters, suffixes, infixes, jargonSuffixes, digits, year } = brandRules;
  if (word.length < 5) return 'none';
  const read = /\p{L}/u.test(word) ? word.replace(/\d/g, (digit) => String.fromCodePoint(leetLetter(digit.codePointAt(0)!))) : word;
  const trailing = new RegExp(`\\d{${digits.min},${digits.max}}$`).exec(word);
  const name = trailing ? word.slice(0, trailing.index) : '';
  const nameAndDigits =
    trailing !== null &&
    !year.test(trailing[0]) &&
    /^\p{L}[\p{L}\d]*\p{L}$/u.test(name) &&
    (name.match(/\p{L}/gu)?.length ?? 0) >= nameLetters;
  const isBrand =
    nameAndDigits ||
    new RegExp(`^\\p{L}{${nameLetters},}4d$`, 'u').test(word) ||
    new RegExp(`^\\p{L}{${nameLetters},}(?:${suffixes.join('|')})$`, 'u').test(read) ||
    (read.length >= 6 && new RegExp(infixes.join('|')).test(read));
  if (!isBrand) return 'none';
  const jargon = new RegExp(`(?:${jargonSuffixes.join('|')})$`, 'u');
  return jargon.test(word) || jargon.test(read) ? 'jargon' : 'brand';
}

it('property: brandShapeOf reads a spelled word as the patterns of brandRules do', () => {
  // Spelled words hold letters (astral ones too) and ASCII digits only.
  const piece = fc.constantFrom(
    'a',
    'b',
    'k',
    'o',
    'é',
    '𠀀',
    '0',
    '1',
    '4',
    '7',
    '8',
    '19',
    '20',
    '4d',
    'toto',
    'bet',
    'siot',
    'win',
    'gacor',
    'togei',
    'maxwin',
    'jackpot',
    'hoki',
  );
  let brands = 0;
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
      const word = parts.join('');
      const expected = brandShapeByPatterns(word);
      if (expected !== 'none') brands++;
      expect(brandShapeOf(word), JSON.stringify(word)).toBe(expected);
    }),
    { numRuns: 20000 },
  );
  expect(brands).toBeGreaterThan(1000);
});
