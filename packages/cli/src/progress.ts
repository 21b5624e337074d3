import type { Io } from './io';

/** Reports progress of long work on stderr, only when a person watches it (stderr is a TTY). */
export interface Progress {
  update(done: number, total?: number): void;
  done(): void;
}

export function createProgress(io: Io, label: string): Progress {
  if (!io.stderr.isTTY) return { update() {}, done() {} };
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100) return; // at most ten redraws a second
      last = now;
      io.stderr.write(`\r${label} ${done}${total ? `/${total}` : ''}`);
    },
    done() {
      io.stderr.write('\r\x1b[K');
    },
  };
}
