// The report workflow, mirrored from the database trigger (private.report_workflow) so a refusal can be
// explained before the write: draft | sent_back → submitted by the place's managers; submitted → validated
// | sent_back by network admins; validated is locked for everyone, except that a network admin may reopen
// it (validated → sent_back, with a reason: decision 036). The trigger stays the authority.

export const REPORT_STATUSES = ['draft', 'submitted', 'sent_back', 'validated'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type ReportActor = 'manager' | 'network_admin';
export type ReportAction = 'save' | 'submit' | 'validate' | 'send_back' | 'reopen';

const targetOf: Record<Exclude<ReportAction, 'save' | 'reopen'>, ReportStatus> = {
  submit: 'submitted',
  validate: 'validated',
  send_back: 'sent_back',
};

/** The status changes the trigger accepts (sent_back → draft too: a manager may take a report back). */
export function isAllowedTransition(from: ReportStatus, to: ReportStatus): boolean {
  return (
    ((from === 'draft' || from === 'sent_back') && to === 'submitted') ||
    (from === 'submitted' && (to === 'validated' || to === 'sent_back')) ||
    (from === 'sent_back' && to === 'draft')
  );
}

/** A manager edits the narrative and corrections while the report is a draft or was sent back. */
export function isEditable(status: ReportStatus): boolean {
  return status === 'draft' || status === 'sent_back';
}

export function isLocked(status: ReportStatus): boolean {
  return status === 'validated';
}

export type ReportDecision =
  | { ok: true; to: ReportStatus | null }
  | { ok: false; error: 'report_locked' | 'invalid_report_transition' | 'forbidden' };

/** Whether `actor` may do `action` on a report in `status`, and the status it leads to (null: unchanged). */
export function decideReportAction(
  status: ReportStatus,
  action: ReportAction,
  actor: ReportActor,
): ReportDecision {
  if (action === 'reopen') {
    // The one way out of `validated`: a network admin reopens the period, the report goes back to the
    // place (sent_back) and its records can be changed again until it is validated anew.
    if (!isLocked(status)) return { ok: false, error: 'invalid_report_transition' };
    return actor === 'network_admin' ? { ok: true, to: 'sent_back' } : { ok: false, error: 'report_locked' };
  }
  if (isLocked(status)) return { ok: false, error: 'report_locked' };
  if (action === 'save' || action === 'submit') {
    if (actor !== 'manager') return { ok: false, error: 'forbidden' };
    if (!isEditable(status)) return { ok: false, error: 'invalid_report_transition' };
    return { ok: true, to: action === 'save' ? null : 'submitted' };
  }
  if (actor !== 'network_admin') return { ok: false, error: 'forbidden' };
  const to = targetOf[action];
  return isAllowedTransition(status, to)
    ? { ok: true, to }
    : { ok: false, error: 'invalid_report_transition' };
}

/** What the page offers to each side in a status. */
export function availableReportActions(status: ReportStatus, actor: ReportActor): ReportAction[] {
  const all: ReportAction[] = ['save', 'submit', 'validate', 'send_back', 'reopen'];
  return all.filter((action) => decideReportAction(status, action, actor).ok);
}
