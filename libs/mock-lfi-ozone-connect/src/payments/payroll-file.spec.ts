import { ApiError } from '@hub/kernel';
import { createHash } from 'node:crypto';
import { checkPayrollFile, controlSumOf, fileHashOf, parsePayrollFile, PAYROLL_FILE_TYPE } from './payroll-file';

const HEADER = 'CreditorIBAN,CreditorName,Amount,Currency,Reference';
const file = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\n') + '\n');
const payroll = file('AE070331234567890123456,Aisha Khan,1000.00,AED,Salary March', 'AE460330000010000000001,"Ali, Omar ""Jr""",250.50,AED,');

function refusal(run: () => unknown): { status: number; code: string; message: string } {
  try {
    run();
  } catch (e) {
    if (e instanceof ApiError) return { status: e.status, code: e.code, message: e.message };
    throw e;
  }
  throw new Error('not refused');
}

describe('the sandbox.payroll.csv.v1 file', () => {
  it('reads one transfer per line after the header, with RFC 4180 quoting', () => {
    expect(parsePayrollFile(payroll)).toEqual([
      { line: 1, creditorIban: 'AE070331234567890123456', creditorName: 'Aisha Khan', amount: '1000.00', currency: 'AED', reference: 'Salary March' },
      { line: 2, creditorIban: 'AE460330000010000000001', creditorName: 'Ali, Omar "Jr"', amount: '250.50', currency: 'AED' },
    ]);
  });

  it('takes CRLF line breaks, a BOM and no final line break alike', () => {
    const crlf = Buffer.from(`\uFEFF${HEADER}\r\nAE070331234567890123456,Aisha Khan,1000.00,AED,x`);
    expect(parsePayrollFile(crlf)).toEqual([expect.objectContaining({ line: 1, amount: '1000.00', reference: 'x' })]);
  });

  it('sums ControlSum exactly, irrespective of currencies', () => {
    expect(controlSumOf(parsePayrollFile(payroll))).toBe('1250.50');
    expect(controlSumOf(parsePayrollFile(file(...Array.from({ length: 10 }, () => 'AE070331234567890123456,A,0.10,AED,'))))).toBe('1.00');
  });

  it.each([
    ['another header', Buffer.from('IBAN,Name,Amount,Currency,Reference\nAE070331234567890123456,A,1.00,AED,\n'), 'header'],
    ['no transfer', file(), 'no transfer'],
    ['a missing field', file('AE070331234567890123456,A,1.00,AED'), 'line 1 has 4 fields'],
    ['an amount without two decimals', file('AE070331234567890123456,A,1.0,AED,'), 'line 1: Amount'],
    ['a zero amount', file('AE070331234567890123456,A,0.00,AED,'), 'line 1: Amount'],
    ['a lower-case currency', file('AE070331234567890123456,A,1.00,aed,'), 'line 1: Currency'],
    ['an empty name', file('AE070331234567890123456,,1.00,AED,'), 'line 1: CreditorName'],
    ['a reference over 35 characters', file(`AE070331234567890123456,A,1.00,AED,${'r'.repeat(36)}`), 'line 1: Reference'],
    ['an unclosed quote', file('AE070331234567890123456,"A,1.00,AED,'), 'quoted field'],
    ['an empty line in the middle', Buffer.from(`${HEADER}\nAE070331234567890123456,A,1.00,AED,\n\nAE070331234567890123456,A,1.00,AED,\n`), 'line 2 has 1 fields'],
    ['bytes that are not UTF-8', Buffer.from([...Buffer.from(`${HEADER}\n`), 0xff, 0xfe]), 'not UTF-8'],
  ])('refuses a file with %s (400 Body.InvalidFormat)', (_, bytes, words) => {
    expect(refusal(() => parsePayrollFile(bytes))).toEqual({ status: 400, code: 'Body.InvalidFormat', message: expect.stringContaining(words) });
  });
});

describe('a payroll file against its consent', () => {
  const terms = { FileType: PAYROLL_FILE_TYPE, FileHash: createHash('sha256').update(payroll).digest('base64'), NumberOfTransactions: 2, ControlSum: '1250.50' };

  it('is the consented file: same type, hash, count and sum', () => {
    expect(fileHashOf(payroll)).toBe(terms.FileHash);
    expect(checkPayrollFile(payroll, terms)).toHaveLength(2);
  });

  it.each([
    ['another FileHash', { FileHash: fileHashOf(Buffer.from('x')) }, 'Consent.FailsControlParameters', 'FileHash'],
    ['another NumberOfTransactions', { NumberOfTransactions: 3 }, 'Consent.FailsControlParameters', 'NumberOfTransactions'],
    ['another ControlSum', { ControlSum: '1250.51' }, 'Consent.FailsControlParameters', 'ControlSum'],
    ['a file type the bank does not take', { FileType: 'pain.001.001.09' }, 'Consent.BusinessRuleViolation', 'FileType'],
  ])('refuses it when the consent says %s', (_, change, code, member) => {
    expect(refusal(() => checkPayrollFile(payroll, { ...terms, ...change }))).toEqual({ status: 400, code, message: expect.stringContaining(member) });
  });
});
