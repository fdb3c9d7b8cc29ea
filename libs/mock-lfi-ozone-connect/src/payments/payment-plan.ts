import { ApiError } from '@hub/kernel';
import { toInstant } from '@hub/persistence';
import { accountActivity, blockedAccessCode, type AccountStatus } from '@hub/mock-lfi-data';
import { timeOrderedUuid, type AccountEntity, type DebitAllowance, type FilePaymentLine, type PaymentEntity, type PaymentRejectReason, type PostingEntity } from '@hub/mock-lfi-store';
import { routeCreditor } from './creditor-route';
import { overdraftMinor } from './overdraft';
import { minorUnitsOf, signedMinorOf } from './payment-money';
import { RAIL_REJECTIONS, refusal } from './payment-refusals';

/** How one transfer ends: paid here, sent over the rail, or (the rail's answer, later) rejected. */
export interface PlannedTransfer {
  status: FilePaymentLine['status'];
  reason?: PaymentRejectReason;
  /** The creditor's account when it banks here too: it is credited. */
  creditorAccount?: AccountEntity;
}

/** A payee named by PII or a file line. */
export interface Payee {
  schemeName?: string;
  identification: string;
}

/** What the bank knows about its own accounts, by IBAN (the creditor of a transfer inside the bank). */
export type AccountsByIban = (iban: string) => Promise<AccountEntity | undefined>;

/** Only an Active account moves money (the Ozone Connect 403 codes of data sharing, and the same for dormant accounts). */
export function refuseInactiveDebtor(account: AccountEntity): void {
  if (account.status === 'Active') return;
  const code = blockedAccessCode(account.status);
  const kind = code === 'Consent.PermanentAccountAccessFailure' ? 'debtorAccountClosed' : 'debtorAccountSuspended';
  throw refusal(kind, `The debtor account ${account.accountId} is ${account.status}: no payment can be made from it`);
}

function refuseInactiveCreditor(account: AccountEntity): void {
  if (account.status === 'Active') return;
  const closed = blockedAccessCode(account.status as AccountStatus) === 'Consent.PermanentAccountAccessFailure';
  throw refusal(closed ? 'creditorAccountClosed' : 'creditorAccountBlocked', `The creditor account ${account.iban} is ${account.status} and takes no payment`);
}

/**
 * Where a transfer from `debtor` to `payee` goes and how it will end. Refusals (a malformed or
 * foreign IBAN, an account of this bank that cannot take it) throw the failure table's ApiError.
 */
export async function planTransfer(debtor: AccountEntity, payee: Payee, currency: string, ownBankCode: string, accountsByIban: AccountsByIban): Promise<PlannedTransfer> {
  if (currency !== debtor.currency) throw refusal('currencyNotOfAccount', `The debtor account is kept in ${debtor.currency}; ${currency} cannot be paid from it`);
  const route = routeCreditor(payee, ownBankCode);
  switch (route.kind) {
    case 'invalid':
      throw refusal('creditorAccountInvalid', `The creditor account cannot be paid: ${route.reason}`);
    case 'foreign':
      throw refusal('notDomestic', `The creditor account cannot be paid: ${route.reason}`);
    case 'unreachable-bank':
      return { status: 'Rejected', reason: { ...RAIL_REJECTIONS.creditorBankUnreachable } };
    case 'other-bank':
      return { status: 'AcceptedWithoutPosting' };
    case 'this-bank': {
      const creditorAccount = await accountsByIban(route.iban);
      if (!creditorAccount) throw refusal('creditorAccountInvalid', `No account of this bank has the IBAN ${route.iban}`);
      if (creditorAccount.accountId === debtor.accountId) throw refusal('creditorAccountInvalid', 'The creditor account is the debtor account');
      refuseInactiveCreditor(creditorAccount);
      if (creditorAccount.currency !== currency) throw refusal('creditorCurrencyNotOfAccount', `The creditor account ${route.iban} is kept in ${creditorAccount.currency}, not ${currency}`);
      return { status: 'AcceptedCreditSettlementCompleted', creditorAccount };
    }
  }
}

/** A file line's transfer: a refusal fails the line only, with the failure table's code. */
export async function planLine(debtor: AccountEntity, payee: Payee, currency: string, ownBankCode: string, accountsByIban: AccountsByIban): Promise<PlannedTransfer> {
  try {
    return await planTransfer(debtor, payee, currency, ownBankCode, accountsByIban);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return { status: 'Rejected', reason: { code: e.code, message: e.message } };
  }
}

/** What the debtor account may give: its generated available balance, and its overdraft by the table (a card: its credit limit). */
export function allowanceOf(seed: string, account: AccountEntity): DebitAllowance {
  const available = accountActivity(seed, account).balances.find((b) => b.balanceType === 'InterimAvailable')!;
  const limit = available.creditLines?.find((line) => line.creditType === 'Credit')?.amount.amount;
  return { baseAvailableMinor: signedMinorOf(available), overdraftMinor: overdraftMinor(account, limit ? minorUnitsOf(limit) : 0n) };
}

/** One transfer of a payment, as its postings are written. */
export interface Transfer {
  amountMinor: bigint;
  creditorIban: string;
  creditorName: string;
  /** What the payer's statement shows, and what the payee's shows. */
  debtorReference: string;
  creditorReference: string;
  plan: PlannedTransfer;
}

/**
 * The postings of a payment's transfers: a Pending debit on the payer's account for each transfer
 * the bank sends, and a Pending credit on the payee's when it banks here. A transfer the rail will
 * reject still holds the money (Pending) until then; a file line refused at once posts nothing.
 */
export function postingsOf(payment: PaymentEntity, debtor: AccountEntity, transfers: Transfer[], at: Date, heldUntilRejected: boolean): PostingEntity[] {
  const createdAt = toInstant(at);
  const postings: PostingEntity[] = [];
  for (const t of transfers) {
    if (t.plan.status === 'Rejected' && !heldUntilRejected) continue;
    const common = { tenantId: payment.tenantId, paymentId: payment.paymentId, amountMinor: t.amountMinor.toString(), currency: payment.currency, status: 'Pending' as const, paymentPurposeCode: payment.terms.paymentPurposeCode, createdAt, bookedAt: null };
    const transactionType = t.plan.creditorAccount ? ('SameBankTransfer' as const) : ('LocalBankTransfer' as const);
    postings.push({ ...common, postingId: timeOrderedUuid(at.getTime()), accountId: debtor.accountId, creditDebitIndicator: 'Debit', transactionType, counterpartyIban: t.creditorIban, counterpartyName: t.creditorName, reference: t.debtorReference });
    if (t.plan.creditorAccount) {
      postings.push({ ...common, postingId: timeOrderedUuid(at.getTime()), accountId: t.plan.creditorAccount.accountId, creditDebitIndicator: 'Credit', transactionType, counterpartyIban: debtor.iban, counterpartyName: debtor.accountHolderName, reference: t.creditorReference });
    }
  }
  return postings;
}
