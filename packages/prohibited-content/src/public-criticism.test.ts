import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screen } from './screen';

// Criticism of services, policies and officials without abuse (issue #21: "polite criticism never
// hidden"). The set is written for this package: test-data/public-criticism.txt.
const comments = readFileSync(new URL('../test-data/public-criticism.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

describe('public criticism', () => {
  it('keeps every comment of the criticism set visible', () => {
    expect(comments.length).toBeGreaterThan(100);
    for (const comment of comments) {
      expect(screen(comment, { mode: 'comment', asOf: '2026-12-02' }).verdict, comment).toBe('allow');
    }
  });

  it('still hides abuse written into criticism', () => {
    expect(screen('Pelayanannya lambat, dasar pejabat goblok!', { mode: 'comment', asOf: '2026-12-02' }).verdict).not.toBe('allow');
  });
});
