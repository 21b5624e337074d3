import type { LocalizedText } from '@pedoman-medsos/core';

/**
 * A release-tooling failure the user can act on (an unknown ref, an unreachable registry, an
 * unreadable file): what went wrong and how to fix it, in both languages; printed, never a stack.
 */
export class SnapshotError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
    this.name = 'SnapshotError';
  }
}
