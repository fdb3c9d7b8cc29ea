import type { AccountSeed, AccountSubType } from '../model';
import { stableId } from '../generator/seeded-random';
import type { CbuaeProduct } from '@hub/ozone-connect';
import { decimal } from './money';
import { currencyScale } from './transactions';

const PRODUCT_NAMES: Record<AccountSubType, [conventional: string, islamic: string]> = {
  CurrentAccount: ['Everyday Current Account', 'Wakala Current Account'],
  Savings: ['Smart Saver', 'Mudaraba Savings'],
  CreditCard: ['Titanium Credit Card', 'Islamic Covered Card'],
  Mortgage: ['Home Loan', 'Ijara Home Finance'],
  Finance: ['Auto Loan', 'Murabaha Auto Finance'],
};

/** The product an account belongs to, as `CbuaeAccount.product` names it. */
export function productIdentifierOf(account: Pick<AccountSeed, 'tenantId' | 'accountSubType' | 'isShariaCompliant'>): { id: string; productName: string } {
  const name = PRODUCT_NAMES[account.accountSubType][account.isShariaCompliant ? 1 : 0];
  return { id: stableId('prd-', 12, account.tenantId, account.accountSubType, account.isShariaCompliant ? 'islamic' : 'conventional'), productName: name };
}

/** Product terms of an account: one product per account, its fee and, for finance, its tenor. */
export function productOf(account: AccountSeed): CbuaeProduct {
  const lending = account.accountSubType === 'Mortgage' || account.accountSubType === 'Finance';
  const fee = account.accountSubType === 'CreditCard' ? 300_00 : account.accountSubType === 'CurrentAccount' ? 25_00 : 0;
  const sharia = account.isShariaCompliant ? { ShariaStructure: account.accountSubType === 'Mortgage' ? ('Ijara' as const) : account.accountSubType === 'Finance' ? ('Murabaha' as const) : ('Tawarruq' as const) } : {};
  return {
    AccountId: account.accountId,
    ...sharia,
    IsSecured: lending,
    IsSalaryTransferRequired: account.accountSubType === 'Finance',
    Charges: [
      {
        Type: account.accountSubType === 'CreditCard' ? 'AnnualFees' : 'MonthlyFees',
        Name: account.accountSubType === 'CreditCard' ? 'Annual card fee' : 'Account maintenance fee',
        Description: fee === 0 ? 'No fee is charged on this product' : 'Charged when the product terms apply',
        Charge: [{ Amount: { Amount: decimal(Math.round(fee * currencyScale(account.currency))), Currency: account.currency } }],
      },
    ],
    ...(lending ? { Tenor: account.accountSubType === 'Mortgage' ? { OriginalTenor: 'P25Y', RemainingTenor: 'P24Y' } : { OriginalTenor: 'P4Y', RemainingTenor: 'P3Y' } } : {}),
  };
}
