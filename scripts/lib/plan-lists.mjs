// The lists of plans in the READMEs, from the catalogue: written by scripts/gen-plan-lists.mjs,
// checked by tests/docs/plan-lists.test.ts.

/** dd/mm/yyyy of an ISO date, as Vietnamese documents write it. */
const vnDate = (iso) => iso.split('-').reverse().join('/');

/** The plan's document as the text gives it: its number and date, or that it gives none. */
export function documentCell(document) {
  if (document.number && document.symbol) return `${document.number}/${document.symbol}${document.date ? ` ngày ${vnDate(document.date)}` : ''}`;
  if (document.issuedWith) return `ban hành kèm ${document.issuedWith.number}${document.issuedWith.date ? ` ngày ${vnDate(document.issuedWith.date)}` : ''}`;
  return 'văn bản không ghi số';
}

const cell = (text) => String(text).replace(/\|/g, '\\|');

/**
 * The generated parts, by file and marker name. `plans` is the catalogue
 * (`[{ id, title, province }]`), `definitionOf(id)` a plan's definition.
 */
export function planListParts(plans, definitionOf) {
  const rows = plans.map((p) => {
    const { province, document } = definitionOf(p.id);
    const page = `../../docs/reference/plans/${province.slug}/${p.id}.md`;
    return `| [\`${p.id}\`](${page}) | ${cell(p.province)} | ${cell(p.title)} | ${cell(documentCell(document))} |`;
  });
  const table = ['', '| plan id | tỉnh / province | kế hoạch / plan | văn bản / document |', '|---|---|---|---|', ...rows, ''].join('\n');
  return {
    'packages/plans/README.md': { 'plans-table': `\n${table}` },
    'README.md': { 'plans-count': String(plans.length) },
  };
}
