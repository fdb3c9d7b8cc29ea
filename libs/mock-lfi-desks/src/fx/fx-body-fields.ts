import { ApiError } from '@hub/kernel';
import { AMOUNT, CURRENCY_CODE } from '@hub/standards';
import type { FxAmount } from '@hub/mock-lfi-store';

// Field readers for the FX bodies. The documents leave these objects open (no
// additionalProperties: false), so unknown members are ignored, never refused; each reader
// refuses a present-but-wrong member with the JSON path in the message.

export type Json = Record<string, unknown>;


export function invalid(path: string, message: string): ApiError {
  return ApiError.badRequest(`${path} ${message}`, path);
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(parent: Json, key: string, path: string): Json {
  const value = parent[key];
  if (!isObject(value)) throw invalid(`${path}.${key}`, 'is required and must be an object');
  return value;
}

export function optionalObjectAt(parent: Json, key: string, path: string): Json | undefined {
  return parent[key] === undefined ? undefined : objectAt(parent, key, path);
}

export function textAt(parent: Json, key: string, path: string, max: number): string {
  const value = parent[key];
  if (typeof value !== 'string' || value.length < 1 || value.length > max) throw invalid(`${path}.${key}`, `is required and must be a string of 1 to ${max} characters`);
  return value;
}

export function optionalTextAt(parent: Json, key: string, path: string, max: number): string | undefined {
  return parent[key] === undefined ? undefined : textAt(parent, key, path, max);
}

export function choiceAt<T extends string>(parent: Json, key: string, path: string, choices: readonly T[]): T {
  const value = parent[key];
  if (typeof value !== 'string' || !choices.includes(value as T)) throw invalid(`${path}.${key}`, `must be one of ${choices.join(', ')}`);
  return value as T;
}

export function currencyAt(parent: Json, key: string, path: string): string {
  const value = parent[key];
  if (typeof value !== 'string' || !CURRENCY_CODE.regex.test(value)) throw invalid(`${path}.${key}`, 'must be an ISO 4217 currency code of three capital letters');
  return value;
}

/** `{Amount, Currency}` with the two-decimal amount of UAEPaymentAPI.AEActiveCurrencyAmount. */
export function amountAt(parent: Json, key: string, path: string): FxAmount {
  const value = objectAt(parent, key, path);
  const amount = value.Amount;
  if (typeof amount !== 'string' || !AMOUNT.regex.test(amount)) throw invalid(`${path}.${key}.Amount`, 'must be a decimal string with two decimals, e.g. "100.00"');
  return { Amount: amount, Currency: currencyAt(value, 'Currency', `${path}.${key}`) };
}
