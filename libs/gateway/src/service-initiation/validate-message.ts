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

function flatten(errors: ValidationError[], prefix = ''): { path: string; message: string }[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ path, message: message.startsWith(e.property) ? `${path}${message.slice(e.property.length)}` : message }));
    return [...own, ...flatten(e.children ?? [], path)];
  });
}
