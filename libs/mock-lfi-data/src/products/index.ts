export { productCatalogue } from './catalogue';
export type { ProductCatalogue } from './catalogue';
export { bankStyleOf } from './bank-style';
export type { BankStyle } from './bank-style';
