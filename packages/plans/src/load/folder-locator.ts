import type { LocatePointer } from '../check/issue.js';
import type { PlanFolder } from './plan-folder.js';

/**
 * Where `checkPlan`'s pointers are in a plan folder's files: its pointers are into
 * `{ definition, examples, invalid }`, and the folder knows its definition's pointers and each
 * fixture file's. A place without a line is no place: the checker then tries the pointer's parent.
 */
export function folderLocator(folder: PlanFolder): LocatePointer {
  return (pointer) => {
    const [, part, index] = pointer.split('/');
    let place;
    if (part === 'definition') place = folder.locate(pointer.slice('/definition'.length));
    else if ((part === 'examples' || part === 'invalid') && index !== undefined) {
      const file = (part === 'examples' ? folder.exampleFiles : folder.invalidFiles)[Number(index)];
      if (file === undefined) return undefined;
      place = folder.locate(pointer.slice(`/${part}/${index}`.length), file);
    } else if (part === 'examples' || part === 'invalid') return { file: `${part}/` };
    else return undefined;
    return place.line === undefined ? undefined : { file: place.file, line: place.line };
  };
}
