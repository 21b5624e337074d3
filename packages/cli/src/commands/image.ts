import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Finding, hasBlockingFinding, localize, type PlatformId } from '@pedoman-medsos/core';
import { findImageTarget, type ImageTarget, imageTargetIds } from '@pedoman-medsos/profile-image';
import { exportAvatars, inspectImageFile, isInspected, judgeInspectedImage, renderCropPreview } from '@pedoman-medsos/profile-image/node';
import { type CommandContext, defineCommand, type OptionSpecs } from '../command';
import { CliError, exitCodes } from '../errors';
import { formatFindings } from '../format-findings';
import { formatTable } from '../format-table';
import { readBytesInput } from '../input';
import type { Io } from '../io';
import { checkOutputFile, forceOption, prepareOutputFolder, writeOutputFile } from '../output-file';
import { readOnePlatform, readPlatformList } from './platform-option';

const usage = {
  id: 'Gunakan "pedoman image check FILE", "pedoman image preview FILE --platform P -o OUT.png" atau "pedoman image export MASTER --out DIR".',
  en: 'Use "pedoman image check FILE", "pedoman image preview FILE --platform P -o OUT.png" or "pedoman image export MASTER --out DIR".',
};

/** The largest image read from standard input: far above any master file, far below memory trouble. */
const maxImageBytes = 64 * 1024 * 1024;

/**
 * The image to read: a path (checked to be a file), or its bytes when it is `-` (standard input).
 * A missing file or a folder is a usage error (exit 2), not a finding about an image.
 */
async function imageInput(file: string | undefined, io: Io): Promise<string | Uint8Array> {
  if (file === undefined) throw new CliError(usage, 'image');
  if (file === '-') return readBytesInput(io, { command: 'image', maxBytes: maxImageBytes });
  const path = resolve(io.cwd, file);
  const found = await stat(path).catch(() => undefined);
  if (!found) throw new CliError({ id: `Berkas ${file} tidak ditemukan.`, en: `File ${file} was not found.` }, 'image');
  if (found.isDirectory()) {
    throw new CliError(
      { id: `"${file}" adalah folder; berikan satu berkas gambar.`, en: `"${file}" is a folder; give one image file.` },
      'image',
    );
  }
  return path;
}

/** Files an output must never replace: the input, when it is a file. */
const inputsOf = (input: string | Uint8Array) => (typeof input === 'string' ? [input] : []);

const targetsOf = (value: unknown): ImageTarget[] =>
  readPlatformList(value, 'image', imageTargetIds).map((id) => findImageTarget(id) as ImageTarget);

async function check(file: string | Uint8Array, { values, io, locale }: CommandContext<typeof imageOptions>): Promise<number> {
  const targets = targetsOf(values.platform ?? 'all').filter((target) => values.platform !== undefined || target.id !== 'master');
  const image = await inspectImageFile(file);
  const results = isInspected(image)
    ? targets.map((target) => ({ platform: target.id, findings: judgeInspectedImage(image, target) }))
    : [{ platform: 'file', findings: image.findings }];
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ meta: isInspected(image) ? image.meta : undefined, results }, null, 2)}\n`);
  } else {
    if (isInspected(image)) {
      const { meta } = image;
      io.stdout.write(
        `${meta.width}×${meta.height} ${meta.format.toUpperCase()}, ${meta.bytes.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB')} B, ${meta.space}${meta.pages > 1 ? `, ${meta.pages} frames` : ''}\n\n`,
      );
    }
    for (const result of results) io.stdout.write(`${result.platform}\n${formatFindings(result.findings, locale)}\n`);
  }
  return results.some((result) => hasBlockingFinding(result.findings)) ? exitCodes.blockingFindings : exitCodes.ok;
}

async function preview(file: string | Uint8Array, { values, io, locale }: CommandContext<typeof imageOptions>): Promise<number> {
  const platform = readOnePlatform(values.platform, 'image', 'preview', imageTargetIds);
  if (typeof values.output !== 'string')
    throw new CliError({ id: 'preview memerlukan -o OUT.png.', en: 'preview needs -o OUT.png.' }, 'image');
  const target = findImageTarget(platform) as ImageTarget;
  const output = { command: 'image', force: values.force === true, inputs: inputsOf(file) };
  // Refuse a bad output path before the work, not after it.
  await checkOutputFile(values.output, io, output);
  const result = await renderCropPreview(file, target);
  if (!result.png) {
    io.stdout.write(formatFindings(result.findings, locale));
    return exitCodes.blockingFindings;
  }
  await writeOutputFile(values.output, result.png, io, output);
  io.stderr.write(`${localize({ id: `Pratinjau ditulis ke ${values.output}.`, en: `Preview written to ${values.output}.` }, locale)}\n`);
  return exitCodes.ok;
}

async function exportAll(file: string | Uint8Array, { values, io, locale }: CommandContext<typeof imageOptions>): Promise<number> {
  const out = values.out;
  if (out === undefined) throw new CliError({ id: 'export memerlukan --out DIR.', en: 'export needs --out DIR.' }, 'image');
  const background = values.background;
  if (background !== undefined && !/^#[0-9A-Fa-f]{6}$/.test(background)) {
    throw new CliError(
      {
        id: `--background "${background}" bukan warna #RRGGBB, mis. #0B3D91.`,
        en: `--background "${background}" is not a #RRGGBB colour, e.g. #0B3D91.`,
      },
      'image',
    );
  }
  const platforms = readPlatformList(values.platform, 'image') as PlatformId[];
  const result = await exportAvatars(file, { platforms, ...(background ? { background } : {}) });
  const findings: Finding[] = [...result.masterFindings, ...result.files.flatMap((exported) => exported.findings)];
  if (result.files.length > 0) {
    const output = { command: 'image', force: values.force === true, inputs: inputsOf(file) };
    const write = await prepareOutputFolder(
      out,
      result.files.map((exported) => exported.fileName),
      io,
      output,
    );
    for (const exported of result.files) await write(exported.fileName, exported.data);
  }
  if (values.json) {
    const files = result.files.map(({ data: _data, ...rest }) => rest);
    io.stdout.write(`${JSON.stringify({ masterFindings: result.masterFindings, files }, null, 2)}\n`);
  } else {
    io.stdout.write(`master\n${formatFindings(result.masterFindings, locale)}\n`);
    if (result.files.length > 0) {
      const rows = result.files.map((exported) => [
        exported.platform,
        join(out, exported.fileName),
        `${exported.width}×${exported.height}`,
        exported.bytes.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB'),
      ]);
      io.stdout.write(
        `${formatTable(['Platform', localize({ id: 'Berkas', en: 'File' }, locale), localize({ id: 'Ukuran', en: 'Size' }, locale), 'B'], rows)}\n`,
      );
    }
  }
  return hasBlockingFinding(findings) ? exitCodes.blockingFindings : exitCodes.ok;
}

/** The options of the command, the one description its parsing, help and types come from. */
const imageOptions = {
  force: forceOption,
  platform: {
    type: 'string',
    valueName: 'P|all|master',
    description: {
      id: 'Platform (bawaan check/export: semua); "master" memeriksa berkas induk.',
      en: 'Platform (check/export default: all); "master" checks the master file.',
    },
  },
  output: { type: 'string', short: 'o', valueName: 'OUT.png', description: { id: 'Berkas pratinjau.', en: 'The preview file.' } },
  out: { type: 'string', valueName: 'DIR', description: { id: 'Folder hasil ekspor.', en: 'The folder to export into.' } },
  background: {
    type: 'string',
    valueName: '#RRGGBB',
    description: {
      id: 'Warna latar untuk bagian transparan (bawaan: warna resmi pertama).',
      en: 'Background for transparent parts (default: the first official colour).',
    },
  },
} as const satisfies OptionSpecs;

/** `pedoman image check|preview|export`. */
export const imageCommand = defineCommand({
  name: 'image',
  usage: 'check FILE [--platform P|all] | preview FILE --platform P -o OUT.png | export MASTER --out DIR',
  summary: {
    id: 'Periksa foto profil, buat pratinjau potongan lingkaran, ekspor avatar per platform.',
    en: 'Check a profile image, preview the circular crop, export avatars per platform.',
  },
  details: {
    id: 'Contoh:\n  pedoman image check logo.png --platform x\n  pedoman image check logo.png --platform master\n  pedoman image preview logo.png --platform instagram -o pratinjau.png\n  pedoman image export induk.png --out avatar/',
    en: 'Examples:\n  pedoman image check logo.png --platform x --lang en\n  pedoman image check logo.png --platform master --lang en\n  pedoman image preview logo.png --platform instagram -o preview.png\n  pedoman image export master.png --out avatars/',
  },
  options: imageOptions,
  async run(context) {
    const [action, file, ...extra] = context.positionals;
    if (extra.length > 0) throw new CliError({ id: 'Terlalu banyak argumen.', en: 'Too many arguments.' }, 'image');
    if (action === 'check') return check(await imageInput(file, context.io), context);
    if (action === 'preview') return preview(await imageInput(file, context.io), context);
    if (action === 'export') return exportAll(await imageInput(file, context.io), context);
    throw new CliError(usage, 'image');
  },
});
