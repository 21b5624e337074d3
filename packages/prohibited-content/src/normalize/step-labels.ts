import type { LocalizedText } from '@pedoman-medsos/core';
import type { StepName } from './classify';

/**
 * The normalization steps (`finding.match.transformations`) in the staff's words, in both
 * languages: what the handbook's checker and the CLI show in a finding's technical details.
 */
export const stepLabels: Record<StepName, LocalizedText> = {
  compatibility: { id: 'huruf hias dijadikan huruf biasa', en: 'fancy letters read as plain letters' },
  'case-fold': { id: 'huruf besar dibaca sebagai huruf kecil', en: 'capitals read as lower case' },
  'look-alike': { id: 'huruf kembar (Kiril, Yunani) dibaca sebagai huruf Latin', en: 'look-alike letters (Cyrillic, Greek) read as Latin' },
  leetspeak: { id: 'angka dan simbol pengganti huruf dibaca sebagai huruf', en: 'digits and symbols standing for letters read as letters' },
  'invisible-removed': { id: 'karakter tak terlihat dibuang', en: 'invisible characters removed' },
  'combining-marks-removed': { id: 'tanda tambahan pada huruf dibuang', en: 'marks added to letters removed' },
  'repeated-letters': { id: 'huruf berulang diringkas', en: 'repeated letters shortened' },
  'split-letters': { id: 'huruf yang dipisah digabung', en: 'split letters joined' },
};
