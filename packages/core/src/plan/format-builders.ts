// The building blocks of the plan-definition format's schemas. Objects are closed
// (`additionalProperties: false`) so a misspelt key in a plan file is an error, not a silently
// ignored field; a set of words is a plain `enum` (`Choice`), which gives one error for a wrong
// value where a union of literals gives one per branch.
import { Kind, Type, TypeRegistry, type ObjectOptions, type TObject, type TProperties, type TSchema, type TUnsafe } from '@sinclair/typebox';

/** A closed object: every key is declared, any other is refused. */
export function Closed<T extends TProperties>(properties: T, description?: string, options: ObjectOptions = {}): TObject<T> {
  return Type.Object(properties, { additionalProperties: false, ...(description ? { description } : {}), ...options });
}

/** The kind TypeBox's own checks know a `Choice` by (`Value.Check` refuses a kind it does not know). */
const CHOICE = 'ThiduaChoice';
if (!TypeRegistry.Has(CHOICE)) TypeRegistry.Set<{ enum: unknown[] }>(CHOICE, (schema, value) => schema.enum.includes(value));

/**
 * A `Choice` of the values `T`. Typed by the list rather than by their union, so declarations
 * print the values in their written order (a union's order follows the compiler's type ids and
 * changes between a clean and an incremental build).
 */
export interface TChoice<T extends readonly (string | number)[]> extends TUnsafe<T[number]> {
  enum: T[number][];
}

/** One of a fixed set of words (or numbers), as a single `enum`. */
export function Choice<const T extends readonly (string | number)[]>(values: T, description?: string): TChoice<T> {
  return Type.Unsafe<T[number]>({
    [Kind]: CHOICE,
    type: typeof values[0] === 'number' ? 'integer' : 'string',
    enum: [...values],
    ...(description ? { description } : {}),
  }) as TChoice<T>;
}

/** The same schema with the description of the place it is used at. */
export function described<T extends TSchema>(schema: T, description: string): T {
  return { ...schema, description };
}
