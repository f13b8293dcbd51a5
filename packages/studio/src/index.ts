export { startStudio, DEFAULT_STUDIO_HOST, DEFAULT_STUDIO_PORT, type Studio, type StudioOptions } from './start-studio.js';
export { StudioOptionError } from './studio-option-error.js';
export type { StudioState, StudioProblem, FixtureResult, PdfResult } from './studio-state.js';
