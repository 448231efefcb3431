/**
 * The deposit as typed in euros ("12,50"): the procedure's zod schema turns it into cents itself, so the page
 * sends what was typed rather than the already-parsed value (which would be counted a hundred times).
 */
export function typedDeposit(formData: FormData): string | null {
  const raw = formData.get('deposit');
  return typeof raw === 'string' ? raw : null;
}
