import { namingRules } from '@pedoman-medsos/account-naming';
import { exampleMark, findPlatform, type Locale, type LocalizedText, ruleLevelLabels, sharedRules } from '@pedoman-medsos/core';
import { agendaRules } from '@pedoman-medsos/digital-agenda';
import { monitoring } from '@pedoman-medsos/governance';
import { barChartSvg } from './charts';
import type { AccountReport, EvaluationResult, UnitReport } from './evaluate';
import { type IndicatorValue, indicatorValue } from './indicators';

/** How the HTML report is written. */
export interface HtmlReportOptions {
  lang: Locale;
  /** Marks every page as generated sample data (the demo). */
  generated?: boolean;
}

// The page's words; every sentence in both languages, picked by `lang`.
const words = {
  title: {
    id: 'Laporan monitoring dan evaluasi akun media sosial resmi',
    en: 'Monitoring and evaluation of the official social-media accounts',
  },
  period: { id: 'Periode', en: 'Period' },
  zone: { id: 'Zona waktu jam kerja', en: 'Working-hours time zone' },
  generated: {
    id: 'DATA BUATAN — laporan ini dihitung dari data contoh yang dibangkitkan, bukan dari akun sebenarnya.',
    en: 'GENERATED DATA — this report is computed from generated sample data, not from real accounts.',
  },
  overview: { id: 'Ringkasan instansi', en: 'Institution overview' },
  indicator: { id: 'Indikator', en: 'Indicator' },
  value: { id: 'Nilai', en: 'Value' },
  target: { id: 'Target', en: 'Target' },
  status: { id: 'Status', en: 'Status' },
  count: { id: 'Hitungan', en: 'Count' },
  met: { id: '✓ Tercapai', en: '✓ Met' },
  notMet: { id: '✕ Belum tercapai', en: '✕ Not met' },
  noTarget: { id: 'Tanpa target angka', en: 'No numeric target' },
  notMeasured: { id: '— Tidak ada yang dihitung', en: '— Nothing to count' },
  units: { id: 'Unit kerja, skor terendah lebih dahulu', en: 'Work units, lowest score first' },
  unit: { id: 'Unit', en: 'Unit' },
  score: { id: 'Skor', en: 'Score' },
  accounts: { id: 'Akun', en: 'Accounts' },
  weakest: { id: 'Indikator terlemah', en: 'Weakest indicator' },
  sortHint: { id: 'Klik judul kolom untuk mengurutkan.', en: 'Click a column heading to sort.' },
  posts: { id: 'Unggahan', en: 'Posts' },
  onTime: { id: 'Balasan tepat waktu', en: 'Replies on time' },
  replyTimes: { id: 'Waktu balasan (median / persentil 90, jam kerja)', en: 'Reply time (median / 90th percentile, working hours)' },
  visible: { id: 'Komentar terlarang masih tampil', en: 'Prohibited comments still visible' },
  weekly: { id: 'Unggahan per minggu', en: 'Posts per week' },
  mix: { id: 'Bauran konten menurut tujuan', en: 'Content mix by purpose' },
  unclassified: { id: 'Tidak terbaca', en: 'Not read' },
  distribution: { id: 'Sebaran waktu balasan (jam kerja)', en: 'Reply times (working hours)' },
  findings: { id: 'Temuan dan tindak lanjut', en: 'Findings and what to do' },
  none: { id: 'Tidak ada temuan.', en: 'No findings.' },
  unregistered: { id: 'tidak ada di register akun resmi', en: 'not in the register of official accounts' },
  week: { id: 'Mg', en: 'Wk' },
  campaigns: { id: 'Kampanye agenda digital dalam periode', en: 'Digital-agenda campaigns in the period' },
  readings: { id: 'Cara tujuan unggahan dibaca (penanda yang ditemukan)', en: 'How the posts’ purposes were read (cues found)' },
  label: { id: 'label pada ekspor', en: 'the export’s label' },
} satisfies Record<string, LocalizedText>;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);
const percent = (value: number | undefined, lang: Locale) =>
  value === undefined
    ? '—'
    : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { style: 'percent', maximumFractionDigits: 0 }).format(value);
const indicatorTitle = (id: string) => monitoring.indicators.find((indicator) => indicator.id === id)?.title ?? { id, en: id };

function statusCell(value: IndicatorValue, lang: Locale): string {
  const text =
    value.value === undefined ? words.notMeasured : value.met === undefined ? words.noTarget : value.met ? words.met : words.notMet;
  const tone = value.value === undefined || value.met === undefined ? 'none' : value.met ? 'ok' : 'stop';
  return `<td class="status" data-tone="${tone}">${escapeHtml(text[lang])}</td>`;
}

function indicatorTable(values: readonly IndicatorValue[], lang: Locale): string {
  const rows = values.map(
    (value) =>
      `<tr data-indicator="${value.id}"><th scope="row">${escapeHtml(indicatorTitle(value.id)[lang])}</th><td class="number">${percent(value.value, lang)}</td>` +
      `<td class="number">${value.numerator} / ${value.denominator}</td><td class="number">${value.target === undefined ? '—' : percent(value.target, lang)}</td>${statusCell(value, lang)}</tr>`,
  );
  const head = [words.indicator, words.value, words.count, words.target, words.status]
    .map((word) => `<th scope="col">${escapeHtml(word[lang])}</th>`)
    .join('');
  return `<table class="indicators"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function weakest(accounts: readonly AccountReport[], lang: Locale): string {
  const values = accounts.flatMap((account) => account.indicators).filter((value) => value.value !== undefined);
  const worst = values.sort((a, b) => (a.value ?? 0) - (b.value ?? 0))[0];
  return worst ? `${escapeHtml(indicatorTitle(worst.id)[lang])} (${percent(worst.value, lang)})` : '—';
}

function unitsTable(units: readonly UnitReport[], lang: Locale): string {
  const rows = units.map(
    (unit, index) =>
      `<tr><td><a href="#unit-${index}">${escapeHtml(unit.unit)}</a></td><td class="number" data-sort="${unit.score}">${unit.score}</td>` +
      `<td class="number" data-sort="${unit.accounts.length}">${unit.accounts.length}</td><td>${weakest(unit.accounts, lang)}</td></tr>`,
  );
  const head = [words.unit, words.score, words.accounts, words.weakest]
    .map((word, index) => `<th scope="col"><button type="button" data-column="${index}">${escapeHtml(word[lang])}</button></th>`)
    .join('');
  return `<p class="hint">${escapeHtml(words.sortHint[lang])}</p><table class="units sortable"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Buckets of the reply-time distribution, in working hours. */
const replyBuckets = [1, 4, 8, 16, 40];

function unitCharts(unit: UnitReport, lang: Locale): string {
  const weeks = unit.accounts[0]?.counts.weeklyPosts.length ?? 0;
  const label = (account: AccountReport) => `${findPlatform(account.platform)?.name ?? account.platform} @${account.account}`;
  const weekly = barChartSvg({
    categories: Array.from({ length: weeks }, (_, index) => `${words.week[lang]} ${index + 1}`),
    series: unit.accounts.map((account) => ({ name: label(account), values: account.counts.weeklyPosts })),
  });
  const purposes = monitoring.contentPurposes;
  const mix = barChartSvg({
    categories: unit.accounts.map(label),
    series: [
      ...purposes.map((purpose) => ({
        name: purpose.label[lang],
        values: unit.accounts.map((account) => account.counts.purposes[purpose.id] ?? 0),
      })),
      { name: words.unclassified[lang], values: unit.accounts.map((account) => account.counts.unclassified) },
    ],
    stacked: true,
  });
  const minutes = unit.accounts.flatMap((account) => account.counts.replies.workingMinutes);
  const bucketNames = [
    ...replyBuckets.map((limit, index) => `${index === 0 ? 0 : replyBuckets[index - 1]}–${limit}`),
    `> ${replyBuckets.at(-1)}`,
  ];
  const counts = bucketNames.map(() => 0);
  for (const value of minutes) {
    const index = replyBuckets.findIndex((limit) => value / 60 <= limit);
    counts[index === -1 ? counts.length - 1 : index]!++;
  }
  const distribution = barChartSvg({ categories: bucketNames, series: [{ name: words.distribution[lang], values: counts }] });
  return [
    `<figure><figcaption>${escapeHtml(words.weekly[lang])}</figcaption>${weekly}</figure>`,
    `<figure><figcaption>${escapeHtml(words.mix[lang])}</figcaption>${mix}</figure>`,
    `<figure><figcaption>${escapeHtml(words.distribution[lang])}</figcaption>${distribution}</figure>`,
  ].join('');
}

function accountsTable(unit: UnitReport, lang: Locale): string {
  const rows = unit.accounts.map((account) => {
    const replies = account.indicators.find((value) => value.id === 'response-time');
    const hours = account.replyHours;
    const name = `${escapeHtml(findPlatform(account.platform)?.name ?? account.platform)} @${escapeHtml(account.account)}`;
    return (
      `<tr><th scope="row">${name}${account.registered ? '' : ` <em>(${escapeHtml(words.unregistered[lang])})</em>`}</th>` +
      `<td class="number">${account.score}</td><td class="number">${account.counts.posts}</td>` +
      `<td class="number">${replies ? `${percent(replies.value, lang)} (${replies.numerator}/${replies.denominator})` : '—'}</td>` +
      `<td class="number">${hours.median ?? '—'} / ${hours.p90 ?? '—'}</td><td class="number">${account.counts.prohibitedCommentsVisible}</td></tr>`
    );
  });
  const head = [words.accounts, words.score, words.posts, words.onTime, words.replyTimes, words.visible]
    .map((word) => `<th scope="col">${escapeHtml(word[lang])}</th>`)
    .join('');
  return `<table class="accounts"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

// The rules an evaluation reports, by id: a finding is shown with its rule's level and title.
const reportedRules = new Map(
  [...namingRules, ...agendaRules, ...sharedRules].map((rule) => [rule.id, { level: rule.level, title: rule.title }] as const),
);

function findingsList(unit: UnitReport, lang: Locale): string {
  const items = unit.accounts.flatMap((account) =>
    account.findings.map((finding) => {
      const rule = reportedRules.get(finding.ruleId);
      const head = rule
        ? `<strong>${escapeHtml(ruleLevelLabels[rule.level][lang])}</strong> · ${escapeHtml(rule.title[lang] ?? rule.title.id)} — `
        : '';
      return `<li data-rule="${escapeHtml(finding.ruleId)}">@${escapeHtml(account.account)}: ${head}${escapeHtml(finding.message[lang])}</li>`;
    }),
  );
  return items.length > 0 ? `<ul class="findings">${items.join('')}</ul>` : `<p>${escapeHtml(words.none[lang])}</p>`;
}

/** How each purpose was read in the unit's posts: the cue phrases (or the export's label) and how often. */
function readingsList(unit: UnitReport, lang: Locale): string {
  const merged = new Map<string, Map<string, number>>();
  for (const account of unit.accounts) {
    for (const [purpose, cues] of Object.entries(account.counts.readings)) {
      const into = merged.get(purpose) ?? new Map<string, number>();
      for (const [cue, count] of Object.entries(cues)) into.set(cue, (into.get(cue) ?? 0) + count);
      merged.set(purpose, into);
    }
  }
  const items = monitoring.contentPurposes
    .filter((purpose) => merged.has(purpose.id))
    .map((purpose) => {
      const cues = [...merged.get(purpose.id)!.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
      const shown = cues.map(([cue, count]) => `${cue === 'label' ? words.label[lang] : `“${escapeHtml(cue)}”`} ×${count}`).join(', ');
      return `<li>${escapeHtml(purpose.label[lang])}: ${shown}</li>`;
    });
  return items.length > 0 ? `<h3>${escapeHtml(words.readings[lang])}</h3><ul class="readings">${items.join('')}</ul>` : '';
}

function unitSection(unit: UnitReport, index: number, lang: Locale): string {
  const values = unit.accounts.flatMap((account) => account.indicators);
  const byId = [...new Set(values.map((value) => value.id))].map((id) => {
    const same = values.filter((value) => value.id === id);
    return indicatorValue(
      id,
      same.reduce((sum, value) => sum + value.numerator, 0),
      same.reduce((sum, value) => sum + value.denominator, 0),
    );
  });
  return (
    `<section class="unit" id="unit-${index}"><h2>${escapeHtml(unit.unit)} — ${escapeHtml(words.score[lang])} ${unit.score}</h2>` +
    `${indicatorTable(byId, lang)}${accountsTable(unit, lang)}<div class="charts">${unitCharts(unit, lang)}</div>` +
    `${readingsList(unit, lang)}<h3>${escapeHtml(words.findings[lang])}</h3>${findingsList(unit, lang)}</section>`
  );
}

// Sorting the units table in the page: a dozen lines, inline so that the file stays self-contained.
const sortScript = `document.querySelectorAll('table.sortable button[data-column]').forEach(function(button){button.addEventListener('click',function(){var table=button.closest('table');var column=Number(button.dataset.column);var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);var descending=button.dataset.order==='asc';button.dataset.order=descending?'desc':'asc';rows.sort(function(a,b){var x=a.cells[column],y=b.cells[column];var p=x.dataset.sort,q=y.dataset.sort;var r=p!==undefined?Number(p)-Number(q):x.textContent.localeCompare(y.textContent);return descending?-r:r;});rows.forEach(function(row){body.appendChild(row);});});});`;

const styles = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b}table{border-collapse:collapse;margin:1rem 0;width:100%}th,td{border-bottom:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}.number{text-align:right;font-variant-numeric:tabular-nums}td.status[data-tone=ok]{color:#0a6b2d;font-weight:600}td.status[data-tone=stop]{color:#a4161a;font-weight:600}.banner{border:2px dashed #a15c00;padding:.75rem 1rem;font-weight:700}.hint{font-size:.85rem;color:#555}th button{all:unset;cursor:pointer;text-decoration:underline dotted}.charts{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0}figcaption{font-weight:600}@media print{.unit{break-before:page}th button{text-decoration:none}.hint{display:none}}`;

/** The whole report as one HTML file: works offline (no script or style from elsewhere) and prints one unit a page. */
export function renderHtmlReport(result: EvaluationResult, options: HtmlReportOptions): string {
  const { lang } = options;
  const campaigns = result.campaigns
    .map(
      (campaign) =>
        `<li>${escapeHtml(campaign.title[lang])}${campaign.example ? ` <strong>[${escapeHtml(exampleMark[lang])}]</strong>` : ''}</li>`,
    )
    .join('');
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(words.title[lang])} — ${escapeHtml(result.period.label)}</title><style>${styles}</style></head><body>`,
    `<h1>${escapeHtml(words.title[lang])}</h1>`,
    options.generated ? `<p class="banner" data-generated>${escapeHtml(words.generated[lang])}</p>` : '',
    `<p>${escapeHtml(words.period[lang])}: ${escapeHtml(result.period.label)} (${result.period.from} – ${result.period.to}) · ${escapeHtml(words.zone[lang])}: ${result.timeZone}</p>`,
    `<h2>${escapeHtml(words.overview[lang])}</h2>${indicatorTable(result.institution, lang)}`,
    campaigns ? `<h3>${escapeHtml(words.campaigns[lang])}</h3><ul>${campaigns}</ul>` : '',
    `<h2>${escapeHtml(words.units[lang])}</h2>${unitsTable(result.units, lang)}`,
    ...result.units.map((unit, index) => unitSection(unit, index, lang)),
    `<script>${sortScript}</script></body></html>`,
  ].join('\n');
}
