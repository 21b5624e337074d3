import { packageBuild } from '../../scripts/tsup-preset';

export default packageBuild({ index: 'src/index.ts', node: 'src/node.ts' });
