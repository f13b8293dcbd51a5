import type { ValidationIssue } from '@thidua/core';
import type { PlanFolder } from '@thidua/plans';
import { validate } from '@thidua/validate';
import type { FixtureResult } from './studio-state.js';

const shown = (i: ValidationIssue) => ({ code: i.code, path: i.path, message: i.message, severity: i.severity });

/**
 * Each example validated (it must pass) and each invalid fixture (it must raise every error or
 * warning it names, at its path), against the plan as the registry now holds it: the folder just added.
 */
export function fixtureResults(planId: string, folder: PlanFolder): FixtureResult[] {
  const examples = folder.examples.map((ex, i): FixtureResult => {
    const r = validate(planId, ex.kind, ex.data, { maxIssues: Infinity });
    return { file: folder.exampleFiles[i]!, kind: ex.kind, expected: 'valid', ok: r.ok, issues: r.errors.map(shown), expects: [] };
  });
  const invalid = folder.invalid.map((fx, i): FixtureResult => {
    const r = validate(planId, fx.kind, fx.data, { maxIssues: Infinity });
    const raised = [...r.errors, ...r.warnings];
    const expects = fx.expect.map((want) => ({ code: want.code, path: want.path, found: raised.some((x) => x.code === want.code && x.path === want.path) }));
    // A fixture may name a warning: it "fails" as it says when each named issue is raised.
    return { file: folder.invalidFiles[i]!, kind: fx.kind, expected: 'invalid', ok: raised.length > 0 && expects.every((e) => e.found), issues: raised.map(shown), expects };
  });
  return [...examples, ...invalid];
}
