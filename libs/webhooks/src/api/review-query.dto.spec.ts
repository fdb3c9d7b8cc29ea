import { ApiError } from '@hub/kernel';
import { parseReviewQuery } from './review-query.dto';

function refusal(raw: Record<string, unknown>): ApiError {
  try {
    parseReviewQuery(raw);
  } catch (e) {
    return e as ApiError;
  }
  throw new Error(`accepted ${JSON.stringify(raw)}`);
}

describe('parseReviewQuery', () => {
  it('defaults to 60 minutes and ignores other parameters', () => {
    expect(parseReviewQuery({})).toEqual({ minutesInPast: 60 });
    expect(parseReviewQuery({ page: 'x' })).toEqual({ minutesInPast: 60 });
  });

  it('accepts whole numbers from 1 to 10080', () => {
    expect(parseReviewQuery({ minutesInPast: '1' })).toEqual({ minutesInPast: 1 });
    expect(parseReviewQuery({ minutesInPast: '10080' })).toEqual({ minutesInPast: 10080 });
  });

  it.each(['0', '10081', '-5', '1.5', 'abc', '', '1e2', ' 5', '0x10', '99999999999'])('refuses %p as 400 Resource.InvalidFormat naming minutesInPast', (value) => {
    const e = refusal({ minutesInPast: value });
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 400, code: 'Resource.InvalidFormat', path: 'minutesInPast' });
    expect(e.message).toMatch(/minutesInPast/);
  });

  it('refuses the parameter given twice', () => {
    expect(refusal({ minutesInPast: ['5', '6'] })).toMatchObject({ status: 400, code: 'Resource.InvalidFormat', path: 'minutesInPast' });
  });
});
