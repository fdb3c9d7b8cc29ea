type Json = Record<string, unknown>;

/**
 * A small declarative converter from Ozone Connect's answers to the standards' resources (the
 * gateway's bank data, the payments' resource): each field map lists, per Ozone Connect member, the
 * standard's member name and (for nested values) how to convert the value. Members not listed
 * are dropped on purpose: the standard's objects are closed (`additionalProperties: false`), so
 * an LFI's extra member (e.g. CbuaeAccount.product, .customers) would make the answer invalid.
 */
export type Convert = (value: unknown) => unknown;
export type FieldMap = Readonly<Record<string, string | readonly [string, Convert]>>;

/** The member names of a schema (of every alternative, when the schema is a oneOf). */
export type KeysOf<T> = T extends unknown ? Extract<keyof T, string> : never;

/** A member's schema without `undefined`, and for a list its item's: what a nested converter takes or gives. */
export type Shape<T> = NonNullable<T> extends readonly (infer Item)[] ? NonNullable<Item> : NonNullable<T>;

/**
 * The standard's schema `T` as the mapping produces it: every member, at any depth, may be absent
 * (the LFI did not send it, or sent it in a shape that had to be dropped); present members have
 * the standard's names.
 */
export type Mapped<T> = T extends readonly (infer Item)[]
  ? Mapped<Item>[]
  : T extends object
    ? { [K in keyof T]?: Mapped<T[K]> }
    : T;

/**
 * A field map from the Ozone Connect schema `From` to the standard's schema `To` (both generated
 * from the official documents, @hub/ozone-connect and @hub/standards): a member the documents do
 * not have, on either side, is a compile error. The values are checked by the e2e suites, which
 * validate every answer against the standard's document.
 */
export type FieldMapOf<From, To> = { readonly [K in KeysOf<From>]?: KeysOf<To> | readonly [KeysOf<To>, Convert] };

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The converter for one object shape; anything that is not an object becomes `undefined`. Called
 * as `mapObject<From, To>(…)`: the map's members are checked against both documents and the
 * result has the standard's shape (`Mapped`: a member the LFI did not send is not invented).
 */
export function mapObject<From, To>(map: FieldMapOf<From, To>): (value: unknown) => Mapped<To> | undefined;
export function mapObject(map: Readonly<Record<string, FieldMap[string] | undefined>>): (value: unknown) => Json | undefined {
  return (value) => {
    if (!isObject(value)) return undefined;
    const out: Json = {};
    for (const [from, rule] of Object.entries(map)) {
      if (rule === undefined) continue;
      // OpenAPI 3.0 LFIs often send null for "not held"; the standard wants the member absent.
      if (value[from] === undefined || value[from] === null) continue;
      const [to, convert] = typeof rule === 'string' ? [rule, undefined] : rule;
      const converted = convert ? convert(value[from]) : value[from];
      if (converted !== undefined) out[to] = converted;
    }
    return out;
  };
}

export function listOf(convert: Convert): Convert {
  return (value) => (Array.isArray(value) ? value.map(convert).filter((v) => v !== undefined) : undefined);
}

/** Free-form members (SupplementaryData) and members already in the standard's shape. */
export const asIs: Convert = (value) => structuredClone(value);

/**
 * The standard types some identifiers as numbers where Ozone Connect has strings (TerminalId,
 * MerchantId: `integer`; BillerId, ExchangeRate, Salary: `number`). A value that is not a plain
 * number is dropped rather than sent in a shape the standard forbids.
 */
export const integer: Convert = (value) => {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) ? n : undefined;
};

export const decimal: Convert = (value) => {
  const n = typeof value === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};

/** Enumerations whose values differ only in case between the documents (e.g. deprecated `OTHER`). */
export function enumeration(values: readonly string[]): Convert {
  return (value) => (typeof value === 'string' ? (values.find((v) => v.toLowerCase() === value.toLowerCase()) ?? value) : undefined);
}
