import { router } from '../../trpc.ts';
import { addResource } from './add-resource.ts';
import { borrowedLoans } from './borrowed-loans.ts';
import { catalogue } from './catalogue.ts';
import { createTool } from './create-tool.ts';
import { deleteResource } from './delete-resource.ts';
import { editResource } from './edit-resource.ts';
import { inventory } from './inventory.ts';
import { inventoryTool } from './inventory-tool.ts';
import { loan } from './loan.ts';
import { loanStep } from './loan-step.ts';
import { loans } from './loans.ts';
import { placeResources } from './place-resources.ts';
import { recordQualification } from './record-qualification.ts';
import { removeToolPhoto } from './remove-tool-photo.ts';
import { requestLoan } from './request-loan.ts';
import { reserve } from './reserve.ts';
import { resources } from './resources.ts';
import { revokeQualification } from './revoke-qualification.ts';
import { setToolPhoto } from './set-tool-photo.ts';
import { tool } from './tool.ts';
import { toolLoans } from './tool-loans.ts';
import { toolQualifications } from './tool-qualifications.ts';
import { updateResource } from './update-resource.ts';
import { updateTool } from './update-tool.ts';

export const sharingRouter = router({
  catalogue,
  tool,
  inventory,
  inventoryTool,
  createTool,
  updateTool,
  reserve,
  requestLoan,
  loans,
  loan,
  loanStep,
  resources,
  toolLoans,
  addResource,
  toolQualifications,
  recordQualification,
  revokeQualification,
  setToolPhoto,
  removeToolPhoto,
  placeResources,
  editResource,
  updateResource,
  deleteResource,
  borrowedLoans,
});
