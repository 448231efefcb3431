// The job worker: sends the booking e-mails, reminders and minimum-attendance warnings queued in
// `private.jobs` and runs the recurring jobs (@rf/jobs SCHEDULES: the nightly retention purge, the hourly
// rate-limit purge, the weekly freshness reminder), with the
// same environment as the apps, validated by the same schema (DATABASE_URL,
// SMTP_URL or MAIL_TRANSPORT, SITE_URL, ADMIN_URL, AUTH_JWT_SECRET…). Run one or more next to the apps;
// SIGTERM lets running jobs finish, then exits.
import { createServices, InvalidEnvError, parseServerEnv, startJobWorker } from '@rf/api';
import { SCHEDULES } from '@rf/jobs';

function main() {
  const services = createServices(parseServerEnv(process.env), 'worker');
  const worker = startJobWorker(services, { schedules: SCHEDULES });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await services.db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

try {
  main();
} catch (error) {
  console.error(error instanceof InvalidEnvError ? error.message : error);
  process.exit(1);
}
