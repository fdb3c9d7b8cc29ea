import { dataOf } from './quote-request';
import { Members } from './quote-members';

const POST_ISSUANCE = ['ClaimsAllowed', 'EndorsementsAllowed', 'RenewalsAllowed', 'CancellationAllowed'] as const;
export type PostIssuance = Record<(typeof POST_ISSUANCE)[number], boolean>;

/** `POST /{line}-insurance-policies` body `data` (AEInsuranceCreatePolicyData1), as the desk uses it. */
export interface PolicyRequest {
  QuoteId: string;
  PaymentReferenceId?: string;
  /** What the broker asks to handle after issuance, when it asks. */
  PostIssuanceRequest?: PostIssuance;
}

export function policyRequestOf(body: unknown): PolicyRequest {
  const m = new Members(dataOf(body));
  const request: PolicyRequest = { QuoteId: m.text('QuoteId', 128), PaymentReferenceId: m.optionalText('PaymentReferenceId', 140) };
  if (m.has('PostIssuanceRequest')) {
    request.PostIssuanceRequest = Object.fromEntries(POST_ISSUANCE.map((name) => [name, m.bool(`PostIssuanceRequest.${name}`)])) as PostIssuance;
  }
  m.check('The policy request is malformed');
  return request;
}

/**
 * The insurer's answer to the broker's post-issuance request: renewals, endorsements and
 * cancellations may go through the broker as asked; claims stay with the insurer's own team.
 */
export function postIssuanceResponseOf(request: PostIssuance): PostIssuance {
  return { ...request, ClaimsAllowed: false };
}
