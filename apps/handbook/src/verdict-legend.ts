// What each verdict of the screener asks the admin to do, written once for the category page and the
// checker (VerdictLegend.astro). The verdict's own words come from the package's `verdictLabels`;
// only the explanation, in general platform words, is the handbook's.
import type { LocalizedText } from '@pedoman-medsos/core';
import type { Verdict } from '@pedoman-medsos/prohibited-content';

/** The verdicts an admin meets when something is found, strongest first, each with what to do. */
export const verdictLegend: readonly { verdict: Verdict; meaning: LocalizedText }[] = [
  {
    verdict: 'hide',
    meaning: {
      id: 'Komentar masuk: sembunyikan komentar itu dengan fitur sembunyikan di platform.',
      en: 'Incoming comment: hide the comment with the platform’s hide feature.',
    },
  },
  {
    verdict: 'hold',
    meaning: {
      id: 'Komentar masuk: biarkan tersembunyi sampai Anda meninjaunya, lalu tampilkan kembali atau tetap sembunyikan.',
      en: 'Incoming comment: keep it hidden until you have reviewed it, then show it again or keep it hidden.',
    },
  },
  {
    verdict: 'block',
    meaning: {
      id: 'Draf unggahan akun: jangan diunggah. Perbaiki bagian yang ditandai, lalu periksa lagi.',
      en: 'Draft post of the account: do not post it. Fix the marked parts, then check it again.',
    },
  },
  {
    verdict: 'needs-approval',
    meaning: {
      id: 'Draf unggahan akun: jangan diunggah sebelum verifikator konten unit Anda menyetujuinya.',
      en: 'Draft post of the account: do not post it before your unit’s content approver has cleared it.',
    },
  },
];
