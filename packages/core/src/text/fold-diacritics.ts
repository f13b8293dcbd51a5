/**
 * Text folded for matching what a writer may type with or without tones: "Kính trình" and
 * "kinh trinh" and "KÍNH TRÌNH" all become "kinh trinh" (marks removed, đ → d, lower case,
 * runs of white space as one space).
 */
export const foldDiacritics = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLocaleLowerCase('vi').replace(/\s+/gu, ' ');
