-- 0018_tertial_themes.sql: the year cycle's theme per tertial (januari–april,
-- maj–augusti, september–december), entered per year, shown as the
-- tertial's heading in the year cycle. A tertial without a row has none.
CREATE TABLE tertial_theme (
	year INTEGER NOT NULL,
	tertial INTEGER NOT NULL CHECK (tertial BETWEEN 1 AND 3),
	theme TEXT NOT NULL CHECK (theme <> ''),
	PRIMARY KEY (year, tertial)
);
