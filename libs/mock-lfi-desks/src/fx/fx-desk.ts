import { MOCK_LFI_DESK_SETTINGS } from '../settings/desk-settings';
import { ApiError, Clock, InjectConfig, type SandboxConfig } from '@hub/kernel';
import { acceptFxQuote, findFxQuote, insertFxQuote, type FxAmount, type FxCharge, type FxQuoteEntity, type FxQuoteOwner, type FxQuoteTerms } from '@hub/mock-lfi-store';
import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { FX_CLOCK } from './fx-clock';
import { deskTermsFor, priceFxQuote } from './fx-pricing';
import type { FxQuoteAcceptance, FxQuoteRequest } from './fx-quote-request';
import { stepAfterAcceptance } from './fx-quote-steps';

/** Who asks: the TPP behind the hub's call (o3 headers) and the hub's interaction id. */
export interface FxCaller extends FxQuoteOwner {
  callerOrgId: string;
  interactionId: string;
}

/** A request the schema allows but the desk's rules refuse (the quote's state, a mismatch, a currency). */
function ruleViolation(message: string, path?: string): ApiError {
  return ApiError.badRequest(message, path, 'Consent.BusinessRuleViolation');
}

/**
 * The LFI's FX desk: prices quotes, keeps them per tenant and TPP, and takes acceptances. What
 * happens after acceptance is the lifecycle's (FxQuoteLifecycle).
 */
@Injectable()
export class FxDesk {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: SandboxConfig,
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
    @Inject(FX_CLOCK) private readonly clock: Clock,
  ) {}

  /** Only banks trade currencies: an insurer (or an unknown tenant) has no FX desk, like an unknown path. */
  requireDesk(tenantId: string): void {
    const tenant = this.profile.tenants.find((t) => t.id === tenantId);
    if (tenant?.sector !== 'banking') throw ApiError.notFound(`No FX desk at '${tenantId}'`);
  }

  /** A new Available quote, or undefined when the desk declines to quote (the TPP gets 204). */
  async quote(caller: FxCaller, request: FxQuoteRequest): Promise<FxQuoteEntity | undefined> {
    const desk = MOCK_LFI_DESK_SETTINGS.of(this.config).fx;
    const pricing = priceFxQuote(request, deskTermsFor(desk, caller.tenantId));
    if (pricing.kind === 'refused') throw ruleViolation(pricing.reason, pricing.path);
    if (pricing.kind === 'declined') return undefined;
    const terms: FxQuoteTerms = {
      TransactionType: request.TransactionType,
      UnitCurrency: request.UnitCurrency,
      QuotedCurrency: request.QuotedCurrency,
      BuyAmount: pricing.BuyAmount,
      SellAmount: pricing.SellAmount,
      // The desk deals at the rate it quotes; it does not re-price at execution.
      RateType: 'Actual',
      ExchangeRate: pricing.ExchangeRate,
      // Party claims let the desk correlate the user; the mock takes any claims as a match.
      UserIdentificationStatus: request.Party ? 'UserIdentified' : 'UserNotIdentified',
      ...(pricing.Charges.length ? { Charges: pricing.Charges } : {}),
      Commission: { CommissionAmount: pricing.CommissionAmount, PaymentMethod: 'ThroughAPIHub' },
      ...(request.ContractIdentification ? { ContractIdentification: request.ContractIdentification } : {}),
      ...(request.Party ? { Party: request.Party } : {}),
    };
    const now = this.clock.now();
    return insertFxQuote(this.db, {
      fxQuoteId: randomUUID(),
      tenantId: caller.tenantId,
      callerOrgId: caller.callerOrgId,
      callerClientId: caller.callerClientId,
      quoteReference: request.QuoteReference,
      terms,
      interactionId: caller.interactionId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + desk.quoteTtlSeconds * 1000),
    });
  }

  /** The caller's quote; another TPP's quote and an unknown id look the same (404). */
  async read(owner: FxQuoteOwner, fxQuoteId: string): Promise<FxQuoteEntity> {
    const row = await findFxQuote(this.db, owner, fxQuoteId);
    if (!row) throw ApiError.notFound(`No FX quote '${fxQuoteId}' of this TPP at '${owner.tenantId}'`);
    return row;
  }

  /** Available → Accepted when the TPP replays the quote exactly before it expires; the back office then takes over. */
  async accept(owner: FxQuoteOwner, fxQuoteId: string, acceptance: FxQuoteAcceptance): Promise<void> {
    const row = await this.read(owner, fxQuoteId);
    const now = this.clock.now();
    refuseUnacceptable(row, now);
    const differences = differencesOf(row, acceptance);
    if (differences.length) throw ruleViolation(`The acceptance must replay FX quote ${fxQuoteId} exactly: ${differences.join('; ')}`);
    if (await acceptFxQuote(this.db, owner, fxQuoteId, now, stepAfterAcceptance(MOCK_LFI_DESK_SETTINGS.of(this.config).fx, now))) return;
    // The quote changed between the read and the write (expired, or accepted by a concurrent call).
    refuseUnacceptable(await this.read(owner, fxQuoteId), this.clock.now());
    throw ruleViolation(`FX quote ${fxQuoteId} changed while it was being accepted`);
  }
}

function refuseUnacceptable(row: FxQuoteEntity, now: Date): void {
  if (row.status !== 'Available') throw ruleViolation(`FX quote ${row.fxQuoteId} is ${row.status}: only an Available quote can be accepted`, 'data.QuoteStatus');
  if (now.toISOString() >= row.expirationDateTime) throw ruleViolation(`FX quote ${row.fxQuoteId} expired at ${row.expirationDateTime}: ask for a new quote`, 'data.QuoteStatus');
}

/** What the acceptance says differently from the quote, member by member. */
function differencesOf(row: FxQuoteEntity, acceptance: FxQuoteAcceptance): string[] {
  const t = row.terms;
  const differences: string[] = [];
  const compare = (path: string, sent: string, quoted: string) => sent !== quoted && differences.push(`${path} is ${sent}, the quote says ${quoted}`);
  compare('data.QuoteReference', acceptance.QuoteReference, row.quoteReference);
  compare('data.Trade.SellAmount', amountText(acceptance.Trade.SellAmount), amountText(t.SellAmount));
  compare('data.Trade.BuyAmount', amountText(acceptance.Trade.BuyAmount), amountText(t.BuyAmount));
  if (acceptance.Trade.Charges) compare('data.Trade.Charges', chargesText(acceptance.Trade.Charges), chargesText(t.Charges ?? []));
  compare('data.Commission.CommissionAmount', amountText(acceptance.Commission.CommissionAmount), amountText(t.Commission.CommissionAmount));
  compare('data.Commission.PaymentMethod', acceptance.Commission.PaymentMethod, t.Commission.PaymentMethod);
  return differences;
}

function amountText(amount: FxAmount): string {
  return `${amount.Amount} ${amount.Currency}`;
}

/** Charges compared by bearer, type and amount, in any order (descriptions are display text). */
function chargesText(charges: FxCharge[]): string {
  return `[${charges.map((c) => `${c.Type} ${amountText(c.Amount)} ${c.ChargeBearer}`).sort().join(', ')}]`;
}
