import { describe, expect, it } from 'vitest';
import { createProgress } from './progress';
import { memoryIo } from './test-io';

describe('createProgress', () => {
  it('stays silent when stderr is not a terminal (pipes, CI logs)', () => {
    const { io, stderr } = memoryIo('', { tty: false });
    const progress = createProgress(io, 'screening');
    progress.update(5, 10);
    progress.done();
    expect(stderr()).toBe('');
  });

  it('draws on a terminal and clears the line when done', () => {
    const { io, stderr } = memoryIo('', { tty: true });
    const progress = createProgress(io, 'screening');
    progress.update(5, 10);
    progress.done();
    expect(stderr()).toBe('\rscreening 5/10\r\x1b[K');
  });
});
