import { packageBuild } from '../../scripts/tsup-preset';

// `internal`: the building blocks for the packages of this repository (`exports["./internal"]`).
export default packageBuild({ index: 'src/index.ts', internal: 'src/internal.ts' });
