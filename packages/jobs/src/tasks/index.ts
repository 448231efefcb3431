import type { TaskHandler } from '../worker.ts';
import { appointmentMailTask } from './appointment-mail.ts';
import { appointmentReminderTask } from './appointment-reminder.ts';
import { appointmentSmsTask } from './appointment-sms.ts';
import { bookingMailTask } from './booking-mail.ts';
import { bookingSmsTask } from './booking-sms.ts';
import type { MailTaskDeps } from './deps.ts';
import { freshnessReminderTask } from './freshness-reminder.ts';
import { loanMailTask } from './loan-mail.ts';
import { loanOverdueTask } from './loan-overdue.ts';
import { minAttendanceCheckTask } from './min-attendance-check.ts';
import { placeGeocodeTask } from './place-geocode.ts';
import { prescriberMailTask } from './prescriber-mail.ts';
import { rateLimitPurgeTask } from './rate-limit-purge.ts';
import { retentionPurgeTask } from './retention-purge.ts';
import { sessionChangeTask } from './session-change.ts';
import { sessionReminderTask } from './session-reminder.ts';
import { webhookDeliveryTask } from './webhook-delivery.ts';

export type { MailTaskDeps } from './deps.ts';

/** Every task the worker runs, by the name the database queues it under (migrations 20261123001800, 20261123002200, 20261123002600, 20261206094743, 20261206180523). */
export function createTasks(deps: MailTaskDeps): Record<string, TaskHandler> {
  return {
    'booking-mail': bookingMailTask(deps),
    'booking-sms': bookingSmsTask(deps),
    'session-reminder': sessionReminderTask(deps),
    'session-change': sessionChangeTask(deps),
    'min-attendance-check': minAttendanceCheckTask(deps),
    'appointment-mail': appointmentMailTask(deps),
    'appointment-reminder': appointmentReminderTask(deps),
    'appointment-sms': appointmentSmsTask(deps),
    'prescriber-mail': prescriberMailTask(deps),
    'loan-mail': loanMailTask(deps),
    'loan-overdue': loanOverdueTask(deps),
    'retention-purge': retentionPurgeTask(deps),
    'rate-limit-purge': rateLimitPurgeTask(deps),
    'place-geocode': placeGeocodeTask(deps),
    'freshness-reminder': freshnessReminderTask(deps),
    'webhook-delivery': webhookDeliveryTask(deps),
  };
}
