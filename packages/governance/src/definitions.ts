// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import type { Locale } from '@pedoman-medsos/core';
import { definitionsFile } from './generated/definitions';
import type { Definition } from './schema/definition';

/** Ketentuan umum, in the order of `data/definitions.yaml`. */
export const definitions: readonly Definition[] = /* @__PURE__ */ (() => definitionsFile.definitions)();

const byId = /* @__PURE__ */ (() => new Map(definitions.map((definition) => [definition.id, definition])))();

/** The term with this id, if the pedoman defines it. */
export function findDefinition(id: string): Definition | undefined {
  return byId.get(id);
}

/** The terms in the alphabetical order of a language, as a glossary lists them. */
export function definitionsInOrder(lang: Locale): Definition[] {
  const collator = new Intl.Collator(lang === 'id' ? 'id-ID' : 'en-GB', { sensitivity: 'base' });
  return [...definitions].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
}
