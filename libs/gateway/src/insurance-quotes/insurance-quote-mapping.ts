import type { OzoneInsurancePolicyCreated, OzoneInsuranceQuoteAccepted, OzoneInsuranceQuoteRead, OzoneInsuranceQuotesCreated } from '@hub/ozone-connect';
import type { AEInsurancePolicyCreated, AEInsuranceQuoteAccepted, AEInsuranceQuoteRead, AEInsuranceQuotesCreated } from '@hub/standards';

/**
 * An answer of the insurer's Ozone Connect as the document describes it (lower-case envelope
 * around the standards' members). The hub passes on every link the LFI sends as a string
 * (PaymentUrl, CreateInsurancePolicyRedirectUrl), also where the document has none.
 */
export type OcAnswer<Body extends { data: unknown }> = Body & { links?: object };

/** The hub's Self and the LFI's other links, as strings. */
type HubLinks = { Self: string } & Record<string, string>;

/** 201 of `POST /{line}-insurance-quotes`: the quotes, the hub's Self and Meta. */
export function quotesCreated(answer: OcAnswer<OzoneInsuranceQuotesCreated>, self: string): AEInsuranceQuotesCreated {
  return { Data: answer.data, Links: linksOf(answer, self), Meta: {} };
}

/** 200 of `GET /{line}-insurance-quotes/{QuoteId}`. */
export function quoteRead(answer: OcAnswer<OzoneInsuranceQuoteRead>, self: string): AEInsuranceQuoteRead {
  return { Data: answer.data, Links: linksOf(answer, self), Meta: {} };
}

/** 201 of `POST /{line}-insurance-policies`: the policy, Self and CreateInsurancePolicyRedirectUrl when the LFI sent one. */
export function policyCreated(answer: OcAnswer<OzoneInsurancePolicyCreated>, self: string): AEInsurancePolicyCreated {
  return { Data: answer.data, Links: linksOf(answer, self), Meta: {} };
}

/** The answer to an accepted quote has no Meta (the document closes it with Data and Links only). */
export function acceptedQuote(answer: OcAnswer<OzoneInsuranceQuoteAccepted>, self: string): AEInsuranceQuoteAccepted {
  return { Data: answer.data, Links: linksOf(answer, self) };
}

function linksOf(answer: { links?: object }, self: string): HubLinks {
  const links: HubLinks = { Self: self };
  for (const [name, value] of Object.entries(answer.links ?? {})) if (name !== 'Self' && typeof value === 'string') links[name] = value;
  return links;
}

/** The quotes of a POST answer (`data` is an array of quotes, each with its QuoteId). */
export function quotesOf(body: unknown): { QuoteId: string; QuoteStatus?: string; ExpirationDateTime?: string }[] | undefined {
  const data = (body as { data?: unknown } | undefined)?.data;
  if (!Array.isArray(data) || data.length === 0) return undefined;
  return data.every((q) => typeof q === 'object' && q !== null && typeof (q as { QuoteId?: unknown }).QuoteId === 'string') ? (data as { QuoteId: string }[]) : undefined;
}
