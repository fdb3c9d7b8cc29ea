import { ApiError } from '@hub/kernel';
import { bankCode, LFI_PROFILE, type LfiProfile, type LfiTenantProfile } from '@hub/mock-lfi-data';
import { toInstant } from '@hub/persistence';
import {
  createPayment,
  findAccount,
  findAccountByIban,
  findPayment,
  findPaymentByKey,
  findPaymentFile,
  type AccountEntity,
  type FilePaymentLine,
  type PaymentEntity,
  type PaymentKey,
} from '@hub/mock-lfi-store';
import type { ConsentRecord } from '@hub/ozone-connect';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { normalisedIban } from './creditor-route';
import { consentPiiOf, debtorOf, filePaymentTermsOf, isPayable, PaymentConsents, requirePaymentConsent } from './payment-consent';
import { amountOf, minorUnitsOf } from './payment-money';
import { allowanceOf, planLine, planTransfer, postingsOf, refuseInactiveDebtor, type AccountsByIban, type Transfer } from './payment-plan';
import { consentPartiesOf, paymentCreditorOf, PiiUnreadable, type PiiPayee } from './payment-pii';
import { FILE_REJECTED, refusal } from './payment-refusals';
import type { FilePaymentOrder, PaymentPost, SinglePaymentOrder } from './payment-request';
import { PAYMENT_RAIL_SETTINGS, type PaymentRailSettings } from './payment-settings';
import { parsePayrollFile } from './payroll-file';

/** Who asks, from the o3 headers: the tenant, the TPP, the consent and user the call stems from. */
export interface PaymentCaller {
  tenantId: string;
  callerOrgId: string;
  callerClientId: string;
  consentId: string;
  /** userId of o3-psu-identifier, when sent. */
  psuUserId?: string;
  interactionId: string;
}

/** A payment being made: its row and its postings, before the funds check. */
interface PaymentDraft {
  payment: PaymentEntity;
  transfers: Transfer[];
  /** Single payments hold the money of a transfer the rail will reject until it does. */
  heldUntilRejected: boolean;
}

const FILE_INSTRUCTION_MEMBERS = ['FileType', 'FileHash', 'NumberOfTransactions', 'ControlSum'] as const;

/**
 * The bank's payments desk behind Ozone Connect `POST /payments` and `GET /payments/{id}`: checks
 * the consent and the debtor account, finds the creditor (PII), plans each transfer, and takes
 * the payment with its postings in one transaction that checks the funds (createPayment). The
 * settlement moves it on later (PaymentSettlement).
 */
@Injectable()
export class PaymentDesk {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
    private readonly consents: PaymentConsents,
    @Inject(PAYMENT_RAIL_SETTINGS) private readonly settings: PaymentRailSettings,
  ) {}

  /** Only banks make payments: an insurer (or an unknown tenant) answers as for an unknown path. */
  bankOf(tenantId: string): LfiTenantProfile {
    const tenant = this.profile.tenants.find((t) => t.id === tenantId);
    if (tenant?.sector !== 'banking') throw ApiError.notFound(`No payments at '${tenantId}'`);
    return tenant;
  }

  /** The payment of this request: a new one, or the one its idempotency key made before (never a second debit). */
  async pay(caller: PaymentCaller, post: PaymentPost): Promise<PaymentEntity> {
    const tenant = this.bankOf(caller.tenantId);
    const { order } = post;
    if (order.consentId !== caller.consentId) throw ApiError.badRequest(`request.Data.ConsentId '${order.consentId}' is not o3-consent-id '${caller.consentId}'`, 'request.Data.ConsentId', 'Consent.Invalid');
    const key: PaymentKey = { tenantId: tenant.id, callerClientId: caller.callerClientId, paymentType: order.paymentType, idempotencyKey: post.idempotencyKey };
    const earlier = await findPaymentByKey(this.db, key);
    if (earlier) return replayed(earlier, post);
    const consent = requirePaymentConsent(await this.consents.current(tenant, order.consentId, isPayable), caller.callerClientId);
    const { userId, accountId } = debtorOf(consent, caller.psuUserId);
    const debtor = await findAccount(this.db, tenant.id, accountId);
    if (!debtor || debtor.userId !== userId) throw ApiError.badRequest(`Account ${accountId} of consent ${consent.id} is not an account of its user`, 'accountIds', 'Consent.Invalid');
    refuseInactiveDebtor(debtor);
    const now = new Date();
    const payment = this.newPayment(caller, post, debtor, now);
    const draft = order.paymentType === 'cbuae-payment' ? await this.single(tenant, consent, order, debtor, payment) : await this.file(tenant, consent, order, debtor, payment);
    const postings = postingsOf(draft.payment, debtor, draft.transfers, now, draft.heldUntilRejected);
    const made = await createPayment(this.db, draft.payment, postings, allowanceOf(this.profile.seed, debtor), now);
    if (made.kind === 'insufficient-funds') {
      throw refusal('insufficientFunds', `Insufficient funds: ${amountOf(made.debitMinor)} ${debtor.currency} exceeds what account ${debtor.accountId} can pay (available ${made.availableMinor < 0n ? '-' : ''}${amountOf(made.availableMinor)} plus its overdraft)`);
    }
    return made.kind === 'created' ? made.payment : replayed(made.payment, post);
  }

  /** The caller's payment; another TPP's and an unknown id look the same (404). */
  async read(caller: Pick<PaymentCaller, 'tenantId' | 'callerClientId'>, paymentId: string): Promise<PaymentEntity> {
    this.bankOf(caller.tenantId);
    const payment = await findPayment(this.db, caller.tenantId, paymentId);
    if (!payment || payment.callerClientId !== caller.callerClientId) throw ApiError.notFound(`No payment '${paymentId}' of this TPP at '${caller.tenantId}'`);
    return payment;
  }

  /** The account of the consent's user that a refund goes to: the one paid from (accountIds[0]). */
  async refundAccount(caller: Pick<PaymentCaller, 'tenantId' | 'callerClientId'>, consentId: string): Promise<AccountEntity> {
    const tenant = this.bankOf(caller.tenantId);
    const consent = requirePaymentConsent(await this.consents.current(tenant, consentId, (c) => Boolean(c.accountIds?.length)), caller.callerClientId);
    const accountId = consent.accountIds?.[0];
    const account = accountId ? await findAccount(this.db, tenant.id, accountId) : undefined;
    if (!account) throw ApiError.badRequest(`Consent ${consentId} names no account paid from yet`, 'o3-consent-id', 'Consent.Invalid');
    return account;
  }

  private newPayment(caller: PaymentCaller, post: PaymentPost, debtor: AccountEntity, now: Date): PaymentEntity {
    const { order } = post;
    const single = order.paymentType === 'cbuae-payment';
    return {
      paymentId: randomUUID(),
      tenantId: caller.tenantId,
      paymentType: order.paymentType,
      consentId: order.consentId,
      callerOrgId: caller.callerOrgId,
      callerClientId: caller.callerClientId,
      idempotencyKey: post.idempotencyKey,
      requestHash: post.requestHash,
      userId: debtor.userId,
      debtorAccountId: debtor.accountId,
      amount: single ? order.amount : '0.00',
      currency: single ? order.currency : debtor.currency,
      creditorIban: null,
      creditorName: null,
      // The rail's end-to-end id (AANI's for an interbank payment); a file's lines each have their own.
      paymentTransactionId: single ? randomUUID().replace(/-/g, '').toUpperCase() : null,
      status: single ? 'Pending' : 'Received',
      creationDateTime: toInstant(now),
      statusUpdateDateTime: toInstant(now),
      rejectReasonCode: null,
      terms: {
        paymentPurposeCode: order.paymentPurposeCode,
        ...(order.debtorReference ? { debtorReference: order.debtorReference } : {}),
        ...(single && order.creditorReference ? { creditorReference: order.creditorReference } : {}),
        ...(single ? { openFinanceBilling: order.openFinanceBilling } : {}),
      },
      fileLines: null,
      interactionId: caller.interactionId,
      nextStatus: null,
      nextStepAt: toInstant(new Date(now.getTime() + this.settings.settleAfterMs)),
      stepAttempts: 0,
    };
  }

  private accountsByIban(tenantId: string): AccountsByIban {
    return (iban) => findAccountByIban(this.db, tenantId, iban);
  }

  private async single(tenant: LfiTenantProfile, consent: ConsentRecord, order: SinglePaymentOrder, debtor: AccountEntity, payment: PaymentEntity): Promise<PaymentDraft> {
    if (order.international) throw refusal('notDomestic', 'The sandbox bank makes domestic payments only: CurrencyRequest is not taken');
    const payee = await this.payeeOf(tenant, consent, order);
    const plan = await planTransfer(debtor, payee, order.currency, bankCode(tenant), this.accountsByIban(tenant.id));
    const creditorName = (payee.name ?? plan.creditorAccount?.accountHolderName ?? normalisedIban(payee.identification)).slice(0, 140);
    payment.creditorIban = normalisedIban(payee.identification);
    payment.creditorName = creditorName;
    payment.nextStatus = plan.status;
    payment.rejectReasonCode = plan.reason ? [plan.reason] : null;
    const fallback = payment.paymentId;
    const transfer: Transfer = {
      amountMinor: minorUnitsOf(order.amount),
      creditorIban: payment.creditorIban,
      creditorName,
      debtorReference: order.debtorReference ?? order.creditorReference ?? fallback,
      creditorReference: order.creditorReference ?? order.debtorReference ?? fallback,
      plan,
    };
    return { payment, transfers: [transfer], heldUntilRejected: true };
  }

  /**
   * The creditor: the one the payment's PII names, which must be one the consent's PII names when
   * it names any (the hub cannot see PII, so only the bank can hold the payment to it); without
   * PII in the payment, the consent's creditor when it names exactly one.
   */
  private async payeeOf(tenant: LfiTenantProfile, consent: ConsentRecord, order: SinglePaymentOrder): Promise<PiiPayee> {
    try {
      const consentPii = consentPiiOf(consent);
      const consented = consentPii ? (await consentPartiesOf(consentPii, tenant.encryptionKeyFile)).creditors : [];
      if (!order.pii) {
        if (consented.length === 1) return consented[0];
        throw refusal('creditorUnknown', `The payment names no creditor (no PersonalIdentifiableInformation) and consent ${consent.id} names ${consented.length || 'no'} creditors`);
      }
      const named = await paymentCreditorOf(order.pii, tenant.encryptionKeyFile);
      if (!named) throw refusal('creditorUnknown', 'The payment\'s PersonalIdentifiableInformation names no creditor account (Initiation.CreditorAccount)');
      const iban = normalisedIban(named.identification);
      if (consented.length && !consented.some((c) => normalisedIban(c.identification) === iban)) {
        throw refusal('creditorNotConsented', `The creditor account ${iban} is not one of the creditors of consent ${consent.id}`);
      }
      return named;
    } catch (e) {
      if (e instanceof PiiUnreadable) throw refusal('piiUnreadable', e.message);
      throw e;
    }
  }

  private async file(tenant: LfiTenantProfile, consent: ConsentRecord, order: FilePaymentOrder, debtor: AccountEntity, payment: PaymentEntity): Promise<PaymentDraft> {
    const stored = await findPaymentFile(this.db, tenant.id, consent.id);
    const terms = stored?.terms ?? filePaymentTermsOf(consent);
    if (!terms) throw ApiError.badRequest(`Consent ${consent.id} is not a file payment consent`, 'o3-consent-id', 'Consent.Invalid');
    if (!stored?.content) throw new ApiError(400, 'Consent.BusinessRuleViolation', `No file was uploaded for consent ${consent.id}`);
    for (const member of FILE_INSTRUCTION_MEMBERS) {
      if (order.instruction && order.instruction[member] !== terms[member]) {
        throw new ApiError(400, 'Consent.FailsControlParameters', `Instruction.${member} is not the consent's ${member} (${terms[member]})`, `request.Data.Instruction.${member}`);
      }
    }
    const accountsByIban = this.accountsByIban(tenant.id);
    const transfers: Transfer[] = [];
    const lines: FilePaymentLine[] = [];
    for (const line of parsePayrollFile(Buffer.from(stored.content, 'utf8'))) {
      const plan = await planLine(debtor, { schemeName: 'IBAN', identification: line.creditorIban }, line.currency, bankCode(tenant), accountsByIban);
      const reference = line.reference ?? order.debtorReference ?? payment.paymentId;
      transfers.push({ amountMinor: minorUnitsOf(line.amount), creditorIban: normalisedIban(line.creditorIban), creditorName: line.creditorName, debtorReference: reference, creditorReference: reference, plan });
      lines.push({ ...line, status: plan.status, ...(plan.reason ? { reason: plan.reason } : {}) });
    }
    const paid = lines.some((line) => line.status !== 'Rejected');
    payment.amount = terms.ControlSum;
    payment.fileLines = lines;
    payment.nextStatus = paid ? 'AcceptedSettlementCompleted' : 'Rejected';
    payment.rejectReasonCode = paid ? null : [FILE_REJECTED];
    return { payment, transfers, heldUntilRejected: false };
  }
}

/** The payment an idempotency key made: the same again, or 409 when the key came with another message. */
function replayed(payment: PaymentEntity, post: PaymentPost): PaymentEntity {
  if (payment.requestHash !== post.requestHash) throw new ApiError(409, 'GenericError', `x-idempotency-key '${post.idempotencyKey}' was used for another payment message (payment ${payment.paymentId})`);
  return payment;
}
