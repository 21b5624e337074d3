import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categories, categoryIds } from './categories';
import { categoryIdOf } from './schema/category';
import { type CompiledScreener, createScreener, loadScreener, ScreenerConfigError, screen, screenOptionsProblem } from './screen';

const asOf = '2026-11-22';
const categoriesOf = (text: string, mode: 'draft' | 'comment' = 'comment') =>
  screen(text, { mode, asOf }).findings.map((finding) => finding.category);

describe('the worked examples of every category', () => {
  const examples = categories.flatMap((category) => category.examples.map((example) => ({ category: categoryIdOf(category), ...example })));
  it.each(examples)('$category ($expect, $mode): $text', ({ category, text, mode, expect: expected }) => {
    const found = categoriesOf(text, mode);
    if (expected === 'flagged') expect(found).toContain(category);
    else expect(found).not.toContain(category);
  });
});

describe('screen', () => {
  it.each([
    ['𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑', '𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑'],
    ['main s.l.o.t yuk', 's.l.o.t'],
    ['yang g4c0r cuma di sini', 'g4c0r'],
    ['ѕlоt hari ini', 'ѕlоt'],
    ['s\u200Blot terbaik', 's\u200Blot'],
    ['sloooot', 'sloooot'],
    ['M A X W I N', 'M A X W I N'],
  ])('sees through %s', (text, matched) => {
    const finding = screen(text, { mode: 'comment', asOf }).findings.find((f) => f.category === 'gambling');
    expect(finding?.match.text).toBe(matched);
    expect(finding?.location).toMatchObject({ kind: 'span', start: text.indexOf(matched), end: text.indexOf(matched) + matched.length });
  });

  it('reports the chain of transformations and the normalized form', () => {
    const finding = screen('𝐒𝐋𝐎𝐎𝐓', { mode: 'comment', asOf }).findings[0]!;
    expect(finding.match).toMatchObject({
      normalized: 'siot',
      term: 'slot',
      transformations: ['compatibility', 'case-fold', 'repeated-letters'],
    });
    expect(finding.message.en).toBe('Online gambling: "𝐒𝐋𝐎𝐎𝐓" (read as "slot").');
  });

  it('spells out the term only when the text disguised it', () => {
    const [plain] = screen('SLOT GACOR', { mode: 'comment', asOf }).findings;
    expect(plain?.message).toEqual({ id: 'Judi daring: "SLOT GACOR".', en: 'Online gambling: "SLOT GACOR".' });
  });

  it('matches whole words only', () => {
    expect(categoriesOf('Kasus ini terjadi di Pasar Lotte')).toEqual([]);
    expect(categoriesOf('Persidangan judikatif')).toEqual([]);
    expect(categoriesOf('Ganti sandi anda berkala')).toEqual([]);
  });

  it('lets polite criticism through', () => {
    const result = screen('Kenapa antrean di KPP lama sekali? Pelayanannya mengecewakan, mohon dibenahi.', { mode: 'comment', asOf });
    expect(result).toEqual({ verdict: 'allow', findings: [] });
  });

  it('holds a text whose only sign is a brand shape, and hides one with stronger signs', () => {
    const brandOnly = 'Asli gak bohong, di ALEXIS17 ada fitur quick login yang praktis.';
    expect(screen(brandOnly, { mode: 'comment', asOf })).toMatchObject({
      verdict: 'hold',
      findings: [{ category: 'gambling', detector: 'gambling-signals', action: 'hold', severity: 'warning', match: { text: 'ALEXIS17' } }],
    });
    expect(screen(brandOnly, { mode: 'draft', asOf }).verdict).toBe('needs-approval');
    expect(screen('Cakep 🚩WETON88🚩 wd lancar', { mode: 'comment', asOf }).verdict).toBe('hide');
    const strongDraft = screen('Cakep 🚩WETON88🚩 wd lancar', { mode: 'draft', asOf }).findings[0]!;
    expect(strongDraft.suggestion?.message.en).toBe('Do not publish this draft.');
  });

  it.each([
    'Vaksin COVID19 tersedia di puskesmas.',
    'Informasi COVID-19 terbaru ada di situs resmi.',
    'Densus88 cepat sekali menangkap pelakunya, salut.',
    'Sesuai UUD45 pasal 28, kebebasan berpendapat dijamin.',
  ])('does not read an ordinary numbered name as a brand: %s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it('lets an allow phrase cancel only the signals it covers', () => {
    // Talking about fighting gambling is not promoting it…
    expect(categoriesOf('𝐒𝐓𝐎𝐏 𝐉𝐔𝐃𝐈 online! Jangan main di situs judi, saldo habis.')).toEqual([]);
    // …but it does not excuse a brand elsewhere in the same comment.
    const evasion = screen('Stop judi! Mending main di 🚩WETON88🚩 wd lancar', { mode: 'comment', asOf });
    expect(evasion.verdict).toBe('hide');
    expect(evasion.findings[0]).toMatchObject({ detector: 'gambling-signals', match: { text: 'WETON88' } });
  });

  it('marks a brand beside a gambling term in a draft, but not the term twice', () => {
    const text = 'Main di 𝐊𝗨𝗦𝗨𝗠𝗔𝗧𝟎𝗧𝟎 pasti gacor!';
    const marked = screen(text, { mode: 'draft', asOf }).findings.map((finding) => [finding.detector, finding.match.text]);
    expect(marked).toEqual([
      ['gambling-signals', '𝐊𝗨𝗦𝗨𝗠𝗔𝗧𝟎𝗧𝟎'],
      ['term', 'gacor'],
    ]);
    // A comment is hidden for the term alone: its other signals are not read.
    expect(screen(text, { mode: 'comment', asOf }).findings.map((finding) => finding.detector)).toEqual(['term']);
    // A disguised term is one finding: its disguise is not a second piece of evidence.
    for (const disguised of ['ga𝘤hor banget', 'ѕlоt gacor', '𝐒𝐋𝐎𝐓𝟖𝟖 mantap']) {
      expect(screen(disguised, { mode: 'draft', asOf }).findings, disguised).toHaveLength(1);
    }
  });

  it('tells how a gambling signal was read, as for a term', () => {
    const readings = ['Main di 𝐊𝗨𝗦𝗨𝗠𝗔𝗧𝟎𝗧𝟎 pasti', 'cek P U L A U W I N', 'Cakep 🚩𝗪𝗘𝗧𝗢𝗡-𝟴𝟴🚩'].map(
      (text) => screen(text, { mode: 'comment', asOf }).findings[0]?.match,
    );
    expect(readings).toEqual([
      { text: '𝐊𝗨𝗦𝗨𝗠𝗔𝗧𝟎𝗧𝟎', normalized: 'kusumatoto', transformations: ['compatibility', 'case-fold', 'leetspeak'] },
      { text: 'P U L A U W I N', normalized: 'puiauwin', transformations: ['case-fold', 'split-letters'] },
      { text: '𝗪𝗘𝗧𝗢𝗡-𝟴𝟴', normalized: 'weton88', transformations: ['compatibility', 'case-fold', 'split-letters'] },
    ]);
  });

  it('gives the verdict of the strongest finding, per mode', () => {
    expect(screen('Sebarkan sebelum dihapus!', { mode: 'comment', asOf }).verdict).toBe('hold');
    expect(screen('Sebarkan sebelum dihapus!', { mode: 'draft', asOf }).verdict).toBe('needs-approval');
    expect(screen('Sebarkan sebelum dihapus! slot gacor', { mode: 'draft', asOf }).verdict).toBe('block');
    expect(screen('Selamat pagi', { mode: 'draft', asOf }).verdict).toBe('publish');
  });

  it('marks blocking findings as errors and review findings as warnings', () => {
    const findings = screen('slot gacor. Sebarkan sebelum dihapus', { mode: 'comment', asOf }).findings;
    expect(findings.map((f) => [f.category, f.severity])).toEqual([
      ['gambling', 'error'],
      ['hoax', 'warning'],
    ]);
  });

  it('skips categories not yet in effect on asOf', () => {
    expect(screen('slot gacor', { mode: 'comment', asOf: '2023-12-31' }).findings).toEqual([]);
  });

  it('screens only the categories asked for', () => {
    expect(screen('goblok, slot gacor', { mode: 'comment', asOf, categories: ['abusive'] }).findings.map((f) => f.category)).toEqual([
      'abusive',
    ]);
  });

  it('refuses options it cannot work with, on every text alike, in both languages', () => {
    for (const [options, message] of [
      [{ mode: 'koment' }, 'mode must be "draft" or "comment", not "koment".'],
      [{ mode: 'draft', asOf: '22-11-2026' }, 'asOf must be a date YYYY-MM-DD, not "22-11-2026".'],
      // A misspelt category would otherwise screen nothing and call every text clean.
      [{ mode: 'draft', categories: ['judi'] }, 'Unknown category "judi".'],
    ] as const) {
      for (const text of ['slot gacor', 'Terima kasih, min']) {
        expect(() => screen(text, options as never), text).toThrow(ScreenerConfigError);
        expect(() => screen(text, options as never), text).toThrow(message);
      }
    }
    expect(() => screen('Terima kasih', { mode: 'comment', asOf })).not.toThrow();
    // …a missing mode too, from the very first screening of a screener.
    for (const options of [{}, undefined]) {
      expect(() => createScreener().screen('Terima kasih', options as never)).toThrow('mode must be "draft" or "comment"');
    }
  });

  it('refuses an impossible asOf instead of screening as of a day that does not exist', () => {
    expect(() => screen('slot gacor', { mode: 'comment', asOf: '2026-02-31' })).toThrow(
      'asOf: "2026-02-31" is not a real date: February 2026 has only 28 days.',
    );
  });

  it('refuses categories that are not a list of category ids, naming the ids it knows', () => {
    const known = categoryIds.join(', ');
    // Issue #18: a string threw a TypeError from inside the screener.
    for (const categories of ['gambling', 5, null, { gambling: true }]) {
      const options = { mode: 'comment', categories } as never;
      expect(() => screen('slot gacor', options), String(categories)).toThrow(ScreenerConfigError);
      expect(() => screen('slot gacor', options), String(categories)).toThrow(`categories must be a list of category ids`);
      expect(() => screen('slot gacor', options), String(categories)).toThrow(known);
    }
    expect(screenOptionsProblem({ mode: 'comment', categories: 'gambling' as never })?.id).toBe(
      `categories harus daftar ID kategori, mis. ["gambling"], bukan "gambling". ID yang dikenal: ${known}.`,
    );
  });

  it('refuses an empty list of categories, which would screen nothing and allow every text', () => {
    // Issue #18: "slot gacor" was allowed.
    expect(() => screen('slot gacor', { mode: 'comment', categories: [] })).toThrow(ScreenerConfigError);
    expect(() => screen('slot gacor', { mode: 'comment', categories: [] })).toThrow(
      'categories is empty: an empty list screens nothing. Omit the option to screen every category.',
    );
  });

  it('refuses an id in categories that is not text, without throwing anything but a ScreenerConfigError', () => {
    for (const id of [5, null, undefined, 10n]) {
      expect(() => screen('slot gacor', { mode: 'comment', categories: [id] } as never)).toThrow(ScreenerConfigError);
    }
  });

  it('checks categories again when the caller changes the list it passes', () => {
    const screener = createScreener();
    const categories: string[] = ['gambling'];
    expect(screener.screen('slot gacor', { mode: 'comment', asOf, categories }).verdict).not.toBe('allow');
    categories.splice(0, 1, 'judi');
    expect(() => screener.screen('slot gacor', { mode: 'comment', asOf, categories })).toThrow('Unknown category "judi"');
  });

  it('names the options as the caller does when asked what is wrong with them', () => {
    const names = { mode: '--mode', asOf: '--as-of' };
    expect(screenOptionsProblem({ mode: 'post' as never }, names)?.id).toBe('--mode harus "draft" atau "comment", bukan "post".');
    expect(screenOptionsProblem({ mode: 'draft', asOf: 'kemarin' }, names)?.en).toBe('--as-of must be a date YYYY-MM-DD, not "kemarin".');
    expect(screenOptionsProblem({ mode: 'draft', categories: ['judi'] }, names)?.en).toMatch(/^Unknown category "judi"\./);
    expect(screenOptionsProblem({ mode: 'comment', asOf, categories: ['gambling'] }, names)).toBeUndefined();
    expect(screenOptionsProblem({ mode: 'comment', categories: [] }, { ...names, categories: '--categories' })?.en).toMatch(
      /^--categories is empty/,
    );
  });

  it('suggests a redacted form for personal data', () => {
    const finding = screen('NIK saya 3273014507890002', { mode: 'comment', asOf }).findings[0]!;
    expect(finding.suggestion?.replacement).toBe('••••••••••••0002');
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\uD800', '\u0301'.repeat(10), 'a'.repeat(10) + '\u200B'.repeat(10)]) {
      expect(() => screen(text, { mode: 'comment', asOf })).not.toThrow();
    }
  });
});

describe('createScreener', () => {
  it('adds an institution list without code (this year’s candidates)', () => {
    const screener = createScreener({ lists: [{ category: 'partisan', terms: ['Budi Santoso', 'paslon Budi'], allow: [], cues: [] }] });
    const findings = screener.screen('Ayo dukung B U D I  S A N T O S O!', { mode: 'draft', asOf }).findings;
    expect(findings.map((f) => [f.category, f.match.term])).toEqual([['partisan', 'Budi Santoso']]);
    expect(screen('Ayo dukung Budi Santoso!', { mode: 'draft', asOf }).findings).toEqual([]);
  });

  it('refuses a list for an unknown category, in both languages', () => {
    try {
      createScreener({ lists: [{ category: 'politics', terms: ['x y'], allow: [], cues: [] }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScreenerConfigError);
      expect((error as ScreenerConfigError).text.id).toContain('Kategori "politics" tidak dikenal');
    }
  });

  it('serializes its compiled form and loads it back with the same results', () => {
    const screener = createScreener();
    const loaded = loadScreener(JSON.parse(JSON.stringify(screener.toJSON())));
    for (const text of ['𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑 maxwin', 'Dasar goblok', 'Slot waktu tersedia', 'Semangat ⭐𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖⭐', 'Terima kasih, min']) {
      expect(loaded.screen(text, { mode: 'comment', asOf })).toEqual(screener.screen(text, { mode: 'comment', asOf }));
    }
  });

  it('refuses a compiled form of an older format, saying how to compile it again', () => {
    const old = { ...createScreener().toJSON(), format: 'pedoman-screener/1' } as unknown as CompiledScreener;
    expect(() => loadScreener(old)).toThrow(/compile it again/);
  });

  const compiledJson = JSON.stringify(createScreener().toJSON());
  const compiled = (): Record<string, unknown> => JSON.parse(compiledJson);
  const loadError = (form: unknown) => {
    try {
      loadScreener(form as CompiledScreener);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('refuses a damaged compiled form when loading it, saying where', () => {
    const withoutKeys = { ...compiled(), keys: 'x' };
    const automaton = compiled().automaton as Record<string, string>;
    const truncated = { ...compiled(), automaton: { ...automaton, delta: automaton.delta!.slice(0, 12) } };
    const shortKeys = { ...compiled(), keys: (compiled().keys as unknown[]).slice(1) };
    for (const [form, where] of [
      [withoutKeys, 'at "keys"'],
      [truncated, 'at "automaton"'],
      [shortKeys, 'at "automaton" (keyLengths'],
    ] as const) {
      const error = loadError(form);
      expect(error, where).toBeInstanceOf(ScreenerConfigError);
      expect((error as ScreenerConfigError).text.en).toContain(where);
      expect((error as ScreenerConfigError).text.id).toContain('Screener terkompilasi rusak');
    }
  });

  it('either refuses a compiled form with any one value changed, or screens with it without throwing', () => {
    // Every leaf of the compiled form, by path: the values a damaged file or a careless edit may change.
    const leaves: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
      } else leaves.push(path);
    };
    const base = compiled();
    walk(base, []);
    // The automata's tables are a few leaves among thousands: pick them as often as all the rest.
    const tables = leaves.flatMap((path, index) =>
      ['delta', 'keyAt', 'outputLink', 'keyLengths'].includes(String(path.at(-1))) ? [index] : [],
    );
    const replacement = fc.oneof(fc.jsonValue(), fc.integer({ min: -2, max: 5000 }), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(
        fc.oneof(fc.nat(leaves.length - 1), fc.constantFrom(...tables)),
        replacement,
        fc.boolean(),
        fc.nat(3),
        (index, value, editBase64, letter) => {
          // Copied only along the path to the changed value: parsing the whole form again for
          // each of the 400 runs took most of this test's time.
          const path = leaves[index]!;
          const form: Record<string | number, unknown> = { ...base };
          let parent = form;
          for (const key of path.slice(0, -1)) {
            const child = parent[key] as Record<string | number, unknown>;
            parent[key] = Array.isArray(child) ? [...child] : { ...child };
            parent = parent[key] as Record<string | number, unknown>;
          }
          const last = path.at(-1)!;
          const original = parent[last];
          // Half the time a base64 table keeps its length and changes one character: it still decodes.
          parent[last] =
            editBase64 && typeof original === 'string' && original.length > 8
              ? `${original.slice(0, 4)}${'QUJD'.charAt(letter)}${original.slice(5)}`
              : value;
          const error = loadError(form);
          if (error !== undefined) {
            expect(error).toBeInstanceOf(ScreenerConfigError);
            return;
          }
          const screener = loadScreener(form as unknown as CompiledScreener);
          for (const text of ['𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑 maxwin', 'slot waktu, hubungi 0812-3456-7890', 'SANGAT RAHASIA', 'Terima kasih']) {
            expect(() => screener.screen(text, { mode: 'draft', asOf })).not.toThrow();
          }
        },
      ),
      // Each run loads a whole compiled form (≈ 30 ms): 200 runs keep this test well inside the timeout on a loaded CI machine.
      { numRuns: 200 },
    );
  });
});

describe('screen: legal basis on the day screened', () => {
  it('gives a hate-speech finding the KUHP articles in force now, and the UU ITE article before 2 January 2026', () => {
    const text = 'Dasar cina, pulang sana ke negaramu!';
    const now = screen(text, { mode: 'comment', asOf: '2026-12-02' }).findings.find((f) => f.category === 'sara-hate');
    expect(now?.legalBasis).toEqual(['uu-1-2023/243', 'uu-1-2023/242', 'uu-1-2023/300', 'uu-1-2023/301', 'se-menpanrb-137-2018/8']);
    const before = screen(text, { mode: 'comment', asOf: '2025-06-01' }).findings.find((f) => f.category === 'sara-hate');
    expect(before?.legalBasis).toEqual(['uu-11-2008/28-2', 'se-menpanrb-137-2018/8']);
  });
});

describe('typed category ids', () => {
  it('accepts the known ids and a list read at run time, and refuses a misspelt literal at type-check', () => {
    expect(screen('slot gacor', { mode: 'comment', categories: ['gambling'] }).verdict).toBe('hide');
    const fromAForm: string[] = ['gambling'];
    expect(screen('slot gacor', { mode: 'comment', categories: fromAForm }).verdict).toBe('hide');
    // @ts-expect-error 'gamblng' is not a category id: the type lists the known ones.
    expect(() => screen('slot gacor', { mode: 'comment', categories: ['gamblng'] })).toThrow(ScreenerConfigError);
  });
});
