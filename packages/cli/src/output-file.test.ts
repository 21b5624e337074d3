import { linkSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from './errors';
import { prepareOutputFolder, writeOutputFile } from './output-file';
import { memoryIo } from './test-io';

const setUp = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pedoman-output-'));
  writeFileSync(join(dir, 'input.png'), 'master');
  return { dir, io: memoryIo('', { cwd: dir }).io };
};

describe('writeOutputFile', () => {
  it('writes the file whole and leaves no temporary file behind', async () => {
    const { dir, io } = await setUp();
    await writeOutputFile('out.ics', 'BEGIN:VCALENDAR', io, { command: 'agenda', force: false, inputs: [] });
    expect(readFileSync(join(dir, 'out.ics'), 'utf8')).toBe('BEGIN:VCALENDAR');
    expect(readdirSync(dir).sort()).toEqual(['input.png', 'out.ics']);
  });

  it('knows the input under another name (a hard link) and refuses it even with force', async () => {
    const { dir, io } = await setUp();
    linkSync(join(dir, 'input.png'), join(dir, 'alias.png'));
    const error = await writeOutputFile('alias.png', 'preview', io, {
      command: 'image',
      force: true,
      inputs: [join(dir, 'input.png')],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliError);
    expect(readFileSync(join(dir, 'input.png'), 'utf8')).toBe('master');
  });
});

describe('prepareOutputFolder', () => {
  it('creates the one missing folder but not a chain of them', async () => {
    const { dir, io } = await setUp();
    const write = await prepareOutputFolder('avatars', ['a.png'], io, { command: 'image', force: false, inputs: [] });
    await write('a.png', new Uint8Array([1]));
    expect(readdirSync(join(dir, 'avatars'))).toEqual(['a.png']);
    const error = await prepareOutputFolder('typo/avatars', ['a.png'], io, { command: 'image', force: false, inputs: [] }).catch(
      (caught: unknown) => caught,
    );
    expect((error as CliError).text.en).toBe('The folder "typo" does not exist; create it first.');
  });
});
