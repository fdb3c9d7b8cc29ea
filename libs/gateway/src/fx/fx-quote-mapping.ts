/** The LFI's FX quote answer (Ozone Connect): the standards' Data members in a lower-case envelope. */
export interface OcFxQuote {
  data: { FxQuoteId: string; [member: string]: unknown };
  links?: { LiabilityPolicy?: string; RefundCancellationPolicy?: string };
}

/** Members of the read model (AEFxQuote) that a freshly created quote (AEFxQuoteProperties) does not have. */
const READ_ONLY = ['QuoteStatus', 'CreationDateTime', 'StatusUpdateDateTime', 'Trade'];

/** AECreateFxQuoteResponseBody1: the quote, Self and the LFI's policy links. */
export function fxQuoteCreated(quote: OcFxQuote, self: string): { Data: Record<string, unknown>; Links: Record<string, string>; Meta: Record<string, never> } {
  const data = Object.fromEntries(Object.entries(quote.data).filter(([k]) => !READ_ONLY.includes(k)));
  const links: Record<string, string> = { Self: self };
  if (quote.links?.LiabilityPolicy) links.LiabilityPolicy = quote.links.LiabilityPolicy;
  if (quote.links?.RefundCancellationPolicy) links.RefundCancellationPolicy = quote.links.RefundCancellationPolicy;
  return { Data: data, Links: links, Meta: {} };
}

/** AEReadFxQuoteResponseBody1. */
export function fxQuoteRead(quote: OcFxQuote, self: string): { Data: Record<string, unknown>; Links: { Self: string }; Meta: Record<string, never> } {
  return { Data: { ...quote.data }, Links: { Self: self }, Meta: {} };
}
