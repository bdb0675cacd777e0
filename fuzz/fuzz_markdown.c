/*
 * fuzz_markdown.c: libFuzzer target for the users' texts: any Markdown
 * becomes sections, paragraphs and lists of a document, which every text
 * format then renders (the PDF and the workbook in fuzz_render).
 */
#include <stdio.h>

#include "base/err.h"
#include "doc/doc.h"
#include "doc/reports.h"
#include "fuzz_util.h"
#include "render/render.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *null;
	static const enum render_format formats[] = { RENDER_TEXT, RENDER_MD, RENDER_JSON, RENDER_HTML };
	struct err err;
	struct doc *d;
	char *buf, *s[1];
	size_t i;

	if (!null)
		null = fopen("/dev/null", "w");
	if (fuzz_split(data, size, '\0', s, 1, &buf) == 0)
		return 0;
	d = doc_new("Verksamhetsberättelse");
	doc_markdown(d, doc_section_add(d, NULL, "Inledning"), s[0]);
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		render_doc(d, formats[i], null, &err);
	doc_free(d);
	free(buf);
	return 0;
}
