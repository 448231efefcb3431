import { describe, expect, it } from 'vitest';
import { loanStepInput, normaliseToolSearch, reservationFormInput, toolInput } from './sharing.schema.ts';

describe('sharing inputs', () => {
  it('reads the catalogue query string without ever failing', () => {
    const search = normaliseToolSearch(
      new URLSearchParams(
        'q=imprimante&pret=1&rayon=33&lieu=pas-un-uuid&du=2026-12-03&au=2026-12-01&pres=Amiens',
      ),
    );
    expect(search).toEqual({ q: 'imprimante', pret: '1', pres: 'Amiens' });
    expect(normaliseToolSearch(new URLSearchParams('au=2026-12-05'))).toEqual({
      du: '2026-12-05',
      au: '2026-12-05',
    });
  });

  it('reads a deposit typed in euros as cents, and refuses words', () => {
    const base = { placeId: '00000000-0000-4000-8000-000000000001', name: 'Scanner', usage: 'lendable' };
    expect(toolInput.parse({ ...base, deposit: '12,50' }).deposit).toBe(1250);
    expect(toolInput.parse({ ...base, deposit: '' }).deposit).toBeNull();
    expect(toolInput.parse({ ...base, outOfService: 'on' }).outOfService).toBe(true);
    const refused = toolInput.safeParse({ ...base, deposit: 'douze' });
    expect(refused.error?.issues[0]).toMatchObject({
      path: ['deposit'],
      message: 'validation.sharing.deposit_invalid',
    });
  });

  it('needs the condition when the tool goes out or comes back', () => {
    const loanId = '00000000-0000-4000-8000-000000000002';
    expect(loanStepInput.safeParse({ loanId, action: 'approve' }).success).toBe(true);
    const refused = loanStepInput.safeParse({ loanId, action: 'record_return', condition: '  ' });
    expect(refused.error?.issues[0]).toMatchObject({
      path: ['condition'],
      message: 'validation.sharing.condition_required',
    });
  });

  it('turns the reservation form into a Paris time range', () => {
    const toolId = '00000000-0000-4000-8000-000000000003';
    expect(
      reservationFormInput.parse({ toolId, day: '2026-12-01', startTime: '09:00', endTime: '12:30' }),
    ).toEqual({
      toolId,
      from: '2026-12-01T08:00:00.000Z',
      to: '2026-12-01T11:30:00.000Z',
      purpose: null,
    });
    const refused = reservationFormInput.safeParse({
      toolId,
      day: '2026-12-01',
      startTime: '12:00',
      endTime: '09:00',
    });
    expect(refused.error?.issues[0]).toMatchObject({
      path: ['endTime'],
      message: 'validation.sharing.end_before_start',
    });
  });
});
