// pdf-lib writes every object it parsed, referenced or not. Objects nothing points to any more
// (the actions and files taken out, an old XFA packet, leftovers of earlier edits) would still be
// in the file, where a careless reader or a scanner finds them: they are dropped before saving.
import { PDFArray, PDFDict, PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';

/** Deletes from `context` every indirect object that cannot be reached from the trailer. */
export function dropUnreachableObjects(context: PDFContext): void {
  const { Root, Info, Encrypt, ID } = context.trailerInfo;
  const reachable = new Set<PDFRef>();
  const pending: PDFObject[] = [Root, Info, Encrypt, ID].filter((o): o is PDFObject => o !== undefined);
  while (pending.length) {
    const object = pending.pop()!;
    if (object instanceof PDFRef) {
      if (reachable.has(object)) continue;
      reachable.add(object);
      const target = context.lookup(object);
      if (target) pending.push(target);
    } else if (object instanceof PDFDict) {
      for (const [, value] of object.entries()) pending.push(value);
    } else if (object instanceof PDFArray) {
      // One by one: spreading a long array as arguments overflows the stack.
      for (const value of object.asArray()) pending.push(value);
    } else if (object instanceof PDFStream) {
      pending.push(object.dict);
    }
  }
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!reachable.has(ref)) context.delete(ref);
  }
}
