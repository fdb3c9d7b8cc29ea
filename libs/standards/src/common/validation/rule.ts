import { ValidateBy, type ValidationArguments } from 'class-validator';

/**
 * A named class-validator constraint with our own wording. Messages are written to follow the
 * property path ('consent.ConsentId' + ' must be ...'), in plain ASCII because they end up in an
 * OAuth error_description.
 */
export function rule(
  name: string,
  isValid: (value: unknown, args: ValidationArguments) => boolean,
  message: string | ((args: ValidationArguments) => string),
): PropertyDecorator {
  return ValidateBy({
    name,
    validator: { validate: isValid, defaultMessage: (args?: ValidationArguments) => (typeof message === 'string' ? message : message(args!)) },
  });
}

/** Several property decorators as one, so a DTO member reads as one rule per standard constraint. */
export function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/**
 * Messages about one item of an array start with its index in brackets; toRarProblems moves it
 * onto the path, so the TPP reads 'consent.Permissions[2] must be ...'.
 */
export function atIndex(index: number, message: string): string {
  return `[${index}] ${message}`;
}

/** What was sent, short enough for an error_description: 'Retial', a number, an object. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}...` : value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Short enumerations are listed whole; long ones by name, with a few values as a reminder. */
export function oneOfText(values: readonly string[], codeListName: string): string {
  const listed = values.join(', ');
  if (listed.length <= 160) return `must be one of ${listed}`;
  return `must be a ${codeListName} code (one of ${values.length}, e.g. ${values.slice(0, 3).join(', ')}, ...)`;
}
