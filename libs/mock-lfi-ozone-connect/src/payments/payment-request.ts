import { ApiError } from '@hub/kernel';
import type { FilePaymentTerms, PaymentType } from '@hub/mock-lfi-store';
import { createHash } from 'node:crypto';
import { isAmount } from './payment-money';

/** POST /payments of a single or multi payment (AEPaymentRequest). */
export interface SinglePaymentOrder {
  paymentType: 'cbuae-payment';
  consentId: string;
  amount: string;
  currency: string;
  /** The compact JWE, when the TPP named the creditor in the payment. */
  pii?: string;
  paymentPurposeCode: string;
  debtorReference?: string;
  creditorReference?: string;
  openFinanceBilling: { Type: string; MerchantId?: string };
  /** A CurrencyRequest makes it an international payment. */
  international: boolean;
}

/** POST /payments of a file payment (AEFilePaymentRequest). */
export interface FilePaymentOrder {
  paymentType: 'cbuae-file-payment';
  consentId: string;
  /** When sent, it must name the consented file. */
  instruction?: FilePaymentTerms;
  paymentPurposeCode: string;
  debtorReference?: string;
}

/** What the bank reads of the hub's PaymentPostRequest. */
export interface PaymentPost {
  order: SinglePaymentOrder | FilePaymentOrder;
  /** The TPP's `x-idempotency-key` (requestHeaders): with the calling TPP, it names the payment. */
  idempotencyKey: string;
  /** SHA-256 (hex) of the TPP's message in canonical JSON: the same key must come with the same message. */
  requestHash: string;
}

const PAYMENT_TYPES: readonly PaymentType[] = ['cbuae-payment', 'cbuae-file-payment'];
const BILLING_TYPES = ['Collection', 'LargeValueCollection', 'PushP2P', 'PullP2P', 'Me2Me'];

type Json = Record<string, unknown>;

function invalid(message: string, path: string): ApiError {
  return ApiError.badRequest(message, path);
}

function objectAt(value: unknown, path: string): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalid(`${path} must be an object`, path);
  return value as Json;
}

function textAt(value: unknown, path: string, pattern?: RegExp, max = 140): string {
  if (typeof value !== 'string' || value === '' || value.length > max || (pattern && !pattern.test(value))) throw invalid(`${path} is missing or malformed`, path);
  return value;
}

function optionalTextAt(value: unknown, path: string, max: number): string | undefined {
  return value === undefined ? undefined : textAt(value, path, undefined, max);
}

/** JSON with object members sorted, so the hash does not depend on how a message was serialised. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Json).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Header names are case-insensitive; the hub forwards the TPP's as it received them. */
function headerIn(headers: Json, name: string): unknown {
  const found = Object.keys(headers).find((key) => key.toLowerCase() === name);
  return found === undefined ? undefined : headers[found];
}

function singleOrder(data: Json): SinglePaymentOrder {
  const instruction = objectAt(data.Instruction, 'request.Data.Instruction');
  const amount = objectAt(instruction.Amount, 'request.Data.Instruction.Amount');
  if (!isAmount(amount.Amount)) throw invalid('request.Data.Instruction.Amount.Amount must be an amount with two decimals', 'request.Data.Instruction.Amount.Amount');
  const billing = objectAt(data.OpenFinanceBilling, 'request.Data.OpenFinanceBilling');
  const Type = textAt(billing.Type, 'request.Data.OpenFinanceBilling.Type');
  if (!BILLING_TYPES.includes(Type)) throw invalid(`request.Data.OpenFinanceBilling.Type must be one of ${BILLING_TYPES.join(', ')}`, 'request.Data.OpenFinanceBilling.Type');
  const MerchantId = optionalTextAt(billing.MerchantId, 'request.Data.OpenFinanceBilling.MerchantId', 20);
  const pii = data.PersonalIdentifiableInformation;
  if (pii !== undefined && (typeof pii !== 'string' || pii.split('.').length !== 5)) {
    throw new ApiError(400, 'JWE.InvalidHeader', 'request.Data.PersonalIdentifiableInformation must be a compact JWE (AEJWEPaymentPII)', 'request.Data.PersonalIdentifiableInformation');
  }
  return {
    paymentType: 'cbuae-payment',
    consentId: textAt(data.ConsentId, 'request.Data.ConsentId', undefined, 128),
    amount: amount.Amount,
    currency: textAt(amount.Currency, 'request.Data.Instruction.Amount.Currency', /^[A-Z]{3}$/),
    ...(typeof pii === 'string' ? { pii } : {}),
    paymentPurposeCode: textAt(data.PaymentPurposeCode, 'request.Data.PaymentPurposeCode', /^[A-Z]{3}$/),
    debtorReference: optionalTextAt(data.DebtorReference, 'request.Data.DebtorReference', 35),
    creditorReference: optionalTextAt(data.CreditorReference, 'request.Data.CreditorReference', 35),
    openFinanceBilling: { Type, ...(MerchantId ? { MerchantId } : {}) },
    international: data.CurrencyRequest !== undefined,
  };
}

function fileOrder(data: Json): FilePaymentOrder {
  const instruction = data.Instruction === undefined ? undefined : objectAt(data.Instruction, 'request.Data.Instruction');
  return {
    paymentType: 'cbuae-file-payment',
    consentId: textAt(data.ConsentId, 'request.Data.ConsentId', undefined, 128),
    ...(instruction ? { instruction: instruction as unknown as FilePaymentTerms } : {}),
    paymentPurposeCode: textAt(data.PaymentPurposeCode, 'request.Data.PaymentPurposeCode', /^[A-Z]{3}$/),
    debtorReference: optionalTextAt(data.DebtorReference, 'request.Data.DebtorReference', 35),
  };
}

/**
 * The hub's PaymentPostRequest, checked as far as the bank relies on it (the hub validated the
 * TPP's message against the standard already): 400 Body.InvalidFormat naming the member.
 */
export function paymentPostOf(body: unknown): PaymentPost {
  const post = objectAt(body, 'body');
  const paymentType = post.paymentType as PaymentType;
  if (!PAYMENT_TYPES.includes(paymentType)) throw invalid(`paymentType must be one of ${PAYMENT_TYPES.join(', ')}`, 'paymentType');
  const request = objectAt(post.request, 'request');
  const data = objectAt(request.Data, 'request.Data');
  const headers = objectAt(post.requestHeaders, 'requestHeaders');
  objectAt(post.tpp, 'tpp');
  const key = headerIn(headers, 'x-idempotency-key');
  if (typeof key !== 'string' || key.trim() === '' || key.length > 128) throw invalid('requestHeaders must hold the TPP\'s x-idempotency-key', 'requestHeaders.x-idempotency-key');
  return {
    order: paymentType === 'cbuae-payment' ? singleOrder(data) : fileOrder(data),
    idempotencyKey: key,
    requestHash: createHash('sha256').update(canonicalJson(request)).digest('hex'),
  };
}
