// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';

const paragraphs = /* @__PURE__ */ (() => z.array(localizedTextSchema).min(1))();

/** Pendahuluan: why the pedoman exists, what it is for, and whom it addresses. */
export const introductionSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Latar belakang, one entry a paragraph. */
      background: paragraphs,
      /** Maksud: what the pedoman is meant to be. */
      purpose: localizedTextSchema,
      /** Tujuan: what it sets out to achieve, one entry an aim. */
      objectives: paragraphs,
      /** Sasaran: the people and units it addresses. */
      audience: paragraphs,
    })
    .strict())();
export type Introduction = z.output<typeof introductionSchema>;
