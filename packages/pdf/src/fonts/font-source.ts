/** The four faces of the document font, as TrueType bytes. */
export interface FontFaces {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

export type FaceName = keyof FontFaces;
export const FACE_NAMES: readonly FaceName[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** PostScript-style names for the embedded subsets ("ABCDEF+Tinos-Bold"): pdffonts then reports them as subsets. */
export const SUBSET_NAMES: Record<FaceName, string> = {
  regular: 'TDRGLR+Tinos-Regular',
  bold: 'TDBOLD+Tinos-Bold',
  italic: 'TDITAL+Tinos-Italic',
  boldItalic: 'TDBDIT+Tinos-BoldItalic',
};

/** File names of Tinos (OFL-1.1) inside @expo-google-fonts/tinos. */
export const TINOS_FILES: Record<FaceName, string> = {
  regular: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italic: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
};
