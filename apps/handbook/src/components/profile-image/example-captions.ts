import type { LocalizedText } from '@pedoman-medsos/core';
import type { ExampleAvatarKind } from '@pedoman-medsos/profile-image/node';

/** What each example shows, for its caption and its alternative text. */
export const exampleCaptions: Record<ExampleAvatarKind, { title: LocalizedText; alt: LocalizedText }> = {
  compliant: {
    title: { id: 'Sesuai pedoman', en: 'Compliant' },
    alt: {
      id: 'Lambang perisai di tengah latar putih, utuh di dalam lingkaran aman.',
      en: 'A shield emblem centred on white, entirely inside the safe circle.',
    },
  },
  'touching-corners': {
    title: { id: 'Lambang menyentuh sudut', en: 'Emblem touching the corners' },
    alt: {
      id: 'Lambang perisai besar yang sudutnya terpotong lingkaran.',
      en: 'A large shield emblem whose corners are cut off by the circle.',
    },
  },
  'off-centre': {
    title: { id: 'Lambang tidak di tengah', en: 'Off-centre emblem' },
    alt: { id: 'Lambang perisai kecil bergeser ke kanan atas.', en: 'A small shield emblem shifted to the upper right.' },
  },
  transparent: {
    title: { id: 'Latar transparan', en: 'Transparent background' },
    alt: { id: 'Lambang perisai tanpa latar.', en: 'A shield emblem with no background.' },
  },
  'photo-background': {
    title: { id: 'Latar foto atau gradasi', en: 'Photo or gradient background' },
    alt: {
      id: 'Lambang perisai di atas latar gradasi biru, hijau dan cokelat.',
      en: 'A shield emblem on a blue, green and brown gradient.',
    },
  },
  'unofficial-background': {
    title: { id: 'Latar bukan warna resmi', en: 'Background not an official colour' },
    alt: { id: 'Lambang perisai di atas latar merah.', en: 'A shield emblem on a red background.' },
  },
};
