import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

// Funding agreements and their disbursements (RLS: network admins write; network admins, observers and the
// carrier's managers read; members and residents see nothing). Amounts are euro cents.

export interface DisbursementRow {
  id: string;
  plannedOn: string;
  amountCents: number;
  status: 'planned' | 'paid';
  paidOn: string | null;
}

export interface AgreementRow {
  id: string;
  reference: string | null;
  waveName: string | null;
  startsOn: string;
  durationYears: number;
  yearlyAmountsCents: number[];
  numeriqueBonusCents: number;
  coFunders: { name: string; amountCents: number }[];
  status: 'draft' | 'signed' | 'closed';
  signedOn: string | null;
  waveId: string | null;
  notes: string | null;
  closedOn: string | null;
  closingReason: string | null;
  disbursements: DisbursementRow[];
}

export interface FabriqueFunding {
  placeId: string;
  placeName: string;
  isFabriqueNumerique: boolean;
  /** Activity reports the fabrique sent (submitted or validated), and the start of the latest one. */
  reportsSent: number;
  lastReportPeriodStart: string | null;
  agreements: AgreementRow[];
}

/** Every current fabrique (or the one asked for) with its agreements and their disbursements, by name. */
export async function listFabriqueFunding(tx: Tx, placeId?: string): Promise<FabriqueFunding[]> {
  let query = tx
    .selectFrom('places as p')
    .select([
      'p.id',
      'p.name',
      sql<boolean>`private.is_fabrique_numerique(p.id)`.as('numerique'),
      (eb) =>
        eb
          .selectFrom('reports as r')
          .whereRef('r.place_id', '=', 'p.id')
          .where('r.status', 'in', ['submitted', 'validated'])
          .select((e) => e.fn.countAll<string>().as('n'))
          .as('reportsSent'),
      (eb) =>
        eb
          .selectFrom('reports as r')
          .whereRef('r.place_id', '=', 'p.id')
          .where('r.status', 'in', ['submitted', 'validated'])
          .select((e) => e.fn.max('r.period_start').as('m'))
          .as('lastReport'),
    ])
    .where(sql<boolean>`private.is_fabrique(p.id)`)
    .where('p.merged_into_id', 'is', null)
    .orderBy('p.name');
  if (placeId) query = query.where('p.id', '=', placeId);
  const places = await query.execute();
  const agreements = await listAgreements(
    tx,
    places.map((p) => p.id),
  );
  return places.map((p) => ({
    placeId: p.id,
    placeName: p.name,
    isFabriqueNumerique: p.numerique,
    reportsSent: Number(p.reportsSent ?? 0),
    lastReportPeriodStart: (p.lastReport as string | null) ?? null,
    agreements: agreements.filter((a) => a.placeId === p.id),
  }));
}

async function listAgreements(tx: Tx, placeIds: string[]): Promise<(AgreementRow & { placeId: string })[]> {
  if (placeIds.length === 0) return [];
  const rows = await tx
    .selectFrom('funding_agreements as a')
    .leftJoin('waves as w', 'w.id', 'a.wave_id')
    .where('a.place_id', 'in', placeIds)
    .select([
      'a.id',
      'a.place_id',
      'a.reference',
      'w.name as wave_name',
      'a.starts_on',
      'a.duration_years',
      'a.yearly_amounts_cents',
      'a.numerique_bonus_cents',
      'a.co_funders',
      'a.status',
      'a.signed_on',
      'a.wave_id',
      'a.notes',
      'a.closed_on',
      'a.closing_reason',
    ])
    .orderBy('a.starts_on')
    .execute();
  const disbursements =
    rows.length === 0
      ? []
      : await tx
          .selectFrom('disbursements')
          .where(
            'agreement_id',
            'in',
            rows.map((r) => r.id),
          )
          .select(['id', 'agreement_id', 'planned_on', 'amount_cents', 'status', 'paid_on'])
          .orderBy('planned_on')
          .orderBy('created_at')
          .execute();
  return rows.map((r) => ({
    id: r.id,
    placeId: r.place_id,
    reference: r.reference,
    waveName: r.wave_name,
    startsOn: r.starts_on,
    durationYears: r.duration_years,
    yearlyAmountsCents: r.yearly_amounts_cents,
    numeriqueBonusCents: r.numerique_bonus_cents,
    coFunders: r.co_funders as AgreementRow['coFunders'],
    status: r.status,
    signedOn: r.signed_on,
    waveId: r.wave_id,
    notes: r.notes,
    closedOn: r.closed_on,
    closingReason: r.closing_reason,
    disbursements: disbursements
      .filter((d) => d.agreement_id === r.id)
      .map((d) => ({
        id: d.id,
        plannedOn: d.planned_on,
        amountCents: d.amount_cents,
        status: d.status,
        paidOn: d.paid_on,
      })),
  }));
}

/** Whether the place may be funded at all, and may receive the Fabrique numérique bonus. */
export async function fundingEligibility(
  tx: Tx,
  placeId: string,
): Promise<{ isFabrique: boolean; isFabriqueNumerique: boolean }> {
  const { rows } = await sql<{ fabrique: boolean; numerique: boolean }>`
    select private.is_fabrique(${placeId}::uuid) as fabrique,
           private.is_fabrique_numerique(${placeId}::uuid) as numerique
  `.execute(tx);
  return { isFabrique: rows[0]?.fabrique === true, isFabriqueNumerique: rows[0]?.numerique === true };
}

export interface NewAgreement {
  placeId: string;
  waveId: string | null;
  reference: string | null;
  startsOn: string;
  durationYears: number;
  yearlyAmountsCents: number[];
  numeriqueBonusCents: number;
  coFunders: { name: string; amountCents: number }[];
  status: 'draft' | 'signed' | 'closed';
  signedOn: string | null;
  notes: string | null;
}

export async function insertAgreement(tx: Tx, a: NewAgreement): Promise<string> {
  const row = await tx
    .insertInto('funding_agreements')
    .values({
      place_id: a.placeId,
      wave_id: a.waveId,
      reference: a.reference,
      starts_on: a.startsOn,
      duration_years: a.durationYears,
      yearly_amounts_cents: a.yearlyAmountsCents,
      numerique_bonus_cents: a.numeriqueBonusCents,
      co_funders: JSON.stringify(a.coFunders),
      status: a.status,
      signed_on: a.signedOn,
      notes: a.notes,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The agreement's ceiling (years plus bonus) and what its disbursements already take; null if unseen. */
export async function agreementBalance(
  tx: Tx,
  agreementId: string,
): Promise<{ ceilingCents: number; disbursedCents: number } | null> {
  const { rows } = await sql<{ ceiling: string; disbursed: string }>`
    select private.int_array_sum(a.yearly_amounts_cents) + a.numerique_bonus_cents as ceiling,
           coalesce((select sum(d.amount_cents) from public.disbursements d where d.agreement_id = a.id), 0)
             as disbursed
    from public.funding_agreements a where a.id = ${agreementId}::uuid
  `.execute(tx);
  const row = rows[0];
  return row ? { ceilingCents: Number(row.ceiling), disbursedCents: Number(row.disbursed) } : null;
}

export async function insertDisbursement(
  tx: Tx,
  d: {
    agreementId: string;
    plannedOn: string;
    amountCents: number;
    status: 'planned' | 'paid';
    paidOn: string | null;
  },
): Promise<string> {
  const row = await tx
    .insertInto('disbursements')
    .values({
      agreement_id: d.agreementId,
      planned_on: d.plannedOn,
      amount_cents: d.amountCents,
      status: d.status,
      paid_on: d.paidOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Marks a planned disbursement paid on a date; false when there is no such disbursement to see. */
export async function markDisbursementPaid(tx: Tx, disbursementId: string, paidOn: string): Promise<boolean> {
  const result = await tx
    .updateTable('disbursements')
    .set({ status: 'paid', paid_on: paidOn })
    .where('id', '=', disbursementId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The AMI waves, newest first, for the agreement form. */
export async function listWaveOptions(tx: Tx): Promise<{ id: string; name: string }[]> {
  return tx.selectFrom('waves').select(['id', 'name']).orderBy('opens_on', 'desc').execute();
}

export interface AgreementState {
  placeId: string;
  status: 'draft' | 'signed' | 'closed';
  startsOn: string;
  durationYears: number;
  yearlyAmountsCents: number[];
  numeriqueBonusCents: number;
  signedOn: string | null;
  /** Disbursements planned or paid, in cents, and whether any was paid. */
  disbursedCents: number;
  anyPaid: boolean;
}

/** What a change to an agreement is checked against; undefined when the viewer cannot see it. */
export async function findAgreementState(tx: Tx, agreementId: string): Promise<AgreementState | undefined> {
  const row = await tx
    .selectFrom('funding_agreements as a')
    .where('a.id', '=', agreementId)
    .select([
      'a.place_id',
      'a.status',
      'a.starts_on',
      'a.duration_years',
      'a.yearly_amounts_cents',
      'a.numerique_bonus_cents',
      'a.signed_on',
      sql<string>`coalesce((select sum(d.amount_cents) from public.disbursements d
        where d.agreement_id = a.id), 0)`.as('disbursed'),
      sql<boolean>`exists (select 1 from public.disbursements d
        where d.agreement_id = a.id and d.status = 'paid')`.as('any_paid'),
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    placeId: row.place_id,
    status: row.status,
    startsOn: row.starts_on,
    durationYears: row.duration_years,
    yearlyAmountsCents: row.yearly_amounts_cents,
    numeriqueBonusCents: row.numerique_bonus_cents,
    signedOn: row.signed_on,
    disbursedCents: Number(row.disbursed),
    anyPaid: row.any_paid,
  };
}

/** Saves an agreement's new terms (RLS: network admins; the database checks the rules and audits). */
export async function updateAgreement(
  tx: Tx,
  agreementId: string,
  a: Omit<NewAgreement, 'placeId'>,
): Promise<boolean> {
  const result = await tx
    .updateTable('funding_agreements')
    .set({
      wave_id: a.waveId,
      reference: a.reference,
      starts_on: a.startsOn,
      duration_years: a.durationYears,
      yearly_amounts_cents: a.yearlyAmountsCents,
      numerique_bonus_cents: a.numeriqueBonusCents,
      co_funders: JSON.stringify(a.coFunders),
      status: a.status,
      signed_on: a.signedOn,
      notes: a.notes,
    })
    .where('id', '=', agreementId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Closes (terminates) an agreement on a date with a reason; its planned disbursements, which will never be
 * paid now, are deleted first (each deletion is audited). Paid ones stay.
 */
export async function closeAgreement(
  tx: Tx,
  { agreementId, closedOn, reason }: { agreementId: string; closedOn: string; reason: string },
): Promise<boolean> {
  await tx
    .deleteFrom('disbursements')
    .where('agreement_id', '=', agreementId)
    .where('status', '=', 'planned')
    .execute();
  const result = await tx
    .updateTable('funding_agreements')
    .set({ status: 'closed', closed_on: closedOn, closing_reason: reason })
    .where('id', '=', agreementId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes a disbursement that is still planned: 'deleted', 'paid' (kept), or 'missing'. */
export async function deletePlannedDisbursement(
  tx: Tx,
  disbursementId: string,
): Promise<'deleted' | 'paid' | 'missing'> {
  const result = await tx
    .deleteFrom('disbursements')
    .where('id', '=', disbursementId)
    .where('status', '=', 'planned')
    .executeTakeFirst();
  if (result.numDeletedRows > 0n) return 'deleted';
  const paid = await tx
    .selectFrom('disbursements')
    .select('id')
    .where('id', '=', disbursementId)
    .executeTakeFirst();
  return paid ? 'paid' : 'missing';
}
