// A clause of a definition ("Kế hoạch ban hành kèm theo Quyết định 1479/QĐ-UBND, mục IV.2.c, V.3;
// Luật Thi đua, Khen thưởng 2022, Điều 80") names places of the plan's text and places of other
// acts. This reads out the places of the plan's own text, in the order written; what cites the
// law or another act is left to the reader of that act.
import { isRoman } from './roman.js';
import { letterRange } from './vietnamese-letters.js';

/** Where in the text a place is: the body, the attached đề cương, or an appendix by its number. */
export type CitationScope = { in: 'body' } | { in: 'attachment'; label: string };

/** What a citation names in its scope. */
export type CitationTarget =
  /** A numbered place: "mục IV.1.g" is ["IV", "1", "g"]; "Điều 5 khoản 2 điểm a" is ["Điều 5", "2", "a"]. */
  | { kind: 'place'; path: string[] }
  /** The n-th dash bullet directly under a place (0 = the last one). */
  | { kind: 'dash'; path: string[]; n: number }
  /** The last (or first) paragraph of running text in a place. */
  | { kind: 'paragraph'; path: string[]; which: 'last' | 'first' }
  /** The whole attachment. */
  | { kind: 'attachment' }
  | { kind: 'preamble' | 'bases' | 'closing' | 'recipients' }
  | { kind: 'footnote'; n: number };

/** One place of the plan's text, as a clause names it. */
export interface CitationRef {
  /** Which text: the body or an attachment. */
  scope: CitationScope;
  /** Which place in it. */
  target: CitationTarget;
}

/** The plan's own numbers, to tell a citation of this plan from one of another plan. */
export interface PlanNumbers {
  /** "148/KH-UBND", "1479/QĐ-UBND": numbers a name of this plan may carry. */
  numbers: string[];
}

const ORDINALS: Record<string, number> = { nhất: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const NUMBER = String.raw`(?:\d+|nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)`;
const SEG = String.raw`(?:\d+|[a-zđ])`;
const REF = String.raw`(?:[IVXLC]+|\d+)(?:\.${SEG})*`;

const TOKENS: [string, RegExp][] = [
  ['semi', /;/y],
  ['plan', /Kế hoạch[^,;:()]*/uy],
  ['act', /(?:Luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Chỉ thị|Hướng dẫn|Công văn|Pháp lệnh|Hiến pháp)(?![\p{L}])/uy],
  ['outline', /Đề cương(?:\s+báo cáo)?(?:\s+kèm theo)?/uy],
  // In lower case "đề cương" is the attachment only when a place of it follows ("đề cương mục II.3");
  // otherwise it is a word of the description ("đề cương suy ra từ mục II").
  ['outline', /đề cương(?:\s+báo cáo)?(?:\s+kèm theo)?(?=,?\s*mục(?![\p{L}]))/uy],
  ['appendix', /[Pp]hụ lục(?:\s+(?:số\s*)?([IVXLC]+|\d+))?/uy],
  ['article', /Điều\s+(\d+[a-z]?)/uy],
  ['clause', /khoản\s+(\d+)/iuy],
  ['point', /điểm\s+([a-zđ])(?![\p{L}])/iuy],
  ['muc', /mục(?![\p{L}])/iuy],
  ['dash', new RegExp(String.raw`gạch đầu dòng(?:\s+thứ)?\s+(cuối|${NUMBER}(?:\s*(?:,|và|–|-)\s*${NUMBER})*)`, 'uy')],
  ['lastPara', /đoạn cuối/uy],
  ['firstPara', /đoạn mở đầu/uy],
  ['closing', /đoạn kết/uy],
  ['preamble', /phần mở đầu/uy],
  ['bases', /phần căn cứ/uy],
  ['recipients', /[Nn]ơi nhận/uy],
  ['footnote', /chú thích\s+(\d+)/uy],
  ['ref', new RegExp(String.raw`(${REF})(?:\s*[–-]\s*(${REF}|[a-zđ]))?(?![\p{L}\p{N}])`, 'uy')],
];

interface Token { type: string; m: RegExpExecArray }

function tokens(clause: string): Token[] {
  // Quoted words are the plan's own words, not places: “khen thưởng theo thẩm quyền”.
  const s = clause.normalize('NFC').replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    // Tokens start a word: never inside one ("năm 2023" is no place, "khu vực III" is read only after "mục").
    const boundary = i === 0 || !/[\p{L}\p{N}.]/u.test(s[i - 1]!);
    let hit: Token | undefined;
    if (boundary) {
      for (const [type, re] of TOKENS) {
        re.lastIndex = i;
        const m = re.exec(s);
        if (m && m[0].length) { hit = { type, m }; break; }
      }
    }
    if (hit) { out.push(hit); i += hit.m[0].length; } else i++;
  }
  return out;
}

const ordinal = (w: string): number => ORDINALS[w] ?? Number(w);

/** Dash numbers of "thứ 1, 6, 7 và 8", "thứ 3–4", "thứ ba", "cuối" (0). */
function dashNumbers(spec: string): number[] {
  if (spec === 'cuối') return [0];
  const out: number[] = [];
  const parts = spec.split(/\s*(,|và|–|-)\s*/u);
  for (let k = 0; k < parts.length; k += 2) {
    const n = ordinal(parts[k]!);
    if (parts[k - 1] === '–' || parts[k - 1] === '-') for (let x = out.at(-1)! + 1; x <= n; x++) out.push(x);
    else out.push(n);
  }
  return out;
}

/** The places a range "III.1–4", "III.3.b–c", "IV.2, IV.3" covers: the last number runs from start to end. */
function expandRange(from: string, to: string | undefined): string[][] {
  const a = from.split('.');
  if (!to) return [a];
  const b = to.split('.');
  // "III.1–4" repeats only the last number; "IV.2–IV.4" repeats all.
  const end = b.length === a.length ? b : [...a.slice(0, a.length - b.length), ...b];
  const head = a.slice(0, -1);
  const x = a.at(-1)!;
  const y = end.at(-1)!;
  if (/^\d+$/.test(x) && /^\d+$/.test(y)) {
    const out: string[][] = [];
    for (let n = Number(x); n <= Number(y); n++) out.push([...head, String(n)]);
    return out.length ? out : [a, end];
  }
  if (isRoman(x) || isRoman(y)) return [a, end];
  const letters = letterRange(x, y);
  return letters.length ? letters.map((l) => [...head, l]) : [a, end];
}

/**
 * The places of this plan's text a clause cites. `act` names another act, after which "Điều …"
 * and the rest belong to that act until the plan is named again; "Kế hoạch …" with a number
 * that is not this plan's is another act too. A clause that names no act at all cites the plan.
 */
export function parseClause(clause: string, plan: PlanNumbers): CitationRef[] {
  const refs: CitationRef[] = [];
  let ownText = true;
  let scope: CitationScope = { in: 'body' };
  let mucOpen = false;
  let last: CitationRef[] = [];
  let pendingLastPara = false;
  let legal: string[] | undefined;
  const own = (name: string) => {
    const nums = [...name.matchAll(/(\d+)\s*\/\s*([\p{Lu}\d-]+)/gu)].map((m) => `${m[1]}/${m[2]}`);
    return nums.length === 0 || nums.some((n) => plan.numbers.includes(n));
  };
  const push = (...rs: CitationRef[]) => { refs.push(...rs); last = rs; };
  const endLegal = () => {
    // Trailing empty slots go ("Điều 5" alone); a missing article stays empty and cannot resolve.
    while (legal && legal.length > 1 && !legal.at(-1)) legal.pop();
    if (legal) push({ scope, target: { kind: 'place', path: legal } });
    legal = undefined;
  };

  let prev = '';
  let lastRefText = '';
  const all = tokens(clause);
  for (const [i, { type, m }] of all.entries()) {
    if (type !== 'article' && type !== 'clause' && type !== 'point') endLegal();
    const before = prev;
    prev = type;
    switch (type) {
      case 'semi':
        pendingLastPara = false;
        break;
      case 'plan':
        ownText = own(m[0]);
        scope = { in: 'body' };
        mucOpen = false;
        break;
      case 'act':
        ownText = false;
        mucOpen = false;
        break;
      case 'outline':
      case 'appendix': {
        if (!ownText) break;
        scope = { in: 'attachment', label: type === 'outline' ? 'de-cuong' : normalNumber(m[1] ?? '') };
        mucOpen = false;
        push({ scope, target: { kind: 'attachment' } });
        break;
      }
      case 'article':
      case 'clause':
      case 'point': {
        if (!ownText) break;
        // "điểm a khoản 2 Điều 5" and "Điều 5, khoản 2, điểm a" name the same point.
        const order = { article: 0, clause: 1, point: 2 }[type];
        if (legal?.[order]) endLegal();
        legal ??= ['', '', ''];
        legal[order] = type === 'article' ? `Điều ${m[1]}` : m[1]!.toLowerCase();
        break;
      }
      case 'muc':
        mucOpen = ownText;
        break;
      case 'ref': {
        // A Roman part continues a list after "mục"; an Arabic number only right after "mục" or
        // another Arabic place, so that "khen thưởng sơ kết năm 2023" names no place.
        const arabicOk = before === 'muc' || (before === 'ref' && /^\d/.test(lastRefText));
        if (!ownText || !mucOpen || (/^\d/.test(m[1]!) && !arabicOk)) break;
        lastRefText = m[1]!;
        const paths = expandRange(m[1]!, m[2]);
        if (pendingLastPara) {
          pendingLastPara = false;
          push(...paths.map((path): CitationRef => ({ scope, target: { kind: 'paragraph', path, which: 'last' } })));
        } else push(...paths.map((path): CitationRef => ({ scope, target: { kind: 'place', path } })));
        break;
      }
      case 'dash': {
        if (!ownText) break;
        const at = last.at(-1);
        if (!at || at.target.kind !== 'place') break;
        const path = at.target.path;
        refs.splice(refs.indexOf(at), 1);
        push(...dashNumbers(m[1]!).map((n): CitationRef => ({ scope: at.scope, target: { kind: 'dash', path, n } })));
        break;
      }
      case 'lastPara':
      case 'firstPara': {
        if (!ownText) break;
        const at = last.at(-1);
        // "đoạn cuối mục V" names the place after it, "mục VI, đoạn cuối" the one before.
        if (type === 'lastPara' && (all[i + 1]?.type === 'muc' || !at || at.target.kind !== 'place')) { pendingLastPara = true; mucOpen = true; break; }
        if (!at || at.target.kind !== 'place') break;
        refs.splice(refs.indexOf(at), 1);
        push({ scope: at.scope, target: { kind: 'paragraph', path: at.target.path, which: type === 'lastPara' ? 'last' : 'first' } });
        break;
      }
      case 'closing': case 'preamble': case 'bases': case 'recipients':
        if (ownText) push({ scope: { in: 'body' }, target: { kind: type } });
        break;
      case 'footnote':
        if (ownText) push({ scope: { in: 'body' }, target: { kind: 'footnote', n: Number(m[1]) } });
        break;
    }
  }
  endLegal();
  return refs;
}

function normalNumber(s: string): string {
  return /^\d+$/.test(s) ? String(Number(s)) : s;
}

/** How a place is written in a citation: "mục IV.1.g, gạch đầu dòng thứ 3", "Đề cương báo cáo, mục II". */
export function describeRef(ref: CitationRef): string {
  const where = ref.scope.in === 'attachment' ? (ref.scope.label === 'de-cuong' ? 'Đề cương báo cáo' : `Phụ lục ${ref.scope.label}`.trim()) : '';
  const place = (path: string[]) => (path[0]?.startsWith('Điều ') ? [path[0], path[1] && `khoản ${path[1]}`, path[2] && `điểm ${path[2]}`].filter(Boolean).join(', ') : `mục ${path.join('.')}`);
  const t = ref.target;
  const what =
    t.kind === 'place' ? place(t.path)
      : t.kind === 'dash' ? `${place(t.path)}, gạch đầu dòng ${t.n === 0 ? 'cuối' : `thứ ${t.n}`}`
        : t.kind === 'paragraph' ? `${t.which === 'last' ? 'đoạn cuối' : 'đoạn mở đầu'} ${place(t.path)}`
          : t.kind === 'footnote' ? `chú thích ${t.n}`
            : t.kind === 'attachment' ? ''
              : { preamble: 'phần mở đầu', bases: 'phần căn cứ', closing: 'đoạn kết', recipients: 'Nơi nhận' }[t.kind];
  return [where, what].filter(Boolean).join(', ');
}
