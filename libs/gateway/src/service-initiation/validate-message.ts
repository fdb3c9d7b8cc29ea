import { ApiError } from '@hub/kernel';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/**
 * Checks a request message (a JSON body, or the `message` of a signed one) against the DTO that
 * also documents it, as the global ValidationPipe would: unknown members are refused by name.
 */
export function validateMessage<T extends object>(dto: ClassConstructor<T>, message: unknown): T {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) throw ApiError.badRequest('the body must be a JSON object', undefined, 'Body.InvalidFormat');
  const instance = plainToInstance(dto, message);
  const problems = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length > 0) {
    const first = flatten(problems)[0];
    throw ApiError.badRequest(flatten(problems).map((p) => p.message).join('; '), first?.path, 'Body.InvalidFormat');
  }
  // The validated original keeps members class-transformer would drop (e.g. free-form Party claims).
  return message as T;
}

/**
 * Messages name their member by its full path. class-validator's own messages start with the
 * property name (replaced by the path); @hub/standards' decorators write theirs to follow the path
 * ('must be ...', 'is required'), which is put in front. A member that is missing is only missing.
 */
function flatten(errors: ValidationError[], prefix = ''): { path: string; message: string }[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const constraints = Object.entries(e.constraints ?? {});
    const missing = constraints.filter(([key]) => key === 'isDefined');
    const own = (missing.length ? missing : constraints).map(([, message]) => ({ path, message: message.startsWith(e.property) || message.startsWith('property ') ? `${path}${message.slice(message.indexOf(e.property) + e.property.length)}` : `${path} ${message}` }));
    return [...own, ...flatten(e.children ?? [], path)];
  });
}
