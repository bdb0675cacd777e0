-- 0016_ready.sql: an intervention's figures for a period (a year's "Helår"
-- or "Delår") marked ready by the registrar who keeps them, with who marked
-- them and when. No row, not ready. The marking and every unmarking are in
-- the audit log; the row goes with its intervention.

CREATE TABLE ready_mark (
	intervention_id INTEGER NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
	year INTEGER NOT NULL,
	period TEXT NOT NULL CHECK (period IN ('annual', 'interim')),
	marked_by TEXT NOT NULL,
	marked_at TEXT NOT NULL,       -- UTC, "YYYY-MM-DD HH:MM:SS"
	PRIMARY KEY (intervention_id, year, period)
);
