export * from './fonts/font-source.js';
export { padGlyphs, glyphsArePadded } from './fonts/pad-glyphs.js';
export { FontSet, parseFont } from './fonts/font-set.js';
export * from './layout/blocks.js';
export * from './layout/page-setup.js';
export { typeset, type TypesetOptions, type TypesetContext } from './layout/typeset.js';
export { renderDocument, type RenderOptions } from './documents/render-document.js';
export { placeDateLine } from './documents/format.js';
export * from './fill/index.js';
