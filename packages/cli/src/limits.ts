/**
 * Largest input read: twice the server's default body limit (2 MB), so whatever the server
 * accepts is read here even pretty-printed. A 300-nominee dossier is about 0.8 MB (1 MB
 * indented); a larger file is refused before it is read, so memory stays flat.
 */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;
