import { isThiduaError } from '@thidua/core';
import type { StudioProblem } from './studio-state.js';

const DEFINITION_FILE = 'definition.yaml';

/** A thrown error as the page shows it: `PlanFileError`s know their file and line. */
export function problemOf(e: unknown): StudioProblem {
  if (isThiduaError(e, 'THIDUA_PLAN_FILE')) {
    const { file, line, column } = e.details as { file: string; line?: number; column?: number };
    // The message starts with the place, which the page shows apart.
    const strip = (m: string) => m.replace(/^[^:]*(?::\d+){0,2}: /, '');
    return { file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }), message: strip(e.messageVi), messageEn: strip(e.messageEn) };
  }
  if (isThiduaError(e)) return { file: DEFINITION_FILE, message: e.messageVi, messageEn: e.messageEn };
  const m = (e as Error).message;
  // A field of the wrong shape (a number where a list belongs) trips the code that reads it.
  return {
    file: DEFINITION_FILE,
    message: `Định nghĩa kế hoạch không đúng định dạng (${m}). Hãy đối chiếu từng trường với lược đồ định nghĩa kế hoạch (plan-definition.schema.json) và hướng dẫn định nghĩa kế hoạch.`,
    messageEn: `The plan definition does not have the format's shape (${m}). Compare each field with the plan-definition schema (plan-definition.schema.json) and the plan-definition guide.`,
  };
}
