import type { Response } from 'express';
import { ApiError } from './api-error';
import { answersWithoutBody, answerWithoutBody, type StatusesWithoutBody } from './statuses-without-body';

describe('which statuses answer without a body', () => {
  const error = (status: number) => new ApiError(status, 'GenericError', 'x');

  it.each<[StatusesWithoutBody, number, boolean]>([
    ['everywhere', 429, true],
    ['everywhere', 401, false],
    ['everywhere', 404, false],
    ['everywhere', 400, false],
    ['tppDocuments', 401, true],
    ['tppDocuments', 404, true],
    ['tppDocuments', 405, true],
    ['tppDocuments', 406, true],
    ['tppDocuments', 415, true],
    ['tppDocuments', 429, true],
    ['tppDocuments', 400, false],
    ['tppDocuments', 403, false],
    ['tppDocuments', 409, false],
    ['tppDocuments', 500, false],
  ])('%s: %d → without body %s', (surface, status, bodiless) => {
    expect(answersWithoutBody(error(status), surface)).toBe(bodiless);
  });

  it('answers an invalid token without body on every surface', () => {
    expect(answersWithoutBody(ApiError.invalidToken('expired'))).toBe(true);
    expect(answersWithoutBody(ApiError.unauthorized('no certificate'))).toBe(false);
  });

  it('writes only headers: WWW-Authenticate for an invalid token, Retry-After for a 429', () => {
    const written = (e: ApiError) => {
      const res = { headers: {} as Record<string, string>, code: 0, ended: false, setHeader(n: string, v: string) { this.headers[n] = v; }, status(c: number) { this.code = c; return this; }, end() { this.ended = true; } };
      answerWithoutBody(res as unknown as Response, e);
      return res;
    };
    expect(written(ApiError.invalidToken('the "token" expired'))).toMatchObject({ code: 401, ended: true, headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="the 'token' expired"` } });
    expect(written(ApiError.tooManyRequests(7))).toMatchObject({ code: 429, ended: true, headers: { 'Retry-After': '7' } });
    expect(written(error(404))).toMatchObject({ code: 404, ended: true, headers: {} });
  });
});
