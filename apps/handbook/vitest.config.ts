import { defineConfig } from 'vitest/config';

// Browser tests run against the built site (`astro build` runs first: turbo's test dependsOn build).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // In CI a failed browser test runs once more before it counts as failed: the pages load
    // third-party scripts lazily (Pagefind's index, on an idle callback), and one lost request there
    // leaves the search waiting for good (Pagefind UI never retries its import). Each failed attempt
    // prints what went wrong in the browser (tests/browser.ts), so a real defect still shows.
    retry: process.env.CI ? 1 : 0,
    hookTimeout: 60_000,
    // One Chromium at a time on a two-core machine.
    fileParallelism: false,
  },
});
