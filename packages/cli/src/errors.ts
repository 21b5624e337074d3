import type { LocalizedText } from '@pedoman-medsos/core';

/** Exit codes every command follows. */
export const exitCodes = {
  /** Done, nothing blocking found. */
  ok: 0,
  /** Done, and at least one finding of severity `error`. */
  blockingFindings: 1,
  /** The command line or the input was wrong; nothing was checked. */
  usageOrInput: 2,
} as const;

/** A problem with what the user typed or gave: printed without a stack trace, exit 2. */
export class CliError extends Error {
  constructor(
    readonly text: LocalizedText,
    /** The command whose help to point to. */
    readonly command?: string,
  ) {
    super(text.en);
    this.name = 'CliError';
  }
}
