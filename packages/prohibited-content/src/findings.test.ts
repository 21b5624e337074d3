import { describe, expect, it } from 'vitest';
import { categories } from './categories';
import { classificationFinding, personalDataFinding, termFinding } from './findings';
import { categoryIdOf } from './schema/category';

const category = (id: string) => categories.find((candidate) => categoryIdOf(candidate) === id)!;

describe('the findings the screener builds', () => {
  it('name a draft category by its Indonesian title while it has no English one', () => {
    const draft = { ...category('partisan'), title: { id: 'Konten partisan' } };
    const finding = termFinding(draft, 'block', 'Pilih paslon!', { start: 6, end: 12 }, { written: 'paslon', normalized: 'pasion' }, []);
    expect(finding.message).toEqual({ id: 'Konten partisan: "paslon".', en: 'Konten partisan: "paslon".' });
    expect(finding.category).toBe('partisan');
  });

  it('quote the original text they point at, in both languages', () => {
    const input = 'Hubungi 0812-3456-7890. SANGAT RAHASIA';
    const phone = personalDataFinding(category('personal-data'), 'hide', input, {
      kind: 'phone',
      start: 8,
      end: 22,
      label: { id: 'nomor telepon', en: 'phone number' },
      redacted: '••••-••••-7890',
    });
    expect(phone.match).toEqual({ text: '0812-3456-7890', normalized: '••••-••••-7890', transformations: [] });
    expect(phone.suggestion?.replacement).toBe('••••-••••-7890');
    const mark = classificationFinding(category('classified'), 'block', input, { level: 'sangat-rahasia', start: 24, end: 38 });
    expect(mark.message.en).toBe('Classified documents: classification mark "SANGAT RAHASIA".');
  });
});
