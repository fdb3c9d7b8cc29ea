import { ApiError } from '@hub/kernel';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance, Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, validateSync } from 'class-validator';

export const DEFAULT_MINUTES_IN_PAST = 60;
/** One week: the longest a sandbox keeps its story interesting. */
export const MAX_MINUTES_IN_PAST = 10_080;

/** Query of `GET /{tenant}/rs/review-emitted-events`. */
export class ReviewEmittedEventsQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_MINUTES_IN_PAST, default: DEFAULT_MINUTES_IN_PAST, description: 'How far back to look, in minutes' })
  @IsOptional()
  // Digits only: `1e2`, `0x10`, ` 5` or `1.5` are not a whole number of minutes as written.
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'minutesInPast must be a whole number' })
  @Min(1, { message: `minutesInPast must be from 1 to ${MAX_MINUTES_IN_PAST}` })
  @Max(MAX_MINUTES_IN_PAST, { message: `minutesInPast must be from 1 to ${MAX_MINUTES_IN_PAST}` })
  minutesInPast?: number;
}

/**
 * The query checked against the DTO here rather than by the global ValidationPipe, so a bad value
 * is the resource APIs' `400 Resource.InvalidFormat` naming the parameter. Unknown parameters are ignored.
 */
export function parseReviewQuery(raw: Record<string, unknown>): { minutesInPast: number } {
  const dto = plainToInstance(ReviewEmittedEventsQueryDto, { minutesInPast: raw.minutesInPast });
  const [error] = validateSync(dto);
  if (error) {
    const reason = Object.values(error.constraints ?? {})[0] ?? `${error.property} is invalid`;
    throw new ApiError(400, 'Resource.InvalidFormat', `${reason} (1 to ${MAX_MINUTES_IN_PAST}, default ${DEFAULT_MINUTES_IN_PAST})`, error.property);
  }
  return { minutesInPast: dto.minutesInPast ?? DEFAULT_MINUTES_IN_PAST };
}
