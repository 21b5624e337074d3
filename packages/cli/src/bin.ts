#!/usr/bin/env node
import { processIo } from './io';
import { main } from './main';

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug in pedoman itself, not in the user's input: say so plainly, keep the detail for a report.
    process.stderr.write(`pedoman: internal error / kesalahan internal — please report it.\n${(error as Error)?.stack ?? error}\n`);
    process.exitCode = 70;
  },
);
