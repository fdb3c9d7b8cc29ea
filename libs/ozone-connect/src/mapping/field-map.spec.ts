import { decimal, enumeration, integer, listOf, mapObject } from './field-map';

interface OcThing {
  thingId: string;
  inner?: { a: number };
  tags?: string[];
}
interface StdThing {
  ThingId: string;
  Inner?: { A: number };
  Tags?: string[];
}

describe('field map engine', () => {
  const toThing = mapObject<OcThing, StdThing>({
    thingId: 'ThingId',
    inner: ['Inner', mapObject<{ a: number }, { A: number }>({ a: 'A' })],
    tags: ['Tags', listOf((v) => (typeof v === 'string' ? v.toUpperCase() : undefined))],
  });

  it('renames listed members, converts nested ones, and drops the rest', () => {
    expect(toThing({ thingId: 't1', inner: { a: 1, b: 2 }, tags: ['x', 3, 'y'], extra: true })).toEqual({ ThingId: 't1', Inner: { A: 1 }, Tags: ['X', 'Y'] });
  });

  it('skips null and undefined members, and members whose conversion gives nothing', () => {
    expect(toThing({ thingId: null, inner: 'not an object' })).toEqual({});
  });

  it('is undefined for a value that is not an object', () => {
    expect(toThing([1])).toBeUndefined();
    expect(toThing('x')).toBeUndefined();
  });
});

describe('value conversions', () => {
  it.each([
    ['40021877', 40021877],
    [42, 42],
    [' 7 ', 7],
    ['TERM-1', undefined],
    ['12345678901234567890', undefined],
    [1.5, undefined],
  ])('integer(%j) = %j', (given, expected) => expect(integer(given)).toBe(expected));

  it.each([
    ['3.6725', 3.6725],
    ['28000.00', 28000],
    ['-1.5e2', -150],
    [0.27, 0.27],
    ['3,67', undefined],
    ['', undefined],
  ])('decimal(%j) = %j', (given, expected) => expect(decimal(given)).toBe(expected));

  it('enumeration puts a value in the canonical case and leaves unknown values for the schema to judge', () => {
    const scheme = enumeration(['BICFI', 'Other']);
    expect(scheme('OTHER')).toBe('Other');
    expect(scheme('bicfi')).toBe('BICFI');
    expect(scheme('SWIFT')).toBe('SWIFT');
  });
});
