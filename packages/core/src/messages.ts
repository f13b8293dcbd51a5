// `@thidua/core/messages`: the Vietnamese and English catalogues every package writes its
// messages from, and the one template filler they share.
export { MESSAGES, TERMS, type Terms } from './messages/index.js';
export { interpolate } from './messages/interpolate.js';
