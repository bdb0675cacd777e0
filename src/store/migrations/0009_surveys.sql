-- 0009_surveys.sql: the results of the NNS indicator surveys, as the survey
-- tool gives them: per year, respondent group and question, the counts of
-- answers on the six steps of the scale, per sex and, when the survey
-- belonged to one, per intervention. A question is known by its code
-- within a year and group; its text is the one last imported.

CREATE TABLE survey_question (
	id INTEGER PRIMARY KEY,
	year INTEGER NOT NULL,
	grp TEXT NOT NULL CHECK (grp IN ('participants_start', 'participants_during', 'participants_exit',
					 'staff', 'managers', 'board')),
	code TEXT NOT NULL,
	text TEXT NOT NULL,
	UNIQUE (year, grp, code)
);

CREATE TABLE survey_answer (
	id INTEGER PRIMARY KEY,
	question_id INTEGER NOT NULL REFERENCES survey_question (id),
	intervention_id INTEGER REFERENCES intervention (id),
	sex TEXT NOT NULL CHECK (sex IN ('kvinna', 'man', 'okänt')),
	n1 INTEGER NOT NULL CHECK (n1 >= 0),
	n2 INTEGER NOT NULL CHECK (n2 >= 0),
	n3 INTEGER NOT NULL CHECK (n3 >= 0),
	n4 INTEGER NOT NULL CHECK (n4 >= 0),
	n5 INTEGER NOT NULL CHECK (n5 >= 0),
	n6 INTEGER NOT NULL CHECK (n6 >= 0)
);

-- One line per question, sex and intervention (none counting as 0, since
-- a UNIQUE constraint lets NULLs repeat).
CREATE UNIQUE INDEX survey_answer_key ON survey_answer (question_id, coalesce(intervention_id, 0), sex);
