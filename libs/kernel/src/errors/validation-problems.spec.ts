import 'reflect-metadata';
import { IsDefined, Matches, ValidateNested, validateSync } from 'class-validator';
import { Type } from 'class-transformer';
import { plainToInstance } from 'class-transformer';
import { validationProblems } from './validation-problems';

class Amount {
  @Matches(/^\d+\.\d{2}$/, { message: 'must be an amount such as 1.00' }) Amount: string;
  @Matches(/^[A-Z]{3}$/) Currency: string;
}
class Trade {
  @IsDefined({ message: 'is required' }) @ValidateNested() @Type(() => Amount) BuyAmount: Amount;
}

const problemsOf = (body: object) => validationProblems(validateSync(plainToInstance(Trade, body), { forbidUnknownValues: false }));

describe('validationProblems', () => {
  it.each([
    ['a standards message after the path', { BuyAmount: { Amount: '1', Currency: 'AED' } }, 'BuyAmount.Amount must be an amount such as 1.00'],
    ["class-validator's own message with the property replaced by the path", { BuyAmount: { Amount: '1.00', Currency: 'aed' } }, 'BuyAmount.Currency must match /^[A-Z]{3}$/ regular expression'],
    ['a missing member only as missing', {}, 'BuyAmount is required'],
  ])('names the member by its full path: %s', (_case, body, message) => {
    expect(problemsOf(body).map((p) => p.message)).toEqual([message]);
  });

  it('gives the path of each problem', () => {
    expect(problemsOf({ BuyAmount: { Amount: 'x', Currency: 'AED' } })).toEqual([{ path: 'BuyAmount.Amount', message: 'BuyAmount.Amount must be an amount such as 1.00' }]);
  });
});
