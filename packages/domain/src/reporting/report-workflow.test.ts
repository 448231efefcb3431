import { describe, expect, it } from 'vitest';
import { availableReportActions, decideReportAction, isAllowedTransition } from './report-workflow.ts';

describe('report workflow (mirror of the trigger)', () => {
  it('accepts exactly the transitions of the trigger', () => {
    expect(isAllowedTransition('draft', 'submitted')).toBe(true);
    expect(isAllowedTransition('sent_back', 'submitted')).toBe(true);
    expect(isAllowedTransition('submitted', 'validated')).toBe(true);
    expect(isAllowedTransition('submitted', 'sent_back')).toBe(true);
    expect(isAllowedTransition('sent_back', 'draft')).toBe(true);
    expect(isAllowedTransition('draft', 'validated')).toBe(false);
    expect(isAllowedTransition('validated', 'sent_back')).toBe(false);
    expect(isAllowedTransition('submitted', 'draft')).toBe(false);
  });

  it('lets managers edit and submit, admins review, nobody but an admin reopening touch a validated report', () => {
    expect(availableReportActions('draft', 'manager')).toEqual(['save', 'submit']);
    expect(availableReportActions('sent_back', 'manager')).toEqual(['save', 'submit']);
    expect(availableReportActions('submitted', 'manager')).toEqual([]);
    expect(availableReportActions('submitted', 'network_admin')).toEqual(['validate', 'send_back']);
    expect(availableReportActions('draft', 'network_admin')).toEqual([]);
    expect(availableReportActions('validated', 'network_admin')).toEqual(['reopen']);
    expect(availableReportActions('validated', 'manager')).toEqual([]);
    expect(decideReportAction('validated', 'reopen', 'network_admin')).toEqual({ ok: true, to: 'sent_back' });
    expect(decideReportAction('validated', 'reopen', 'manager')).toEqual({
      ok: false,
      error: 'report_locked',
    });
    expect(decideReportAction('submitted', 'reopen', 'network_admin')).toEqual({
      ok: false,
      error: 'invalid_report_transition',
    });
    expect(decideReportAction('validated', 'save', 'manager')).toEqual({ ok: false, error: 'report_locked' });
    expect(decideReportAction('submitted', 'save', 'manager')).toEqual({
      ok: false,
      error: 'invalid_report_transition',
    });
    expect(decideReportAction('draft', 'validate', 'network_admin')).toEqual({
      ok: false,
      error: 'invalid_report_transition',
    });
    expect(decideReportAction('submitted', 'validate', 'manager')).toEqual({ ok: false, error: 'forbidden' });
  });
});
