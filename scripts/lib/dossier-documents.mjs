// Where each document of a printed dossier starts and ends, read from the pages' text as a
// văn thư leafs through it: a document begins on the page that carries its title line ("TỜ
// TRÌNH", "DANH SÁCH …", "BIÊN BẢN", "BÁO CÁO THÀNH TÍCH", or a report's "BÁO CÁO …") and
// runs to the page before the next title. A báo cáo thành tích is named by the nominee whose
// name its first page carries.

const upper = (s) => /\p{Lu}/u.test(s) && s === s.toLocaleUpperCase('vi');

/** The kind of document a page's line is the title of, or undefined. */
function titleKind(line, kind) {
  if (!upper(line)) return undefined;
  if (line === 'TỜ TRÌNH') return 'to-trinh';
  if (/^DANH SÁCH(\s|$)/u.test(line)) return 'danh-sach';
  if (/^BIÊN BẢN(\s|$)/u.test(line)) return 'bien-ban';
  if (line === 'BÁO CÁO THÀNH TÍCH') return 'bao-cao-thanh-tich';
  if (kind === 'report' && /^BÁO CÁO(\s|$)/u.test(line)) return 'bao-cao';
  return undefined;
}

export const DOCUMENT_LABELS = {
  'to-trinh': 'Tờ trình (cover letter)',
  'danh-sach': 'Danh sách đề nghị khen thưởng (nominee list)',
  'bien-ban': 'Biên bản họp Hội đồng (council minutes)',
  'bao-cao-thanh-tich': 'Báo cáo thành tích (achievement report)',
  'bao-cao': 'Báo cáo (report)',
};

/** Names the nominees go by in print: a collective's name, a person's or householder's full name. */
export function nomineeNames(data) {
  const fullName = (v) => {
    if (!v || typeof v !== 'object') return undefined;
    if (typeof v.fullName === 'string') return v.fullName;
    for (const x of Object.values(v)) {
      const found = fullName(x);
      if (found) return found;
    }
    return undefined;
  };
  return (data?.nominees ?? []).map((n) => (typeof n?.name === 'string' ? n.name : fullName(n?.profile) ?? fullName(n))).filter(Boolean).map((s) => s.normalize('NFC'));
}

/**
 * The documents of one PDF: `[{ kind, label, name?, first, last }]` (pages from 1), from its
 * pages' text (`pageTexts`) and the data it was printed from (for the nominees' names).
 */
export function documentsOf(texts, kind, data) {
  const starts = [];
  texts.forEach((text, i) => {
    const lines = text.split('\n').map((l) => l.trim());
    const at = lines.findIndex((l) => titleKind(l, kind));
    if (at < 0) return;
    const k = titleKind(lines[at], kind);
    // A report's title stands once, on page 1: a later "BÁO CÁO …" line is a heading inside it.
    if (k === 'bao-cao' && starts.some((s) => s.kind === 'bao-cao')) return;
    starts.push({ kind: k, first: i + 1, after: lines.slice(at + 1).join(' ').replace(/\s+/g, ' ') });
  });
  const unnamed = nomineeNames(data);
  return starts.map((s, j) => {
    const doc = { kind: s.kind, label: DOCUMENT_LABELS[s.kind], first: s.first, last: Math.max(s.first, (starts[j + 1]?.first ?? texts.length + 1) - 1) };
    if (s.kind === 'bao-cao-thanh-tich') {
      // The nominee named earliest under the title, each nominee once.
      // Case apart: a title or letterhead may print the name in capitals.
      const after = s.after.toLocaleLowerCase('vi');
      const hits = unnamed.map((n) => ({ n, at: after.indexOf(n.toLocaleLowerCase('vi')) })).filter((h) => h.at >= 0).sort((a, b) => a.at - b.at);
      const name = hits[0]?.n ?? unnamed[0];
      if (name) {
        doc.name = name;
        unnamed.splice(unnamed.indexOf(name), 1);
      }
    }
    return doc;
  });
}
