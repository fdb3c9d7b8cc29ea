import { randomUUID } from 'node:crypto';
import { TppApplication } from '../directory/directory.types';
import { UUID_V4 } from '../issuance/identifiers';

/** A TPP application to register; the ids the directory would assign may be given (seeds, tests). */
export interface TppApplicationSpec {
  /** UUID v4; generated when absent. */
  clientId?: string;
  /** UUID v4; generated when absent (or taken from an application of the same organisation name). */
  organisationId?: string;
  organisationName: string;
  /** Generated when absent. */
  softwareStatementId?: string;
  name: string;
  /** Trust framework role codes, e.g. BDSP, BSIP, IDSP. */
  roles: string[];
  redirectUris: string[];
}

/** A spec with every id decided. */
export interface TppRegistration {
  clientId: string;
  organisationId: string;
  organisationName: string;
  softwareStatementId: string;
  name: string;
  roles: string[];
  redirectUris: string[];
}

const ROLE = /^[A-Z]{3,5}$/;
/** It becomes a path segment of the keystore URL. */
const SOFTWARE_STATEMENT_ID = /^[A-Za-z0-9._~-]{1,64}$/;

export function validateTppSpec(spec: TppApplicationSpec): void {
  const problems = [...identityProblems(spec), ...rolesProblems(spec.roles), ...redirectUriProblems(spec.redirectUris)];
  if (problems.length > 0) {
    throw new Error(`Invalid TPP application ${JSON.stringify(spec?.name ?? '')}: ${problems.join('; ')}`);
  }
}

function identityProblems(spec: TppApplicationSpec): string[] {
  const problems: string[] = [];
  if (!isNonEmptyString(spec.name)) problems.push('name must be a non-empty string');
  if (!isNonEmptyString(spec.organisationName)) problems.push('organisationName must be a non-empty string');
  if (spec.clientId !== undefined && !UUID_V4.test(spec.clientId)) problems.push(`clientId must be a UUID v4 (got ${JSON.stringify(spec.clientId)})`);
  if (spec.organisationId !== undefined && !UUID_V4.test(spec.organisationId)) {
    problems.push(`organisationId must be a UUID v4 (got ${JSON.stringify(spec.organisationId)})`);
  }
  if (spec.softwareStatementId !== undefined && !SOFTWARE_STATEMENT_ID.test(spec.softwareStatementId)) {
    problems.push('softwareStatementId must be 1-64 characters of letters, digits, ".", "_", "~" or "-"');
  }
  return problems;
}

function rolesProblems(roles: unknown): string[] {
  if (!Array.isArray(roles) || roles.length === 0) return ['roles must list at least one trust framework role such as BDSP, BSIP or IDSP'];
  const bad = roles.filter((r) => typeof r !== 'string' || !ROLE.test(r));
  return bad.length ? [`roles must be role codes of 3-5 upper-case letters such as BDSP, BSIP or IDSP (invalid: ${bad.map(String).join(', ')})`] : [];
}

function redirectUriProblems(uris: unknown): string[] {
  if (!Array.isArray(uris) || uris.length === 0) return ['redirectUris must list at least one https URL'];
  const bad = uris.filter((u) => !isHttpsUrl(u));
  return bad.length ? [`redirectUris must be absolute https URLs (invalid: ${bad.map(String).join(', ')})`] : [];
}

function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.hash === '';
  } catch {
    return false;
  }
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Decides the missing ids; one organisation name keeps one organisation id across its applications. */
export function completeTppSpec(spec: TppApplicationSpec, registered: readonly TppRegistration[]): TppRegistration {
  const sameOrganisation = registered.find((r) => r.organisationName === spec.organisationName);
  return {
    clientId: spec.clientId ?? randomUUID(),
    organisationId: spec.organisationId ?? sameOrganisation?.organisationId ?? randomUUID(),
    organisationName: spec.organisationName,
    softwareStatementId: spec.softwareStatementId ?? randomUUID(),
    name: spec.name,
    roles: [...spec.roles],
    redirectUris: [...spec.redirectUris],
  };
}

export function assertNotRegistered(candidate: TppRegistration, registered: readonly TppRegistration[]): void {
  if (registered.some((r) => r.clientId === candidate.clientId)) {
    throw new Error(`A TPP application with clientId ${candidate.clientId} is already registered in the trust framework`);
  }
  const sameStatement = registered.find(
    (r) => r.organisationId === candidate.organisationId && r.softwareStatementId === candidate.softwareStatementId,
  );
  if (sameStatement) {
    throw new Error(
      `Software statement ${candidate.softwareStatementId} of organisation ${candidate.organisationId} already belongs to client ${sameStatement.clientId}`,
    );
  }
}

/** Seeds without a clientId are recognised by organisation and application name, so they are created once. */
export function isSeedRegistered(seed: TppApplicationSpec, registered: readonly TppRegistration[]): boolean {
  if (seed.clientId) return registered.some((r) => r.clientId === seed.clientId);
  return registered.some((r) => r.organisationName === seed.organisationName && r.name === seed.name);
}

export function registrationOf(app: TppApplication): TppRegistration {
  const { clientId, organisationId, organisationName, softwareStatementId, name, roles, redirectUris } = app;
  return { clientId, organisationId, organisationName, softwareStatementId, name, roles, redirectUris };
}
