import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { LocalizedText } from '@pedoman-medsos/core';
import type { Snapshot } from './snapshot';
import { SnapshotError } from './snapshot-error';

const run = promisify(execFile);
const packageName = '@pedoman-medsos/guidelines';

/** How long `npm:VERSION` waits for the registry by default, in seconds (`--timeout` changes it). */
export const defaultRegistryTimeoutSeconds = 15;

/** Where and how long to look for a published release. */
export interface RegistryOptions {
  /** The npm registry URL; default: the one npm is configured with. */
  registry?: string;
  /** Seconds to wait for the registry before giving up (default {@link defaultRegistryTimeoutSeconds}). */
  timeoutSeconds?: number;
}

interface NpmFailure {
  /** npm's error code (`E404`, `ETARGET`, `ENOTFOUND`…), or `timeout` when the time ran out. */
  code: string;
  /** npm's own explanation, one line. */
  detail: string;
}

/**
 * Runs npm against the registry within the time allowed. npm retries a failed request for about a
 * minute by default, and prints nothing with `--silent`: one try per request, with its errors shown,
 * is what lets the failure say why.
 */
async function npm(args: string[], options: RegistryOptions): Promise<string> {
  const seconds = options.timeoutSeconds ?? defaultRegistryTimeoutSeconds;
  const flags = ['--loglevel=error', '--fetch-retries=0', `--fetch-timeout=${seconds * 1000}`];
  if (options.registry) flags.push('--registry', options.registry);
  try {
    return (await run('npm', [...args, ...flags], { encoding: 'utf8', timeout: seconds * 1000 })).stdout;
  } catch (error) {
    throw npmFailure(error as { killed?: boolean; code?: unknown; stderr?: unknown });
  }
}

function npmFailure(error: { killed?: boolean; code?: unknown; stderr?: unknown }): NpmFailure {
  if (error.killed) return { code: 'timeout', detail: '' };
  if (error.code === 'ENOENT') return { code: 'ENOENT-npm', detail: '' };
  const stderr = String(error.stderr ?? '');
  const code = /npm error code (\S+)/.exec(stderr)?.[1] ?? 'unknown';
  const lines = stderr.split('\n').filter((line) => /^npm error (?!code |errno |syscall |A complete log|\s*$)/.test(line));
  const line = lines.find((candidate) => /reason:|No matching version|404 Not Found/.test(candidate)) ?? lines[0] ?? '';
  // "request to URL failed, reason: connect ECONNREFUSED 127.0.0.1:1": the reason is what people need.
  const detail = /reason: (.*)$/.exec(line)?.[1] ?? line.replace(/^npm error (network |404 )?/, '');
  return { code: /timed? ?out|ETIMEDOUT|ERR_SOCKET_TIMEOUT/i.test(`${code} ${detail}`) ? 'timeout' : code, detail };
}

/** The versions of the guidelines package the registry lists, or `undefined` when it cannot say. */
async function publishedVersions(options: RegistryOptions): Promise<string[] | undefined> {
  try {
    const versions = JSON.parse(await npm(['view', packageName, 'versions', '--json'], options)) as unknown;
    return Array.isArray(versions) ? versions.map(String) : typeof versions === 'string' ? [versions] : undefined;
  } catch {
    return undefined;
  }
}

const networkReasons: Record<string, LocalizedText> = {
  ENOTFOUND: { id: 'nama hostnya tidak dikenal (DNS)', en: 'its host name could not be resolved (DNS)' },
  EAI_AGAIN: { id: 'nama hostnya tidak dapat diperiksa (DNS)', en: 'its host name could not be looked up (DNS)' },
  ECONNREFUSED: { id: 'sambungannya ditolak', en: 'the connection was refused' },
  ECONNRESET: { id: 'sambungannya terputus', en: 'the connection was reset' },
  EHOSTUNREACH: { id: 'hostnya tidak terjangkau', en: 'the host is unreachable' },
  ENETUNREACH: { id: 'jaringannya tidak terjangkau', en: 'the network is unreachable' },
};

/** The registry asked: the one given, or the one npm is configured with. */
async function registryOf(options: RegistryOptions): Promise<string> {
  if (options.registry) return options.registry;
  try {
    return (await run('npm', ['config', 'get', 'registry'], { encoding: 'utf8', timeout: 5000 })).stdout.trim() || 'npm';
  } catch {
    return 'npm';
  }
}

/** Why `npm:VERSION` could not be fetched, and what to do about it. */
async function explain(failure: NpmFailure, version: string, options: RegistryOptions): Promise<LocalizedText> {
  const registry = await registryOf(options);
  const release = `${packageName}@${version}`;
  if (failure.code === 'timeout') {
    const seconds = options.timeoutSeconds ?? defaultRegistryTimeoutSeconds;
    return {
      id: `${release} tidak dapat diambil: registri (${registry}) tidak menjawab dalam ${seconds} detik. Periksa jaringan atau proxy, atau beri waktu lebih lama dengan --timeout DETIK.`,
      en: `${release} could not be fetched: the registry (${registry}) did not answer within ${seconds} s. Check the network or proxy, or allow longer with --timeout SECONDS.`,
    };
  }
  if (failure.code === 'ENOENT-npm') {
    return {
      id: `${release} tidak dapat diambil: perintah npm tidak ditemukan. Pasang Node.js dengan npm.`,
      en: `${release} could not be fetched: npm is not installed or not on PATH.`,
    };
  }
  const network = networkReasons[failure.code];
  if (network) {
    return {
      id: `${release} tidak dapat diambil: registri (${registry}) tidak terjangkau, ${network.id} (${failure.detail}). Periksa jaringan, proxy, atau --registry.`,
      en: `${release} could not be fetched: the registry (${registry}) is unreachable, ${network.en} (${failure.detail}). Check the network, the proxy, or --registry.`,
    };
  }
  if (failure.code === 'ETARGET' || failure.code === 'E404') return missingRelease(failure, version, { ...options, registry });
  return {
    id: `${release} tidak dapat diambil dari registri (${registry}): ${failure.code} ${failure.detail}`.trim(),
    en: `${release} could not be fetched from the registry (${registry}): ${failure.code} ${failure.detail}`.trim(),
  };
}

/** No such version (or no such package): list what is published, when the registry says. */
async function missingRelease(
  failure: NpmFailure,
  version: string,
  options: RegistryOptions & { registry: string },
): Promise<LocalizedText> {
  const registry = options.registry;
  const versions = await publishedVersions(options);
  if (failure.code === 'E404' && !versions?.length) {
    return {
      id: `${packageName} tidak ada di registri ${registry} (404). Periksa --registry, dan apakah paket ini pernah dirilis di sana.`,
      en: `${packageName} is not on the registry ${registry} (404). Check --registry, and whether the package was ever published there.`,
    };
  }
  const listed = versions?.length ? versions.slice(-12).join(', ') : undefined;
  return {
    id: `${packageName} tidak punya versi ${version} di ${registry}. ${listed ? `Versi yang terbit: ${listed}.` : 'Daftar versinya tidak dapat dibaca.'}`,
    en: `${packageName} has no version ${version} on ${registry}. ${listed ? `Published versions: ${listed}.` : 'Its list of versions could not be read.'}`,
  };
}

/** The `guidelines.json` of a fetched package tarball. */
async function unpack(tarball: string, dir: string, version: string): Promise<Snapshot> {
  try {
    await run('tar', ['-xzf', tarball, '-C', dir]);
    return JSON.parse(readFileSync(join(dir, 'package', 'guidelines.json'), 'utf8')) as Snapshot;
  } catch (error) {
    const reason = ((error as { stderr?: string }).stderr || (error as Error).message).split('\n')[0];
    throw new SnapshotError({
      id: `${packageName}@${version} terunduh, tetapi guidelines.json di dalamnya tidak terbaca (${reason}).`,
      en: `${packageName}@${version} was fetched, but its guidelines.json could not be read (${reason}).`,
    });
  }
}

/**
 * The data of a published release: `guidelines.json` inside `@pedoman-medsos/guidelines@VERSION`,
 * fetched with `npm pack` (asynchronously, so a registry served by this same process still answers).
 * A failure says why: the time ran out, the registry is unreachable (and how), or the version does
 * not exist (with the versions that do).
 */
export async function snapshotOfPublished(version: string, options: RegistryOptions = {}): Promise<Snapshot> {
  const dir = mkdtempSync(join(tmpdir(), 'pedoman-published-'));
  try {
    let tarball: string;
    try {
      tarball = (await npm(['pack', `${packageName}@${version}`, '--pack-destination', dir], options)).trim().split('\n').at(-1) ?? '';
    } catch (failure) {
      throw new SnapshotError(await explain(failure as NpmFailure, version, options));
    }
    return { ...(await unpack(join(dir, tarball), dir, version)), label: `npm:${version}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
