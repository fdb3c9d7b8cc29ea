/**
 * What the consent domain refuses. `kind` tells a surface which status to answer (not-found → 404,
 * conflict → 409 or 400, invalid/transition → 400); `code` is the standard's error code that goes
 * into `{errorCode}` on the Consent Manager and `Errors[].Code` on the TPP surfaces.
 */
export type ConsentErrorKind = 'not-found' | 'conflict' | 'invalid' | 'transition';

export class ConsentError extends Error {
  override readonly name = 'ConsentError';

  constructor(
    readonly kind: ConsentErrorKind,
    readonly code: string,
    message: string,
    /** The JSON path of the request member at fault, when one is (the TPP's `Errors[].Path`). */
    readonly path?: string,
  ) {
    super(message);
  }

  /** Also used when the consent exists for another tenant or TPP: existence is not disclosed. */
  static notFound(consentId: string): ConsentError {
    return new ConsentError('not-found', 'Resource.NotFound', `No consent ${consentId}`);
  }

  static invalid(message: string, code = 'Consent.Invalid'): ConsentError {
    return new ConsentError('invalid', code, message);
  }

  static businessRule(message: string): ConsentError {
    return new ConsentError('invalid', 'Consent.BusinessRuleViolation', message);
  }

  static transition(reason: string): ConsentError {
    return new ConsentError('transition', 'Consent.BusinessRuleViolation', reason);
  }

  static conflict(message: string, code = 'Consent.Invalid'): ConsentError {
    return new ConsentError('conflict', code, message);
  }
}
