/** Vietnamese title plus its English label, as schema annotations. */
export function label(vi: string, en: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: vi, 'x-title-en': en, ...extra };
}

/** Help text in both languages. */
export function hint(vi: string | undefined, en: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (vi) out['x-ui-hint'] = vi;
  if (en) out['x-ui-hint-en'] = en;
  return out;
}
