// The example avatars, as the crop preview shows them on Instagram: drawn by the package at build.
import { findImageTarget, type ImageTarget } from '@pedoman-medsos/profile-image';
import { type ExampleAvatarKind, exampleAvatarKinds, renderCropPreview, renderExampleAvatar } from '@pedoman-medsos/profile-image/node';
import type { APIRoute, GetStaticPaths } from 'astro';

export const getStaticPaths = (() => exampleAvatarKinds.map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const kind = params.kind as ExampleAvatarKind;
  const { png } = await renderCropPreview(await renderExampleAvatar(kind), findImageTarget('instagram') as ImageTarget, {
    size: 320,
    displaySizes: false,
  });
  if (!png) throw new Error(`The example avatar "${kind}" could not be drawn`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
