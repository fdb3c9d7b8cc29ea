import { ConsentError } from '@hub/consent';
import type { ControlRefusal } from './controls/control-types';

/**
 * A payment its consent does not allow (ControlParameters, validity, schedule kind): a
 * ConsentError (400 with the standard's code wherever ConsentErrors are answered) that also keeps
 * the JSON path of the request member at fault, for the TPP's `Errors[].Path`.
 */
export class PaymentRefusedError extends ConsentError {
  readonly path?: string;

  constructor(refusal: ControlRefusal) {
    super('invalid', refusal.code, refusal.message);
    if (refusal.path) this.path = refusal.path;
  }
}
