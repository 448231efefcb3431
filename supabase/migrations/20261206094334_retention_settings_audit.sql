-- Network admins change the retention periods from the console (privacy.retentionUpdate, decision 034).
-- The procedure writes as the service role (the table stays closed to clients), so the database cannot
-- tell who asked: `updated_by` says it, set by the procedure to the admin's id, and every change is
-- audited (old and new periods, who) like the other settings of the network. The same admin saving the same
-- values again records nothing: private.audit() skips an update where only `updated_at` moved.
-- No foreign key: like audit_events.actor, the id stays when its account is deleted.

alter table private.retention_settings add column updated_by uuid;

create trigger retention_settings_audit after insert or update or delete on private.retention_settings
  for each row execute function private.audit();
