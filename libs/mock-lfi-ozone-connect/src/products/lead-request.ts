import { ApiError, validationProblems } from '@hub/kernel';
import type { LeadDetails } from '@hub/mock-lfi-store';
import { LeadRequestDataDto } from '@hub/standards';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

/**
 * The body of Ozone Connect POST /leads: `{data: LeadRequest.Data}`, closed like the document's
 * schema, checked with the same rules the hub applies to the TPP's LeadRequest (one DTO, the
 * standard's). Any problem is 400 Body.InvalidFormat naming the member.
 */
export function leadDetailsOf(body: unknown): LeadDetails {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw bad('the body must be a JSON object');
  const { data, ...rest } = body as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0) throw bad(`property ${extra[0]} should not exist`, extra[0]);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw bad('data must be an object', 'data');
  const problems = validateSync(plainToInstance(LeadRequestDataDto, data), { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length > 0) {
    const named = validationProblems(problems, 'data');
    throw bad(named.map((p) => p.message).join('; '), named[0]?.path);
  }
  return data as LeadDetails;
}

function bad(message: string, path?: string): ApiError {
  return ApiError.badRequest(message, path, 'Body.InvalidFormat');
}
