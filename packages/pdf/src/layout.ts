// `@thidua/pdf/layout`: the typesetter under the official documents, for people who build
// documents of their own in the Decree 30 format (blocks → pages, fonts embedded as subsets).
export * from './layout/blocks.js';
export * from './layout/page-setup.js';
export { typeset, type TypesetOptions, type TypesetContext } from './layout/typeset.js';
export { FontSet, parseFont } from './fonts/font-set.js';
export { placeDateLine } from './documents/format.js';
