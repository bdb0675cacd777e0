-- 0012_audit_changes.sql: the audit log records every change of every kind
-- of record, not only the participants': which record (its kind and id,
-- such as "decision 12") and its values before and after the change, each
-- a JSON object ("" where there was none: before an addition, after a
-- removal). The log stays append-only (the triggers of 0006).

ALTER TABLE audit_log ADD COLUMN record TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN old_values TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN new_values TEXT NOT NULL DEFAULT '';
