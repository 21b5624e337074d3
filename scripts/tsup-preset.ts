import { defineConfig, type Options } from 'tsup';

/**
 * The build every published package shares: ESM only, declarations, source maps. A package passes
 * its entry points, and Node-only ones (the CLI) pass `platform: 'node'`.
 */
export function packageBuild(entry: Record<string, string>, overrides: Options = {}) {
  return defineConfig({ entry, format: ['esm'], dts: true, clean: true, sourcemap: true, target: 'es2022', ...overrides });
}
