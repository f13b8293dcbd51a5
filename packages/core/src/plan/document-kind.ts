/** The two documents a plan asks for: the achievement report and the nomination letter. */
export type DocumentKind = 'report' | 'nomination';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['report', 'nomination'];

export function isDocumentKind(kind: unknown): kind is DocumentKind {
  return (DOCUMENT_KINDS as readonly unknown[]).includes(kind);
}
