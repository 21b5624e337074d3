import { defineCommand, type OptionSpecs } from '../command';
import { forceOption } from '../output-file';
import { profileOption } from './profile-option';

/** The options of `pedoman evaluate`, the one description its parsing, help and types come from. */
export const evaluateOptions = {
  period: {
    type: 'string',
    valueName: 'P',
    description: {
      id: 'Periode: 2026-Q4, 2026-11, 2026, atau 2026-10-01..2026-12-31.',
      en: 'Period: 2026-Q4, 2026-11, 2026 or 2026-10-01..2026-12-31.',
    },
  },
  output: {
    type: 'string',
    short: 'o',
    valueName: 'FOLDER',
    description: { id: 'Folder laporan (bawaan: laporan-monev).', en: 'Report folder (default: laporan-monev).' },
  },
  'time-zone': {
    type: 'string',
    valueName: 'WIB|WITA|WIT',
    description: { id: 'Zona waktu jam kerja unit (bawaan: WIB).', en: 'The units’ working-hours time zone (default: WIB).' },
  },
  profile: profileOption,
  demo: { type: 'boolean', description: { id: 'Jalankan pada data buatan (contoh).', en: 'Run on generated (sample) data.' } },
  force: forceOption,
} as const satisfies OptionSpecs;

/** `pedoman evaluate DIR --period 2026-Q4`: the monitoring-and-evaluation report of every account. */
export const evaluateCommand = defineCommand({
  name: 'evaluate',
  usage: 'DIR --period P [-o FOLDER] | --demo',
  summary: {
    id: 'Laporan monitoring dan evaluasi seluruh akun resmi dari ekspor platform.',
    en: 'The monitoring-and-evaluation report of every official account, from the platforms’ exports.',
  },
  details: {
    id: 'DIR berisi accounts.csv (register akun resmi), posts.csv atau posts.jsonl, dan comments.csv atau comments.jsonl (format umum, lihat README paket @pedoman-medsos/monitoring). Laporan ditulis ke folder -o (bawaan: laporan-monev) sebagai HTML (id dan en), JSON, dan CSV. --demo memakai data buatan.',
    en: 'DIR holds accounts.csv (the register of official accounts), posts.csv or posts.jsonl, and comments.csv or comments.jsonl (the generic format, see the @pedoman-medsos/monitoring README). The report is written to the -o folder (default: laporan-monev) as HTML (id and en), JSON and CSV. --demo uses generated data.',
  },
  options: evaluateOptions,
  async run(context) {
    const { runEvaluate } = await import('./evaluate-run');
    return runEvaluate(context);
  },
});
