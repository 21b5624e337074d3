import type { Io } from './io';

/** Reports progress of long work on stderr, only when a person watches it (stderr is a TTY). */
export interface Progress {
  /**
   * `done` things of `total` (when known). `share` (0…1) is how far the work is when the count of
   * things to do is not known but the share is (bytes read of a file): it draws the bar.
   */
  update(done: number, total?: number, share?: number): void;
  done(): void;
}

export interface ProgressOptions {
  /** What is counted, e.g. "comments": the line then shows how many a second. */
  unit?: string;
  /** The clock, for tests. */
  now?: () => number;
}

const barWidth = 20;

/** `[██████░░░░]  42%` */
function bar(share: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, share)) * barWidth);
  return `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%`;
}

export function createProgress(io: Io, label: string, options: ProgressOptions = {}): Progress {
  if (!io.stderr.isTTY) return { update() {}, done() {} };
  const now = options.now ?? Date.now;
  const started = now();
  let last = Number.NEGATIVE_INFINITY;
  return {
    update(done, total, share) {
      const time = now();
      if (time - last < 100) return; // at most ten redraws a second
      last = time;
      const fraction = share ?? (total ? done / total : undefined);
      const parts = [label, ...(fraction === undefined ? [] : [bar(fraction)]), `${done}${total ? `/${total}` : ''}`];
      const seconds = (time - started) / 1000;
      if (options.unit) parts.push(`${options.unit} · ${seconds > 0 ? Math.round(done / seconds) : 0} ${options.unit}/s`);
      io.stderr.write(`\r${parts.join(' ')}\x1b[K`);
    },
    done() {
      io.stderr.write('\r\x1b[K');
    },
  };
}
