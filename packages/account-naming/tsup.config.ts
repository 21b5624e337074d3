import { packageBuild } from '../../scripts/tsup-preset';

// `register-csv`: the CSV reader of the register, apart from the root so that the browser tools that
// check a handle do not download the CSV parser.
export default packageBuild({ index: 'src/index.ts', 'register-csv': 'src/parse-register-csv.ts' });
