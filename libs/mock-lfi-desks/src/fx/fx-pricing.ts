import type { MockFxDeskConfig } from '../settings/desk-settings';
import type { FxAmount, FxCharge, FxQuoteTerms } from '@hub/mock-lfi-store';
import { amountOf, compare, decimalText, dividedBy, minorOf, ONE, ratioOf, ratioOfNumber, roundHalfUp, scaledTo, times, type Ratio } from './fx-money';

/**
 * How the desk prices, in the FX documents' words. `UnitCurrency` is the sell side and
 * `QuotedCurrency` the buy side; `ExchangeRate` is how many units of QuotedCurrency one unit of
 * UnitCurrency buys ("1 AED = 0.272294 USD"). `TradeAmount` fixes one side, in its currency;
 * the other side follows from the published rate. Every currency is priced against AED (the
 * desk's home currency), so two foreign currencies cross through AED.
 */
export interface FxDeskTerms {
  /** AED per unit of each currency the desk trades (AED itself is 1). */
  ratesAed: Record<string, number>;
  spreadBps: number;
  commissionBps: number;
  feeAed: number;
  declineAboveAed: number;
}

export type FxTransactionType = FxQuoteTerms['TransactionType'];

export interface FxAsk {
  TransactionType: FxTransactionType;
  UnitCurrency: string;
  QuotedCurrency: string;
  TradeAmount: FxAmount;
}

export interface FxPrice {
  ExchangeRate: number;
  BuyAmount: FxAmount;
  SellAmount: FxAmount;
  Charges: FxCharge[];
  CommissionAmount: FxAmount;
}

/** priced: a quote; declined: the desk will not quote (the TPP gets 204); refused: a bad request (400). */
export type FxPricing = ({ kind: 'priced' } & FxPrice) | { kind: 'declined'; reason: string } | { kind: 'refused'; reason: string; path: string };

const BPS = 10_000n;
const RATE_SIGNIFICANT_DIGITS = 6;
const MAX_RATE_DECIMALS = 12;

/** The desk's terms for one LFI: its own spread when configured, else the common one. */
export function deskTermsFor(config: MockFxDeskConfig, tenantId: string): FxDeskTerms {
  return {
    ratesAed: config.ratesAed,
    spreadBps: config.tenantSpreadBps?.[tenantId] ?? config.spreadBps,
    commissionBps: config.commissionBps,
    feeAed: config.feeAed ?? 0,
    declineAboveAed: config.declineAboveAed,
  };
}

/** The currencies a desk trades, AED first, for error messages. */
export function tradedCurrencies(terms: FxDeskTerms): string[] {
  return ['AED', ...Object.keys(terms.ratesAed).filter((c) => c !== 'AED').sort()];
}

/** Prices an ask deterministically: the same ask and terms always give the same figures. */
export function priceFxQuote(ask: FxAsk, terms: FxDeskTerms): FxPricing {
  const refusal = refusalOf(ask, terms);
  if (refusal) return refusal;
  const unitAed = aedPerUnit(ask.UnitCurrency, terms)!;
  const rate = publishedRate(ask, terms);
  const sides = sidesOf(ask, rate);
  if (sides.buy === 0n || sides.sell === 0n) {
    return { kind: 'refused', reason: `TradeAmount ${ask.TradeAmount.Amount} ${ask.TradeAmount.Currency} is too small: the other side of the trade would be 0.00`, path: 'data.TradeAmount.Amount' };
  }
  // The trade's worth in AED at the mid rate, in fils: what the decline limit and commission measure.
  const worthAedMinor = times(ratioOf(sides.sell), unitAed);
  if (compare(worthAedMinor, times(ratioOfNumber(terms.declineAboveAed), ratioOf(100n))) > 0) {
    return { kind: 'declined', reason: `the trade is worth ${amountOf(roundHalfUp(worthAedMinor))} AED, above the desk's limit of ${terms.declineAboveAed} AED` };
  }
  return {
    kind: 'priced',
    ExchangeRate: Number(decimalText(rate.scaled, rate.decimals)),
    BuyAmount: { Amount: amountOf(sides.buy), Currency: ask.QuotedCurrency },
    SellAmount: { Amount: amountOf(sides.sell), Currency: ask.UnitCurrency },
    Charges: chargesOf(terms),
    CommissionAmount: { Amount: amountOf(roundHalfUp(times(worthAedMinor, ratioOf(BigInt(terms.commissionBps), BPS)))), Currency: 'AED' },
  };
}

function aedPerUnit(currency: string, terms: FxDeskTerms): Ratio | undefined {
  if (currency === 'AED') return ONE;
  const rate = terms.ratesAed[currency];
  return typeof rate === 'number' && rate > 0 ? ratioOfNumber(rate) : undefined;
}

function refusalOf(ask: FxAsk, terms: FxDeskTerms): FxPricing | undefined {
  for (const [member, currency] of [['UnitCurrency', ask.UnitCurrency], ['QuotedCurrency', ask.QuotedCurrency]] as const) {
    if (!aedPerUnit(currency, terms)) {
      return { kind: 'refused', reason: `The FX desk does not trade ${currency}; it trades ${tradedCurrencies(terms).join(', ')}`, path: `data.${member}` };
    }
  }
  // Only a Remittance (a same-currency payout with no trading element) may name one currency twice.
  if (ask.UnitCurrency === ask.QuotedCurrency && ask.TransactionType !== 'Remittance') {
    return { kind: 'refused', reason: `UnitCurrency and QuotedCurrency are both ${ask.UnitCurrency}: a ${ask.TransactionType} trade needs two currencies`, path: 'data.QuotedCurrency' };
  }
  if (ask.TradeAmount.Currency !== ask.UnitCurrency && ask.TradeAmount.Currency !== ask.QuotedCurrency) {
    return { kind: 'refused', reason: `TradeAmount is in ${ask.TradeAmount.Currency}, which must be the UnitCurrency (${ask.UnitCurrency}) or the QuotedCurrency (${ask.QuotedCurrency})`, path: 'data.TradeAmount.Currency' };
  }
  if (minorOf(ask.TradeAmount.Amount) === 0n) return { kind: 'refused', reason: 'TradeAmount must be more than 0.00', path: 'data.TradeAmount.Amount' };
  return undefined;
}

/**
 * QuotedCurrency per UnitCurrency after the desk's spread, rounded to the decimals it is published
 * with. The spread lowers what the user gets for each unit sold. Amounts are then computed from
 * the published figure, so anyone can recompute them from the quote.
 */
function publishedRate(ask: FxAsk, terms: FxDeskTerms): { scaled: bigint; decimals: number } {
  if (ask.UnitCurrency === ask.QuotedCurrency) return { scaled: 1n, decimals: 0 };
  const mid = dividedBy(aedPerUnit(ask.UnitCurrency, terms)!, aedPerUnit(ask.QuotedCurrency, terms)!);
  const customer = times(mid, ratioOf(BPS - BigInt(terms.spreadBps), BPS));
  const decimals = rateDecimals(customer);
  return { scaled: scaledTo(customer, decimals), decimals };
}

/** Six decimals, more for small rates so that six significant digits remain (0.00358912). */
export function rateDecimals(rate: Ratio): number {
  let leadingZeros = 0;
  while (leadingZeros < MAX_RATE_DECIMALS - RATE_SIGNIFICANT_DIGITS && rate.n * 10n ** BigInt(leadingZeros + 1) < rate.d) leadingZeros += 1;
  return RATE_SIGNIFICANT_DIGITS + leadingZeros;
}

/** Buy and sell side in minor units: the side TradeAmount names is exact, the other is rounded half up. */
function sidesOf(ask: FxAsk, rate: { scaled: bigint; decimals: number }): { buy: bigint; sell: bigint } {
  const published = ratioOf(rate.scaled, 10n ** BigInt(rate.decimals));
  const trade = minorOf(ask.TradeAmount.Amount);
  if (ask.TradeAmount.Currency === ask.QuotedCurrency) return { buy: trade, sell: roundHalfUp(dividedBy(ratioOf(trade), published)) };
  return { sell: trade, buy: roundHalfUp(times(ratioOf(trade), published)) };
}

/** The desk's flat dealing fee, borne by the user, in AED. */
function chargesOf(terms: FxDeskTerms): FxCharge[] {
  const fee = roundHalfUp(times(ratioOfNumber(terms.feeAed), ratioOf(100n)));
  if (fee === 0n) return [];
  return [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Amount: amountOf(fee), Currency: 'AED' }, Description: 'Dealing fee of the FX desk' }];
}
