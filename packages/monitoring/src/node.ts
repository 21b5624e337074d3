// The Node entry: everything of the package root, and the folder reader (node:fs streams), which the
// browser entry leaves out.
export * from './index';
export { feedFolder, readRegister } from './read-folder';
