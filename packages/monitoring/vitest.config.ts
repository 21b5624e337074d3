import { defineConfig } from 'vitest/config';

// Property-based tests run hundreds of cases; on a loaded two-core CI machine they need more than
// the default 5 s. Their bound is this timeout, not a speed goal (speed is measured by `pnpm bench`).
export default defineConfig({
  test: { testTimeout: 60_000 },
});
