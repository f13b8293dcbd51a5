// `@thidua/core/text`: how the packages read and write Vietnamese administrative text, shared so
// that validation, the form and the PDF agree: figures as written, agency names in a sentence,
// open document numbers, the printable repertoire and the schemas' text patterns.
export { FIGURE_QUALIFIERS, figureText, figureYears, qualifierWord } from './text/figure-text.js';
export { agencyInSentence } from './text/agency-case.js';
export { PLACE_WORDS } from './text/place-words.js';
export { foldDiacritics } from './text/fold-diacritics.js';
export { isCommonPrintable } from './text/printable.js';
export { numberNotGiven, openNumber } from './types/number-not-given.js';
export { NON_BLANK, NON_BLANK_JS } from './types/text.js';
export { DOC_NUMBER_PATTERN, UPPER_PATTERN } from './types/document.js';
