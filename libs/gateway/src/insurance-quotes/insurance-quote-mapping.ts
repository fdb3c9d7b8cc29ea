/** An answer of the insurer's Ozone Connect: the standards' members in a lower-case envelope. */
export interface OcAnswer<T = unknown> {
  data: T;
  links?: Record<string, unknown>;
}

/** `{Data, Links, Meta}` with the hub's Self and the LFI's other links (PaymentUrl, CreateInsurancePolicyRedirectUrl). */
export function standardResource<T>(answer: OcAnswer<T>, self: string): { Data: T; Links: Record<string, string>; Meta: Record<string, never> } {
  return { ...acceptedQuote(answer, self), Meta: {} };
}

/** The answer to an accepted quote has no Meta (the document closes it with Data and Links only). */
export function acceptedQuote<T>(answer: OcAnswer<T>, self: string): { Data: T; Links: Record<string, string> } {
  const links: Record<string, string> = { Self: self };
  for (const [name, value] of Object.entries(answer.links ?? {})) if (name !== 'Self' && typeof value === 'string') links[name] = value;
  return { Data: answer.data, Links: links };
}

/** The quotes of a POST answer (`data` is an array of quotes, each with its QuoteId). */
export function quotesOf(body: unknown): { QuoteId: string; QuoteStatus?: string; ExpirationDateTime?: string }[] | undefined {
  const data = (body as OcAnswer | undefined)?.data;
  if (!Array.isArray(data) || data.length === 0) return undefined;
  return data.every((q) => typeof q === 'object' && q !== null && typeof (q as { QuoteId?: unknown }).QuoteId === 'string') ? (data as { QuoteId: string }[]) : undefined;
}
