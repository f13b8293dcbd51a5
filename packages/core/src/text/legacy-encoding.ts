// TEMPORARY STUB by the lead so the tree compiles; the helper replaces this file.
export interface LegacyEncodingMatch { encoding: 'tcvn3' | 'vni'; suggestion: string }
export function detectLegacyEncoding(_text: string): LegacyEncodingMatch | null { return null; }
