export * from './fonts/font-source.js';
export { padGlyphs, glyphsArePadded } from './fonts/pad-glyphs.js';
export { FontError } from './fonts/font-error.js';
export { LayoutError } from './layout/layout-error.js';
export { DEFAULT_MARGINS_MM, MARGIN_RANGES, MarginError, type Margins } from './layout/page-setup.js';
export { renderDocument, type RenderOptions } from './documents/render-document.js';
export * from './fill/index.js';
