// Detection of Vietnamese text typed in the legacy 8-bit encodings TCVN3 (ABC, .VnTime fonts)
// and VNI-Windows, which reaches a Unicode form as Latin-1 mojibake: TCVN3 "Céng hßa x· héi"
// for "Cộng hòa xã hội", VNI "Coäng hoøa xaõ hoäi". Browser-safe, no dependencies.
// The three concepts live apart: the syllable model (legacy-syllable.ts), the decoder
// (legacy-decoder.ts) and the detector (legacy-detector.ts).
export { detectLegacyEncoding, type LegacyEncodingMatch } from './legacy-detector.js';
export { decodeTcvn3, decodeVni, type LegacyEncoding } from './legacy-decoder.js';
