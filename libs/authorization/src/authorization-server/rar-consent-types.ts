import type { ConsentService } from '@hub/consent';
import { errors, KoaContextWithOIDC } from 'oidc-provider';
import { describeRarProblems, validateAuthorizationDetail } from '../rich-authorization-requests/index-internal';

/**
 * The RAR `types` of a tenant's provider. oidc-provider has already checked the member is a
 * lower-case `type` the client may request (its `authorization_details_types`, from its roles and
 * the tenant's sector); here the consent body is checked against the v2.1 schema of its type, and
 * the ConsentId must be new for this tenant. Exactly one entry per request (UAE rule).
 */
export function rarConsentTypes(tenantId: string, types: string[], consents: ConsentService, now: () => Date) {
  const validate = async (ctx: KoaContextWithOIDC, detail: Record<string, unknown>): Promise<void> => {
    const all = JSON.parse(String(ctx.oidc.params?.authorization_details ?? '[]')) as unknown[];
    if (all.length !== 1) throw new errors.InvalidAuthorizationDetails('exactly one authorization_details entry is allowed');
    const problems = validateAuthorizationDetail(detail, now());
    if (problems.length > 0) throw new errors.InvalidAuthorizationDetails(describeRarProblems(problems));
    // oidc-provider validates again when the pushed request is used at /auth: the consent exists by then.
    if (ctx.oidc.route !== 'pushed_authorization_request') return;
    const consentId = String((detail.consent as { ConsentId?: unknown }).ConsentId);
    const exists = await consents.get(tenantId, consentId).then(
      () => true,
      () => false,
    );
    if (exists) throw new errors.InvalidAuthorizationDetails(`a consent with ConsentId ${consentId} already exists: choose a new ConsentId`);
  };
  return Object.fromEntries(types.map((t) => [t, { validate }]));
}
