/**
 * The standard's string patterns, written once. Each carries its wording, because a regex is not
 * a readable error: validation messages read "must be <inWords>". Every DTO of libs/standards
 * validates through the decorators of validation/format-decorators.ts built on these; code that
 * reads the same members by hand (the mock LFI's desks, the Consent Manager's DTOs) should test
 * against these regexes rather than its own copies.
 */
export interface Pattern {
  regex: RegExp;
  inWords: string;
}

/** AEActiveOrHistoricAmount / AEActiveCurrencyAmount.Amount / ControlSum: ^\d{1,16}\.\d{2}$ */
export const AMOUNT: Pattern = { regex: /^\d{1,16}\.\d{2}$/, inWords: 'an amount of 1 to 16 digits and 2 decimals, e.g. 100.00' };

/** AEActiveOrHistoricCurrencyCode and every Currency / UnitCurrency / CurrencyOfTransfer: ^[A-Z]{3,3}$ */
export const CURRENCY_CODE: Pattern = { regex: /^[A-Z]{3}$/, inWords: 'an ISO 4217 currency code of 3 upper-case letters, e.g. AED' };

/**
 * ISO 3166 alpha-2. Some documents write the pattern '[A-Z]{2,2}' without anchors (as JSON Schema
 * any string containing two capitals); their descriptions say ISO 3166 alpha-2, which is checked.
 */
export const COUNTRY_CODE: Pattern = { regex: /^[A-Z]{2}$/, inWords: 'an ISO 3166 alpha-2 country code, e.g. GB' };

/** A UAE IBAN (AEAccountIdentification with SchemeName IBAN): AE, 2 check digits, 19 digits. */
export const UAE_IBAN: Pattern = { regex: /^AE\d{21}$/, inWords: 'a UAE IBAN: AE followed by 21 digits, e.g. AE070331234567890123456' };


/** The patterns as JSON Schema strings, for Swagger's `pattern` (the documents' own spelling). */
export const SCHEMA_PATTERN = {
  amount: '^\\d{1,16}\\.\\d{2}$',
  currencyCode: '^[A-Z]{3,3}$',
  https: '^https:\\/\\/.+',
} as const;
