import { describe, expect, it } from 'vitest';
import { csvLine } from './csv-output';

describe('csvLine', () => {
  it('neutralizes every cell a spreadsheet would run as a formula', () => {
    expect(csvLine(['=1+1 KPKNL', '+62', '-cmd', '@SUM(A1)', '=cmd|calc'])).toBe(`'=1+1 KPKNL,'+62,'-cmd,'@SUM(A1),'=cmd|calc\n`);
  });

  it('leaves ordinary cells and numbers alone and quotes commas', () => {
    expect(csvLine([12, 'KPKNL Bandung', 'a, b'])).toBe('12,KPKNL Bandung,"a, b"\n');
  });
});
