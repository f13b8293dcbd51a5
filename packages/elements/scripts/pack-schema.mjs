// The schema packing of the plan chunks lives with the chunk writer in @thidua/validate, which
// the build and the server share; re-exported here for the build's tests.
export { packSchema, unpackSchema } from '../../validate/dist/browser-chunk/pack-schema.js';
