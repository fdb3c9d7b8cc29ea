import type { ProductCategory } from '@hub/standards';
import type { SeededRandom } from '../generator/seeded-random';
import type { AccountSubType } from '../model';
import type { BankStyle } from './bank-style';
import { accountTemplates } from './account-products';
import { cardTemplates } from './card-products';
import { lendingTemplates } from './lending-products';
import type { Product } from './product-parts';

/** What a template fills in; the catalogue adds the id, the category and the dates. */
export type ProductBody = Omit<Product, 'ProductId' | 'ProductCategory' | 'LastUpdatedDateTime' | 'EffectiveFromDateTime' | 'EffectiveToDateTime'>;

/**
 * One product a bank may offer. `key` is part of its id, which therefore survives a new seed.
 * Every bank carries the products that are not `optional`, and some of the optional ones (see
 * productCatalogue), so the banks' ranges differ as well as their terms.
 */
export interface ProductTemplate {
  key: string;
  category: ProductCategory;
  sharia: boolean;
  optional: boolean;
  /**
   * The seeded PSUs' accounts of this sub-type (and Sharia flag) belong to this product: it keeps
   * the id and name their account's product has (banking/products.ts).
   */
  heldAs?: AccountSubType;
  /** The product is being withdrawn: it has an EffectiveToDateTime. */
  retiring?: boolean;
  build(style: BankStyle, random: SeededRandom): ProductBody;
}

/** Every product of every category, in the order the catalogue lists them before sorting. */
export const PRODUCT_TEMPLATES: readonly ProductTemplate[] = [...accountTemplates, ...cardTemplates, ...lendingTemplates];
