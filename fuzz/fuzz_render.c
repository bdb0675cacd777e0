/*
 * fuzz_render.c: libFuzzer target for the renderers: a document whose
 * every text (title, subtitle, section, paragraph, the cells of a table)
 * is a field of the input, rendered in one format the first byte chooses
 * (HTML, PDF, XLSX and the others), and the same texts as calendar events.
 * Markup, control bytes and bad UTF-8 must come out escaped or refused,
 * never as a crash.
 */
#include <stdio.h>

#include "base/date.h"
#include "base/err.h"
#include "doc/doc.h"
#include "fuzz_util.h"
#include "render/ics.h"
#include "render/render.h"

struct fuzz_rec {
	const char *name;
	const char *note;
	int64_t amount;
	struct date date;
};

static const struct doc_col fuzz_cols[] = {
	DOC_TEXT("name", "Namn", struct fuzz_rec, name),
	DOC_TEXT("note", "Anteckning", struct fuzz_rec, note),
	DOC_MONEY("amount", "Belopp", struct fuzz_rec, amount),
	{ .key = "date", .title = "Datum", .kind = DOC_KIND_DATE, DOC_AT(struct fuzz_rec, date) },
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *null;
	static const enum render_format formats[] = { RENDER_HTML, RENDER_PDF, RENDER_XLSX, RENDER_TEXT,
						      RENDER_MD,   RENDER_CSV, RENDER_JSON };
	struct err err;
	struct doc *d;
	struct doc_block *sec;
	struct doc_table *t;
	struct fuzz_rec recs[3];
	struct ics_event ev[2];
	char *buf, *s[8];
	size_t n, i;
	enum render_format f;

	if (size < 1)
		return 0;
	if (!null) {
		null = fopen("/dev/null", "w");
		/* The fonts' caches, freed so that the leak check sees only leaks. */
		atexit(render_release);
	}
	f = formats[data[0] % (sizeof(formats) / sizeof(formats[0]))];
	n = fuzz_split(data + 1, size - 1, '\x01', s, 8, &buf);
	for (i = n; i < 8; i++)
		s[i] = "";
	d = doc_new(s[0]);
	doc_subtitle_add(d, s[1]);
	doc_note_set(d, s[7]);
	sec = doc_section_add(d, NULL, s[2]);
	doc_paragraph_add(d, sec, s[3]);
	t = doc_table_from(d, sec, DOC_TABLE_RECORDS, "fuzz", s[4], fuzz_cols, DOC_N(fuzz_cols), DOC_FOR_BOTH);
	for (i = 0; i < 3; i++) {
		recs[i].name = s[5 + i % 3];
		recs[i].note = s[3 + i];
		recs[i].amount = (int64_t)(size * 1009) * (i == 1 ? -1 : 1);
		recs[i].date = (struct date){ 2025, 1 + (int)(size % 12), 1 + (int)(size % 28) };
	}
	doc_records(t, recs, 3, sizeof(recs[0]));
	render_doc(d, f, null, &err);
	doc_free(d);
	ev[0] = (struct ics_event){ { 2025, 3, 14 }, s[0], s[3], s[5] };
	ev[1] = (struct ics_event){ { 2025, 12, 31 }, s[6], NULL, s[7] };
	ics_write(null, s[2], ev, 2, "20261122T120000Z", &err);
	free(buf);
	return 0;
}
