// A report or tờ trình is drafted before the văn thư gives it a number (NĐ 30/2020 Điều 15:
// the number is given when the document is issued). Such a document keeps its symbol and
// leaves the number part open: "…/BC-UBND", "/BC-UBND", "…", or no number at all. The schema
// keeps saying what a final number looks like; these helpers tell the open form apart, so the
// validator can say "not given yet" instead of "wrong shape" and a draft prints it as written.

/** A number part left open: nothing, "…", dots, underscores or spaces. */
const OPEN_PART = /^[\s.…_]*$/u;

/** Whether a "Số, ký hiệu" value leaves the number open (missing, blank, or "…/symbol"). */
export function numberNotGiven(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'string') return false;
  const slash = value.indexOf('/');
  return OPEN_PART.test(slash < 0 ? value : value.slice(0, slash));
}

/**
 * "…/BC-UBND" for a number-open value, keeping the symbol the writer gave; "…/BC-…" when no
 * symbol is known (`kind` is the document's abbreviation: BC, TTr, BB). A given number is returned as is.
 */
export function openNumber(value: string | undefined, kind: string): string {
  if (!numberNotGiven(value)) return value!;
  const slash = value?.indexOf('/') ?? -1;
  const symbol = slash < 0 ? '' : value!.slice(slash + 1).trim();
  return `…/${symbol || `${kind}-…`}`;
}
