import type { FxAmount, FxCharge, FxQuoteEntity, FxQuoteStatus } from '@hub/mock-lfi-store';

/** The links of a new quote (AECreateFxQuoteResponseBody1.links), for display to the user. */
export interface FxQuoteLinks {
  LiabilityPolicy: string;
  RefundCancellationPolicy: string;
}

/**
 * The LFI's policy pages. The mock LFI has none, so they point at the reserved `.example` domain
 * (RFC 2606): valid URIs that can never reach a real bank.
 */
export function fxQuoteLinks(tenantId: string): FxQuoteLinks {
  const site = `https://${tenantId}.lfi.example/fx`;
  return { LiabilityPolicy: `${site}/liability-policy`, RefundCancellationPolicy: `${site}/refund-cancellation-policy` };
}

/** The members shared by the create and read answers (FxServiceInitiation.AEFxQuoteProperties). */
function quoteProperties(row: FxQuoteEntity) {
  const t = row.terms;
  return {
    FxQuoteId: row.fxQuoteId,
    QuoteReference: row.quoteReference,
    BuyAmount: t.BuyAmount,
    SellAmount: t.SellAmount,
    UnitCurrency: t.UnitCurrency,
    QuotedCurrency: t.QuotedCurrency,
    RateType: t.RateType,
    ExchangeRate: t.ExchangeRate,
    UserIdentificationStatus: t.UserIdentificationStatus,
    ...(t.Charges?.length ? { Charges: t.Charges } : {}),
    ExpirationDateTime: row.expirationDateTime,
    Commission: t.Commission,
  };
}

/** `POST /fx-quotes` 201 (AECreateFxQuoteResponseBody1). */
export function createdFxQuoteBody(row: FxQuoteEntity) {
  return { data: quoteProperties(row), links: fxQuoteLinks(row.tenantId) };
}

/**
 * `GET /fx-quotes/{FxQuoteId}` 200 (AEReadFxQuoteResponseBody1): the quote, what the TPP sent with
 * it, and its status. FulfillmentAmount is left out: the desk always fills at the quoted figures.
 */
export function fxQuoteBody(row: FxQuoteEntity) {
  const t = row.terms;
  return {
    data: {
      ...quoteProperties(row),
      ...(t.ContractIdentification ? { ContractIdentification: t.ContractIdentification } : {}),
      ...(t.Party ? { Party: t.Party } : {}),
      QuoteStatus: row.status,
      CreationDateTime: row.creationDateTime,
      StatusUpdateDateTime: row.statusUpdateDateTime,
    },
  };
}

/** The statuses the LFI reports to the Consent Manager's fx-quote-log. */
export type FxLogStatus = Exclude<FxQuoteStatus, 'Accepted'>;

/** `PATCH /fx-quote-log/{logId}` body of the Consent Manager (UpdateFxQuoteLog). */
export type FxQuoteLogPatch =
  | { QuoteStatus: Exclude<FxLogStatus, 'Completed'>; AdditionalStatusInformation?: string }
  | { QuoteStatus: 'Completed'; Trade: { SellAmount: FxAmount; BuyAmount: FxAmount; Charges?: FxCharge[] }; Commission: { CommissionAmount: FxAmount } };

/** Completed confirms the traded amounts, charges and commission; other statuses need only the status. */
export function fxQuoteLogPatch(row: FxQuoteEntity, status: FxLogStatus): FxQuoteLogPatch {
  const t = row.terms;
  if (status === 'Completed') {
    return {
      QuoteStatus: 'Completed',
      Trade: { SellAmount: t.SellAmount, BuyAmount: t.BuyAmount, ...(t.Charges?.length ? { Charges: t.Charges } : {}) },
      Commission: { CommissionAmount: t.Commission.CommissionAmount },
    };
  }
  if (status === 'Expired') return { QuoteStatus: 'Expired', AdditionalStatusInformation: `The quote was not accepted before ${row.expirationDateTime}` };
  return { QuoteStatus: status };
}
