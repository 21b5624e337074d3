import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { templates } from './data';
import { renderReply } from './render-reply';

const ruleIds = (result: { findings: { ruleId: string }[] }) => result.findings.map((finding) => finding.ruleId);
const answer = { name: 'Budi', answer: 'Lelang dibuka pukul 09.00 WIB.', link: 'https://lelang.go.id' };

describe('renderReply', () => {
  it('renders ICU plural and date forms in each language', () => {
    expect(renderReply('question.needs-research', { name: 'Budi', days: 1 }, { locale: 'en' }).text).toContain('within 1 working day.');
    // Typed callers pass a number; digits as text (a form, the CLI) are read at run time too.
    // @ts-expect-error — `days` is a number in the template's type
    expect(renderReply('question.needs-research', { name: 'Budi', days: '3' }, { locale: 'en' }).text).toContain('within 3 working days.');
    const vars = { name: 'Budi', service: 'lelang', ticket: 'T-1', unit: 'KPKNL Bandung', due: '2026-12-28' };
    expect(renderReply('complaint.acknowledge-private', vars).text).toContain('paling lambat 28 Desember 2026.');
    expect(renderReply('complaint.acknowledge-private', vars, { locale: 'en' }).text).toContain('by 28 December 2026.');
    expect(renderReply('emergency.redirect', { service: 'fire' }, { locale: 'en' }).text).toMatch(
      /^In an emergency, call the fire service on 113 or the emergency number 112 now\./,
    );
  });

  it('names each missing variable with its type and meaning, and renders nothing', () => {
    // @ts-expect-error — the type already asks for `answer` and `link`; callers without types get findings
    const result = renderReply('question.answer', { name: 'Budi' }, { locale: 'en' });
    expect(result.text).toBeUndefined();
    expect(result.findings.map((finding) => finding.message.en)).toEqual([
      'Variable {answer} (text: The short answer) is missing.',
      'Variable {link} (an https:// address: Official page with the full information) is missing.',
    ]);
    expect(result.findings[0]?.location).toEqual({ kind: 'field', path: ['answer'] });
  });

  it('renders nothing for an asOf that is no real day, and says so once', () => {
    const result = renderReply('question.answer', answer, { asOf: '2026-02-31' });
    expect(result.text).toBeUndefined();
    expect(result.findings.map((finding) => [finding.ruleId, finding.message.en])).toEqual([
      ['input.invalid-option', 'asOf: "2026-02-31" is not a real date: February 2026 has only 28 days.'],
    ]);
  });

  it('refuses a date variable that does not exist instead of rolling it over', () => {
    const vars = { name: 'Budi', service: 'lelang', ticket: 'T-1', unit: 'KPKNL Bandung', due: '2026-02-30' };
    const result = renderReply('complaint.acknowledge-private', vars);
    expect(result.text).toBeUndefined();
    expect(ruleIds(result)).toEqual(['reply.invalid-variable']);
  });

  it('reports ill-typed and extra variables', () => {
    const result = renderReply('complaint.acknowledge-private', {
      name: 'B',
      service: 's',
      ticket: 't',
      unit: 'u',
      due: '28/12/2026',
      // @ts-expect-error — not a variable of the template: a type error, and a finding for callers without types
      dept: 'x',
    });
    expect(ruleIds(result)).toEqual(['reply.invalid-variable', 'reply.extra-variable']);
    expect(result.findings[0]?.message.en).toBe('Variable {due} must be a date as YYYY-MM-DD; got "28/12/2026".');
    expect(ruleIds(renderReply('question.answer', { ...answer, link: 'http://lelang.go.id' }))).toEqual(['reply.invalid-variable']);
  });

  it('refuses a NIK in a public reply, and asks for it to be masked in a private one', () => {
    const leaking = { ...answer, answer: 'NIK 3273010101900001 sudah terdaftar.' };
    const publicReply = renderReply('question.answer', leaking);
    expect(ruleIds(publicReply)).toEqual(['reply.personal-data-public']);
    expect(publicReply.findings[0]?.severity).toBe('error');
    const span = publicReply.findings[0]?.location;
    expect(span?.kind === 'span' && publicReply.text?.slice(span.start, span.end)).toBe('3273010101900001');
    const privateReply = renderReply('question.answer', leaking, { channel: 'private' });
    expect(ruleIds(privateReply)).toEqual(['reply.channel-mismatch', 'reply.personal-data-private']);
    expect(privateReply.findings[1]?.suggestion?.replacement).toMatch(/^•+0001$/);
  });

  it('reports a reply over X’s limit, counting a link as 23 characters', () => {
    const long = { ...answer, answer: 'Lelang dibuka setiap hari kerja. '.repeat(8) };
    const result = renderReply('question.answer', long, { platform: 'x' });
    expect(ruleIds(result)).toEqual(['reply.too-long']);
    expect(result.findings[0]?.message.en).toMatch(/^The reply is \d+ characters, over the X \(Twitter\) limit of 280 \(\d+ too many\)\.$/);
    expect(ruleIds(renderReply('question.answer', long, { platform: 'facebook' }))).toEqual([]);
  });

  it('reports an unknown template with the list of templates', () => {
    // @ts-expect-error — a literal id must be a template of data/templates.yaml
    const [finding] = renderReply('question.nope', {}).findings;
    expect(finding?.ruleId).toBe('reply.unknown-template');
    expect(finding?.message.en).toContain('question.answer');
  });

  it('property: never throws, whatever the variables', () => {
    fc.assert(
      fc.property(fc.constantFrom(...templates.map((template) => template.id)), fc.dictionary(fc.string(), fc.anything()), (id, vars) => {
        const result = renderReply(id, vars);
        if (result.text === undefined) expect(result.findings.some((finding) => finding.severity === 'error')).toBe(true);
      }),
    );
  });
  it('says what an enum or a text variable accepts, and counts null or empty text as missing', () => {
    const messages = (result: { findings: { message: { en: string } }[] }) => result.findings.map((finding) => finding.message.en);
    // @ts-expect-error — 'firemen' is no value of the enum
    expect(messages(renderReply('emergency.redirect', { service: 'firemen' }, { locale: 'en' }))).toEqual([
      'Variable {service} must be one of general, fire, ambulance, police; got "firemen".',
    ]);
    expect(messages(renderReply('question.needs-research', { name: 'x'.repeat(41), days: 2 }, { locale: 'en' }))).toEqual([
      `Variable {name} must be text of 1–40 characters; got "${'x'.repeat(41)}".`,
    ]);
    const missing = [
      "Variable {name} (text: The asker's name or handle) is missing.",
      'Variable {days} (a whole number ≥ 0: Working days needed to check) is missing.',
    ];
    // @ts-expect-error — null and '' are no values; callers without types get findings
    expect(messages(renderReply('question.needs-research', { name: null, days: '' }, { locale: 'en' }))).toEqual(missing);
    // @ts-expect-error — variables that are no record at all: every variable is missing
    expect(messages(renderReply('question.needs-research', 'Budi', { locale: 'en' }))).toEqual(missing);
  });

  it('names both channels when a template is used on the other one, and masks personal data in a direct message', () => {
    const vars = { name: 'Budi', service: 'lelang', ticket: 'T-1', unit: 'KPKNL Bandung', due: '2026-12-28' };
    const toPublic = renderReply('complaint.acknowledge-private', vars, { channel: 'public', locale: 'en' });
    expect(toPublic.text).toBeDefined();
    expect(toPublic.findings.map((finding) => finding.message.en)).toEqual([
      'Template complaint.acknowledge-private is for direct messages, used for a public reply.',
    ]);
    const leaking = { ...answer, answer: 'NIK 3273010101900001 sudah terdaftar.' };
    const toPrivate = renderReply('question.answer', leaking, { channel: 'private', locale: 'en' });
    expect(toPrivate.findings.map((finding) => finding.message.en)).toEqual([
      'Template question.answer is for public replies, used for a direct message.',
      'The direct message contains a NIK (national identity number); show only part of it.',
    ]);
    expect(toPrivate.findings[1]?.suggestion?.message.en).toBe('Write ••••••••••••0001.');
  });
});
