import type { FxAmount, FxCharge, FxQuoteTerms } from '@hub/mock-lfi-store';
import {
  amountAt,
  choiceAt,
  currencyAt,
  invalid,
  isObject,
  objectAt,
  optionalObjectAt,
  optionalTextAt,
  textAt,
  type Json,
} from './fx-body-fields';
import type { FxTransactionType } from './fx-pricing';

const TRANSACTION_TYPES: readonly FxTransactionType[] = ['Spot', 'Remittance', 'SpotAndRemittance'];
const PAYMENT_METHODS = ['DirectToTPP', 'ThroughAPIHub'] as const;
const CHARGE_BEARERS = ['BorneByCreditor', 'BorneByDebtor', 'Shared'] as const;
const CHARGE_TYPES = ['VAT', 'Fees'] as const;
const QUOTE_REFERENCE_MAX = 37;

/** `POST /fx-quotes` body `data` (FxServiceInitiation.AEFxQuoteRequestProperties), as the desk uses it. */
export interface FxQuoteRequest {
  QuoteReference: string;
  TransactionType: FxTransactionType;
  UnitCurrency: string;
  QuotedCurrency: string;
  TradeAmount: FxAmount;
  ContractIdentification?: string;
  Party?: Json;
  RemittanceInformation?: Json;
}

/** `PATCH /fx-quotes/{FxQuoteId}` body `data` (AEUpdateFxQuoteRequestBody1): the TPP's acceptance. */
export interface FxQuoteAcceptance {
  QuoteReference: string;
  QuoteStatus: 'Accepted';
  Trade: { SellAmount: FxAmount; BuyAmount: FxAmount; Charges?: FxCharge[] };
  Commission: FxQuoteTerms['Commission'];
}

export function fxQuoteRequestOf(body: unknown): FxQuoteRequest {
  const data = dataOf(body);
  const request: FxQuoteRequest = {
    QuoteReference: textAt(data, 'QuoteReference', 'data', QUOTE_REFERENCE_MAX),
    TransactionType: choiceAt(data, 'TransactionType', 'data', TRANSACTION_TYPES),
    UnitCurrency: currencyAt(data, 'UnitCurrency', 'data'),
    QuotedCurrency: currencyAt(data, 'QuotedCurrency', 'data'),
    TradeAmount: amountAt(data, 'TradeAmount', 'data'),
    ContractIdentification: optionalTextAt(data, 'ContractIdentification', 'data', 256),
    Party: partyOf(data),
    RemittanceInformation: remittanceOf(data),
  };
  // Both remittance trades pay out to the given creditor: without it there is nothing to price.
  if (request.TransactionType !== 'Spot' && !request.RemittanceInformation) {
    throw invalid('data.RemittanceInformation', `is required for a ${request.TransactionType} trade`);
  }
  return request;
}

export function fxQuoteAcceptanceOf(body: unknown): FxQuoteAcceptance {
  const data = dataOf(body);
  const trade = objectAt(data, 'Trade', 'data');
  const commission = objectAt(data, 'Commission', 'data');
  return {
    QuoteReference: textAt(data, 'QuoteReference', 'data', QUOTE_REFERENCE_MAX),
    QuoteStatus: choiceAt(data, 'QuoteStatus', 'data', ['Accepted'] as const),
    Trade: { SellAmount: amountAt(trade, 'SellAmount', 'data.Trade'), BuyAmount: amountAt(trade, 'BuyAmount', 'data.Trade'), Charges: chargesOf(trade, 'data.Trade') },
    Commission: { CommissionAmount: amountAt(commission, 'CommissionAmount', 'data.Commission'), PaymentMethod: choiceAt(commission, 'PaymentMethod', 'data.Commission', PAYMENT_METHODS) },
  };
}

function dataOf(body: unknown): Json {
  if (!isObject(body) || !isObject(body.data)) throw invalid('data', 'is required: the body must be a JSON object {"data": {...}}');
  return body.data;
}

/** AEIdentityAssurance: kept as sent (the desk only needs to know claims were given). */
function partyOf(data: Json): Json | undefined {
  const party = optionalObjectAt(data, 'Party', 'data');
  if (party) objectAt(party, 'Claims', 'data.Party');
  return party;
}

/** FxServiceInitiation.AEFxQuoteRemittanceInformation: its required members, kept as sent. */
function remittanceOf(data: Json): Json | undefined {
  const remittance = optionalObjectAt(data, 'RemittanceInformation', 'data');
  if (!remittance) return undefined;
  objectAt(remittance, 'CreditorAccount', 'data.RemittanceInformation');
  textAt(remittance, 'CreditorReference', 'data.RemittanceInformation', 35);
  textAt(remittance, 'ExtendedPurpose', 'data.RemittanceInformation', 140);
  return remittance;
}

function chargesOf(parent: Json, path: string): FxCharge[] | undefined {
  const charges = parent.Charges;
  if (charges === undefined) return undefined;
  if (!Array.isArray(charges)) throw invalid(`${path}.Charges`, 'must be an array');
  return charges.map((charge, i) => {
    const at = `${path}.Charges[${i}]`;
    if (!isObject(charge)) throw invalid(at, 'must be an object');
    return {
      ChargeBearer: choiceAt(charge, 'ChargeBearer', at, CHARGE_BEARERS),
      Type: choiceAt(charge, 'Type', at, CHARGE_TYPES),
      Amount: amountAt(charge, 'Amount', at),
      ...(charge.Description === undefined ? {} : { Description: textAt(charge, 'Description', at, 140) }),
    };
  });
}
