import { z } from 'zod';
import { importLimits } from './place-import.ts';

// Messages are keys of the i18n catalogue. The file travels as text: on upload, then again, unchanged, from
// the preview's hidden field to the commit, with the SHA-256 the preview computed.

const content = z
  .string({ error: 'validation.import.file_required' })
  .min(1, 'validation.import.file_required')
  .max(importLimits.maxBytes, 'validation.import.file_too_large');
const fileName = z.string().trim().max(200).default('');

export const importPreviewInput = z.object({ fileName, content });
export type ImportPreviewInput = z.infer<typeof importPreviewInput>;

export const importCommitInput = z.object({
  fileName,
  content,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'validation.import.hash'),
  /** Without it, a file with a rejected line writes nothing. */
  skipRejected: z.boolean().default(false),
});
export type ImportCommitInput = z.infer<typeof importCommitInput>;
