import { ApiError } from '@hub/kernel';
import type { FilePaymentTerms } from '@hub/mock-lfi-store';
import { createHash } from 'node:crypto';
import { amountOf, isAmount, minorUnitsOf } from './payment-money';

/**
 * The sandbox bank's payment file (FileType `sandbox.payroll.csv.v1`, docs/payments-failures.md):
 * UTF-8 CSV (RFC 4180 quoting; CRLF or LF; an optional final line break; an optional BOM), a
 * header line with exactly these columns, then one credit transfer per line. NumberOfTransactions
 * is the number of lines after the header, ControlSum the sum of Amount, FileHash
 * base64(SHA-256(the file's bytes)).
 */
export const PAYROLL_FILE_TYPE = 'sandbox.payroll.csv.v1';
export const PAYROLL_COLUMNS = ['CreditorIBAN', 'CreditorName', 'Amount', 'Currency', 'Reference'] as const;
/** Large enough for a payroll, small enough to check at once. */
export const MAX_PAYROLL_LINES = 10_000;

/** One transfer of the file, as written (the IBAN is checked when the file is paid: a bad one fails its line only). */
export interface PayrollLine {
  /** 1-based, counting the transfers after the header. */
  line: number;
  creditorIban: string;
  creditorName: string;
  amount: string;
  currency: string;
  reference?: string;
}

function malformed(message: string): ApiError {
  return ApiError.badRequest(`the file is not a ${PAYROLL_FILE_TYPE} file: ${message}`, 'file');
}

function failsControlParameters(message: string, path: string): ApiError {
  return new ApiError(400, 'Consent.FailsControlParameters', message, path);
}

/** base64(SHA-256(bytes)): the form of FilePayment.FileHash. */
export function fileHashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

/** Splits CSV text into records of fields (RFC 4180: double quotes around a field, "" inside one). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i += 1;
      records.push([...fields, field]);
      fields = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (quoted) throw malformed('a quoted field is not closed');
  // A final line break ends the last record rather than starting an empty one.
  if (field !== '' || fields.length) records.push([...fields, field]);
  return records;
}

function lineOf(fields: string[], line: number): PayrollLine {
  const at = `line ${line}`;
  if (fields.length !== PAYROLL_COLUMNS.length) throw malformed(`${at} has ${fields.length} fields, not ${PAYROLL_COLUMNS.length}`);
  const [creditorIban, creditorName, amount, currency, reference] = fields.map((f) => f.trim());
  if (!creditorIban || creditorIban.length > 34) throw malformed(`${at}: CreditorIBAN must be 1–34 characters`);
  if (!creditorName || creditorName.length > 140) throw malformed(`${at}: CreditorName must be 1–140 characters`);
  if (!isAmount(amount) || minorUnitsOf(amount) === 0n) throw malformed(`${at}: Amount must be a positive amount with two decimals, e.g. 1250.00`);
  if (!/^[A-Z]{3}$/.test(currency)) throw malformed(`${at}: Currency must be an ISO 4217 code, e.g. AED`);
  if (reference.length > 35) throw malformed(`${at}: Reference must be at most 35 characters`);
  return { line, creditorIban, creditorName, amount, currency, ...(reference ? { reference } : {}) };
}

/** The transfers of a payroll file; 400 Body.InvalidFormat naming the first problem. */
export function parsePayrollFile(bytes: Uint8Array): PayrollLine[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw malformed('it is not UTF-8 text');
  }
  const records = csvRecords(text.replace(/^\uFEFF/, ''));
  const header = records.shift();
  if (!header || header.join(',') !== PAYROLL_COLUMNS.join(',')) throw malformed(`the first line must be the header ${PAYROLL_COLUMNS.join(',')}`);
  if (records.length === 0) throw malformed('it has no transfer after the header');
  if (records.length > MAX_PAYROLL_LINES) throw malformed(`it has more than ${MAX_PAYROLL_LINES} transfers`);
  return records.map((fields, n) => lineOf(fields, n + 1));
}

/** ControlSum of transfers: the sum of their amounts, "irrespective of currencies" (AEControlSum). */
export function controlSumOf(lines: readonly PayrollLine[]): string {
  return amountOf(lines.reduce((sum, l) => sum + minorUnitsOf(l.amount), 0n));
}

/**
 * The uploaded file is the one the consent announced: the bank's file type, the consented hash,
 * NumberOfTransactions and ControlSum. Returns the file's transfers.
 */
export function checkPayrollFile(bytes: Uint8Array, terms: FilePaymentTerms): PayrollLine[] {
  if (terms.FileType !== PAYROLL_FILE_TYPE) throw new ApiError(400, 'Consent.BusinessRuleViolation', `the bank takes FileType ${PAYROLL_FILE_TYPE} only, not ${terms.FileType}`, 'FileType');
  const hash = fileHashOf(bytes);
  if (hash !== terms.FileHash) throw failsControlParameters(`the file's SHA-256 (base64) is ${hash}, not the consent's FileHash ${terms.FileHash}`, 'FileHash');
  const lines = parsePayrollFile(bytes);
  if (lines.length !== terms.NumberOfTransactions) throw failsControlParameters(`the file has ${lines.length} transfers, the consent's NumberOfTransactions is ${terms.NumberOfTransactions}`, 'NumberOfTransactions');
  const sum = controlSumOf(lines);
  if (!isAmount(terms.ControlSum) || minorUnitsOf(sum) !== minorUnitsOf(terms.ControlSum)) throw failsControlParameters(`the file's amounts sum to ${sum}, the consent's ControlSum is ${terms.ControlSum}`, 'ControlSum');
  return lines;
}
