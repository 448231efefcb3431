import { describe, expect, it } from 'vitest';
import {
  addResourceInput,
  checkResourceFile,
  normaliseResourceSearch,
  RESOURCE_MAX_BYTES,
} from './resource.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('resource files', () => {
  it('recognises PDF, ZIP, PNG and JPEG by their first bytes, whatever the name says', () => {
    expect(checkResourceFile(new TextEncoder().encode('%PDF-1.4 …'))).toEqual({ type: 'application/pdf' });
    expect(checkResourceFile(bytes(0x50, 0x4b, 0x03, 0x04, 0))).toEqual({ type: 'application/zip' });
    expect(checkResourceFile(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toEqual({
      type: 'image/png',
    });
    expect(checkResourceFile(bytes(0xff, 0xd8, 0xff, 0xe0))).toEqual({ type: 'image/jpeg' });
    expect(checkResourceFile(new TextEncoder().encode('<html>'))).toEqual({
      error: 'validation.resource.type',
    });
    expect(checkResourceFile(new TextEncoder().encode('<svg onload=…>'))).toEqual({
      error: 'validation.resource.type',
    });
  });

  it('refuses a file over the limit before looking at it', () => {
    expect(checkResourceFile(new Uint8Array(RESOURCE_MAX_BYTES + 1))).toEqual({
      error: 'validation.resource.too_large',
    });
  });

  it('wants a link or a file, not both, and only web links', () => {
    const base = { placeId: '00000000-0000-4000-8000-000000000001', title: 'Guide' };
    expect(addResourceInput.safeParse({ ...base, url: 'https://exemple.fr/guide' }).success).toBe(true);
    expect(addResourceInput.safeParse(base).error?.issues[0]?.message).toBe(
      'validation.resource.link_or_file',
    );
    expect(
      addResourceInput.safeParse({ ...base, url: 'https://exemple.fr', file: bytes(1) }).error?.issues[0]
        ?.message,
    ).toBe('validation.resource.not_both');
    expect(
      addResourceInput.safeParse({ ...base, url: 'javascript:alert(1)' }).error?.issues[0]?.message,
    ).toBe('validation.resource.url_invalid');
  });

  it('reads the library’s query string without ever failing', () => {
    expect(normaliseResourceSearch(new URLSearchParams('q=badge&type=kit&theme=nope&lieu=x'))).toEqual({
      q: 'badge',
      type: 'kit',
    });
  });
});
