import type { Platform } from '@pedoman-medsos/core';
import type { NamingFindings } from './rules';

/** The characters a platform accepts in a handle. */
export function allowedCharacters(platform: Platform): RegExp {
  const punctuation = platform.handle.punctuation.map((mark) => `\\${mark}`).join('');
  return new RegExp(`^[a-zA-Z0-9${punctuation}]$`);
}

/** Adds the findings of the platform's own handle rules (characters, length, punctuation, reserved words). */
export function checkPlatformRules(handle: string, platform: Platform, findings: NamingFindings): void {
  const rules = platform.handle;
  const allowed = allowedCharacters(platform);
  const wrong = [...new Set(Array.from(handle).filter((char) => !allowed.test(char)))];
  if (wrong.length > 0) {
    const list = wrong.map((char) => `"${char}"`).join(', ');
    const accepted = ['a–z', '0–9', ...rules.punctuation].join(' ');
    findings.add('naming.platform-characters', {
      id: `${platform.name} tidak menerima ${list} dalam handle; yang diterima: ${accepted}.`,
      en: `${platform.name} does not accept ${list} in a handle; accepted: ${accepted}.`,
    });
  }
  const length = Array.from(handle).length;
  if (length > rules.maxLength.value || length < rules.minLength.value) {
    findings.add('naming.platform-length', {
      id: `Handle ${length} karakter; ${platform.name} menerima ${rules.minLength.value}–${rules.maxLength.value}.`,
      en: `The handle has ${length} characters; ${platform.name} accepts ${rules.minLength.value}–${rules.maxLength.value}.`,
    });
  }
  const first = handle[0] ?? '';
  const last = handle.at(-1) ?? '';
  const leading = (rules.noLeading as string[]).includes(first);
  const trailing = (rules.noTrailing as string[]).includes(last);
  const doubled = rules.noConsecutive.some((mark) => handle.includes(mark + mark));
  if (leading || trailing || doubled) {
    const where = [
      leading && { id: 'di awal', en: 'at the start' },
      trailing && { id: 'di akhir', en: 'at the end' },
      doubled && { id: 'berurutan', en: 'twice in a row' },
    ].filter((part): part is { id: string; en: string } => Boolean(part));
    findings.add('naming.platform-punctuation', {
      id: `${platform.name} tidak menerima tanda baca ${where.map((part) => part.id).join(' atau ')}.`,
      en: `${platform.name} does not accept punctuation ${where.map((part) => part.en).join(' or ')}.`,
    });
  }
  const lower = handle.toLowerCase();
  for (const word of rules.reservedWords) {
    if (lower.includes(word.toLowerCase())) {
      findings.add('naming.platform-reserved-word', {
        id: `"${word}" dicadangkan oleh ${platform.name}.`,
        en: `"${word}" is reserved by ${platform.name}.`,
      });
    }
  }
}
