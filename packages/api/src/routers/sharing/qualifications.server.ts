// Who may look after a tool's qualifications: its place's managers and network admins.

import type { Tx } from '@rf/db/rls';
import { findTool } from '@rf/db/sharing/tools.repository';
import { DomainError } from '@rf/domain/errors';
import { isManagerOf, type Viewer } from '@rf/domain/identity/roles';
import type { ToolDetails } from './sharing.dto.ts';

/** The tool, when the viewer manages it; not found otherwise (its existence is not disclosed). */
export async function managedTool(tx: Tx, viewer: Viewer, toolId: string): Promise<ToolDetails> {
  const found = await findTool(tx, toolId);
  if (!found || !(viewer.networkRole === 'network_admin' || isManagerOf(viewer, found.placeId)))
    throw new DomainError('not_found');
  return found;
}
