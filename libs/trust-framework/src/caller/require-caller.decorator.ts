import { SetMetadata } from '@nestjs/common';
import { CallerKind } from './caller-identity';

export interface CallerRequirement {
  kinds: CallerKind[];
  /** TPP callers need any one of these roles (e.g. BSIP for payment routes). */
  roles?: string[];
  /** Route parameter naming the tenant that LFI and hub callers must belong to; default `tenant`. */
  tenantParam?: string;
}

export const REQUIRE_CALLER = 'trust-framework:require-caller';

/** Declares who may call a route; enforced by ClientCertificateGuard. */
export const RequireCaller = (requirement: CallerRequirement) => SetMetadata(REQUIRE_CALLER, requirement);
