// The plan checker: everything that can be wrong in a plan folder once its definition has the
// format's shape. `thidua plan check` and the plan studio print what this returns.
import type { InvalidFixture, PlanDefinition, PlanExample } from '@thidua/core';
import { checkCitations } from './citations.js';
import { checkExamples, type CompiledSchemaCheck, type PlanValidation } from './examples.js';
import type { LocatePointer, PlanIssue } from './issue.js';
import { checkLetterOrder } from './letter-order.js';
import { quotesOutsidePlaces } from './quote-places.js';
import { checkQuotesInSource } from './quotes-in-source.js';
import { checkReferences, type DefinitionIssue } from './references.js';
import { checkNfc } from './text-nfc.js';
import { checkUnknowns } from './unknowns.js';

/** A loaded plan: what a plan folder holds, as data. */
export interface CheckPlanInput<Check = CompiledSchemaCheck> {
  /** The plan definition, already of the format's shape. */
  definition: PlanDefinition;
  /** Its examples, each of which must be valid without warnings. */
  examples?: readonly PlanExample[];
  /** Its invalid fixtures, each of which must fail as it says. */
  invalid?: readonly InvalidFixture[];
  /** The plan's official text (source.txt); without it no citation can be checked, which is an error. */
  sourceText?: string;
  /** File and line of a pointer of the loaded plan; the checker tries the pointer, then its parents. */
  locate?: LocatePointer;
  /** `@thidua/validate`, to check examples and invalid fixtures; without it they are not checked. */
  validation?: PlanValidation<Check>;
}

/**
 * Checks a plan: referential integrity, unique and well-formed ids, point letters in Vietnamese
 * order, fields said unknown left absent, NFC text, every citation of the plan's text found in
 * source.txt, every quote word for word in it and in the place its clause cites, valid examples, invalid fixtures that fail
 * as they say. Issues come errors first, each in Vietnamese and English.
 */
export function checkPlan<Check>(input: CheckPlanInput<Check>): PlanIssue[] {
  const { definition, sourceText, locate } = input;
  const inDefinition = (i: DefinitionIssue): PlanIssue => ({ ...i, pointer: `/definition${i.pointer}` });
  const issues: PlanIssue[] = [
    ...checkReferences(definition),
    ...checkLetterOrder(definition.outline?.sections ?? []),
    ...checkUnknowns(definition),
    ...checkNfc(definition),
  ].map(inDefinition);

  if (sourceText === undefined) {
    issues.push({ code: 'source-missing', severity: 'error', pointer: '',
      message: 'Thư mục kế hoạch thiếu source.txt, văn bản kế hoạch như đã ban hành. Hãy chép toàn văn kế hoạch (cả đề cương, phụ lục, chú thích) vào source.txt, dạng UTF-8.',
      messageEn: 'the plan folder has no source.txt, the plan\'s text as issued; copy the whole text (with its outline, appendices and footnotes) into source.txt, in UTF-8' });
  } else {
    issues.push(...checkQuotesInSource(definition, sourceText).map(inDefinition));
    const citations = checkCitations(definition, sourceText);
    for (const c of citations) {
      if (c.found) continue;
      issues.push(inDefinition({ code: 'citation-unresolved', severity: 'error', pointer: c.pointer,
        message: `Trích dẫn “${c.place}” (trong “${c.clause}”) không tìm thấy trong văn bản kế hoạch: ${c.why}. Hãy sửa trích dẫn cho đúng chỗ trong source.txt, hoặc chép lại đoạn văn bản bị thiếu.`,
        messageEn: `the citation "${c.place}" (in "${c.clause}") is not found in the plan's text: ${c.whyEn}; correct it to the place in source.txt, or copy in the missing text` }));
    }
    for (const q of quotesOutsidePlaces(definition, citations, sourceText)) {
      issues.push(inDefinition({ code: 'quote-outside-citation', severity: 'error', pointer: q.clausePointer,
        message: `Câu trích “${short(q.quote)}” nằm ở dòng ${q.foundAt} của source.txt, ngoài chỗ điều khoản trích dẫn (${q.places.join('; ')}). Hãy sửa trích dẫn cho trỏ đúng chỗ có câu đó.`,
        messageEn: `the quoted words "${short(q.quote)}" are on line ${q.foundAt} of source.txt, outside the places the clause cites (${q.places.join('; ')}); point the clause at the place that holds them` }));
    }
  }

  if (input.validation) issues.push(...checkExamples(definition, input.examples ?? [], input.invalid ?? [], input.validation));

  return issues
    .map((i) => ({ ...i, ...where(locate, i.pointer) }))
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/** The file and line of a pointer, or of its nearest parent the loader knows. */
function where(locate: LocatePointer | undefined, pointer: string): { file?: string; line?: number } {
  if (!locate) return {};
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const hit = locate(p);
    if (hit) return hit.line === undefined ? { file: hit.file } : { file: hit.file, line: hit.line };
    if (!p) return {};
  }
}
