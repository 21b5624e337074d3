import { defineConfig } from 'vitest/config';

// The publish test packs every package, runs a local registry and installs a fresh project from
// it: minutes, bounded by this timeout (speed is not what it measures).
export default defineConfig({
  test: { testTimeout: 600_000, hookTimeout: 120_000 },
});
