// A filled form is a document to print, sign and archive; whatever a template would make a viewer
// do on its own goes: scripts, program launches, links out of the document, form submissions,
// data imports, embedded files and media. Moving inside the document (GoTo, page navigation,
// showing/hiding fields, layers, resetting the form) stays.
import { PDFArray, PDFDict, PDFName, PDFString, PDFHexString, type PDFContext, type PDFObject } from 'pdf-lib';
import type { TemplateStructure } from './structure.js';

/** One piece of active content taken out of the template. */
export interface RemovedContent {
  /** What it was: the action type (`JavaScript`, `Launch`, `URI`, `SubmitForm`…), `EmbeddedFiles`, `XFA`, or an annotation subtype (`FileAttachment`, `RichMedia`…). */
  kind: string;
  /** Where it was, as a path of PDF keys: `/Root/OpenAction`, `/Root/Pages[1]/Annots[2]/A`, `/Root/AcroForm/Fields("hoTen")/AA/K`. */
  at: string;
}

const KEPT_ACTIONS = new Set(['GoTo', 'Hide', 'ResetForm', 'SetOCGState', 'Thread']);
/** The named actions every viewer defines; others (Acrobat's menu items) may print, save or quit. */
const KEPT_NAMED_ACTIONS = new Set(['NextPage', 'PrevPage', 'FirstPage', 'LastPage']);
/** Annotations that carry files, media or 3D scenes (which can run scripts). */
const REMOVED_ANNOTATIONS = new Set(['FileAttachment', 'RichMedia', 'Screen', 'Movie', 'Sound', '3D']);
/** Entries of the catalog's /Names: document scripts, attachments, slide shows with scripts. */
const REMOVED_NAME_TREES = ['JavaScript', 'EmbeddedFiles', 'AlternatePresentations'];
/** Longest /Next chain followed; the rest of a longer one is removed. */
const MAX_ACTION_CHAIN = 100;
const MAX_OUTLINE_ITEMS = 100_000;

const name = (key: string) => PDFName.of(key);

/**
 * Removes the template's active content, in place, and lists what was removed. XFA goes too:
 * viewers that run it would show its data (and scripts), not the filled fields.
 */
export function removeActiveContent(context: PDFContext, catalog: PDFDict, structure: TemplateStructure): RemovedContent[] {
  const removed: RemovedContent[] = [];
  const cleaner = new ActionCleaner(context, removed);

  const openAction = catalog.get(name('OpenAction'));
  // An array is a destination (open at this page), not an action.
  if (openAction && !(context.lookup(openAction) instanceof PDFArray)) cleaner.clean(catalog, 'OpenAction', '/Root/OpenAction');
  cleaner.dropAdditionalActions(catalog, '/Root');

  const names = catalog.lookup(name('Names'));
  if (names instanceof PDFDict) {
    for (const key of REMOVED_NAME_TREES) {
      if (names.has(name(key))) {
        removed.push({ kind: key, at: `/Root/Names/${key}` });
        names.delete(name(key));
      }
    }
  }
  // A portfolio's navigator (and files) live in /Collection.
  if (catalog.has(name('Collection'))) {
    removed.push({ kind: 'Collection', at: '/Root/Collection' });
    catalog.delete(name('Collection'));
  }
  const acroForm = catalog.lookup(name('AcroForm'));
  if (acroForm instanceof PDFDict && acroForm.has(name('XFA'))) {
    removed.push({ kind: 'XFA', at: '/Root/AcroForm/XFA' });
    acroForm.delete(name('XFA'));
  }

  structure.pages.forEach((page, index) => {
    const at = `/Root/Pages[${index + 1}]`;
    cleaner.dropAdditionalActions(page, at);
    const annots = page.lookup(name('Annots'));
    if (!(annots instanceof PDFArray)) return;
    const dropped: number[] = [];
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookup(i);
      if (!(annot instanceof PDFDict)) continue;
      const subtype = annot.lookup(name('Subtype'));
      const where = `${at}/Annots[${i + 1}]`;
      if (subtype instanceof PDFName && REMOVED_ANNOTATIONS.has(subtype.decodeText())) {
        removed.push({ kind: subtype.decodeText(), at: where });
        dropped.push(i);
      } else {
        cleaner.cleanAnnotation(annot, where);
      }
    }
    for (const i of dropped.reverse()) annots.remove(i);
  });

  for (const field of structure.fields) cleaner.cleanAnnotation(field, `/Root/AcroForm/Fields(${textOf(field.lookup(name('T')) ?? field.lookup(name('Parent')))})`);

  cleanOutlines(context, catalog, cleaner);
  return removed;
}

class ActionCleaner {
  constructor(private readonly context: PDFContext, private readonly removed: RemovedContent[]) {}

  /** Widgets and other annotations: /A (and a link's /PA) cleaned, /AA removed. */
  cleanAnnotation(annot: PDFDict, at: string): void {
    if (annot.has(name('A'))) this.clean(annot, 'A', `${at}/A`);
    if (annot.has(name('PA'))) this.clean(annot, 'PA', `${at}/PA`);
    this.dropAdditionalActions(annot, at);
  }

  /**
   * Additional actions (/AA) fire on events — opening a page, a keystroke, closing or printing
   * the document — and are scripts in practice: all of them go.
   */
  dropAdditionalActions(holder: PDFDict, at: string): void {
    const aa = holder.lookup(name('AA'));
    if (aa === undefined) return;
    if (aa instanceof PDFDict) {
      for (const [trigger, action] of aa.entries()) this.removed.push({ kind: this.kindOf(action), at: `${at}/AA/${trigger.decodeText()}` });
    } else {
      this.removed.push({ kind: 'AA', at: `${at}/AA` });
    }
    holder.delete(name('AA'));
  }

  /** Keeps `holder[key]` if it is a kept action (its /Next chain cleaned too), else deletes it. */
  clean(holder: PDFDict, key: string, at: string, depth = 0): void {
    const action = holder.lookup(name(key));
    if (action instanceof PDFArray && key === 'Next') {
      for (let i = action.size() - 1; i >= 0; i--) {
        if (!this.keeps(action.lookup(i), `${at}[${i + 1}]`, depth)) action.remove(i);
      }
      if (action.size() === 0) holder.delete(name(key));
      return;
    }
    if (!this.keeps(action, at, depth)) holder.delete(name(key));
  }

  private keeps(action: PDFObject | undefined, at: string, depth: number): boolean {
    const kind = this.kindOf(action);
    const kept =
      action instanceof PDFDict &&
      depth < MAX_ACTION_CHAIN &&
      (KEPT_ACTIONS.has(kind) || (kind === 'Named' && KEPT_NAMED_ACTIONS.has(nameText(action.lookup(name('N'))))));
    if (!kept) {
      this.removed.push({ kind, at });
      return false;
    }
    if (action.has(name('Next'))) this.clean(action, 'Next', `${at}/Next`, depth + 1);
    return true;
  }

  private kindOf(action: PDFObject | undefined): string {
    const dict = this.context.lookup(action);
    return dict instanceof PDFDict ? nameText(dict.lookup(name('S'))) || 'action' : 'action';
  }
}

/** Bookmarks carry actions too: the outline is a linked list (/First, /Next), walked with a visited set. */
function cleanOutlines(context: PDFContext, catalog: PDFDict, cleaner: ActionCleaner): void {
  const outlines = catalog.lookup(name('Outlines'));
  if (!(outlines instanceof PDFDict)) return;
  const seen = new Set<PDFDict>([outlines]);
  const pending: PDFObject[] = [outlines.get(name('First'))].filter((o): o is PDFObject => o !== undefined);
  while (pending.length && seen.size <= MAX_OUTLINE_ITEMS) {
    const item = context.lookup(pending.pop());
    if (!(item instanceof PDFDict) || seen.has(item)) continue;
    seen.add(item);
    if (item.has(name('A'))) cleaner.clean(item, 'A', `/Root/Outlines(${textOf(item.lookup(name('Title')))})/A`);
    for (const link of ['Next', 'First']) {
      const next = item.get(name(link));
      if (next) pending.push(next);
    }
  }
}

function nameText(value: PDFObject | undefined): string {
  return value instanceof PDFName ? value.decodeText() : '';
}

/** A field's or bookmark's name, quoted; a widget without one is named by its parent field. */
function textOf(value: PDFObject | undefined): string {
  if (value instanceof PDFDict) return textOf(value.lookup(name('T')));
  return value instanceof PDFString || value instanceof PDFHexString ? JSON.stringify(value.decodeText()) : '?';
}
