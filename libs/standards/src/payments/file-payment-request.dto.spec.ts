import { dtoProblems } from '../testing/dto-problems';
import { FilePaymentRequestDto } from './file-payment-request.dto';

const instruction = { FileType: 'sandbox.payroll.csv.v1', FileHash: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=', NumberOfTransactions: 2, ControlSum: '1500.00' };
const request = (data: object = {}) => ({ Data: { ConsentId: 'c-1', PaymentPurposeCode: 'SAL', ...data } });

describe('File payment request (AEFilePaymentRequest)', () => {
  it('accepts the required members only', () => {
    expect(dtoProblems(FilePaymentRequestDto, request())).toEqual({});
  });

  it('accepts the consent\'s FilePayment terms as Instruction and a DebtorReference', () => {
    expect(dtoProblems(FilePaymentRequestDto, request({ Instruction: instruction, DebtorReference: 'Payroll May' }))).toEqual({});
  });

  it.each([
    ['no ConsentId', { ConsentId: undefined }, 'Data.ConsentId'],
    ['a ConsentId over 128 characters', { ConsentId: 'c'.repeat(129) }, 'Data.ConsentId'],
    ['no PaymentPurposeCode', { PaymentPurposeCode: undefined }, 'Data.PaymentPurposeCode'],
    ['a lower-case PaymentPurposeCode', { PaymentPurposeCode: 'sal' }, 'Data.PaymentPurposeCode'],
    ['a DebtorReference over 35 characters', { DebtorReference: 'r'.repeat(36) }, 'Data.DebtorReference'],
    ['an Instruction without FileHash', { Instruction: { ...instruction, FileHash: undefined } }, 'Data.Instruction.FileHash'],
    ['a ControlSum without decimals', { Instruction: { ...instruction, ControlSum: '1500' } }, 'Data.Instruction.ControlSum'],
    ['a member of no schema (Instruction of a single payment)', { Amount: { Amount: '1.00', Currency: 'AED' } }, 'Data.Amount'],
  ])('refuses %s', (_name, data, path) => {
    expect(Object.keys(dtoProblems(FilePaymentRequestDto, request(data)))).toEqual([path]);
  });

  it('refuses a body without Data', () => {
    expect(Object.keys(dtoProblems(FilePaymentRequestDto, {}))).toEqual(['Data']);
  });
});
