import { searchAuditEvents } from '@rf/db/programme/audit-log.repository';
import { AUDIT_PAGE_SIZE, auditLogInput } from '@rf/domain/programme/audit-log.schema';
import { networkAdminProcedure } from '../../trpc.ts';

/** The audit log (written by the database's triggers), filtered and paged, newest first. */
export const auditLog = networkAdminProcedure.input(auditLogInput).query(async ({ ctx, input }) => {
  const { total, items } = await searchAuditEvents(ctx.tx, input, {
    limit: AUDIT_PAGE_SIZE,
    offset: (input.page - 1) * AUDIT_PAGE_SIZE,
  });
  return { total, page: input.page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), items };
});
