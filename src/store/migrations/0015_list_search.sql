-- 0015_list_search.sql: the indexes the searched lists need.
--
-- The auditor's search among a year's verifications and the page of one
-- verification read the transactions of a verification by ver_id.
-- Without an index each such lookup reads every transaction of every
-- year (millions of rows). The import adds transactions in the order of
-- their verifications, so the index grows at its end only: an import of
-- 1 000 000 verifications took about a tenth longer with it (17.5 s
-- instead of 16.0 s), where the index of 0001's comment, built in no such
-- order, cost 40 %.
--
-- The participant list filters participants by their enrolments
-- (intervention, year, ongoing or ended) and shows each one's: by
-- participant_id.

--
-- The audit log's filter offers its users and actions to choose among:
-- with an index each distinct value is one seek, not a read of millions
-- of lines. Both have few values, so a new line goes at the end of its
-- value's run.

CREATE INDEX trans_ver ON trans (ver_id);
CREATE INDEX enrolment_participant ON enrolment (participant_id);
CREATE INDEX audit_log_actor ON audit_log (actor);
CREATE INDEX audit_log_action ON audit_log (action);
