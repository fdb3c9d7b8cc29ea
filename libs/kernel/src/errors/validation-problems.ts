import type { ValidationError } from 'class-validator';

export interface ValidationProblem {
  /** The member's full path, e.g. `Trade.Charges.0.Amount`. */
  path: string;
  /** The message, starting with that path. */
  message: string;
}

/**
 * class-validator's problems as messages that name their member by its full path — one wording
 * for the global ValidationPipe (every Nest surface) and for bodies checked by hand (signed
 * messages). class-validator's own messages start with the property name (replaced by the path);
 * the standards' decorators write theirs to follow the path ('must be …', 'is required'), which
 * is put in front. A member that is missing is only reported as missing.
 */
export function validationProblems(errors: ValidationError[], prefix = ''): ValidationProblem[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const constraints = Object.entries(e.constraints ?? {});
    const missing = constraints.filter(([key]) => key === 'isDefined');
    const own = (missing.length ? missing : constraints).map(([, message]) => ({ path, message: withPath(path, e.property, message) }));
    return [...own, ...validationProblems(e.children ?? [], path)];
  });
}

function withPath(path: string, property: string, message: string): string {
  if (message.startsWith(property)) return `${path}${message.slice(property.length)}`;
  if (message.startsWith('property ')) return `${path}${message.slice(message.indexOf(property) + property.length)}`;
  return `${path} ${message}`;
}
