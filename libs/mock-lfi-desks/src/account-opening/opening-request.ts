import { ApiError } from '@hub/kernel';

// The body of Ozone Connect `POST /accounts` (AECreateAccountRequestBody1 of the bank service
// initiation document): `data` with the TPP's account opening request. Our own types, written
// from the document; members the document leaves open are kept as they came.

export interface PartyAddress {
  AddressLine: string[];
  Country: string;
  [member: string]: unknown;
}

export interface PersonClaims {
  IdentityType: 'Person';
  FullName: string;
  GivenName: string;
  Surname: string;
  MiddleName?: string;
  EmiratesId: string;
  EmiratesIdExpiryDate: string;
  DateOfBirth?: string;
  ResidentialAddress: PartyAddress;
  [member: string]: unknown;
}

export interface BusinessClaims {
  IdentityType: 'Business';
  BusinessName?: string;
  TradeLicenceNumber?: string;
  [member: string]: unknown;
}

export interface OpeningParty {
  Verification?: Record<string, unknown>;
  Claims: PersonClaims | BusinessClaims;
}

export interface DataSharingAuditEntry {
  JSONPath: string;
  Action: 'Added' | 'Updated' | 'Removed';
  OriginalValue?: string;
}

export interface AccountOpeningRequest {
  LinkedOperations?: { FxQuoteId: string };
  /** The user's account for deposits and withdrawals, shared through Bank Data Sharing. */
  Account?: { SchemeName?: string; Identification?: string; Name?: string };
  AnnualTransactionVolume?: number;
  Party?: OpeningParty;
  DataSharingAudit?: DataSharingAuditEntry[];
  [member: string]: unknown;
}

const SCHEME_NAMES = ['IBAN', 'AccountNumber', 'MaskedPAN', 'MortgageReference', 'FinanceReference'];
const AUDIT_ACTIONS = ['Added', 'Updated', 'Removed'];
const PERSON_REQUIRED = ['FullName', 'GivenName', 'Surname', 'EmiratesId'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A calendar date (`YYYY-MM-DD`) that exists. */
function isDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Collects every problem of the body with the path of the member, so one answer names them all. */
class Problems {
  readonly list: { path: string; message: string }[] = [];

  add(path: string, message: string): void {
    this.list.push({ path, message: `${path} ${message}` });
  }

  /** A string member of `owner`; `bounds` = [min, max] length. */
  text(owner: Json, name: string, path: string, required: boolean, bounds: [number, number] = [1, Infinity]): void {
    const value = owner[name];
    if (value === undefined) return void (required && this.add(`${path}.${name}`, 'is required'));
    if (typeof value !== 'string') return this.add(`${path}.${name}`, 'must be a string');
    if (value.length < bounds[0] || value.length > bounds[1]) this.add(`${path}.${name}`, `must be ${bounds[0]} to ${bounds[1]} characters`);
  }

  /** An object member; undefined when absent or not an object (the problem is recorded). */
  object(owner: Json, name: string, path: string, required: boolean): Json | undefined {
    const value = owner[name];
    if (value === undefined) return void (required && this.add(`${path}.${name}`, 'is required'));
    if (!isObject(value)) return void this.add(`${path}.${name}`, 'must be an object');
    return value;
  }
}

/** Every problem of the body, in document order; empty when it is a valid request. */
export function openingRequestProblems(body: unknown): { path: string; message: string }[] {
  const problems = new Problems();
  const data = isObject(body) ? problems.object(body, 'data', 'body', true) : void problems.add('body', 'must be a JSON object');
  if (data) checkData(data, problems);
  return problems.list;
}

function checkData(data: Json, p: Problems): void {
  const linked = p.object(data, 'LinkedOperations', 'data', false);
  if (linked) {
    p.text(linked, 'FxQuoteId', 'data.LinkedOperations', true, [1, 128]);
    if (typeof linked.FxQuoteId === 'string' && !UUID.test(linked.FxQuoteId)) p.add('data.LinkedOperations.FxQuoteId', 'must be a UUID');
  }
  const account = p.object(data, 'Account', 'data', false);
  if (account) checkAccount(account, p);
  const volume = data.AnnualTransactionVolume;
  if (volume !== undefined && !Number.isInteger(volume)) p.add('data.AnnualTransactionVolume', 'must be a whole number');
  const party = p.object(data, 'Party', 'data', false);
  if (party) checkParty(party, p);
  checkAudit(data.DataSharingAudit, p);
}

function checkAccount(account: Json, p: Problems): void {
  if (account.SchemeName !== undefined && !SCHEME_NAMES.includes(account.SchemeName as string)) p.add('data.Account.SchemeName', `must be one of ${SCHEME_NAMES.join(', ')}`);
  p.text(account, 'Identification', 'data.Account', false, [1, 400]);
  p.text(account, 'Name', 'data.Account', false, [1, 70]);
}

function checkParty(party: Json, p: Problems): void {
  const verification = p.object(party, 'Verification', 'data.Party', false);
  if (verification) p.text(verification, 'TrustFramework', 'data.Party.Verification', true);
  const claims = p.object(party, 'Claims', 'data.Party', true);
  if (!claims) return;
  if (claims.IdentityType === 'Person') return checkPerson(claims, p);
  if (claims.IdentityType === 'Business') return p.text(claims, 'BusinessName', 'data.Party.Claims', false, [1, 140]);
  p.add('data.Party.Claims.IdentityType', claims.IdentityType === undefined ? 'is required' : 'must be Person or Business');
}

function checkPerson(claims: Json, p: Problems): void {
  const path = 'data.Party.Claims';
  for (const name of PERSON_REQUIRED) p.text(claims, name, path, true);
  for (const name of ['EmiratesIdExpiryDate', 'DateOfBirth']) {
    const value = claims[name];
    if (value === undefined) {
      if (name === 'EmiratesIdExpiryDate') p.add(`${path}.${name}`, 'is required');
    } else if (!isDate(value)) p.add(`${path}.${name}`, 'must be a date (YYYY-MM-DD)');
  }
  const address = p.object(claims, 'ResidentialAddress', path, true);
  if (!address) return;
  const lines = address.AddressLine;
  if (!Array.isArray(lines) || lines.length < 1 || lines.length > 7 || !lines.every((l) => typeof l === 'string')) {
    p.add(`${path}.ResidentialAddress.AddressLine`, 'must be 1 to 7 lines of text');
  }
  if (typeof address.Country !== 'string' || !/^[A-Z]{2}$/.test(address.Country)) p.add(`${path}.ResidentialAddress.Country`, 'must be an ISO 3166-1 alpha-2 code');
}

function checkAudit(audit: unknown, p: Problems): void {
  if (audit === undefined) return;
  if (!Array.isArray(audit)) return p.add('data.DataSharingAudit', 'must be an array');
  audit.forEach((entry, i) => {
    const path = `data.DataSharingAudit[${i}]`;
    if (!isObject(entry)) return p.add(path, 'must be an object');
    p.text(entry, 'JSONPath', path, true);
    if (!AUDIT_ACTIONS.includes(entry.Action as string)) p.add(`${path}.Action`, `must be one of ${AUDIT_ACTIONS.join(', ')}`);
    p.text(entry, 'OriginalValue', path, false, [0, Infinity]);
  });
}

/** The request's `data`, or a 400 in the Ozone Connect format naming every problem. */
export function parseOpeningRequest(body: unknown): AccountOpeningRequest {
  const problems = openingRequestProblems(body);
  if (problems.length) throw ApiError.badRequest(`Invalid account opening request: ${problems.map((p) => p.message).join('; ')}`, problems[0].path);
  return (body as { data: AccountOpeningRequest }).data;
}

/** The party's name as the TPP sent it, for people and businesses alike. */
export function partyNameOf(request: AccountOpeningRequest): string | undefined {
  const claims = request.Party?.Claims;
  if (!claims) return undefined;
  if (claims.IdentityType === 'Business') return claims.BusinessName;
  return claims.FullName || [claims.GivenName, claims.MiddleName, claims.Surname].filter(Boolean).join(' ') || undefined;
}
