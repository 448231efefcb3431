import { router } from '../../trpc.ts';
import { addResource } from './add-resource.ts';
import { catalogue } from './catalogue.ts';
import { createTool } from './create-tool.ts';
import { inventory } from './inventory.ts';
import { inventoryTool } from './inventory-tool.ts';
import { loan } from './loan.ts';
import { loanStep } from './loan-step.ts';
import { loans } from './loans.ts';
import { requestLoan } from './request-loan.ts';
import { reserve } from './reserve.ts';
import { resources } from './resources.ts';
import { tool } from './tool.ts';
import { toolLoans } from './tool-loans.ts';
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
});
