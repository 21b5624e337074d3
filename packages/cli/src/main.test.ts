import { describe, expect, it } from 'vitest';
import { main } from './main';
import { memoryIo } from './test-io';

describe('pedoman', () => {
  it('prints help in Indonesian by default and in English with --lang en', async () => {
    const id = memoryIo();
    expect(await main(['--help'], id.io)).toBe(0);
    expect(id.stdout()).toContain('Perintah:');
    expect(id.stdout()).toContain('platforms');
    const en = memoryIo();
    expect(await main(['--help', '--lang', 'en'], en.io)).toBe(0);
    expect(en.stdout()).toContain('Commands:');
    expect(en.stdout()).toContain('2 usage or input error');
  });

  it('prints help with no arguments', async () => {
    const { io, stdout } = memoryIo();
    expect(await main([], io)).toBe(0);
    expect(stdout()).toContain('pedoman <command>');
  });

  it('prints a command help', async () => {
    const { io, stdout } = memoryIo();
    expect(await main(['platforms', '--help', '--lang=en'], io)).toBe(0);
    expect(stdout()).toContain('Usage: pedoman platforms [PLATFORM…]');
    expect(stdout()).toContain('--json');
  });

  it('exits 2 with a message on an unknown command, in the chosen language', async () => {
    const { io, stderr, stdout } = memoryIo();
    expect(await main(['platfroms', '--lang', 'en'], io)).toBe(2);
    expect(stderr()).toContain('Unknown command "platfroms"');
    expect(stderr()).toContain('pedoman --help');
    expect(stdout()).toBe('');
  });

  it('exits 2 on an unknown option, naming it, without a stack trace', async () => {
    const { io, stderr } = memoryIo();
    expect(await main(['platforms', '--jsno'], io)).toBe(2);
    expect(stderr()).toContain('Opsi --jsno tidak dikenal.');
    expect(stderr()).toContain('pedoman platforms --help');
    expect(stderr()).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown language', async () => {
    const { io, stderr } = memoryIo();
    expect(await main(['platforms', '--lang', 'fr'], io)).toBe(2);
    expect(stderr()).toContain('--lang id');
  });
});
