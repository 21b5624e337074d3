import { packageBuild } from '../../scripts/tsup-preset';

export default packageBuild({ index: 'src/index.ts', calendar: 'src/calendar-entry.ts' });
