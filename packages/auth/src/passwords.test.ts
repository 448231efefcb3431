import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { COST, hashPassword, UNKNOWN_USER_HASH, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('stores GoTrue-compatible hashes that verify the password and nothing else', async () => {
    const hash = await hashPassword('un mot de passe assez long');
    expect(hash).toMatch(/^\$2a\$10\$/);
    expect(await verifyPassword('un mot de passe assez long', hash)).toBe(true);
    expect(await verifyPassword('un autre mot de passe', hash)).toBe(false);
  });

  it('refuses an unknown address after comparing with a hash of the same cost as a real one', async () => {
    expect(bcrypt.getRounds(UNKNOWN_USER_HASH)).toBe(COST);
    expect(await verifyPassword('unknown-user', null)).toBe(false);
  });
});
