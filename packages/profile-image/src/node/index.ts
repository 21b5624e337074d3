// Node only: these functions decode and encode images with sharp.
export { checkImageFile, type ImageFileReport, judgeInspectedImage } from './check-image-file';
export { type ExampleAvatarKind, exampleAvatarKinds, renderExampleAvatar } from './example-avatars';
export { type AvatarExport, type ExportedAvatar, type ExportOptions, exportAvatars } from './export-avatars';
export {
  defaultMaxPixels,
  type ImageFileMeta,
  type ImageInput,
  type InspectedImage,
  type InspectOptions,
  inspectImageFile,
  isInspected,
} from './inspect-image-file';
export { type CropPreview, type CropPreviewOptions, renderCropPreview } from './render-crop-preview';
