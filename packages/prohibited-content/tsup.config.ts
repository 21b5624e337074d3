import { packageBuild } from '../../scripts/tsup-preset';

// `internal`: the building blocks for the packages of this repository (`exports["./internal"]`).
// `personal-data`: the personal-data detector alone, for reply drafts in the browser (a page that
// checks a reply does not download the screener).
export default packageBuild({ index: 'src/index.ts', internal: 'src/internal.ts', 'personal-data': 'src/detect/personal-data.ts' });
