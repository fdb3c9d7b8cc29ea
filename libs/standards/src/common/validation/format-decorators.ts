import { AMOUNT, COUNTRY_CODE, CURRENCY_CODE, type Pattern } from '../patterns';
import { parseDateTime, parseFullDate } from './rfc3339';
import { rule, shown } from './rule';

/** JSON Schema counts string length in code points, not UTF-16 units. */
const lengthOf = (s: string) => [...s].length;

function lengthText(min: number | undefined, max: number | undefined, got: number): string {
  if (min !== undefined && max !== undefined) return `must be ${min} to ${max} characters long (got ${got})`;
  if (max !== undefined) return `must be at most ${max} characters long (got ${got})`;
  return min === 1 ? 'must not be empty' : `must be at least ${min} characters long (got ${got})`;
}

/** `type: string` with the schema's minLength/maxLength. */
export const Text = (min?: number, max?: number) =>
  rule(
    'text',
    (v) => typeof v === 'string' && (min === undefined || lengthOf(v) >= min) && (max === undefined || lengthOf(v) <= max),
    (a) => (typeof a.value === 'string' ? lengthText(min, max, lengthOf(a.value)) : `must be a string (got ${shown(a.value)})`),
  );

/** A `pattern:` of the schema, explained in words (a regex is not a readable error). */
export const Matching = (pattern: RegExp, inWords: string) =>
  rule('matches', (v) => typeof v === 'string' && pattern.test(v), (a) => `must be ${inWords} (got ${shown(a.value)})`);

/** One of the standard's named patterns (patterns.ts), with its wording. */
export const MatchingPattern = ({ regex, inWords }: Pattern) => Matching(regex, inWords);

/** AEActiveOrHistoricAmount, AEActiveCurrencyAmount.Amount and ControlSum. */
export const Amount = () => MatchingPattern(AMOUNT);

/** AEActiveOrHistoricCurrencyCode and CurrencyOfTransfer / UnitCurrency / Currency. */
export const CurrencyCode = () => MatchingPattern(CURRENCY_CODE);

/** An ISO 3166 alpha-2 country code (DestinationCountryCode, addresses' Country). */
export const CountryCode = () => MatchingPattern(COUNTRY_CODE);

/**
 * AEConsentId, AEBaseConsentId and `uuid`: 1-128 characters. The schemas also say `format: uuid`,
 * but the `uuid` schema's own description calls that "a hint to OpenAPI parsers", and the
 * sandbox's test LFI refuses consents whose ConsentId starts with 'invalid-'; so any string of
 * 1-128 characters is accepted (a conformance case records this divergence).
 */
export const ConsentIdentifier = () => Text(1, 128);

/** `format: date`: an RFC 3339 full-date. */
export const FullDate = () =>
  rule('isFullDate', (v) => parseFullDate(v) !== undefined, (a) => `must be a date in the form YYYY-MM-DD, e.g. 2026-05-01 (got ${shown(a.value)})`);

/** `format: date-time`; the standard adds that every date-time must include its timezone. */
export const DateTimeWithTimezone = () =>
  rule(
    'isDateTime',
    (v) => parseDateTime(v)?.hasTimezone === true,
    (a) =>
      parseDateTime(a.value)
        ? 'must include a timezone (Z or +hh:mm), e.g. 2026-05-01T10:43:07+04:00'
        : `must be an RFC 3339 date-time with a timezone, e.g. 2026-05-01T10:43:07+04:00 (got ${shown(a.value)})`,
  );

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Why a value is not a compact-serialised JWE (RFC 7516 section 7.1), or undefined when it is one. */
function whyNotCompactJwe(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null) {
    return 'must be the encrypted form (AEJWEPaymentPII, a compact JWE): the decoded PII object is not accepted, PII travels encrypted to the LFI';
  }
  if (typeof value !== 'string') return `must be a compact JWE string (got ${shown(value)})`;
  const parts = value.split('.');
  if (parts.length !== 5) return `must be a compact JWE: 5 base64url parts joined by dots (got ${parts.length} part${parts.length > 1 ? 's' : ''})`;
  if (!parts.every((p) => BASE64URL.test(p))) return 'must be a compact JWE: every part must be base64url (A-Z a-z 0-9 - _)';
  const [header, , , ciphertext, tag] = parts;
  // The encrypted key (empty for `dir`) and the IV may be empty; a JWE always has these three.
  if (!header || !ciphertext || !tag) return 'must be a compact JWE: the protected header, ciphertext and tag must not be empty';
  try {
    const decoded: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    const { alg, enc } = (decoded ?? {}) as Record<string, unknown>;
    if (typeof alg === 'string' && typeof enc === 'string') return undefined;
  } catch {
    // reported below
  }
  return 'must be a compact JWE: its protected header must be base64url JSON naming alg and enc';
}

/**
 * PersonalIdentifiableInformation at PAR and on POST /payments (hub rule): the schemas' anyOf also
 * admits the decoded objects, but says implementations MUST use the AEJWEPaymentPII form (the
 * decoded one "is for guidance on content only"). Only the shape is checked; decrypting is the
 * LFI's business, and the hub never sees PII in the clear.
 */
export const CompactJwe = () => rule('isCompactJwe', (v) => whyNotCompactJwe(v) === undefined, (a) => whyNotCompactJwe(a.value)!);

/** An absolute URL with the https scheme, as the WHATWG URL parser reads it. */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function whyNotHttpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string (got ${shown(value)})`;
  if (isHttpsUrl(value)) return undefined;
  return URL.canParse(value) ? `must be an https URL (got ${shown(value)})` : `must be an absolute https URL (got ${shown(value)})`;
}

/** Webhook.Url (hub rule; the RAR schema says only string): events carry consent data, so TLS only. */
export const HttpsUrl = () => rule('isHttpsUrl', (v) => whyNotHttpsUrl(v) === undefined, (a) => whyNotHttpsUrl(a.value)!);
