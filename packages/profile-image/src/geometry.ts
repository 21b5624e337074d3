import type { Placement } from './schema/placement';

/** The circles and squares of an avatar of side `side`, for checks, previews and the diagram. */
export interface SafeAreaGeometry {
  side: number;
  /** Radius of the platform's crop circle (half the side). */
  cropRadius: number;
  /** Radius of the circle the emblem must stay inside. */
  safeRadius: number;
  /** Side of the largest square inside the crop circle (side / √2 ≈ 0.707·side). */
  cropInnerSquare: number;
  /** Side of the largest square emblem inside the safe circle. */
  safeInnerSquare: number;
}

/** Geometry of the safe area, from the same placement numbers everywhere (checks, preview, handbook). */
export function safeAreaGeometry(side: number, rule: Pick<Placement, 'safeCircleDiameter'>): SafeAreaGeometry {
  const cropRadius = side / 2;
  const safeRadius = (side * rule.safeCircleDiameter) / 2;
  return { side, cropRadius, safeRadius, cropInnerSquare: side / Math.SQRT2, safeInnerSquare: safeRadius * Math.SQRT2 };
}

/**
 * Side of the copy the pixel checks run on, in Node (sharp) and in the browser (canvas) alike: a
 * scaled copy keeps time and memory bounded for any file, and findings are scaled back to the
 * original's pixels.
 */
export const analysisSide = 512;
