// Operators' view of the queue: `pnpm --filter @rf/worker jobs failed` lists the jobs that used all their
// attempts (with their last error); `jobs retry [id…]` queues them (or all of them) again, e.g. once SMTP
// works again. Uses DATABASE_URL, like the worker.
import { createServices, parseServerEnv } from '@rf/api';
import { listJobs, retryFailedJobs } from '@rf/jobs';

async function main() {
  const [command, ...ids] = process.argv.slice(2);
  const { db } = createServices(parseServerEnv({ ...process.env, DATABASE_POOL_SIZE: '1' }), 'jobs-cli');
  try {
    if (command === 'failed') {
      const failed = await listJobs(db, { status: 'failed' });
      for (const job of failed)
        console.log(
          `${job.id}\t${job.task}\t${JSON.stringify(job.payload)}\t${job.attempts} attempts\t${job.lastError}`,
        );
      console.log(`${failed.length} failed job(s)`);
    } else if (command === 'retry') {
      const count = await retryFailedJobs(db, ids.length > 0 ? ids.map(Number) : undefined);
      console.log(`${count} job(s) queued again`);
    } else {
      console.log('usage: jobs failed | jobs retry [id…]');
      process.exitCode = 2;
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
