/**
 * A single serialization per value, so a hash computed today matches the one recomputed by a later
 * verification run: object keys sorted by code unit, no whitespace, `undefined` members dropped
 * (as JSON.stringify does), numbers and strings as JSON.stringify writes them. For the integers and
 * strings hashed here this coincides with RFC 8785 (JCS).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const members = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(',')}}`;
}
