/**
 * The hub's record of one payment (Bank Service Initiation v2.1): who asked, what the TPP sent,
 * what the LFI answered and the status the LFI last reported through the Consent Manager's
 * payment log. JSON-safe (instants as ISO strings) so it travels through the outbox as it is.
 */

/** The Consent Manager's and Ozone Connect's `paymentType`. */
export type PaymentType = 'cbuae-payment' | 'cbuae-file-payment';

/** AEPaymentStatus, plus AEFilePaymentStatus's `Received` (file payments only). */
export type PaymentStatus =
  | 'Pending'
  | 'AcceptedSettlementCompleted'
  | 'AcceptedCreditSettlementCompleted'
  | 'AcceptedWithoutPosting'
  | 'Rejected'
  | 'Received';

/** A reject reason in the payment log's (lower-case) form; the TPP's AERejectReason is {Code, Message}. */
export interface RejectReason {
  code: string;
  message: string;
}

/** The hub's own progress of the attempt: being sent to the LFI / created by it / refused by it (4xx). */
export type PaymentLogState = 'InFlight' | 'Created' | 'Refused';

/** The LFI's refusal of a payment (4xx), answered again to a retry with the same idempotency key. */
export interface PaymentRefusal {
  status: number;
  code: string;
  message: string;
}

export interface PaymentLogEntry {
  tenantId: string;
  /** The LFI's id; undefined while the request is in flight (or when the LFI refused it). */
  paymentId?: string;
  /** The hub's id of the attempt (uuid). */
  reservationId: string;
  consentId: string;
  paymentType: PaymentType;
  clientId: string;
  organisationId: string;
  softwareStatementId: string;
  idempotencyKey: string;
  requestHash: string;
  state: PaymentLogState;
  /** Instruction.Amount (a file payment: its ControlSum, in the consent's currency). */
  amount: string;
  currency: string;
  status?: PaymentStatus;
  paymentTransactionId?: string;
  rejectReasonCode?: RejectReason[];
  numberOfSuccessfulTransactions?: number;
  /** The TPP's message (the {Data: …} it signed). */
  request: Record<string, unknown>;
  /** The LFI's 201 `data` (Ozone Connect camelCase) as received. */
  response?: Record<string, unknown>;
  /** When state = Refused. */
  refusal?: PaymentRefusal;
  accountId?: string;
  psuIdentifiers?: Record<string, unknown>;
  interactionId?: string;
  createdAt: string;
  statusUpdatedAt: string;
  version: number;
}

/** What the gateway asks to reserve before it sends a payment to the LFI. */
export interface PaymentAttempt {
  tenantId: string;
  consentId: string;
  paymentType: PaymentType;
  clientId: string;
  organisationId: string;
  softwareStatementId: string;
  idempotencyKey: string;
  requestHash: string;
  amount: string;
  currency: string;
  request: Record<string, unknown>;
  interactionId?: string;
}

export type PaymentBegin =
  /** Go to the LFI. */
  | { kind: 'reserved'; entry: PaymentLogEntry }
  /** Same key and same hash, finished (created or refused): answer the entry again. */
  | { kind: 'replay'; entry: PaymentLogEntry }
  /** Same key and same hash, not finished: (re)send to the LFI, which is idempotent on the key. */
  | { kind: 'in-flight'; entry: PaymentLogEntry };

/** What the LFI answered with 201. */
export interface PaymentCreated {
  paymentId: string;
  status: PaymentStatus;
  /** The 201 `data` (camelCase) as received. */
  data: Record<string, unknown>;
  accountId?: string;
  psuIdentifiers?: Record<string, unknown>;
}

/** A status change the LFI reports (Consent Manager PATCH /payment-log/{id}). */
export interface PaymentStatusChange {
  status: PaymentStatus;
  paymentTransactionId?: string;
  rejectReasonCode?: RejectReason[];
  numberOfSuccessfulTransactions?: number;
}

/** The outbox payload of `tpp.payment-changed`: the entry after the change and the webhook's Data. */
export interface PaymentChanged {
  entry: PaymentLogEntry;
  previousStatus?: string;
  eventType: 'Resource.Created' | 'Resource.Updated';
  /** The webhook Data (PascalCase, AEWebhookPaymentInitiationEventProperties.Data). */
  data: Record<string, unknown>;
}
