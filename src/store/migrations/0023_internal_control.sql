-- 0023_internal_control.sql: the internal control plan (internkontroll).
-- A year's risk and materiality analysis (risk: area, the risk, its
-- probability and consequence 1-4 and who owns it), the control actions
-- that answer each risk (what is done, how often, by whom and to whom and
-- when it is reported), the plan of the year adopted at a meeting, and
-- the follow-up of each action per period at a meeting.
CREATE TABLE risk (
	id INTEGER PRIMARY KEY,
	year INTEGER NOT NULL,
	area TEXT NOT NULL CHECK (area <> ''),
	text TEXT NOT NULL CHECK (text <> ''),
	probability INTEGER NOT NULL CHECK (probability BETWEEN 1 AND 4),
	consequence INTEGER NOT NULL CHECK (consequence BETWEEN 1 AND 4),
	owner TEXT NOT NULL DEFAULT ''
);
CREATE INDEX risk_year ON risk (year);

-- frequency: 'monthly', 'quarterly', 'tertial', 'halfyear' or 'yearly'.
CREATE TABLE control_action (
	id INTEGER PRIMARY KEY,
	risk_id INTEGER NOT NULL REFERENCES risk (id),
	what TEXT NOT NULL CHECK (what <> ''),
	frequency TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'tertial', 'halfyear', 'yearly')),
	owner TEXT NOT NULL CHECK (owner <> ''),
	report_to TEXT NOT NULL DEFAULT ''
);
CREATE INDEX control_action_risk ON control_action (risk_id);

-- The plan of a year: adopted at a meeting (NULL: not yet adopted).
CREATE TABLE control_plan (
	year INTEGER PRIMARY KEY,
	meeting_id INTEGER REFERENCES meeting (id)
);

-- A follow-up of an action for one of its periods (1 to the number of
-- periods its frequency gives the risk's year) at a meeting. result:
-- 'done' (genomförd), 'deviation' (avvikelse) or 'not_done' (ej
-- genomförd).
CREATE TABLE control_followup (
	id INTEGER PRIMARY KEY,
	action_id INTEGER NOT NULL REFERENCES control_action (id),
	period INTEGER NOT NULL CHECK (period BETWEEN 1 AND 12),
	meeting_id INTEGER NOT NULL REFERENCES meeting (id),
	result TEXT NOT NULL CHECK (result IN ('done', 'deviation', 'not_done')),
	comment TEXT NOT NULL DEFAULT '',
	measure TEXT NOT NULL DEFAULT ''
);
CREATE INDEX control_followup_action ON control_followup (action_id, period);
