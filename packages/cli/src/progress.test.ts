import { describe, expect, it } from 'vitest';
import { createProgress } from './progress';
import { memoryIo } from './test-io';

describe('createProgress', () => {
  it('stays silent when stderr is not a terminal (pipes, CI logs)', () => {
    const { io, stderr } = memoryIo('', { tty: false });
    const progress = createProgress(io, 'screening', { unit: 'comments' });
    progress.update(5, 10);
    progress.done();
    expect(stderr()).toBe('');
  });

  it('draws on a terminal and clears the line when done', () => {
    const { io, stderr } = memoryIo('', { tty: true });
    const progress = createProgress(io, 'screening');
    progress.update(5, 10);
    progress.done();
    expect(stderr()).toBe(`\rscreening [${'█'.repeat(10)}${'░'.repeat(10)}]  50% 5/10\x1b[K\r\x1b[K`);
  });

  it('shows the share done as a bar and how many a second', () => {
    const { io, stderr } = memoryIo('', { tty: true });
    let clock = 1000;
    const progress = createProgress(io, 'screen', { unit: 'comments', now: () => clock });
    clock += 2000;
    progress.update(5000, undefined, 0.25);
    expect(stderr()).toBe(`\rscreen [${'█'.repeat(5)}${'░'.repeat(15)}]  25% 5000 comments · 2500 comments/s\x1b[K`);
  });
});
