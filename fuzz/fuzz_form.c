/*
 * fuzz_form.c: libFuzzer target for the web's request parsers: any bytes,
 * as a query string or form body, as a multipart body (with a boundary of
 * its own and with one taken from the bytes), as a Cookie header and as a
 * path, must
 * give fields or a clean error, never a crash, a leak or an out-of-bounds
 * read.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "web/form.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct form f;
	struct err err;
	char *s, *path;
	size_t i, total = 0;

	form_init(&f);
	if (form_parse(&f, (const char *)data, size, &err) == 0)
		for (i = 0; i < f.n; i++)
			total += strlen(f.f[i].name) + strlen(f.f[i].value);
	form_release(&f);
	{
		struct form_file file;
		char *ct;

		if (form_parse_multipart(&f, &file, "multipart/form-data; boundary=XyZ", (const char *)data, size,
					 &err) == 0)
			total += f.n + file.len;
		form_release(&f);
		form_file_release(&file);
		/* The Content-Type from the bytes themselves. */
		ct = xstrndup((const char *)data, size < 120 ? size : 120);
		if (form_parse_multipart(&f, &file, ct, (const char *)data, size, &err) == 0)
			total += f.n + file.len;
		form_release(&f);
		form_file_release(&file);
		free(ct);
	}
	/* The header is a C string: up to the first NUL. */
	s = xstrndup((const char *)data, size);
	if (form_parse_cookies(&f, s, &err) == 0 && f.n)
		total += form_token_equal(f.f[0].value, s);
	form_release(&f);
	free(s);
	path = form_decode_path((const char *)data, size, &err);
	if (path)
		total += strlen(path);
	free(path);
	return total == SIZE_MAX;
}
