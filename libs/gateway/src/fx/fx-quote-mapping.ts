import type { OzoneFxQuote, OzoneFxQuoteCreated, OzoneFxQuoteProperties } from '@hub/ozone-connect';
import type { AECreateFxQuoteResponseBody1, AEFxQuote, AEFxQuoteAcceptance, AEFxQuoteProperties, AEReadFxQuoteResponseBody1 } from '@hub/standards';

/**
 * A quote as the LFI sends it (Ozone Connect FxServiceInitiation.AEFxQuote). The Ozone Connect
 * document leaves Party.Verification.Time untyped where the standard has a date-time string: the
 * hub passes the LFI's Party on as sent, so it reads it as the standard types it.
 */
export type OcFxQuoteData = Omit<OzoneFxQuote, 'Party'> & Pick<AEFxQuote, 'Party'>;

/**
 * The LFI's answer to `POST /fx-quotes` (Ozone Connect AECreateFxQuoteResponseBody1), read
 * leniently: an LFI may already answer with the read model (its extra members are dropped, see
 * READ_ONLY) and a policy link it leaves out is left out.
 */
export interface OcFxQuoteCreated {
  data: OzoneFxQuoteProperties & Partial<OcFxQuoteData>;
  links?: Partial<OzoneFxQuoteCreated['links']>;
}

/** The LFI's answer to `GET /fx-quotes/{FxQuoteId}` (Ozone Connect AEReadFxQuoteResponseBody1). */
export interface OcFxQuoteRead {
  data: OcFxQuoteData;
}

/** What the hub answers a new quote: AECreateFxQuoteResponseBody1, with the policy links the LFI sent. */
export type FxQuoteCreatedBody = Omit<AECreateFxQuoteResponseBody1, 'Links'> & {
  Links: Pick<AECreateFxQuoteResponseBody1['Links'], 'Self'> & Partial<AECreateFxQuoteResponseBody1['Links']>;
};

/** A member of the quote that a freshly created one (AEFxQuoteProperties) does not have. */
type NotOnCreation<Schema> = Exclude<keyof Schema, keyof AEFxQuoteProperties>;

/** Members of the read model (AEFxQuote) and of the acceptance (Trade) that a freshly created quote (AEFxQuoteProperties) does not have. */
const READ_ONLY: readonly (NotOnCreation<AEFxQuote> | NotOnCreation<AEFxQuoteAcceptance>)[] = ['QuoteStatus', 'CreationDateTime', 'StatusUpdateDateTime', 'Trade'];

/** AECreateFxQuoteResponseBody1: the quote, Self and the LFI's policy links. */
export function fxQuoteCreated(quote: OcFxQuoteCreated, self: string): FxQuoteCreatedBody {
  const data = withoutMembers(quote.data, READ_ONLY);
  const links: FxQuoteCreatedBody['Links'] = { Self: self };
  if (quote.links?.LiabilityPolicy) links.LiabilityPolicy = quote.links.LiabilityPolicy;
  if (quote.links?.RefundCancellationPolicy) links.RefundCancellationPolicy = quote.links.RefundCancellationPolicy;
  return { Data: data, Links: links, Meta: {} };
}

/** AEReadFxQuoteResponseBody1. */
export function fxQuoteRead(quote: OcFxQuoteRead, self: string): AEReadFxQuoteResponseBody1 {
  return { Data: { ...quote.data }, Links: { Self: self }, Meta: {} };
}

/** A copy of `value` without the members named (in the order the others came). */
function withoutMembers<T extends object, Member extends PropertyKey>(value: T, members: readonly Member[]): Omit<T, Member> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !(members as readonly PropertyKey[]).includes(k))) as Omit<T, Member>;
}
