import fs from 'node:fs';
import path from 'node:path';
import type { InvalidFixture, PlanDefinition, PlanExample, PlanModule } from '@thidua/core';
import { PlanFileError, type PlanFilePlace } from '../errors.js';
import { fixtureSet } from './fixture-files.js';
import { yamlFile } from './located-file.js';
import { resolveUses } from './resolve-uses.js';

export const DEFINITION_FILE = 'definition.yaml';
/** The plan's official text, as published. */
export const SOURCE_FILE = 'source.txt';

/** A plan folder, read: what the registry serves, and where each part of it is written. */
export interface PlanFolder extends PlanModule {
  /** The folder, as given. */
  readonly dir: string;
  /** The plan's official text, as published. */
  readonly sourceText: string;
  /** The file the official text was read from (`source.txt`). */
  readonly sourceFile: string;
  /** The files the examples and invalid fixtures were read from, in the same order. */
  readonly exampleFiles: readonly string[];
  readonly invalidFiles: readonly string[];
  /**
   * Where a value is written: `pointer` is a JSON Pointer into the definition (the default
   * `file`) or into one of the folder's JSON files (`examples/….json`, `invalid/….json`).
   * In a fixture written as `base` and `patch`, a pointer under `/data` is placed at the
   * patch operation that changes it, or else at `base`.
   */
  locate(pointer: string, file?: string): PlanFilePlace;
}

function readText(dir: string, file: string, vi: string, en: string): string {
  try {
    return fs.readFileSync(path.join(dir, file), 'utf8');
  } catch (error) {
    throw new PlanFileError(dir, { file }, { vi, en }, error);
  }
}

/**
 * Reads a plan folder: `definition.yaml` (its `use:` references to the shared law resolved),
 * `examples/*.json` and `invalid/*.json` in name order, and `source.txt`. Throws
 * `PlanFileError` (file and line in its message and `details`) when a file is missing or does
 * not parse. It checks syntax only: what the definition says is for `checkDefinition` and the
 * plan checker.
 */
export function loadPlanFolder(dir: string): PlanFolder {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new PlanFileError(dir, { file: '.' }, {
      vi: `không có thư mục kế hoạch ${dir}. Hãy chỉ đường dẫn tới thư mục chứa ${DEFINITION_FILE}.`,
      en: `there is no plan folder ${dir}. Give the path of the folder that holds ${DEFINITION_FILE}.`,
    });
  }
  const definitionText = readText(dir, DEFINITION_FILE,
    `thư mục kế hoạch không có tệp ${DEFINITION_FILE}. Mỗi kế hoạch cần một tệp định nghĩa ${DEFINITION_FILE} (xem hướng dẫn soạn kế hoạch).`,
    `the plan folder has no ${DEFINITION_FILE}. Each plan needs its definition in ${DEFINITION_FILE} (see the plan-authoring guide).`);
  const definitionFile = yamlFile(dir, DEFINITION_FILE, definitionText);
  const resolved = resolveUses(dir, definitionFile);
  if (typeof resolved !== 'object' || resolved === null || Array.isArray(resolved)) {
    throw new PlanFileError(dir, { file: DEFINITION_FILE, line: 1, column: 1 }, {
      vi: 'tệp định nghĩa phải là một bảng khóa: giá trị (id, title, province, …), không phải một danh sách hay một giá trị đơn.',
      en: 'the definition must be a mapping of keys (id, title, province, …), not a list or a single value.',
    });
  }
  // `$schema` tells an editor the format; it is not part of the plan.
  const { $schema: _schema, ...definition } = resolved as Record<string, unknown>;

  const sourceFile = SOURCE_FILE;
  if (!fs.existsSync(path.join(dir, sourceFile))) {
    throw new PlanFileError(dir, { file: SOURCE_FILE }, {
      vi: `thư mục kế hoạch không có tệp ${SOURCE_FILE}. Hãy chép nguyên văn văn bản kế hoạch đã ban hành vào tệp này: các trích dẫn và điều khoản của định nghĩa được đối chiếu với nó.`,
      en: `the plan folder has no ${SOURCE_FILE}. Put the plan's official text in it, word for word: the definition's quotes and clauses are checked against it.`,
    });
  }
  const sourceText = readText(dir, sourceFile, `không đọc được tệp ${sourceFile}.`, `cannot read ${sourceFile}.`);

  const fixtures = fixtureSet(dir);
  const exampleFiles = fixtures.list('examples');
  const invalidFiles = fixtures.list('invalid');
  const examples: PlanExample[] = exampleFiles.map((f) => {
    const { name, kind, data } = fixtures.fixture(f);
    return { name, kind, data };
  });
  const invalid: InvalidFixture[] = invalidFiles.map((f) => {
    const { name, kind, data, expect } = fixtures.fixture(f);
    return { name, kind, data, expect: expect ?? [] };
  });

  const locate = (pointer: string, file: string = DEFINITION_FILE): PlanFilePlace => {
    if (file === DEFINITION_FILE) return definitionFile.locate(pointer);
    const f = fixtures.files.get(file);
    if (!f) return { file };
    const v = f.value as { base?: unknown; patch?: { path?: unknown }[] };
    if (v.base === undefined || !pointer.startsWith('/data')) return f.locate(pointer);
    const inData = pointer.slice('/data'.length);
    // The operation whose path is the longest prefix of the pointer is the one that wrote it.
    let best = -1;
    let bestLength = -1;
    (v.patch ?? []).forEach((op, i) => {
      const p = typeof op.path === 'string' ? op.path : '';
      if ((inData === p || inData.startsWith(`${p}/`)) && p.length > bestLength) {
        best = i;
        bestLength = p.length;
      }
    });
    return f.locate(best >= 0 ? `/patch/${best}` : '/base');
  };

  return {
    dir,
    definition: definition as unknown as PlanDefinition,
    examples,
    invalid,
    sourceText,
    sourceFile,
    exampleFiles,
    invalidFiles,
    locate,
  };
}
