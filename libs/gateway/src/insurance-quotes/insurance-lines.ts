import { ApiError } from '@hub/kernel';
import { INSURANCE_LINES, type InsuranceLine } from '@hub/standards';

/** The `:line` of a path, or 404 for a line the document does not have. */
export function insuranceLine(line: string): InsuranceLine {
  if (!(INSURANCE_LINES as readonly string[]).includes(line)) throw ApiError.notFound(`no insurance line '${line}': one of ${INSURANCE_LINES.join(', ')}`);
  return line as InsuranceLine;
}
