/**
 * Validation of the RAR `authorization_details` entry of a PAR request, for the three v2.1
 * consent families of standards/v2.1-errata2/uae-authorization-endpoints-openapi.yaml.
 *
 * The consent DTOs are our own class-validator classes in @hub/standards (consents/, payments/),
 * written from that document and held to it by rar-conformance.spec.ts; this folder turns their
 * verdicts into the ranked problems of an OAuth error_description. Every member is validated precisely (required lists,
 * enums, patterns, lengths, closed objects) down to the payment schedules, except
 * PersonalIdentifiableInformation, which at PAR must be a compact JWE and is checked for that
 * shape only. Hub rules beyond the schemas are marked as such where they are declared.
 */
export { CONSENT_RAR_TYPES, RAR_TYPES_BY_ROLE, RAR_TYPES_BY_SECTOR, type ConsentRarType } from './rar-types';
export { describeRarProblems, MAX_ERROR_DESCRIPTION, type RarProblem } from './rar-problem';
export { validateAuthorizationDetail } from './validate-authorization-detail';
