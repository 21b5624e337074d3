// `pnpm bench`: auditing a register of 100,000 rows (target ≤ 3 s). Prints the figure; asserts nothing.
import { auditAccounts, exampleProfiles, nationalRegions, type RegisterRow } from '../dist/index.js';

const profile = exampleProfiles.ministry;
const platforms = ['instagram', 'facebook', 'x', 'tiktok', 'youtube', 'threads'] as const;
const kinds = ['KPKNL', 'KPPN', 'KPP', 'Bea Cukai'];
const cities = nationalRegions.filter((region) => region.kind === 'city').map((region) => region.name);
const rows: RegisterRow[] = [];
for (let i = 0; rows.length < 100_000; i++) {
  const unit = `${kinds[i % kinds.length]} ${cities[Math.floor(i / kinds.length) % cities.length]}`;
  for (const platform of platforms) {
    const handle = `${unit.toLowerCase().replace(/[^a-z]/g, '')}${i % 7 === 0 ? '_official' : ''}`;
    rows.push({ unit, platform, handle, bio: 'Akun resmi kemenkeu.go.id', lastPostDate: '2026-06-01', twoFactor: i % 5 !== 0 });
  }
}
rows.length = 100_000;
auditAccounts(rows.slice(0, 1000), profile, { asOf: '2026-11-22' }); // warm up
const started = performance.now();
const result = auditAccounts(rows, profile, { asOf: '2026-11-22' });
const elapsed = performance.now() - started;
const findings = result.rows.reduce((sum, row) => sum + row.findings.length, result.findings.length);
console.log(
  `auditAccounts: ${rows.length.toLocaleString('en-GB')} rows in ${(elapsed / 1000).toFixed(2)} s (target ≤ 3 s), ${findings.toLocaleString('en-GB')} findings`,
);
console.log(`memory: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB heap`);
