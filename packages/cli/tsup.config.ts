import { packageBuild } from '../../scripts/tsup-preset';

export default packageBuild(
  { index: 'src/index.ts', bin: 'src/bin.ts', 'screen-worker': 'src/commands/screen-worker.ts' },
  { dts: { entry: 'src/index.ts' }, target: 'node22', platform: 'node' },
);
