// pdf-lib walks the page tree, the form-field tree and /Parent chains recursively and trusts
// them to be trees: a loop overflows the stack, and a node listed twice under each of 40 levels is
// visited 2^40 times. These walks go first, iteratively and with a budget, so pdf-lib is only
// given structures it can walk.
import { PDFArray, PDFDict, PDFName, PDFPageTree, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib';
import { CircularStructureError, TemplateTooComplexError, UnreadablePdfError } from './errors.js';
import { MAX_FIELD_TREE_NODES, MAX_PAGE_TREE_NODES, MAX_TREE_DEPTH } from './limits.js';

const MAX_NODES = { pageTree: MAX_PAGE_TREE_NODES, fieldTree: MAX_FIELD_TREE_NODES } as const;

/** The nodes of a template that the filling walks, each listed once. */
export interface TemplateStructure {
  /** The page objects (leaves of the page tree), in page order. */
  pages: PDFDict[];
  /** Every dictionary of the form-field tree: fields and their widgets. */
  fields: PDFDict[];
}

/** Checks the trees pdf-lib will walk and returns their nodes; throws a FillFormError when one loops or is too large. */
export function checkStructure(doc: PDFDocument): TemplateStructure {
  const { context, catalog } = doc;
  if (!(catalog instanceof PDFDict)) throw new UnreadablePdfError('no document catalog (/Root)', 'không có từ điển gốc /Root');
  const pagesRoot = catalog.lookup(PDFName.of('Pages'));
  if (!(pagesRoot instanceof PDFDict)) throw new UnreadablePdfError('no page tree (/Pages)', 'không có cây trang /Pages');
  // pdf-lib descends into the kids of page-tree nodes only (/Type /Pages).
  const pageNodes = walkTree(context, [pagesRoot], (node) => (node === pagesRoot || node instanceof PDFPageTree ? kids(node) : []), 'pageTree');
  const acroForm = catalog.lookup(PDFName.of('AcroForm'));
  const fieldRoots = acroForm instanceof PDFDict ? kids(acroForm, 'Fields') : [];
  const fields = walkTree(context, fieldRoots, (node) => kids(node), 'fieldTree');
  const ascended = new Set<PDFDict>();
  for (const node of pageNodes) checkParents(context, node, ascended, 'pageTree');
  for (const node of fields) checkParents(context, node, ascended, 'fieldTree');
  return { pages: pageNodes.filter((node) => node !== pagesRoot && !(node instanceof PDFPageTree)), fields };
}

function kids(node: PDFDict, key = 'Kids'): PDFObject[] {
  const list = node.lookup(PDFName.of(key));
  return list instanceof PDFArray ? list.asArray() : [];
}

/**
 * Depth-first, the way pdf-lib recurses, counting every visit (a node reached twice is walked
 * twice by pdf-lib too). Returns the nodes in order, each once.
 */
function walkTree(context: PDFContext, roots: PDFObject[], kidsOf: (node: PDFDict) => PDFObject[], structure: 'pageTree' | 'fieldTree'): PDFDict[] {
  const nodes = new Set<PDFDict>();
  const onPath = new Set<PDFDict>();
  const stack: { node: PDFDict; kids: PDFObject[]; next: number }[] = [];
  let visits = 0;
  const enter = (object: PDFObject) => {
    const node = context.lookup(object);
    if (!(node instanceof PDFDict)) return;
    if (onPath.has(node)) throw new CircularStructureError(structure, refName(context, node));
    if (++visits > MAX_NODES[structure] || stack.length >= MAX_TREE_DEPTH) throw new TemplateTooComplexError(structure, MAX_NODES[structure], MAX_TREE_DEPTH);
    nodes.add(node);
    onPath.add(node);
    stack.push({ node, kids: kidsOf(node), next: 0 });
  };
  for (const root of roots) {
    enter(root);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.next < top.kids.length) enter(top.kids[top.next++]!);
      else onPath.delete(stack.pop()!.node);
    }
  }
  return [...nodes];
}

/** Follows /Parent up from `node`; chains already followed (`ascended`) are not followed again. */
function checkParents(context: PDFContext, node: PDFDict, ascended: Set<PDFDict>, tree: 'pageTree' | 'fieldTree'): void {
  const chain: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  for (let current: PDFDict | undefined = node; current && !ascended.has(current); ) {
    if (seen.has(current)) throw new CircularStructureError('parents', refName(context, current));
    if (chain.length >= MAX_TREE_DEPTH) throw new TemplateTooComplexError(tree, MAX_NODES[tree], MAX_TREE_DEPTH);
    seen.add(current);
    chain.push(current);
    const parent: PDFObject | undefined = current.lookup(PDFName.of('Parent'));
    current = parent instanceof PDFDict ? parent : undefined;
  }
  for (const link of chain) ascended.add(link);
}

/** "12 0 R" for an indirect object (a linear search: only for error messages). */
function refName(context: PDFContext, node: PDFDict): string {
  return context.getObjectRef(node)?.toString() ?? '(trực tiếp / direct)';
}
