import { createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveServerKeys, keyLabels } from './keys.ts';

const secret = 'a-server-secret-of-at-least-32-characters';
const hex = (key: Uint8Array) => Buffer.from(key).toString('hex');

describe('server keys', () => {
  it('derives two 256-bit keys that differ from each other and from the secret', () => {
    const keys = deriveServerKeys(secret);
    expect(keys.sessionSigning).toHaveLength(32);
    expect(keys.privateLinks).toHaveLength(32);
    expect(hex(keys.sessionSigning)).not.toBe(hex(keys.privateLinks));
    const raw = Buffer.from(secret).toString('hex');
    expect(hex(keys.sessionSigning)).not.toContain(raw.slice(0, 16));
    expect(hex(keys.privateLinks)).not.toContain(raw.slice(0, 16));
    // What the raw secret would give (as links were made before) is not what the derived key gives.
    expect(createHmac('sha256', keys.privateLinks).update('booking:k').digest('hex')).not.toBe(
      createHmac('sha256', secret).update('booking:k').digest('hex'),
    );
  });

  it('is deterministic: the same secret gives the same keys in every process', () => {
    expect(hex(deriveServerKeys(secret).sessionSigning)).toBe(hex(deriveServerKeys(secret).sessionSigning));
    expect(hex(deriveServerKeys(secret).privateLinks)).toBe(hex(deriveServerKeys(secret).privateLinks));
  });

  it('is HKDF-SHA256 of the secret with one label per use', () => {
    const expected = (info: string) =>
      Buffer.from(hkdfSync('sha256', secret, new Uint8Array(0), info, 32)).toString('hex');
    expect(hex(deriveServerKeys(secret).sessionSigning)).toBe(expected('rf session signing v1'));
    expect(hex(deriveServerKeys(secret).privateLinks)).toBe(expected('rf private links v1'));
    expect(keyLabels.sessionSigning).not.toBe(keyLabels.privateLinks);
  });

  it('gives other keys for another secret', () => {
    const a = deriveServerKeys(secret);
    const b = deriveServerKeys(`${secret}!`);
    expect(hex(a.sessionSigning)).not.toBe(hex(b.sessionSigning));
    expect(hex(a.privateLinks)).not.toBe(hex(b.privateLinks));
  });

  it('refuses a short secret', () => {
    expect(() => deriveServerKeys('short')).toThrow(/32\+ characters/);
  });
});
