import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { rule } from './validation/rule';
import { Optional } from './validation/shape-decorators';

/** Members AEIdentityAssurance requires of a person's Claims (UAEAccountInformationAPI.Claims). */
const PERSON_REQUIRED = ['FullName', 'GivenName', 'Surname', 'EmiratesId', 'EmiratesIdExpiryDate', 'ResidentialAddress'];

/** Why `claims` are not a person's or a business's claims, or undefined when they are. */
export function identityClaimsProblem(claims: unknown): string | undefined {
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return 'Claims must be an object';
  const c = claims as Record<string, unknown>;
  if (c.IdentityType === 'Business') return undefined;
  if (c.IdentityType !== 'Person') return 'Claims.IdentityType must be Person or Business';
  const missing = PERSON_REQUIRED.filter((name) => c[name] === undefined);
  return missing.length ? `Claims of a person need ${missing.join(', ')}` : undefined;
}

/** The standard's oneOf of person and business claims, told apart by IdentityType (the LFI checks the rest). */
const IdentityClaims = () => rule('isIdentityClaims', (v) => identityClaimsProblem(v) === undefined, (a) => identityClaimsProblem(a.value) ?? '');

/** AEIdentityAssurance: the party's verified or TPP-collected claims. */
export class IdentityAssuranceDto {
  @ApiPropertyOptional({ type: Object, description: 'VerifiedClaimVerification: how the claims were verified' })
  @Optional()
  @IsObject()
  Verification?: Record<string, unknown>;

  @ApiProperty({ type: Object, description: 'Claims of a person (IdentityType Person: FullName, GivenName, Surname, EmiratesId, EmiratesIdExpiryDate, ResidentialAddress …) or CorporateClaims (IdentityType Business)' })
  @IdentityClaims()
  Claims: Record<string, unknown>;
}
