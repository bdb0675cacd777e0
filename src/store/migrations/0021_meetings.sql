-- 0021_meetings.sql: the meetings of the förbund's bodies (sammanträden)
-- and the decisions taken at them. body: 'board' (styrelsen),
-- 'development' (beredningsgruppen / utvecklingsgruppen), 'consultation'
-- (medlemssamrådet) or 'other'; protocol is the protocol's reference (''
-- when none is given).
CREATE TABLE meeting (
	id INTEGER PRIMARY KEY,
	date TEXT NOT NULL,
	body TEXT NOT NULL CHECK (body IN ('board', 'development', 'consultation', 'other')),
	protocol TEXT NOT NULL DEFAULT '',
	created_at TEXT NOT NULL
);
CREATE INDEX meeting_date ON meeting (date);

-- Who of the year's board attended, by name and as what, as the protocol
-- records it: a snapshot, not a link to board_member, so that correcting
-- or removing a board member later neither rewrites nor blocks a protocol
-- kept (the name is the board member's key within the year). The list
-- goes with its meeting.
CREATE TABLE meeting_attendee (
	meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
	name TEXT NOT NULL,
	attended_as TEXT NOT NULL CHECK (attended_as IN ('ordinary', 'deputy')),
	PRIMARY KEY (meeting_id, name)
);

-- A decision taken at a meeting, with its kind. The funding decisions of
-- the interventions (table decision) are not repeated here: a meeting
-- shows those dated its day.
CREATE TABLE meeting_decision (
	id INTEGER PRIMARY KEY,
	meeting_id INTEGER NOT NULL REFERENCES meeting (id),
	kind TEXT NOT NULL CHECK (kind IN ('funding', 'budget', 'plan', 'interim', 'annual', 'governing',
					   'other')),
	text TEXT NOT NULL CHECK (text <> '')
);
CREATE INDEX meeting_decision_meeting ON meeting_decision (meeting_id);
