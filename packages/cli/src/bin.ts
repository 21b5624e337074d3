#!/usr/bin/env node
import { processIo } from './io';
import { main } from './main';

// A reader that stops early (`pedoman screen big.txt | head`) closes the pipe: nothing more can be
// said to it, so stop quietly as `cat` and `grep` do, instead of an unhandled EPIPE with a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

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
