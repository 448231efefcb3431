import { describe, expect, it } from 'vitest';
import { hideContentInput, moderationSearchInput } from './moderation.schema.ts';

const id = '6f1c2a4e-2b7d-4f7a-9a51-0f3c1f0e9d11';

describe('moderation inputs', () => {
  it('needs a reason the owner can read, trimmed, at most 500 characters', () => {
    expect(hideContentInput.parse({ kind: 'tool', id, reason: '  Lien mort  ' }).reason).toBe('Lien mort');
    for (const reason of [undefined, '', '  ', 'ok', 'x'.repeat(501)]) {
      const result = hideContentInput.safeParse({ kind: 'resource', id, reason });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['reason']);
    }
    expect(hideContentInput.safeParse({ kind: 'comment', id, reason: 'Hors charte' }).success).toBe(false);
  });

  it('reads any query string as a search, falling back to workshops and no words', () => {
    expect(moderationSearchInput.parse({ kind: 'nope', query: 42 })).toEqual({ kind: 'activity', query: '' });
    expect(moderationSearchInput.parse({ kind: 'resource', query: ' soudure ' })).toEqual({
      kind: 'resource',
      query: 'soudure',
    });
  });
});
