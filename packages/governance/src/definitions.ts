import type { Locale } from '@pedoman-medsos/core';
import { definitionsFile } from './generated/definitions';
import type { Definition } from './schema/definition';

/** Ketentuan umum, in the order of `data/definitions.yaml`. */
export const definitions: readonly Definition[] = definitionsFile.definitions;

const byId = new Map(definitions.map((definition) => [definition.id, definition]));

/** The term with this id, if the pedoman defines it. */
export function findDefinition(id: string): Definition | undefined {
  return byId.get(id);
}

/** The terms in the alphabetical order of a language, as a glossary lists them. */
export function definitionsInOrder(lang: Locale): Definition[] {
  const collator = new Intl.Collator(lang === 'id' ? 'id-ID' : 'en-GB', { sensitivity: 'base' });
  return [...definitions].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
}
