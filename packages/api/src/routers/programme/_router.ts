import { router } from '../../trpc.ts';
import { auditLog } from './audit-log.ts';
import { closeAgreement } from './close-agreement.ts';
import { createAgreement } from './create-agreement.ts';
import { createWave } from './create-wave.ts';
import { deleteDisbursement } from './delete-disbursement.ts';
import { fundingOverview } from './funding-overview.ts';
import { hiddenContent } from './hidden-content.ts';
import { hideContent } from './hide-content.ts';
import { labelHistory } from './label-history.ts';
import { listWaves } from './list-waves.ts';
import { markDisbursementPaid } from './mark-disbursement-paid.ts';
import { moderationNotices } from './moderation-notices.ts';
import { moderationSearch } from './moderation-search.ts';
import { recordDisbursement } from './record-disbursement.ts';
import { restoreContent } from './restore-content.ts';
import { setWaveStatus } from './set-wave-status.ts';
import { updateAgreement } from './update-agreement.ts';

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
  hideContent,
  moderationSearch,
  moderationNotices,
  updateAgreement,
  closeAgreement,
  deleteDisbursement,
  labelHistory,
});
