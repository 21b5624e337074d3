// Writes the last release tag (or `none`) to `.release-tag`, which turbo hashes into the cache key
// of the handbook build just before it runs (apps/handbook/turbo.json). The release-notes page
// compares the rules with that tag, and a tag is not a file: without this, a build cached before a
// release would be replayed after it, comparing with the release before.
import { writeFileSync } from 'node:fs';
import { findRepositoryRoot, lastReleaseTag } from '@pedoman-medsos/guidelines/release';

const root = findRepositoryRoot(process.cwd());
const tag = (root && lastReleaseTag(root)) || 'none';
writeFileSync(new URL('../.release-tag', import.meta.url), `${tag}\n`);
