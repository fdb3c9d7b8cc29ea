import { ConfigSection } from '@hub/kernel';
import type { PaymentRailSettings } from '@hub/mock-lfi-ozone-connect';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';

/**
 * How the mock LFI's FX desk prices and moves quotes. Rates are AED per one unit of the currency
 * (the UAE dirham is the desk's home currency); a quote between two foreign currencies crosses
 * through AED. Each tenant may widen or narrow the spread, so quotes from several banks differ.
 */
export class MockFxDeskConfig {
  /** AED per unit, e.g. { "USD": 3.6725, "EUR": 3.98 }. */
  @IsObject() ratesAed: Record<string, number>;
  /** The desk's margin on the mid rate, in basis points. */
  @IsInt() @Min(0) @Max(5000) spreadBps: number;
  /** Tenant id → spread in basis points, replacing spreadBps for that LFI. */
  @IsOptional() @IsObject() tenantSpreadBps?: Record<string, number>;
  /** Commission paid to the TPP, in basis points of the AED value of the trade. */
  @IsInt() @Min(0) @Max(5000) commissionBps: number;
  /** The desk's flat dealing fee in AED, quoted as a `Fees` charge borne by the user; 0 or absent: no charge. */
  @IsOptional() @IsNumber() @Min(0) feeAed?: number;
  /** How long a quote may be accepted. */
  @IsInt() @Min(1) @Max(86400) quoteTtlSeconds: number;
  /** The desk declines (no quote, the TPP gets 204) trades worth more than this many AED. */
  @IsNumber() @Min(0) declineAboveAed: number;
  /** Delays of the LFI's own steps after acceptance: Funded, Actioned, Completed. */
  @IsInt() @Min(0) @Max(3_600_000) fundedAfterMs: number;
  @IsInt() @Min(0) @Max(3_600_000) actionedAfterMs: number;
  @IsInt() @Min(0) @Max(3_600_000) completedAfterMs: number;
}

/** How the mock LFI's back office moves account openings. */
export class MockAccountOpeningDeskConfig {
  /** Delay before a new opening asks for the user's input (Pending → AwaitingUserInput). */
  @IsInt() @Min(0) @Max(3_600_000) awaitingUserInputAfterMs: number;
  /** Delay of the back office after the user finished (AwaitingLFIProcesses → Completed). */
  @IsInt() @Min(0) @Max(3_600_000) completedAfterMs: number;
}

/** How the mock insurer's quote desk prices and moves quotes and policies. */
export class MockInsuranceDeskConfig {
  /** How long a quote may be accepted. */
  @IsInt() @Min(1) @Max(86400 * 30) quoteTtlSeconds: number;
  /** Commission paid to the broker (TPP), in basis points of the premium. */
  @IsInt() @Min(0) @Max(5000) commissionBps: number;
  /** Delay between the insurer's own steps after a policy is requested (ApplicationApproved, PolicyIssued, Completed …). */
  @IsInt() @Min(0) @Max(3_600_000) stepAfterMs: number;
}

/** How the bank's payments settle (read by the payments of @hub/mock-lfi-ozone-connect, given as PAYMENT_RAIL_SETTINGS). */
export class MockPaymentsConfig implements PaymentRailSettings {
  /** Delay from creation to settlement: Pending (a file: Received) → its final status, reported to the hub. */
  @IsInt() @Min(0) @Max(3_600_000) settleAfterMs: number;
  /** How often the settlement looks for due payments. */
  @IsInt() @Min(10) @Max(60_000) pollMs: number;
  /** First wait before a status report the hub did not take (404 not recorded yet, 5xx) is sent again; it doubles up to a minute. */
  @IsInt() @Min(10) @Max(60_000) reportRetryMs: number;
}

/** The mock LFI's service desks (client-credentials services) and payments: the `mockLfi` key of config/sandbox.json. */
export class MockLfiDeskSettings {
  @ValidateNested() @Type(() => MockFxDeskConfig) fx: MockFxDeskConfig;
  @ValidateNested() @Type(() => MockAccountOpeningDeskConfig) accountOpening: MockAccountOpeningDeskConfig;
  @ValidateNested() @Type(() => MockInsuranceDeskConfig) insurance: MockInsuranceDeskConfig;
  @ValidateNested() @Type(() => MockPaymentsConfig) payments: MockPaymentsConfig;
}

/**
 * The desks' settings, read from the same `mockLfi` key as always and validated like every other
 * key: the mock LFI passes it to `loadConfig`, and the desks read it with `MOCK_LFI_DESK_SETTINGS.of(config)`.
 */
export const MOCK_LFI_DESK_SETTINGS = new ConfigSection('mockLfi', MockLfiDeskSettings);
