// Browser-safe: no Node built-ins. Node-only functions (sharp) are in `@pedoman-medsos/profile-image/node`.
export {
  analysePixels,
  colourDistance,
  hexOf,
  type PixelAnalysis,
  type PixelBox,
  type Rgb,
  type RgbaPixels,
  rgbOf,
} from './analyse-pixels';
export { checkImageMeta, type ImageCheckOptions, type ImageMeta } from './check-image-meta';
export { checkImagePixels, type PixelCheckOptions } from './check-image-pixels';
export { analysisSide, type SafeAreaGeometry, safeAreaGeometry } from './geometry';
export { normalizeImageFormat } from './image-format';
export { ImageFindings, type ImageRuleId, imageRules } from './rules';
export { type SafeAreaDiagramLabels, safeAreaDiagram, safeAreaDiagramLabels } from './safe-area-diagram';
export { type BackgroundColour, backgroundColourSchema, type Placement, placementSchema } from './schema/placement';
export {
  type DisplaySize,
  displaySizeSchema,
  type ImageFormat,
  imageFormatSchema,
  type PlatformImageSpec,
  platformImageSpecSchema,
} from './schema/platform-image-spec';
export { type SpecsFile, specsFileSchema } from './schema/specs-file';
export {
  findImageTarget,
  getImageSpec,
  type ImageTarget,
  type ImageTargetId,
  imageSpecs,
  imageTargetIds,
  largestRecommendedSize,
  placement,
  specsFile,
} from './specs';
