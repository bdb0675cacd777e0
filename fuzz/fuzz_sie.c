/*
 * fuzz_sie.c: libFuzzer target for the SIE 4 reader and writer. The input
 * is read as an SIE file; every record read is written back with the
 * writer, and when the whole input was valid and could be written, the
 * written file must read again with the same counts: what the writer
 * writes, the reader accepts.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/err.h"
#include "import/sie.h"

struct fuzz_ctx {
	struct sie_writer *w;
	int write_failed;
};

static int on_record(void *p, const struct sie_record *r, struct err *err)
{
	struct fuzz_ctx *c = p;
	struct err werr;

	(void)err;
	/* text without a CP437 form cannot be written: a fact, not a bug */
	if (!c->write_failed && sie_write(c->w, r, &werr) != 0)
		c->write_failed = 1;
	return 0;
}

static void on_warn(void *ctx, long line, const char *msg)
{
	(void)ctx;
	(void)line;
	(void)msg;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_ctx c = { NULL, 0 };
	struct sie_stats first, again;
	struct err err;
	char *text = NULL;
	size_t len = 0;
	FILE *in, *out;
	int rc;

	if (size == 0)
		return 0;
	in = fmemopen((void *)data, size, "rb");
	if (!in)
		return 0;
	out = open_memstream(&text, &len);
	if (!out) {
		fclose(in);
		return 0;
	}
	c.w = sie_writer_new(out);
	rc = sie_read(in, "fuzz.se", on_record, on_warn, NULL, &c, &first, &err);
	if (sie_writer_free(c.w, &err) != 0)
		c.write_failed = 1;
	fclose(in);
	fclose(out);
	if (rc == 0 && !c.write_failed && len > 0) {
		in = fmemopen(text, len, "rb");
		if (!in)
			goto out;
		rc = sie_read(in, "again.se", NULL, NULL, NULL, NULL, &again, &err);
		fclose(in);
		/* The writer writes CP437. A first line with a high byte that
		 * happens to be valid UTF-8 ("├Ñ") makes the reader take the
		 * file for UTF-8, as its rule says: no promise then. */
		if (again.encoding_utf8)
			goto out;
		if (rc != 0 || again.verifications != first.verifications ||
		    again.transactions != first.transactions ||
		    again.balances != first.balances)
			abort();
	}
out:
	free(text);
	return 0;
}
