import type { PersonalDataHit } from './personal-data';

/**
 * The institution's own contacts, which its drafts publish on purpose: they are not personal data.
 * Set them in the screener's configuration (`createScreener({ officialContacts })`).
 */
export interface OfficialContacts {
  /**
   * E-mail domains of the institution, subdomains included, e.g. `kemenkeu.go.id`. Addresses on
   * `go.id` (the Indonesian government's domain) are always taken as institutional.
   */
  emailDomains?: readonly string[];
  /** Service phone and WhatsApp numbers in any common form: `0811-5000-123`, `+62 811 5000 123`. */
  phones?: readonly string[];
  /**
   * The institution's own addresses, as written on its letterhead: a village office's address may
   * give its RT and RW (`Jl. Pramuka No. 7 RT 01 RW 02, Banjarmasin`), which would otherwise read as
   * a home address.
   */
  addresses?: readonly string[];
}

/** Government domains whose mailboxes are the institution's, not a person's private address. */
const governmentDomains = ['go.id'];

/** A phone number as its national digits: `+62 811…`, `62811…` and `0811…` are the same number. */
export function nationalDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('62')) return digits.slice(2);
  return digits.startsWith('0') ? digits.slice(1) : digits;
}

const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** An address as letters and numbers only, numbers without leading zeros: `RT.003/RW.02` and `RT 3 RW 2` are the same. */
const addressKey = (address: string) =>
  address
    .toLowerCase()
    .replace(/\d+/gu, (number) => String(Number(number)))
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a personal-data hit is one of the institution's own contacts (so no finding). */
export function isOfficialContact(hit: PersonalDataHit, text: string, contacts: OfficialContacts = {}): boolean {
  const found = text.slice(hit.start, hit.end);
  if (hit.kind === 'email') {
    const host = found.slice(found.lastIndexOf('@') + 1).toLowerCase();
    return [...governmentDomains, ...(contacts.emailDomains ?? [])].some((domain) =>
      onDomain(host, domain.toLowerCase().replace(/^@/, '')),
    );
  }
  if (hit.kind === 'phone') {
    const number = nationalDigits(found);
    return (contacts.phones ?? []).some((phone) => nationalDigits(phone) === number);
  }
  if (hit.kind === 'address') {
    const key = addressKey(found);
    return (contacts.addresses ?? []).some((address) => addressKey(address).includes(key));
  }
  return false;
}
