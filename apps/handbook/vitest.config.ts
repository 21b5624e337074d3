import { defineConfig } from 'vitest/config';

// Browser tests run against the built site (`astro build` runs first: turbo's test dependsOn build).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One Chromium at a time on a two-core machine.
    fileParallelism: false,
  },
});
