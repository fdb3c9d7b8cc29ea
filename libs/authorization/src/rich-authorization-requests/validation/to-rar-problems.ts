import type { ValidationError } from 'class-validator';
import type { RarProblem } from '../rar-problem';

/** Most important first: the detail's own shape, then missing members, wrong values, unknown members. */
export enum ProblemRank {
  Structure = 0,
  Missing = 1,
  Value = 2,
  UnknownMember = 3,
}

export interface RankedProblem extends RarProblem {
  rank: ProblemRank;
}

/** Members TPPs still send from older versions, with what replaced them. */
const RETIRED_MEMBERS: Record<string, string> = {
  TransactionFromDateTime: 'was deprecated at v2.1 and is not a member of the v2.1-errata2 consent: use FromDate',
  TransactionToDateTime: 'was deprecated at v2.1 and is not a member of the v2.1-errata2 consent: use ToDate',
};

const WHITELIST = 'whitelistValidation';
/** When a value has the wrong shape, what class-validator found inside it is noise. */
const WRONG_SHAPE = ['isObject', 'isArray', 'nestedValidation', 'unknownValue'];

function childPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

function rankedOf(path: string, key: string, message: string): RankedProblem {
  if (key === WHITELIST) {
    const member = path.slice(path.lastIndexOf('.') + 1);
    return { path, message: RETIRED_MEMBERS[member] ?? 'is not a member of the v2.1 schema (unknown members are refused)', rank: ProblemRank.UnknownMember };
  }
  if (key === 'isDefined') return { path, message, rank: ProblemRank.Missing };
  if (key === 'nestedValidation' || key === 'unknownValue') return { path, message: 'must be an object', rank: ProblemRank.Value };
  // Array rules name the item they are about as a leading '[i] '.
  const item = /^\[(\d+)\] ([\s\S]*)$/.exec(message);
  return item ? { path: `${path}[${item[1]}]`, message: item[2], rank: ProblemRank.Value } : { path, message, rank: ProblemRank.Value };
}

/** class-validator's error tree as flat problems with paths such as 'consent.Permissions[0]'. */
export function toRarProblems(errors: ValidationError[], prefix: string): RankedProblem[] {
  return errors.flatMap((error) => {
    const path = childPath(prefix, error.property);
    const constraints = Object.entries(error.constraints ?? {});
    // A missing member is only missing: its type and format rules failed on undefined too.
    const missing = constraints.filter(([key]) => key === 'isDefined');
    // NestedObject's own 'isObject' says it better than ValidateNested's generic complaint.
    const shapeSaid = constraints.some(([key]) => key === 'isObject' || key === 'isArray');
    const reported = missing.length ? missing : constraints.filter(([key]) => !(shapeSaid && (key === 'nestedValidation' || key === 'unknownValue')));
    const own = reported.map(([key, message]) => rankedOf(path, key, message));
    const wrongShape = constraints.some(([key]) => WRONG_SHAPE.includes(key));
    return [...own, ...(wrongShape ? [] : toRarProblems(error.children ?? [], path))];
  });
}
