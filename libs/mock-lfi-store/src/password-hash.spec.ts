import { hashPassword, verifyPassword } from './password-hash';

describe('password hashing', () => {
  it('stores scrypt parameters, salt and hash, salted per call', async () => {
    const first = await hashPassword('Sandbox-Oryx-42');
    const second = await hashPassword('Sandbox-Oryx-42');
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(first).not.toBe(second);
  });

  it('accepts the right password only', async () => {
    const stored = await hashPassword('Sandbox-Oryx-42');
    await expect(verifyPassword('Sandbox-Oryx-42', stored)).resolves.toBe(true);
    await expect(verifyPassword('Sandbox-Oryx-43', stored)).resolves.toBe(false);
    await expect(verifyPassword('', stored)).resolves.toBe(false);
  });

  it('never matches a malformed stored value', async () => {
    await expect(verifyPassword('x', 'plain-text')).resolves.toBe(false);
    await expect(verifyPassword('x', 'scrypt$16384$8$1$c2FsdA$')).resolves.toBe(false);
  });
});
