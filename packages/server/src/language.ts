import type { Lang } from '@thidua/core';

/**
 * The language of messages from an `Accept-Language` header: `vi` or `en`, whichever the
 * client ranks higher (q-values, then order); Vietnamese when it names neither.
 */
export function pickLanguage(header: string | string[] | undefined): Lang {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return 'vi';
  let best: Lang = 'vi';
  let bestQ = 0;
  for (const part of value.slice(0, 1000).split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    const lang: Lang | undefined = primary === 'vi' || primary === '*' ? 'vi' : primary === 'en' ? 'en' : undefined;
    if (!lang) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p);
      if (m) q = Number(m[1]);
    }
    if (q > bestQ) { best = lang; bestQ = q; }
  }
  return best;
}
