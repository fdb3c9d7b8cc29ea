import { errorFromResponse, errorFromTransport, isPermanentStatus } from './ozone-connect-error';

describe('OzoneConnectError classification', () => {
  it.each([
    [400, true],
    [401, true],
    [404, true],
    [408, false],
    [429, false],
    [500, false],
    [503, false],
  ])('status %i is permanent: %s', (status, permanent) => {
    expect(isPermanentStatus(status)).toBe(permanent);
  });

  it("keeps the LFI's errorCode and errorMessage", () => {
    const e = errorFromResponse('https://lfi/x', 400, { errorCode: 'Body.InvalidFormat', errorMessage: 'bad consent' });
    expect(e).toMatchObject({ status: 400, permanent: true, errorCode: 'Body.InvalidFormat', errorMessage: 'bad consent' });
    expect(e.message).toBe('Ozone Connect https://lfi/x answered 400: Body.InvalidFormat bad consent');
  });

  it('accepts a body that is not the error format', () => {
    const e = errorFromResponse('https://lfi/x', 502, '<html>bad gateway</html>');
    expect(e).toMatchObject({ status: 502, permanent: false, errorCode: undefined });
    expect(e.message).toBe('Ozone Connect https://lfi/x answered 502');
  });

  it('says a timeout is one, and keeps the cause of other transport failures', () => {
    const timeout = errorFromTransport('https://lfi/x', Object.assign(new Error('aborted'), { name: 'TimeoutError' }), 250);
    expect(timeout).toMatchObject({ permanent: false, status: undefined });
    expect(timeout.message).toContain('no answer within 250 ms');
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(errorFromTransport('https://lfi/x', refused, 250)).toMatchObject({ permanent: false, cause: refused });
  });
});
