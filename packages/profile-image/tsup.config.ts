import { packageBuild } from '../../scripts/tsup-preset';

export default packageBuild({ index: 'src/index.ts', 'node/index': 'src/node/index.ts' });
