// A plan's examples must be valid and its invalid fixtures must fail as they say, against the
// schemas built from the definition being checked: the very pipeline the server runs
// (@thidua/validate's runValidation around an ajv compilation), passed in by the caller because
// @thidua/validate itself depends on this package.
import { DOCUMENT_KINDS, type DocumentKind, type InvalidFixture, type PlanDefinition, type PlanExample, type ValidationResult } from '@thidua/core';
import { buildNominationSchema } from '../schema/nomination-schema.js';
import { buildReportSchema } from '../schema/report-schema.js';
import type { PlanIssue } from './issue.js';

/** A compiled JSON Schema check, as ajv returns it. */
export interface CompiledSchemaCheck {
  /** True when the data satisfies the schema. */
  (data: unknown): boolean;
  /** ajv's errors of the last call. */
  errors?: unknown[] | null;
}

/**
 * What the checker needs of `@thidua/validate`: pass the module itself (`import * as validation
 * from '@thidua/validate'`). `Check` is what its ajv compiles, handed back to `runValidation` unread.
 */
export interface PlanValidation<Check = CompiledSchemaCheck> {
  /** An ajv instance configured as the SDK compiles its schemas. */
  createAjv(): { compile(schema: object): Check };
  /** The whole validation of one document against a plan, around a compiled schema check. */
  runValidation(plan: PlanDefinition, kind: DocumentKind, schema: object, check: Check, data: unknown, options?: { maxIssues?: number }): ValidationResult;
}

type Issue = Omit<PlanIssue, 'file' | 'line'>;

export function checkExamples<Check>(definition: PlanDefinition, examples: readonly PlanExample[], invalid: readonly InvalidFixture[], validation: PlanValidation<Check>): Issue[] {
  const out: Issue[] = [];
  const checks = new Map<DocumentKind, (data: unknown) => ValidationResult>();
  for (const kind of DOCUMENT_KINDS) {
    if (!examples.some((e) => e.kind === kind)) {
      out.push({ code: 'example-missing', severity: 'error', pointer: '/examples',
        message: `Kế hoạch chưa có ví dụ ${kind === 'report' ? 'báo cáo' : 'hồ sơ đề nghị khen thưởng'} hợp lệ nào. Hãy thêm một ví dụ loại “${kind}”: nó là mẫu người dùng thấy đầu tiên.`,
        messageEn: `the plan has no valid ${kind} example; add one of kind "${kind}": it is the first sample users see` });
    }
    try {
      const schema = kind === 'report' ? buildReportSchema(definition) : buildNominationSchema(definition);
      const compiled = validation.createAjv().compile(schema);
      checks.set(kind, (data) => validation.runValidation(definition, kind, schema, compiled, data, { maxIssues: Infinity }));
    } catch (e) {
      out.push({ code: 'schema-build-failed', severity: 'error', pointer: '/definition',
        message: `Không dựng được lược đồ ${kind === 'report' ? 'báo cáo' : 'hồ sơ'} từ định nghĩa: ${(e as Error).message}. Hãy sửa định nghĩa theo các lỗi khác được báo trước.`,
        messageEn: `the ${kind} schema cannot be built from the definition: ${(e as Error).message}; fix the definition's other issues first` });
    }
  }

  examples.forEach((ex, i) => {
    const run = checks.get(ex.kind);
    if (!run) return;
    const r = run(ex.data);
    for (const e of r.errors) {
      out.push({ code: 'example-invalid', severity: 'error', pointer: `/examples/${i}/data${e.path}`,
        message: `Ví dụ “${ex.name}” không hợp lệ: ${e.message} Hãy sửa ví dụ, hoặc sửa định nghĩa nếu chính quy định bị ghi sai.`,
        messageEn: `example "${ex.name}" is invalid (${e.code} at ${e.path || '/'}); correct the example, or the definition if the rule itself is wrong` });
    }
    for (const w of r.warnings) {
      out.push({ code: 'example-warning', severity: 'warning', pointer: `/examples/${i}/data${w.path}`,
        message: `Ví dụ “${ex.name}” có cảnh báo: ${w.message} Một ví dụ nên sạch cả cảnh báo.`,
        messageEn: `example "${ex.name}" raises a warning (${w.code} at ${w.path || '/'}); an example should be free of warnings` });
    }
  });

  invalid.forEach((fx, i) => {
    const run = checks.get(fx.kind);
    if (!run) return;
    const r = run(fx.data);
    const all = [...r.errors, ...r.warnings];
    fx.expect.forEach((want, j) => {
      const hit = all.find((x) => x.path === want.path && x.code === want.code);
      const got = all.map((x) => `${x.code} ${x.path || '/'}`).join('; ') || 'không lỗi nào';
      if (!hit) {
        out.push({ code: 'fixture-code-missing', severity: 'error', pointer: `/invalid/${i}/expect/${j}`,
          message: `Mẫu sai “${fx.name}” phải gây lỗi “${want.code}” tại ${want.path || '/'} nhưng không gây (kết quả: ${got}). Hãy sửa dữ liệu của mẫu hoặc mã lỗi nó chờ đợi.`,
          messageEn: `invalid fixture "${fx.name}" should raise "${want.code}" at ${want.path || '/'} but does not (got: ${all.map((x) => `${x.code} ${x.path || '/'}`).join('; ') || 'nothing'}); correct the fixture's data or the code it expects` });
      } else if (want.clause && !hit.clause) {
        out.push({ code: 'fixture-clause-missing', severity: 'error', pointer: `/invalid/${i}/expect/${j}/clause`,
          message: `Lỗi “${want.code}” của mẫu sai “${fx.name}” không trích dẫn điều khoản nào của kế hoạch. Hãy ghi clause cho quy định đó trong định nghĩa, hoặc bỏ clause: true.`,
          messageEn: `the "${want.code}" issue of invalid fixture "${fx.name}" cites no clause; give the rule a clause in the definition, or drop clause: true` });
      }
    });
    // A fixture expecting only warnings may stay valid; any other must be refused.
    const onlyWarnings = fx.expect.length > 0 && fx.expect.every((w) => r.warnings.some((x) => x.path === w.path && x.code === w.code));
    if (r.ok && !onlyWarnings) {
      out.push({ code: 'fixture-valid', severity: 'error', pointer: `/invalid/${i}`,
        message: `Mẫu sai “${fx.name}” lại hợp lệ: nó phải bị từ chối. Hãy sửa dữ liệu để vi phạm đúng quy định nó minh họa.`,
        messageEn: `invalid fixture "${fx.name}" is valid: it must be refused; change its data so that it breaks the rule it illustrates` });
    }
  });
  return out;
}
