// Writes guidelines.json: every published package's data and JSON Schemas in one file, the same
// snapshot `pedoman guidelines diff npm:VERSION` reads back from a published release.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { snapshotOfWorktree } from '../src/release/snapshot';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const snapshot = snapshotOfWorktree(root);
const packages = snapshot.packages.filter((pkg) => Object.keys(pkg.data).length > 0);
writeFileSync(new URL('../guidelines.json', import.meta.url), `${JSON.stringify({ ...snapshot, label: 'release', packages }, null, 1)}\n`);
console.log(`guidelines.json: ${packages.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')}`);
