import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIo } from '../test-io';

describe('pedoman reply', () => {
  it('lists the templates', async () => {
    const { io, stdout } = memoryIo();
    expect(await main(['reply', 'list', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toContain('question.needs-research');
    expect(stdout()).toContain('lapor.route');
  });

  it('renders a template with --var, in English with ICU plurals', async () => {
    const { io, stdout } = memoryIo();
    expect(await main(['reply', 'render', 'question.needs-research', '--var', 'name=Budi', '--var', 'days=2', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toContain('We will answer within 2 working days.');
  });

  it('notes "(contoh)" when a draft carries the template’s example values, and not otherwise', async () => {
    const copied = memoryIo();
    await main(
      [
        'reply',
        'render',
        'complaint.acknowledge-private',
        '--var',
        'name=Sari',
        '--var',
        'service=lelang',
        '--var',
        'ticket=KPKNL-BDG-0412',
        '--var',
        'unit=Seksi Lelang',
        '--var',
        'due=2026-12-28',
      ],
      copied.io,
    );
    expect(copied.stdout()).toContain('(contoh) name=Sari, ticket=KPKNL-BDG-0412, due=2026-12-28 adalah nilai contoh templat');
    const own = memoryIo();
    await main(['reply', 'render', 'question.needs-research', '--var', 'name=Wati', '--var', 'days=3', '--lang', 'en'], own.io);
    expect(own.stdout()).not.toContain('(example)');
  });

  it('exits 1 when a variable is missing or a NIK would go public', async () => {
    const missing = memoryIo();
    expect(await main(['reply', 'render', 'question.answer', '--var', 'name=Budi', '--lang', 'en'], missing.io)).toBe(1);
    expect(missing.stdout()).toContain('[error, mandatory] reply.missing-variable: Variable {answer}');
    const leak = memoryIo();
    const args = [
      'reply',
      'render',
      'question.answer',
      '--var',
      'name=Budi',
      '--var',
      'answer=NIK 3273010101900001 terdaftar.',
      '--var',
      'link=https://a.go.id',
    ];
    expect(await main(args, leak.io)).toBe(1);
    expect(leak.stdout()).toContain('reply.personal-data-public');
  });

  it('triages a message from stdin', async () => {
    const { io, stdout } = memoryIo('Ada pungli di loket, oknum minta uang');
    expect(await main(['reply', 'triage', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toContain('Action: reply and route');
    expect(stdout()).toContain('Templates: lapor.route');
  });

  it('computes a deadline across cuti bersama, Christmas and the weekend', async () => {
    const { io, stdout } = memoryIo();
    expect(await main(['reply', 'due', '--received', '2026-12-24T16:30+07:00', '--category', 'question', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toContain('Due by: 2026-12-28T12:00:00+07:00');
    expect(stdout()).toContain('2026-12-25: National holiday: Christmas Day');
  });

  it('refuses a time without zone, an unknown category and a bad --var with exit 2', async () => {
    const time = memoryIo();
    expect(await main(['reply', 'due', '--received', '2026-12-24 16:30', '--category', 'question', '--lang', 'en'], time.io)).toBe(2);
    expect(time.stderr()).toContain('Write it with its time zone');
    const category = memoryIo();
    expect(await main(['reply', 'due', '--received', '2026-12-24T16:30+07:00', '--category', 'gossip', '--lang', 'en'], category.io)).toBe(
      2,
    );
    expect(category.stderr()).toContain('Unknown category "gossip"');
    const platform = memoryIo();
    expect(
      await main(['reply', 'render', 'appreciation.thanks', '--var', 'name=Budi', '--platform', 'all', '--lang', 'en'], platform.io),
    ).toBe(2);
    expect(platform.stderr()).toContain('render needs one --platform.');
    const bad = memoryIo();
    expect(await main(['reply', 'render', 'question.answer', '--var', 'name', '--lang', 'en'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('--var "name" must be name=value.');
  });
});
