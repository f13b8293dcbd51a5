import type { ErrorCode, ValidationIssue } from '@thidua/core';
import { TERMS, type MessageVariant } from '@thidua/core/messages';
import { DOC_NUMBER_PATTERN, NON_BLANK, NON_BLANK_JS, numberNotGiven } from '@thidua/core/text';
import type { ErrorObject } from 'ajv';
import { escapePointerToken as escapePointer, parsePointer } from '@thidua/core/json-pointer';
import { describePath } from './labels.js';
import { makeIssue, type IssueContext } from './issue.js';
import { userText } from './user-text.js';
import { alternativeKeys, alternativesPhrase, hasConditionalRequired, requiredWhen } from './alternatives.js';
import { dateParams, numberVariant, requiredVariant } from './message-variants.js';


/** The value a JSON Pointer designates (own properties only). */
function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const seg of parsePointer(pointer)) {
    if (!v || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

/**
 * A document number left open ("…/BC-UBND", blank, absent) is a draft's, not a wrong shape:
 * say so, with the field's example of a final number.
 */
function numberNotGivenParams(s: Record<string, unknown> | undefined, value: unknown): Record<string, unknown> | undefined {
  if (s?.['pattern'] !== DOC_NUMBER_PATTERN || !numberNotGiven(value)) return undefined;
  const example = Array.isArray(s['examples']) ? String(s['examples'][0]) : '';
  return { value: typeof value === 'string' && value.trim() ? userText(value, 60) : '…', example };
}

function hintOf(s: Record<string, unknown> | undefined, lang: 'vi' | 'en'): string | undefined {
  const h = s?.[lang === 'en' ? 'x-ui-hint-en' : 'x-ui-hint'];
  return typeof h === 'string' ? h : undefined;
}

/** ajv errors → issues with our codes and messages; a blank required text reads as "required". */
export function schemaIssues(ctx: IssueContext, errors: readonly ErrorObject[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  const terms = TERMS[ctx.lang];
  // A field missing from a failed "at least one of" is said once, by the `anyOf` itself.
  const summarised = new Set(errors.flatMap((e) => {
    if (e.keyword !== 'anyOf') return [];
    const keys = alternativeKeys(describePath(ctx.schema, ctx.data, e.instancePath, ctx.lang).schema);
    return keys ? keys.map((k) => `${e.instancePath}\u0000${k}`) : [];
  }));
  for (const e of errors) {
    if (e.keyword === 'required' && summarised.has(`${e.instancePath}\u0000${String((e.params as Record<string, unknown>)['missingProperty'])}`)) continue;
    let path = e.instancePath;
    let code = e.keyword as ErrorCode;
    let variant: MessageVariant | undefined;
    const params: Record<string, unknown> = {};
    let suffix: string | undefined;
    let clause: string | undefined;
    let labelPath: string | undefined;
    const fieldSchema = () => describePath(ctx.schema, ctx.data, path, ctx.lang).schema;
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'required': {
        path = `${path}/${escapePointer(String(p['missingProperty']))}`;
        const d = describePath(ctx.schema, ctx.data, path, ctx.lang);
        const open = numberNotGivenParams(d.schema, undefined);
        const parent = open ? undefined : describePath(ctx.schema, ctx.data, e.instancePath, ctx.lang).schema;
        const required = Array.isArray(parent?.['required']) ? (parent['required'] as string[]) : [];
        const condition = open || required.includes(String(p['missingProperty'])) ? undefined : requiredWhen(parent, valueAt(ctx.data, e.instancePath), String(p['missingProperty']), ctx.lang);
        if (open) { code = 'number-not-given'; Object.assign(params, open); }
        else if (condition) { code = 'required-when'; params['when'] = condition; }
        else if (d.schema?.['x-confirmation']) code = 'confirmation-missing';
        else if (d.schema?.['x-indicator']) {
          // A figure the plan requires: cite where the plan sets it.
          code = 'indicator-missing';
          if (typeof d.schema['x-clause'] === 'string') clause = d.schema['x-clause'];
        } else variant = requiredVariant(d.schema);
        break;
      }
      case 'pattern': {
        const open = numberNotGivenParams(fieldSchema(), valueAt(ctx.data, path));
        if (open) { code = 'number-not-given'; Object.assign(params, open); }
        else if (p['pattern'] === NON_BLANK || p['pattern'] === NON_BLANK_JS) code = 'required';
        // A date's pattern only restates its format for other stacks: one message, as a format.
        else if (fieldSchema()?.['format'] === 'date') { code = 'format'; variant = 'format.date'; Object.assign(params, dateParams(valueAt(ctx.data, path), ctx.lang)); }
        else suffix = hintOf(fieldSchema(), ctx.lang);
        break;
      }
      case 'minLength':
        if (p['limit'] === 1) code = 'required';
        else params['limit'] = p['limit'];
        break;
      case 'maxLength':
        params['limit'] = p['limit'];
        {
          const value = valueAt(ctx.data, path);
          params['actual'] = typeof value === 'string' ? [...value].length : '?';
        }
        break;
      case 'additionalProperties':
        params['property'] = userText(String(p['additionalProperty']), 60);
        labelPath = path;
        path = `${path}/${escapePointer(String(p['additionalProperty']))}`;
        break;
      case 'enum': {
        const ps = fieldSchema();
        const labels = (ps?.[ctx.lang === 'en' ? 'x-enum-labels-en' : 'x-enum-labels'] ?? p['allowedValues']) as unknown[];
        const shown = labels.slice(0, 12).map((x) => `“${String(x)}”`);
        params['allowed'] = shown.join(', ') + (labels.length > 12 ? ', …' : '');
        break;
      }
      case 'const':
        // A checkbox reads "có"/"không", not true/false (a date of admission needs "Đảng viên" ticked).
        params['allowed'] = typeof p['allowedValue'] === 'boolean' ? terms[p['allowedValue'] ? 'yes' : 'no'] : p['allowedValue'];
        break;
      case 'type': {
        params['expected'] = terms.types[String(p['type'])] ?? p['type'];
        const number = numberVariant(p['type'], valueAt(ctx.data, path), fieldSchema());
        if (number) { variant = number.variant; params['example'] = String(number.example); }
        break;
      }
      case 'format':
        params['format'] = terms.formats[String(p['format'])] ?? p['format'];
        if (p['format'] === 'date') { variant = 'format.date'; Object.assign(params, dateParams(valueAt(ctx.data, path), ctx.lang)); }
        break;
      case 'uniqueItems':
        params['i'] = Math.min(Number(p['i']), Number(p['j'])) + 1;
        params['j'] = Math.max(Number(p['i']), Number(p['j'])) + 1;
        break;
      case 'discriminator': {
        path = `${path}/${escapePointer(String(p['tag'] ?? 'type'))}`;
        params['allowed'] = [terms.collective, terms.individual, terms.household].join(', ');
        break;
      }
      case 'anyOf': {
        const objectSchema = fieldSchema();
        const keys = alternativeKeys(objectSchema);
        if (objectSchema && keys) { code = 'any-required'; params['fields'] = alternativesPhrase(objectSchema, keys, ctx.lang); }
        break;
      }
      case 'if':
        // The errors inside the failed `then` say what is missing, and why.
        if (p['failingKeyword'] === 'then' && hasConditionalRequired(fieldSchema())) continue;
        code = 'oneOf';
        break;
      case 'then': case 'else': case 'not':
        code = 'oneOf';
        break;
      default:
        if ('limit' in p) params['limit'] = p['limit'];
    }
    const key = `${path}\u0000${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(makeIssue(ctx, { path, code, params, ...(variant ? { variant } : {}), ...(suffix ? { suffix } : {}), ...(clause ? { clause } : {}), ...(labelPath !== undefined ? { labelPath } : {}) }));
  }
  // A field that is blank also fails its other string checks; the blank message says it all.
  const blank = new Set(out.filter((i) => i.code === 'required').map((i) => i.path));
  // A missing tag is said once, as "required", not again as a bad discriminator.
  for (let k = out.length - 1; k >= 0; k--) if (out[k]!.code === 'discriminator' && blank.has(out[k]!.path)) out.splice(k, 1);
  return out.filter((i) => i.code !== 'pattern' && i.code !== 'format' && i.code !== 'maxLength' ? true : !blank.has(i.path));
}
