import type { LocalizedText } from './schema/localized-text';

/**
 * A configuration a function cannot work with — an option of the wrong kind, a date that does not
 * exist given to a function that returns data rather than findings — thrown with what is wrong, where,
 * and how to fix it, in both languages (`text`; `message` is the English). Never thrown because of
 * the text a user wrote: validators report that as findings. Packages may throw a subclass
 * (prohibited-content's `ScreenerConfigError`), so `instanceof ConfigError` catches them all.
 */
export class ConfigError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
    this.name = 'ConfigError';
  }
}
