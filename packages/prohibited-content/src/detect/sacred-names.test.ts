import { describe, expect, it } from 'vitest';
import { normalize, normalizedString } from '../normalize/normalize';
import { isSacredName, isSaidOfSacredName } from './sacred-names';

/** The spans of `name` and `insult` in the normalized `text`, and the words between them. */
function read(text: string, name: string, insult: string) {
  const normalized = normalize(text);
  const codes = normalizedString(normalized);
  const nameStart = codes.indexOf(name);
  const insultStart = codes.indexOf(insult, nameStart + name.length);
  let between = 0;
  for (let k = nameStart + name.length; k < insultStart; k++) if (normalized.gapBefore[k]) between++;
  return {
    normalized,
    name: { term: name, start: nameStart, end: nameStart + name.length },
    insult: { term: insult, start: insultStart, end: insultStart + insult.length },
    between,
  };
}

describe('isSaidOfSacredName', () => {
  const said = (text: string, name: string, insult: string) => {
    const { normalized, name: nameSpan, insult: insultSpan, between } = read(text, name, insult);
    return isSaidOfSacredName(text, normalized, nameSpan, insultSpan, between);
  };
  it('reads an insult right after the name, or after one allowed word, as said of it', () => {
    expect(said('tuhan bodoh', 'tuhan', 'bodoh')).toBe(true);
    expect(said('tuhan kalian bodoh', 'tuhan', 'bodoh')).toBe(true);
    expect(isSacredName('tuhan')).toBe(true);
    expect(isSacredName('ulama')).toBe(false);
  });
  it('not across a clause mark, a verb or two words', () => {
    expect(said('tuhan, bodoh', 'tuhan', 'bodoh')).toBe(false);
    expect(said('tuhan tidak bodoh', 'tuhan', 'bodoh')).toBe(false);
    expect(said('tuhan kalian itu bodoh', 'tuhan', 'bodoh')).toBe(false);
  });
  it('after a name many people bear, only right after it or after SAW', () => {
    expect(said('muhammad bodoh', 'muhammad', 'bodoh')).toBe(true);
    expect(said('muhammad saw bodoh', 'muhammad', 'bodoh')).toBe(true);
    expect(said('muhammad rizki bodoh', 'muhammad', 'bodoh')).toBe(false);
  });
  it('only the insults of sacredInsults', () => {
    expect(said('tuhan terkutuk', 'tuhan', 'terkutuk')).toBe(false);
  });
});
