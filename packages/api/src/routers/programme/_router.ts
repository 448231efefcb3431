import { router } from '../../trpc.ts';
import { auditLog } from './audit-log.ts';
import { createAgreement } from './create-agreement.ts';
import { createWave } from './create-wave.ts';
import { fundingOverview } from './funding-overview.ts';
import { hiddenContent } from './hidden-content.ts';
import { listWaves } from './list-waves.ts';
import { markDisbursementPaid } from './mark-disbursement-paid.ts';
import { recordDisbursement } from './record-disbursement.ts';
import { restoreContent } from './restore-content.ts';
import { setWaveStatus } from './set-wave-status.ts';

/**
 * The network team's programme administration: AMI waves, funding agreements, disbursements, moderation,
 * the audit log.
 */
export const programmeRouter = router({
  fundingOverview,
  createAgreement,
  recordDisbursement,
  markDisbursementPaid,
  auditLog,
  listWaves,
  createWave,
  setWaveStatus,
  hiddenContent,
  restoreContent,
});
