// `@thidua/core/messages`: the Vietnamese and English catalogues every package writes its
// messages from, and the one template filler they share.
export { MESSAGES, MESSAGE_VARIANTS, TERMS, type MessageKey, type MessageVariant, type Terms } from './messages/index.js';
export { interpolate } from './messages/interpolate.js';
