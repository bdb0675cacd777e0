/*
 * report_titles.c: the lines every report has under its title: the
 * association's name and its organisation number.
 */
#include <stdio.h>

#include "doc/reports.h"

void doc_report_titles(struct doc *d, const struct association *a)
{
	char line[300];

	if (a->name[0])
		doc_subtitle_add(d, a->name);
	if (a->orgnr[0]) {
		snprintf(line, sizeof(line), "Org.nr %s", a->orgnr);
		doc_subtitle_add(d, line);
	}
}
