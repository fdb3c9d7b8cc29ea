import { ProblemRank, type RankedProblem } from './to-rar-problems';

/**
 * class-transformer silently skips members named like Object.prototype's ('__proto__',
 * 'constructor', 'toString', ...) so the whitelist never sees them. No schema has such a member:
 * they are found in the raw JSON and refused as unknown members.
 */
export function inheritedKeyProblems(value: unknown, path: string): RankedProblem[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => inheritedKeyProblems(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, member]) => [
    ...(key in Object.prototype ? [{ path: `${path}.${key}`, message: 'is not a member of the v2.1 schema (unknown members are refused)', rank: ProblemRank.UnknownMember }] : []),
    ...inheritedKeyProblems(member, `${path}.${key}`),
  ]);
}
