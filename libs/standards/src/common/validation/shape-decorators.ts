// class-transformer's @Type reads design-time metadata; load the polyfill here so these DTOs work
// outside a Nest application too (unit tests, scripts).
import 'reflect-metadata';
import { Type, type TypeHelpOptions, type TypeOptions } from 'class-transformer';
import { IsDefined, ValidateIf, ValidateNested } from 'class-validator';
import { all, atIndex, oneOfText, rule, shown } from './rule';

type DtoClass = new () => object;
/** A JSON object (after class-transformer, an instance of its DTO). */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A member of the schema's `required` list; null counts as absent, as it cannot be of any declared type. */
export const Required = () => IsDefined({ message: 'is required' });

/**
 * Not in `required`: skipped only when absent. (class-validator's IsOptional also skips null,
 * which the standard's types do not allow.)
 */
export const Optional = () => ValidateIf((_object, value) => value !== undefined);

export const Flag = () => rule('isFlag', (v) => typeof v === 'boolean', (a) => `must be true or false (got ${shown(a.value)})`);

export const WholeNumber = () => rule('isWholeNumber', (v) => Number.isInteger(v), (a) => `must be an integer (got ${shown(a.value)})`);

export const Decimal = () => rule('isDecimal', (v) => typeof v === 'number' && Number.isFinite(v), (a) => `must be a number (got ${shown(a.value)})`);

/** A string enum (`enum:` in the schema). */
export const OneOf = (values: readonly string[], codeListName: string) =>
  rule('isOneOf', (v) => typeof v === 'string' && values.includes(v), (a) => `${oneOfText(values, codeListName)} (got ${shown(a.value)})`);

/** A nested schema object, built as `cls` by class-transformer so its own rules (and closedness) apply. */
export const NestedObject = (cls: () => DtoClass, typeOptions?: TypeOptions) =>
  all(
    rule('isObject', isRecord, (a) => `must be an object (got ${shown(a.value)})`),
    ValidateNested(),
    Type(cls as (o?: TypeHelpOptions) => DtoClass, typeOptions),
  );

export interface ArrayRules {
  min?: number;
  max?: number;
  /** Hub rule: the same code twice is a TPP bug, and would be displayed twice to the User. */
  unique?: boolean;
}

/** `type: array` with minItems/maxItems, and optionally no repeated items. */
export const ArrayOf = ({ min, max, unique }: ArrayRules = {}) =>
  all(
    rule('isArray', Array.isArray, (a) => `must be an array (got ${shown(a.value)})`),
    rule('arraySize', (v) => !Array.isArray(v) || ((min === undefined || v.length >= min) && (max === undefined || v.length <= max)), () =>
      max === undefined ? (min === 1 ? 'must not be empty' : `must have at least ${min} items`) : `must have ${min ?? 0} to ${max} items`,
    ),
    ...(unique ? [UniqueBy((item) => item)] : []),
  );

/** An array of schema objects. */
export const NestedArray = (cls: () => DtoClass, rules: ArrayRules = {}) =>
  all(ArrayOf(rules), ValidateNested({ each: true }), Type(cls as (o?: TypeHelpOptions) => DtoClass));

/** An array of enum codes; the first wrong item is named by its index. */
export const EachOneOf = (values: readonly string[], codeListName: string) => {
  const firstWrong = (v: unknown) => (Array.isArray(v) ? v.findIndex((item) => !values.includes(item)) : -1);
  return rule('eachOneOf', (v) => firstWrong(v) < 0, (a) => {
    const i = firstWrong(a.value);
    return atIndex(i, `${oneOfText(values, codeListName)} (got ${shown((a.value as unknown[])[i])})`);
  });
};

/**
 * No two items share a key (the item itself for codes); the repeat is named by its index. `Item` is
 * what the DTO declares the items to be; the TPP may send anything, so `keyOf` is only given
 * objects and plain values, and must read them defensively.
 */
export const UniqueBy = <Item = unknown>(keyOf: (item: Item) => unknown, what = 'value') => {
  // One pass with a Set: the array comes from the TPP and may be long.
  const firstRepeat = (v: unknown) => {
    if (!Array.isArray(v)) return -1;
    const seen = new Set<unknown>();
    return v.findIndex((item) => {
      const key = isRecord(item) || typeof item !== 'object' ? keyOf(item as Item) : undefined;
      if (key === undefined || !seen.has(key)) {
        seen.add(key);
        return false;
      }
      return true;
    });
  };
  return rule('unique', (v) => firstRepeat(v) < 0, (a) => {
    const i = firstRepeat(a.value);
    const repeated = keyOf((a.value as Item[])[i]);
    return atIndex(i, `repeats the ${what} ${shown(repeated)} (items must not repeat)`);
  });
};

/** Of these members, exactly one is present (an object with variants as optional members). */
export const ExactlyOneMember = (members: readonly string[]) => {
  const present = (v: Record<string, unknown>) => members.filter((m) => v[m] !== undefined);
  return rule('exactlyOneMember', (v) => !isRecord(v) || present(v).length === 1, (a) => {
    const got = present(a.value as Record<string, unknown>);
    return `must contain exactly one of ${members.join(', ')} (got ${got.length ? got.join(' and ') : 'none'})`;
  });
};

/**
 * Of these members, the ones present form one of the allowed sets: variants that may also come in
 * a documented combination (ConsentSchedule: one kind of payment, or a Combined one).
 * `inWords` completes "must contain …".
 */
export const MemberCombination = (members: readonly string[], allowed: readonly (readonly string[])[], inWords: string) => {
  const present = (v: Record<string, unknown>) => members.filter((m) => v[m] !== undefined);
  const fits = (got: string[]) => allowed.some((set) => set.length === got.length && set.every((m) => got.includes(m)));
  return rule('memberCombination', (v) => !isRecord(v) || fits(present(v)), (a) => {
    const got = present(a.value as Record<string, unknown>);
    return `must contain ${inWords} (got ${got.length ? got.join(' and ') : 'none'})`;
  });
};

/** `minProperties`: an object that must say something. */
export const MinMembers = (min: number) =>
  rule('minMembers', (v) => !isRecord(v) || Object.values(v).filter((x) => x !== undefined).length >= min, `must have at least ${min} member${min > 1 ? 's' : ''}`);
