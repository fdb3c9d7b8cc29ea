/**
 * class-validator has no per-call context, yet expiry rules are relative to the request's `now`
 * (a Clock in the hub, a fixed instant in tests). The consent instance carries it under a symbol:
 * invisible to the whitelist check (which reads Object.keys) and to anything serialising the DTO.
 */
const VALIDATION_NOW = Symbol('rar.validationNow');

export function stampValidationNow<T extends object>(target: T, now: Date): T {
  Object.defineProperty(target, VALIDATION_NOW, { value: now, enumerable: false });
  return target;
}

/** The instant the consent is validated at; a DTO validated without one is a programming error. */
export function validationNowOf(target: object): number {
  const now = (target as Record<symbol, unknown>)[VALIDATION_NOW];
  if (!(now instanceof Date)) throw new Error(`${target.constructor.name} was validated without stampValidationNow()`);
  return now.getTime();
}
