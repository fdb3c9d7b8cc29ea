import { instantColumn, jsonColumn } from '@hub/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** QuoteStatus of an FX quote (FxServiceInitiation.AEFxQuoteStatusCodes). */
export type FxQuoteStatus = 'Accepted' | 'AccountOpened' | 'Actioned' | 'Available' | 'Cancelled' | 'Completed' | 'Expired' | 'Funded' | 'Rejected';

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
 * (`o3-caller-client-id`): no other TPP can read or accept them. The next step of the quote's
 * life (`nextStatus` at `nextStepAt`) is a row value, not a timer, so a restart never loses it.
 */
@Entity('mock_lfi_fx_quotes')
@Index('IDX_mock_lfi_fx_quotes_next_step', ['nextStepAt'])
export class FxQuoteEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  fxQuoteId: string;

  @Column({ type: 'varchar', length: 64 })
  tenantId: string;

  @Column({ type: 'varchar', length: 128 })
  callerOrgId: string;

  @Column({ type: 'varchar', length: 128 })
  callerClientId: string;

  @Column({ type: 'varchar', length: 37 })
  quoteReference: string;

  @Column({ type: 'varchar', length: 16 })
  status: FxQuoteStatus;

  @Column(jsonColumn())
  terms: FxQuoteTerms;

  @Column(instantColumn())
  expirationDateTime: string;

  @Column(instantColumn())
  creationDateTime: string;

  @Column(instantColumn())
  statusUpdateDateTime: string;

  /** The status the LFI moves the quote to next (Expired, Funded, Actioned, Completed), if any. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  nextStatus: FxQuoteStatus | null;

  /** When that step is due; while a step is being sent, the end of the sender's lease. */
  @Column(instantColumn({ nullable: true }))
  nextStepAt: string | null;

  /** Failed attempts of the current step, for the back-off. */
  @Column({ type: 'integer', default: 0 })
  stepAttempts: number;

  /** The hub's `o3-ozone-interaction-id` of the creating call, to find it in the hub's logs. */
  @Column({ type: 'varchar', length: 64 })
  interactionId: string;
}
