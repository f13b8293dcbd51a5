import { ThiduaError } from '@thidua/core';

/** `schemaForCode` or `standaloneSource` was given something other than a schema object. */
export class NotASchemaError extends ThiduaError<'THIDUA_NOT_A_SCHEMA', { type: string }> {
  override name = 'NotASchemaError';

  constructor(value: unknown) {
    const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    super('THIDUA_NOT_A_SCHEMA', {
      vi: `schemaForCode: cần một lược đồ JSON (đối tượng), nhận được ${type}. Hãy truyền lược đồ đã đọc, ví dụ getSchema(planId, kind).`,
      en: `schemaForCode: a JSON Schema object is expected, not ${type}. Pass the schema as an object, e.g. getSchema(planId, kind).`,
    }, { details: { type } });
  }
}
