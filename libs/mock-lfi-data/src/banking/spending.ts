import { stableId, type SeededRandom } from '../generator/seeded-random';
import { FOREIGN_MERCHANTS, MERCHANTS, RATES_TO_AED, type Merchant } from './banking-inputs';
import type { CbuaeTransaction } from '@hub/ozone-connect';
import type { Minor } from './money';
import { decimal } from './money';
import type { Draft } from './transaction-drafts';

/** The card an account's purchases are made with. */
export interface Card {
  scheme: 'VISA' | 'MasterCard';
  holder: string;
  last4: string;
}

const TOTAL_WEIGHT = MERCHANTS.reduce((sum, m) => sum + m.weight, 0);

/** Weighted, so groceries and food delivery dominate a statement as they do in real ones. */
function pickMerchant(random: SeededRandom): Merchant {
  let ticket = random.below(TOTAL_WEIGHT);
  for (const merchant of MERCHANTS) {
    ticket -= merchant.weight;
    if (ticket < 0) return merchant;
  }
  return MERCHANTS[0];
}

function cardOf(card: Card, present: boolean, random: SeededRandom): CbuaeTransaction['cardInstrument'] {
  const instrumentType = present ? random.pick(['ApplePay', 'Contactless', 'Chip'] as const) : 'Other';
  return { cardSchemeName: card.scheme, instrumentType, name: card.holder.slice(0, 70), identification: `XXXXXXXXXXXX${card.last4}` };
}

/** A card purchase at a UAE merchant, in the account's currency (`scale` converts from AED). */
export function purchase(random: SeededRandom, at: number, card: Card, scale: number): Draft {
  const merchant = pickMerchant(random);
  const minor = Math.round(random.int(merchant.min * 100, merchant.max * 100) * scale);
  const present = merchant.type === 'POS';
  return {
    at,
    minor,
    direction: 'Debit',
    type: merchant.type,
    sub: 'Purchase',
    info: `${present ? 'POS' : 'Online'} purchase ${merchant.name}`,
    extra: {
      merchantDetails: { merchantId: stableId('MID', 10, merchant.name), merchantName: merchant.name, merchantCategoryCode: merchant.mcc },
      cardInstrument: cardOf(card, present, random),
      ...(present ? { terminalId: `T${random.digits(9)}` } : {}),
    },
  };
}

/** A refund of an earlier online purchase. */
export function refund(random: SeededRandom, at: number, card: Card, scale: number): Draft {
  const draft = purchase(random, at, card, scale);
  const name = draft.extra!.merchantDetails!.merchantName;
  return { ...draft, direction: 'Credit', type: 'ECommerce', sub: 'Refund', info: `Refund ${name}`, always: true, extra: { ...draft.extra, terminalId: undefined } };
}

/**
 * An online purchase abroad, converted into the (AED) account currency: these are the
 * transactions `o3-fx-transactions: true` selects.
 */
export function foreignPurchase(random: SeededRandom, at: number, card: Card): Draft {
  const merchant = random.pick(FOREIGN_MERCHANTS);
  const foreign: Minor = random.int(merchant.min * 100, merchant.max * 100);
  const rate = RATES_TO_AED[merchant.currency];
  const minor = Math.round((foreign * Math.round(Number(rate) * 10_000)) / 10_000);
  return {
    at,
    minor,
    direction: 'Debit',
    type: 'ECommerce',
    sub: 'Purchase',
    info: `Online purchase ${merchant.name} ${merchant.currency} ${decimal(foreign)}`,
    extra: {
      merchantDetails: { merchantId: stableId('MID', 10, merchant.name), merchantName: merchant.name, merchantCategoryCode: merchant.mcc },
      cardInstrument: cardOf(card, false, random),
      currencyExchange: {
        sourceCurrency: merchant.currency,
        targetCurrency: 'AED',
        unitCurrency: merchant.currency,
        exchangeRate: rate,
        instructedAmount: { amount: decimal(foreign), currency: merchant.currency },
      },
    },
  };
}

export function atmWithdrawal(random: SeededRandom, at: number, card: Card, scale: number, bankName: string): Draft {
  return {
    at,
    minor: Math.round(random.int(2, 20) * 10_000 * scale),
    direction: 'Debit',
    type: 'ATM',
    sub: 'Withdrawal',
    info: `ATM withdrawal ${bankName}`,
    extra: { cardInstrument: cardOf(card, true, random), terminalId: `ATM${random.digits(8)}` },
  };
}
