import { Agent } from 'undici';
import { checkWebhookUrl, postWebhook } from './post-webhook';

/** https anywhere; plain http only to this machine; anything else refused with a reason. */
describe('checkWebhookUrl', () => {
  it.each([
    'https://tpp.example/webhooks',
    'https://tpp.example:8443/a/b?c=d',
    'https://localhost:9000/webhooks',
    'https://203.0.113.7/hook',
    'HTTPS://TPP.EXAMPLE/hook',
  ])('accepts %s', (url) => {
    expect(checkWebhookUrl(url)).toBeUndefined();
  });

  it.each([
    'http://localhost/webhooks',
    'http://localhost:8080/webhooks',
    'http://LOCALHOST:8080/webhooks',
    'http://tpp.localhost:8080/webhooks',
    'http://127.0.0.1:8080/webhooks',
    'http://127.1.2.3/webhooks',
    'http://[::1]:8080/webhooks',
    'http://[0:0:0:0:0:0:0:1]:8080/webhooks',
  ])('accepts plain http to loopback: %s', (url) => {
    expect(checkWebhookUrl(url)).toBeUndefined();
  });

  it.each([
    ['http://example.com/webhooks', 'example.com'],
    ['http://tpp.example:8080/hook', 'tpp.example'],
    ['http://10.0.0.5/hook', '10.0.0.5'],
    ['http://192.168.1.10:8080/hook', '192.168.1.10'],
    ['http://[2001:db8::1]/hook', '[2001:db8::1]'],
    ['http://localhost.example.com/hook', 'localhost.example.com'],
    ['http://127.0.0.1.nip.io/hook', '127.0.0.1.nip.io'],
    ['http://127.0.0.1@example.com/hook', 'example.com'],
  ])('refuses plain http off this machine: %s', (url, host) => {
    expect(checkWebhookUrl(url)).toBe(`plain http is only allowed to loopback addresses, not ${host}`);
  });

  it.each([
    ['ftp://localhost/webhooks', 'ftp:'],
    ['ftp://tpp.example/webhooks', 'ftp:'],
    ['ws://localhost:8080/webhooks', 'ws:'],
    ['file:///etc/passwd', 'file:'],
    ['javascript:alert(1)', 'javascript:'],
    ['mailto:ops@tpp.example', 'mailto:'],
  ])('refuses another scheme: %s', (url, scheme) => {
    expect(checkWebhookUrl(url)).toBe(`unsupported scheme ${scheme}`);
  });

  it.each(['', 'not a url', 'tpp.example/webhooks', '//tpp.example/webhooks', 'https://', 'http://[::1/x'])('refuses garbage: %j', (url) => {
    expect(checkWebhookUrl(url)).toBe(`not a URL: ${url}`);
  });
});

describe('postWebhook', () => {
  const agent = new Agent();
  afterAll(() => agent.close());

  it('refuses a URL checkWebhookUrl refuses without touching the network, as data (no throw)', async () => {
    await expect(postWebhook(agent, 'http://example.com/webhooks', 'jwe', {}, 1_000)).resolves.toEqual({
      ok: false,
      latencyMs: 0,
      error: 'plain http is only allowed to loopback addresses, not example.com',
    });
    await expect(postWebhook(agent, 'garbage', 'jwe', {}, 1_000)).resolves.toEqual({ ok: false, latencyMs: 0, error: 'not a URL: garbage' });
  });
});
