import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Debian's Chromium, never a downloaded build; no traffic leaves the machine.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Handbook {
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves the built handbook on 127.0.0.1 and opens Chromium on it. */
export async function openHandbook(): Promise<Handbook> {
  if (!existsSync(`${root}/dist/index.html`)) throw new Error('apps/handbook/dist is missing: run `pnpm build` first.');
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  }
  const port = await freePort();
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * Opens the handbook once for a test file: `const site = useHandbook();` then `site.page` and
 * `site.url('/en/')` inside tests.
 */
export function useHandbook() {
  let handbook: Handbook | undefined;
  let page: Page | undefined;
  // What went wrong inside the browser during the current test, printed when it fails: a step that
  // waits in vain (a script error, a failed request) otherwise only shows as a timeout.
  const browserProblems: string[] = [];
  beforeAll(async () => {
    handbook = await openHandbook();
    page = await (await handbook.browser.newContext()).newPage();
    // Shorter than the test's timeout, so that a stuck step fails naming its locator.
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => browserProblems.push(`script error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') browserProblems.push(`console: ${message.text()}`);
    });
    page.on('requestfailed', (request) => browserProblems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on('response', (response) => {
      if (response.status() >= 400) browserProblems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
  });
  beforeEach(({ onTestFailed }) => {
    browserProblems.length = 0;
    onTestFailed(() => {
      console.error(`In the browser during this test:\n  ${browserProblems.join('\n  ') || '(nothing went wrong there)'}`);
    });
  });
  afterAll(async () => {
    await handbook?.close();
  });
  return {
    get page(): Page {
      if (!page) throw new Error('useHandbook(): the page is only there inside tests');
      return page;
    },
    get baseUrl(): string {
      return handbook?.baseUrl ?? '';
    },
    url: (path: string) => `${handbook?.baseUrl ?? ''}${path}`,
    /** Starts recording requests to anything but the handbook's own server; the tools must make none. */
    recordOutsideRequests(): string[] {
      const outside: string[] = [];
      page?.on('request', (request) => {
        // blob: and data: addresses are objects inside the page (a download the tool made): nothing leaves.
        const url = request.url();
        if (!url.startsWith(handbook?.baseUrl ?? '') && !url.startsWith('blob:') && !url.startsWith('data:')) outside.push(url);
      });
      return outside;
    },
  };
}
