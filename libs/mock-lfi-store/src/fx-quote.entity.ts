import { jsonColumn } from '@hub/persistence';
import type { FX_QUOTE_STATUSES } from '@hub/standards';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { deskQuoteColumns } from './desk-step-columns';

/** QuoteStatus of an FX quote (FxServiceInitiation.AEFxQuoteStatusCodes). */
export type FxQuoteStatus = (typeof FX_QUOTE_STATUSES)[number];

/** A currency amount as the FX documents write it: two decimals in a string. */
export interface FxAmount {
  Amount: string;
  Currency: string;
}

/** One of the quote's Charges (FxServiceInitiation.AECharges). */
export interface FxCharge {
  ChargeBearer: 'BorneByCreditor' | 'BorneByDebtor' | 'Shared';
  Type: 'VAT' | 'Fees';
  Amount: FxAmount;
  Description?: string;
}

/**
 * What the desk quoted and what the TPP asked with it: the members of the quote that never change
 * after pricing, in the Ozone Connect (PascalCase) shape, so a read answers them unchanged.
 */
export interface FxQuoteTerms {
  TransactionType: 'Spot' | 'Remittance' | 'SpotAndRemittance';
  UnitCurrency: string;
  QuotedCurrency: string;
  BuyAmount: FxAmount;
  SellAmount: FxAmount;
  RateType: 'Actual' | 'Agreed' | 'Indicative';
  ExchangeRate: number;
  UserIdentificationStatus: 'UserIdentified' | 'UserNotIdentified' | 'AccountOpeningNotSupported';
  Charges?: FxCharge[];
  Commission: { CommissionAmount: FxAmount; PaymentMethod: 'DirectToTPP' | 'ThroughAPIHub' };
  ContractIdentification?: string;
  Party?: Record<string, unknown>;
}

/**
 * An FX quote of the mock LFI's FX desk. Quotes belong to one tenant and one calling TPP
 * (`o3-caller-client-id`): no other TPP can read or accept them. The owner, status, dates and next
 * step (Expired, Funded, Actioned, Completed) are the columns every desk quote has (deskQuoteColumns).
 */
@Entity('mock_lfi_fx_quotes')
@Index('IDX_mock_lfi_fx_quotes_next_step', ['nextStepAt'])
export class FxQuoteEntity extends deskQuoteColumns<FxQuoteStatus>(16) {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  fxQuoteId: string;

  @Column({ type: 'varchar', length: 37 })
  quoteReference: string;

  @Column(jsonColumn())
  terms: FxQuoteTerms;
}
