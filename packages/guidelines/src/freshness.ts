import { type IsoDate, type LocalizedText, platformRegistry, provisions, today } from '@pedoman-medsos/core';
import { agendaFile, campaigns } from '@pedoman-medsos/digital-agenda';
import { specsFile } from '@pedoman-medsos/profile-image';
import { calendarCoveredUntil } from '@pedoman-medsos/reply-templates';

/** Options of {@link freshnessReport}. */
export interface FreshnessOptions {
  /** The day the data is judged on (default: today). */
  asOf?: IsoDate;
  /** How far ahead to warn, in days (default 90). */
  horizonDays?: number;
  /** How old a platform figure may be before it must be read again in its source, in days (default 180). */
  maxFigureAgeDays?: number;
}

/** One piece of time-bound data that has expired, or will within the horizon. */
export interface FreshnessItem {
  kind: 'holiday-calendar' | 'campaign' | 'platform-figure' | 'legal-provision';
  /** What it is, for a person, in both languages: the campaign, the figure's path, the provision. */
  subject: LocalizedText;
  /** The file that holds it, from the repository root. */
  file: string;
  /** The day it expires or expired (for a figure: the day it becomes older than the policy age). */
  date: IsoDate;
  /** `expired`: already past; `expiring`: within the horizon. */
  state: 'expired' | 'expiring';
  /** What to do, in both languages. */
  action: { id: string; en: string };
}

const addDays = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Every `{ value, source, verifiedAt }` figure in a data tree, with its path. */
function sourcedFigures(node: unknown, path: string): { path: string; verifiedAt: IsoDate }[] {
  if (Array.isArray(node)) {
    return node.flatMap((item, index) => {
      const named = item as { id?: unknown; platform?: unknown };
      const key = typeof named.id === 'string' ? named.id : typeof named.platform === 'string' ? named.platform : index;
      return sourcedFigures(item, `${path}[${key}]`);
    });
  }
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  if (typeof record.verifiedAt === 'string' && 'value' in record && typeof record.source === 'string')
    return [{ path, verifiedAt: record.verifiedAt }];
  return Object.entries(record).flatMap(([key, value]) => sourcedFigures(value, path ? `${path}.${key}` : key));
}

/** A subject made only of ids and dates reads the same in both languages. */
const bothLanguages = (text: string): LocalizedText => ({ id: text, en: text });

function judge(date: IsoDate, asOf: IsoDate, horizon: IsoDate): FreshnessItem['state'] | undefined {
  if (date < asOf) return 'expired';
  return date <= horizon ? 'expiring' : undefined;
}

/**
 * What in the guideline data expires or goes stale within the horizon: the holiday calendar's last
 * year, campaigns ending, platform figures not read in their source for longer than the policy age,
 * and legal provisions with an end date. `pnpm check:freshness` prints it (a warning in `npm test`,
 * an error in the release check).
 */
export function freshnessReport(options: FreshnessOptions = {}): FreshnessItem[] {
  const asOf = options.asOf ?? today();
  const horizon = addDays(asOf, options.horizonDays ?? 90);
  const maxAge = options.maxFigureAgeDays ?? 180;
  const items: FreshnessItem[] = [];
  const push = (item: Omit<FreshnessItem, 'state'>) => {
    const state = judge(item.date, asOf, horizon);
    if (state) items.push({ ...item, state });
  };
  push({
    kind: 'holiday-calendar',
    subject: {
      id: `libur nasional dan cuti bersama sampai ${calendarCoveredUntil}`,
      en: `holidays and collective leave until ${calendarCoveredUntil}`,
    },
    file: 'packages/reply-templates/data/holidays.yaml',
    date: calendarCoveredUntil,
    action: {
      id: 'Tambahkan SKB libur nasional dan cuti bersama tahun berikutnya.',
      en: "Add next year's holiday and collective-leave decree.",
    },
  });
  // A campaign that has ended is history (the agenda calendar keeps it); one ending soon needs a successor.
  for (const campaign of campaigns.filter((candidate) => candidate.period.end >= asOf)) {
    push({
      kind: 'campaign',
      subject: bothLanguages(`${campaign.id} (${campaign.period.start} – ${campaign.period.end})`),
      file: 'packages/digital-agenda/data/agenda.yaml',
      date: campaign.period.end,
      action: {
        id: 'Perpanjang, ganti, atau hapus kampanye ini dari agenda.',
        en: 'Extend, replace or remove this campaign from the agenda.',
      },
    });
  }
  const figureSources = [
    { file: 'packages/core/data/platforms.yaml', data: platformRegistry.platforms, root: 'platforms' },
    { file: 'packages/profile-image/data/specs.yaml', data: specsFile.platforms, root: 'platforms' },
    { file: 'packages/digital-agenda/data/agenda.yaml', data: agendaFile.policy, root: 'policy' },
  ];
  for (const { file, data, root } of figureSources) {
    for (const figure of sourcedFigures(data, root)) {
      push({
        kind: 'platform-figure',
        subject: { id: `${figure.path} (dibaca ${figure.verifiedAt})`, en: `${figure.path} (read ${figure.verifiedAt})` },
        file,
        date: addDays(figure.verifiedAt, maxAge),
        action: {
          id: 'Baca lagi angka ini pada sumbernya dan perbarui verifiedAt.',
          en: 'Read the figure again in its source and update verifiedAt.',
        },
      });
    }
  }
  for (const provision of provisions) {
    if (!provision.inForceUntil || provision.inForceUntil < asOf) continue;
    push({
      kind: 'legal-provision',
      subject: {
        id: `${provision.id} (${provision.article}) berlaku sampai ${provision.inForceUntil}`,
        en: `${provision.id} (${provision.article}) in force until ${provision.inForceUntil}`,
      },
      file: 'packages/core/data/legal-instruments.yaml',
      date: provision.inForceUntil,
      action: { id: 'Rujuk ketentuan penggantinya pada aturan yang memakainya.', en: 'Cite its replacement in the rules that use it.' },
    });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.subject.en.localeCompare(b.subject.en));
}
