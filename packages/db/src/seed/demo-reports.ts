// Demo periodic reports of Konk Ar Lab: the previous quarter validated (submitted by its manager, then
// validated by the network admin, so the audit trail reads as in real life) and a draft for the current
// quarter. Runs after the demo transaction has committed, as each person (RLS and the workflow trigger
// apply as they would in the app); records come from the demo (and demo-reporting) plus two per quarter
// written here so both periods have figures whatever the date. Idempotent: skips what exists.
import { periodStartOf, previousPeriod } from '@rf/domain/reporting/report-period';
import { addDays } from '@rf/domain/time/local-time';
import { parisDay } from '@rf/domain/time/paris';
import type { Db } from '../client.ts';
import { openReport, reviewReport, saveReport, submitReport } from '../reporting/reports.repository.ts';
import { type SessionClaims, type Tx, withSession } from '../rls.ts';
import { withServiceRole } from '../service.server.ts';

interface DemoReportsInput {
  placeSlug: string;
  manager: string;
  admin: string;
  demoId: (key: string) => string;
}

const claimsOf = (sub: string): SessionClaims => ({
  sub,
  role: 'authenticated',
  email: '',
  aud: 'authenticated',
  exp: Math.floor(Date.now() / 1000) + 600,
});

async function ensureRecords(
  tx: Tx,
  placeId: string,
  start: string,
  today: string,
  key: string,
  demoId: (k: string) => string,
) {
  const day = (offset: number) => {
    const d = addDays(start, offset);
    return d > today ? today : d;
  };
  await tx
    .insertInto('activity_records')
    .values([
      {
        id: demoId(`report-record:${key}:individuel`),
        place_id: placeId,
        type: 'individuel',
        date: day(6),
        duration_minutes: 60,
        themes: ['intelligence_artificielle', 'securite_numerique'],
        autonomie: 'partiellement_autonome',
        oriente_vers_structure: false,
        counts_by_genre: JSON.stringify({ masculin: 1 }),
        counts_by_tranche_age: JSON.stringify({ vingt_cinq_trente_neuf: 1 }),
        counts_by_statut_social: JSON.stringify({ en_emploi: 1 }),
      },
      {
        id: demoId(`report-record:${key}:collectif`),
        place_id: placeId,
        type: 'collectif',
        date: day(9),
        duration_minutes: 150,
        themes: ['intelligence_artificielle'],
        titre_atelier: 'Découvrir l’intelligence artificielle',
        niveau: 'debutant',
        participants_total: 8,
        deja_accompagne: 3,
        counts_by_genre: JSON.stringify({ feminin: 5, masculin: 3 }),
        counts_by_tranche_age: JSON.stringify({ quarante_cinquante_neuf: 4, soixante_soixante_neuf: 4 }),
        counts_by_statut_social: JSON.stringify({ en_emploi: 4, retraite: 4 }),
      },
    ])
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function loadDemoReports(
  db: Db,
  { placeSlug, manager, admin, demoId }: DemoReportsInput,
): Promise<void> {
  const today = parisDay();
  const current = { period: 'quarter' as const, start: periodStartOf('quarter', today) };
  const previous = previousPeriod(current);
  const existing = await withServiceRole(db, 'demo reports', async (tx) => {
    const place = await tx
      .selectFrom('places')
      .select('id')
      .where('slug', '=', placeSlug)
      .executeTakeFirstOrThrow();
    await ensureRecords(tx, place.id, previous.start, today, previous.start, demoId);
    await ensureRecords(tx, place.id, current.start, today, current.start, demoId);
    const reports = await tx
      .selectFrom('reports')
      .select(['period_start'])
      .where('place_id', '=', place.id)
      .where('period', '=', 'quarter')
      .where('period_start', 'in', [previous.start, current.start])
      .execute();
    return { placeId: place.id, starts: new Set(reports.map((r) => String(r.period_start).slice(0, 10))) };
  });
  const { placeId } = existing;

  if (!existing.starts.has(previous.start)) {
    const id = await withSession(db, claimsOf(manager), async (tx) => {
      const reportId = await openReport(tx, { placeId, period: 'quarter', periodStart: previous.start });
      const narrative =
        'Un trimestre porté par les ateliers « Découvrir l’intelligence artificielle » et les permanences du mardi. ' +
        'Deux bénévoles formés rejoignent l’équipe de médiation.';
      await saveReport(tx, reportId, { narrative, corrections: {} });
      await submitReport(tx, reportId, { narrative, corrections: {} });
      return reportId;
    });
    await withSession(db, claimsOf(admin), (tx) =>
      reviewReport(tx, id, 'validated', 'Merci pour ce bilan clair et complet.'),
    );
  }
  if (!existing.starts.has(current.start)) {
    await withSession(db, claimsOf(manager), (tx) =>
      openReport(tx, { placeId, period: 'quarter', periodStart: current.start }),
    );
  }
}
