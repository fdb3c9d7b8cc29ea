import { ApiError } from '@hub/kernel';
import { AMOUNT } from '@hub/standards';
import { isIsoDate, monthsOfDuration } from './pricing/calendar';
import { filsOf, type Fils } from './pricing/quote-money';

export type Json = Record<string, unknown>;

/** The desk declines to insure more than AED 1 billion on one quote (the documents allow 16 digits). */
const MAX_INSURED_FILS = 100_000_000_000n;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the members of a request body by path (`Policy.CarValuation`, `InsuredParties[0].DateOfBirth`)
 * and collects every problem instead of stopping at the first, so one 400 names everything the
 * TPP has to fix. Required readers return a neutral value when a member is missing or wrong;
 * `check()` then refuses the request. The documents leave these objects open, so unknown members
 * are ignored, never refused.
 */
export class Members {
  private readonly problems: { path: string; message: string }[] = [];

  constructor(
    private readonly data: Json,
    private readonly root = 'data',
  ) {}

  /** Throws a 400 naming every problem found so far; `what` says which request it was. */
  check(what: string): void {
    if (this.problems.length === 0) return;
    const list = this.problems.map((p) => `${p.path} ${p.message}`).join('; ');
    throw ApiError.badRequest(`${what}: ${list}`, this.problems[0].path);
  }

  /** A problem the caller found itself (e.g. two members that disagree). */
  report(path: string, message: string): void {
    this.problems.push({ path: this.full(path), message });
  }

  has(path: string): boolean {
    return this.at(path) !== undefined;
  }

  object(path: string): Json {
    return this.optionalObject(path) ?? this.missing(path, 'an object', {});
  }

  optionalObject(path: string): Json | undefined {
    return this.read(path, 'an object', (v) => (isObject(v) ? v : undefined));
  }

  /** Each element of an array of objects; `min` elements at least. */
  objects(path: string, min = 1): Json[] {
    const list = this.optionalObjects(path);
    if (list === undefined) return this.missing(path, 'an array of objects', []);
    if (list.length < min) this.report(path, `must hold at least ${min} item${min === 1 ? '' : 's'}`);
    return list;
  }

  optionalObjects(path: string): Json[] | undefined {
    return this.read(path, 'an array of objects', (v) => (Array.isArray(v) && v.every(isObject) ? (v as Json[]) : undefined));
  }

  text(path: string, maxLength = 140): string {
    return this.optionalText(path, maxLength) ?? this.missing(path, `a string of 1 to ${maxLength} characters`, '');
  }

  optionalText(path: string, maxLength = 140): string | undefined {
    return this.read(path, `a string of 1 to ${maxLength} characters`, (v) => (typeof v === 'string' && v.length >= 1 && v.length <= maxLength ? v : undefined));
  }

  /** Optional text lists (e.g. TravelDestinationCountries), each matching `pattern`. */
  optionalTexts(path: string, pattern: RegExp, form: string): string[] | undefined {
    return this.read(path, `an array of ${form}`, (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string' && pattern.test(x)) ? (v as string[]) : undefined));
  }

  bool(path: string): boolean {
    return this.optionalBool(path) ?? this.missing(path, 'true or false', false);
  }

  optionalBool(path: string): boolean | undefined {
    return this.read(path, 'true or false', (v) => (typeof v === 'boolean' ? v : undefined));
  }

  int(path: string, min: number, max: number): number {
    return this.optionalInt(path, min, max) ?? this.missing(path, `an integer from ${min} to ${max}`, min);
  }

  optionalInt(path: string, min: number, max: number): number | undefined {
    return this.read(path, `an integer from ${min} to ${max}`, (v) => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : undefined));
  }

  ints(path: string, min: number, max: number): number[] {
    const form = `a non-empty array of integers from ${min} to ${max}`;
    const valid = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((x) => Number.isInteger(x) && x >= min && x <= max);
    return this.read(path, form, (v) => (valid(v) ? (v as number[]) : undefined)) ?? this.missing(path, form, []);
  }

  choice<T extends string>(path: string, choices: readonly T[]): T {
    return this.optionalChoice(path, choices) ?? this.missing(path, `one of ${choices.join(', ')}`, choices[0]);
  }

  optionalChoice<T extends string>(path: string, choices: readonly T[]): T | undefined {
    return this.read(path, `one of ${choices.join(', ')}`, (v) => (typeof v === 'string' && choices.includes(v as T) ? (v as T) : undefined));
  }

  /** An ISO date `YYYY-MM-DD` that exists on the calendar. */
  date(path: string): string {
    return this.optionalDate(path) ?? this.missing(path, 'a date YYYY-MM-DD', '1970-01-01');
  }

  optionalDate(path: string): string | undefined {
    return this.read(path, 'a date YYYY-MM-DD', (v) => (typeof v === 'string' && isIsoDate(v) ? v : undefined));
  }

  /** An ISO 8601 duration in years and months (`P2Y3M`), as months. */
  months(path: string): number {
    return this.optionalMonths(path) ?? this.missing(path, 'a duration in years and months such as P2Y3M', 0);
  }

  optionalMonths(path: string): number | undefined {
    return this.read(path, 'a duration in years and months such as P2Y3M', (v) => (typeof v === 'string' ? monthsOfDuration(v) : undefined));
  }

  /** AEActiveCurrencyAmount in dirhams (the insurer quotes in AED only), as fils. */
  amount(path: string): Fils {
    return this.optionalAmount(path) ?? this.missing(path, 'an amount {"Currency": "AED", "Amount": "1000.00"}', 0n);
  }

  optionalAmount(path: string): Fils | undefined {
    const value = this.at(path);
    if (value === undefined) return undefined;
    if (!isObject(value) || typeof value.Amount !== 'string' || !AMOUNT.regex.test(value.Amount)) {
      return this.wrong(path, 'an amount {"Currency": "AED", "Amount": "1000.00"}');
    }
    if (value.Currency !== 'AED') return this.wrong(`${path}.Currency`, 'AED: the insurer quotes and insures in dirhams');
    return this.insurable(path, filsOf(value.Amount));
  }

  /** A plain number of dirhams with at most two decimals (e.g. BuildingValue), as fils. */
  dirhams(path: string): Fils {
    const form = 'a number of dirhams with at most two decimals';
    const value = this.read(path, form, (v) => (typeof v === 'number' && v >= 0 && /^\d+(\.\d{1,2})?$/.test(String(v)) ? String(v) : undefined));
    return value === undefined ? this.missing(path, form, 0n) : (this.insurable(path, filsOf(value)) ?? 0n);
  }

  private insurable(path: string, fils: Fils): Fils | undefined {
    if (fils <= MAX_INSURED_FILS) return fils;
    this.report(path, 'exceeds AED 1,000,000,000, more than the insurer writes on one quote');
    return undefined;
  }

  /** The value at `path`, or undefined when it (or a parent) is absent. */
  private at(path: string): unknown {
    let node: unknown = this.data;
    for (const step of path.split('.')) {
      const [, key, index] = /^([^[]+)(?:\[(\d+)\])?$/.exec(step) ?? [];
      if (!isObject(node)) return undefined;
      node = node[key];
      if (index !== undefined) node = Array.isArray(node) ? node[Number(index)] : undefined;
    }
    return node;
  }

  private read<T>(path: string, form: string, accept: (value: unknown) => T | undefined): T | undefined {
    const value = this.at(path);
    if (value === undefined) return undefined;
    const accepted = accept(value);
    return accepted === undefined ? this.wrong(path, form) : accepted;
  }

  private wrong(path: string, form: string): undefined {
    this.problems.push({ path: this.full(path), message: `must be ${form}` });
    return undefined;
  }

  private missing<T>(path: string, form: string, neutral: T): T {
    // A present but wrong member is already reported; only absence is added here.
    if (this.at(path) === undefined) this.problems.push({ path: this.full(path), message: `is required (${form})` });
    return neutral;
  }

  private full(path: string): string {
    return `${this.root}.${path}`;
  }
}
