import { describe, expect, it } from 'vitest';
import { createStorage } from './config.ts';

describe('createStorage', () => {
  it('uses Supabase Storage when a project and a bucket are configured, local files otherwise', () => {
    expect(createStorage({ localRoot: '/tmp/rf-storage-unused' }).kind).toBe('local');
    const supabase = createStorage({
      localRoot: '/tmp/rf-storage-unused',
      supabase: { url: 'https://abcdefghijklmnop.supabase.co', serviceRoleKey: 'key', bucket: 'photos' },
    });
    expect(supabase.kind).toBe('supabase');
    expect(supabase.publicUrl('places/p/a.jpg')).toBe(
      'https://abcdefghijklmnop.supabase.co/storage/v1/object/public/photos/places/p/a.jpg',
    );
  });
});
