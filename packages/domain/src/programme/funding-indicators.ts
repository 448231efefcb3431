// Funding next to what the fabrique reported (SPEC §4.5 "the link between funding and reported
// indicators"): per calendar year, the money paid to it and its activity records — people accompanied
// (participants), records, hours — and the cost per person accompanied. Counts, never people.

export interface PaidDisbursement {
  paidOn: string;
  amountCents: number;
}

export interface YearActivity {
  year: number;
  records: number;
  participants: number;
  minutes: number;
}

export interface YearFundingIndicators extends YearActivity {
  paidCents: number;
  /** Euro cents paid per person accompanied that year; null when nobody was recorded. */
  costPerParticipantCents: number | null;
}

/** € paid ÷ people accompanied, in whole cents; null without anybody to divide by. */
export function costPerParticipant(paidCents: number, participants: number): number | null {
  if (!(participants > 0)) return null;
  return Math.round(paidCents / participants);
}

/**
 * One line per year that had a payment or an activity record, oldest first. A payment counts in the year it
 * was paid (not planned): the cost per person compares money received with people accompanied that year.
 */
export function fundingIndicatorsByYear(
  paid: readonly PaidDisbursement[],
  activity: readonly YearActivity[],
): YearFundingIndicators[] {
  const years = new Map<number, YearFundingIndicators>();
  const line = (year: number) => {
    let entry = years.get(year);
    if (!entry) {
      entry = { year, records: 0, participants: 0, minutes: 0, paidCents: 0, costPerParticipantCents: null };
      years.set(year, entry);
    }
    return entry;
  };
  for (const d of paid) line(Number(d.paidOn.slice(0, 4))).paidCents += d.amountCents;
  for (const a of activity) {
    const entry = line(a.year);
    entry.records += a.records;
    entry.participants += a.participants;
    entry.minutes += a.minutes;
  }
  return [...years.values()]
    .sort((a, b) => a.year - b.year)
    .map((entry) => ({
      ...entry,
      costPerParticipantCents: costPerParticipant(entry.paidCents, entry.participants),
    }));
}

/** Minutes as hours with one decimal at most, for tables and exports (90 → 1.5). */
export const minutesToHours = (minutes: number) => Math.round(minutes / 6) / 10;
