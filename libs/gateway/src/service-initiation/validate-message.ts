import { ApiError, validationProblems } from '@hub/kernel';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';

/**
 * Checks a request message (a JSON body, or the `message` of a signed one) against the DTO that
 * also documents it, as the global ValidationPipe would: unknown members are refused by name.
 */
export function validateMessage<T extends object>(dto: ClassConstructor<T>, message: unknown): T {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) throw ApiError.badRequest('the body must be a JSON object', undefined, 'Body.InvalidFormat');
  const instance = plainToInstance(dto, message);
  const problems = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length > 0) {
    const named = validationProblems(problems);
    throw ApiError.badRequest(named.map((p) => p.message).join('; '), named[0]?.path, 'Body.InvalidFormat');
  }
  // The validated original keeps members class-transformer would drop (e.g. free-form Party claims).
  return message as T;
}
