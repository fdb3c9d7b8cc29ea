/** Code lists of standards/v2.1/uae-product-openapi.yaml (the same in the Ozone Connect products document), named after its components. */

/** AEProductCategoryCodes: the banking product categories a TPP may filter on and a lead may ask about. */
export const PRODUCT_CATEGORIES = ['SavingsAccount', 'CurrentAccount', 'CreditCard', 'Finance', 'Mortgage'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/** GET /products `SortOrder` (default asc). */
export const PRODUCT_SORT_ORDERS = ['asc', 'desc'] as const;
export type ProductSortOrder = (typeof PRODUCT_SORT_ORDERS)[number];

/** GET /products `SortField` (default LastUpdatedDateTime). */
export const PRODUCT_SORT_FIELDS = ['LastUpdatedDateTime', 'ProductId'] as const;
export type ProductSortField = (typeof PRODUCT_SORT_FIELDS)[number];

/** AEResidentialAddress.CountrySubDivision: the seven Emirates. */
export const EMIRATES = ['AbuDhabi', 'Ajman', 'Dubai', 'Fujairah', 'RasAlKhaimah', 'Sharjah', 'UmmAlQuwain'] as const;

/** LeadRequest.Data.PhoneNumber: E.164. */
export const E164_PHONE = { regex: /^\+[1-9]\d{1,14}$/, inWords: 'a phone number in E.164 format, e.g. +971501234567' };

/**
 * The filters and sort of GET /products as the hub and the LFI read them (both documents define
 * the same query). Absent filters do not filter; the sort defaults are the documents'.
 */
export interface ProductsQuery {
  ProductCategory?: ProductCategory;
  IsShariaCompliant?: boolean;
  /** An RFC 3339 date-time: products last updated at or after it. */
  LastUpdatedDateTime?: string;
  SortOrder: ProductSortOrder;
  SortField: ProductSortField;
}
