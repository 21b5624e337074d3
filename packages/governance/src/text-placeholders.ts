import { dormantAfterDays, type LocalizedText } from '@pedoman-medsos/core';

/**
 * Numbers a procedure's text names but another package owns: written `{name}` in the YAML and
 * filled here, so a change to the rule changes the procedure too (never a second copy of 90).
 */
export const placeholderValues: Readonly<Record<string, number>> = { dormantAfterDays };

const placeholder = /\{([A-Za-z]+)\}/g;

/** The placeholders of a text that have no value (the build reports them). */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(placeholder)].map((match) => match[1] ?? '').filter((name) => !(name in placeholderValues));
}

/** A text with its placeholders filled. */
export function fillPlaceholders<T extends LocalizedText>(text: T): T {
  const fill = (value: string) => value.replace(placeholder, (whole, name: string) => String(placeholderValues[name] ?? whole));
  return { ...text, id: fill(text.id), en: fill(text.en) };
}
