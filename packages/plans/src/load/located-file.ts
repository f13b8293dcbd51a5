import { parsePointer } from '@thidua/core/json-pointer';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { PlanFileError, type PlanFilePlace } from '../errors.js';
import { yamlReasonVi } from './yaml-messages.js';

/** A data file of a plan folder, parsed, that can say where a value of it is written. */
export interface LocatedFile {
  /** The file's name relative to the plan folder, as messages print it. */
  readonly file: string;
  readonly value: unknown;
  /**
   * The line and column where `pointer` (a JSON Pointer into this file's value) is written;
   * a value the file does not write itself (one a `use:` brings in, one past a patch) is
   * placed at the nearest enclosing value the file does write.
   */
  locate(pointer: string): PlanFilePlace;
}

interface Parsed {
  doc: Document.Parsed;
  lines: LineCounter;
}

function parseYaml(dir: string, file: string, text: string): Parsed {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    throw new PlanFileError(dir, { file, line: at?.line, column: at?.col }, {
      vi: `${yamlReasonVi(error.code)}. Hãy sửa dòng này rồi lưu lại.`,
      en: `${error.message.split('\n')[0]}. Correct this line and save again.`,
    }, error);
  }
  return { doc, lines };
}

/** The node of the document at `pointer`, or the deepest node on its way that exists. */
function deepestNode(parsed: Parsed, pointer: string): Node | null {
  let node: unknown = parsed.doc.contents;
  let found = node as Node | null;
  for (const token of parsePointer(pointer)) {
    if (isAlias(node)) node = node.resolve(parsed.doc);
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === token);
      // A key's own line is where a reader looks for it, not the line its value starts on.
      next = pair?.value ?? null;
      if (pair && isScalar(pair.key)) found = pair.key;
    } else if (isSeq(node) && /^\d+$/.test(token)) {
      next = node.items[Number(token)];
      if (next) found = next as Node;
    }
    if (!next) break;
    node = next;
  }
  return found;
}

function placeOf(parsed: Parsed, file: string, node: Node | null): PlanFilePlace {
  const offset = node?.range?.[0];
  if (offset === undefined) return { file, line: 1, column: 1 };
  const { line, col } = parsed.lines.linePos(offset);
  return { file, line, column: col };
}

/** A YAML file: parsed at once, since its positions are needed for the `use:` messages too. */
export function yamlFile(dir: string, file: string, text: string): LocatedFile {
  const parsed = parseYaml(dir, file, text);
  const value = parsed.doc.toJS({ maxAliasCount: -1 }) as unknown;
  return { file, value, locate: (pointer) => placeOf(parsed, file, deepestNode(parsed, pointer)) };
}

function jsonErrorPlace(text: string, error: unknown): { line?: number; column?: number } {
  const message = error instanceof Error ? error.message : '';
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (!pos) return {};
  const before = text.slice(0, Number(pos[1])).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * A JSON file: JSON.parse reads its value (examples run to a megabyte); its positions are
 * parsed only when asked for, with the YAML parser (JSON is YAML).
 */
export function jsonFile(dir: string, file: string, text: string): LocatedFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PlanFileError(dir, { file, ...jsonErrorPlace(text, error) }, {
      vi: 'tệp không đúng cú pháp JSON (thường do thiếu hoặc thừa dấu phẩy, dấu ngoặc, dấu nháy kép). Hãy sửa chỗ này rồi lưu lại.',
      en: `the file is not valid JSON (${error instanceof Error ? error.message : String(error)}). Correct it and save again.`,
    }, error);
  }
  let parsed: Parsed | undefined;
  return {
    file,
    value,
    locate(pointer) {
      parsed ??= parseYaml(dir, file, text);
      return placeOf(parsed, file, deepestNode(parsed, pointer));
    },
  };
}
