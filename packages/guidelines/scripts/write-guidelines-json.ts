// Writes guidelines.json after checking the rule ids across every package (see the function).
import { fileURLToPath } from 'node:url';
import { writeGuidelinesJson } from '../src/release/write-guidelines-json';

const root = fileURLToPath(new URL('../../..', import.meta.url));
process.exitCode = writeGuidelinesJson(root, new URL('../guidelines.json', import.meta.url)) ? 0 : 1;
