// `npm:VERSION` against registries that fail in each way people meet: a tiny HTTP server in this
// process plays the registry (npm runs asynchronously, so it still answers).
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotOfPublished } from './published';
import { SnapshotError } from './snapshot-error';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function registry(handler: RequestListener): Promise<string> {
  const listening = createServer(handler);
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}/`;
}

/** The message `snapshotOfPublished` fails with, in English and Indonesian. */
async function failure(version: string, options: Parameters<typeof snapshotOfPublished>[1]) {
  const error = await snapshotOfPublished(version, options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SnapshotError);
  return (error as SnapshotError).text;
}

const packument = (url: string) => ({
  name: '@pedoman-medsos/guidelines',
  'dist-tags': { latest: '1.1.0' },
  versions: Object.fromEntries(
    ['1.0.0', '1.1.0'].map((version) => [
      version,
      { name: '@pedoman-medsos/guidelines', version, dist: { tarball: `${url}guidelines-${version}.tgz` } },
    ]),
  ),
});

describe('snapshotOfPublished', () => {
  it('names a version that does not exist, and lists the published ones', async () => {
    const url = await registry((request, response) => {
      if (request.url?.startsWith('/@pedoman-medsos')) {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(packument(url)));
      } else {
        response.statusCode = 404;
        response.end('{}');
      }
    });
    const text = await failure('9.9.9', { registry: url });
    expect(text.en).toBe(`@pedoman-medsos/guidelines has no version 9.9.9 on ${url}. Published versions: 1.0.0, 1.1.0.`);
    expect(text.id).toContain('Versi yang terbit: 1.0.0, 1.1.0.');
  }, 30_000);

  it('says when the registry does not have the package at all', async () => {
    const url = await registry((_request, response) => {
      response.statusCode = 404;
      response.end('{"error":"not found"}');
    });
    expect((await failure('1.0.0', { registry: url })).en).toBe(
      `@pedoman-medsos/guidelines is not on the registry ${url} (404). Check --registry, and whether the package was ever published there.`,
    );
  }, 30_000);

  it('gives up after the time allowed when the registry never answers, and says how to wait longer', async () => {
    const url = await registry(() => {});
    const started = Date.now();
    const text = await failure('1.0.0', { registry: url, timeoutSeconds: 2 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(text.en).toBe(
      `@pedoman-medsos/guidelines@1.0.0 could not be fetched: the registry (${url}) did not answer within 2 s. Check the network or proxy, or allow longer with --timeout SECONDS.`,
    );
    expect(text.id).toContain('tidak menjawab dalam 2 detik');
  }, 30_000);

  it('says the connection was refused when nothing listens there', async () => {
    const text = await failure('1.0.0', { registry: 'http://127.0.0.1:1/' });
    expect(text.en).toMatch(
      /^@pedoman-medsos\/guidelines@1\.0\.0 could not be fetched: the registry \(http:\/\/127\.0\.0\.1:1\/\) is unreachable/,
    );
    expect(text.en).toContain('the connection was refused (connect ECONNREFUSED 127.0.0.1:1)');
    expect(text.id).toContain('sambungannya ditolak');
  }, 30_000);
});
