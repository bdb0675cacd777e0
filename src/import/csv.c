/*
 * csv.c: the streaming CSV reader (see csv.h). Bytes are read through a
 * small source that first serves the header line (read ahead to choose the
 * separator) and then the file; each row's fields are converted to UTF-8
 * once the row is complete.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/csv_field.h"
#include "base/err.h"
#include "base/text.h"
#include "base/xmalloc.h"
#include "import/csv.h"

#define ROW_MAX (1024 * 1024)

enum encoding { ENC_UNKNOWN, ENC_UTF8, ENC_CP1252 };

struct csv_reader {
	FILE *f;
	char *name;
	char sep;
	enum encoding enc;
	long line;                  /* physical line of the next byte */
	char *ahead;                /* the header line, served first */
	size_t ahead_len, ahead_pos;
	struct buf raw;             /* the row's bytes, fields NUL-separated */
	size_t *starts;             /* field offsets into raw */
	size_t n_starts, cap_starts;
	struct buf text;            /* the row converted to UTF-8 */
	const char **fields;
	size_t cap_fields;
	struct csv_row header;
	char **header_fields;       /* owned copies of the header */
	char **header_folded;
};

static int next_byte(struct csv_reader *r)
{
	if (r->ahead_pos < r->ahead_len)
		return (unsigned char)r->ahead[r->ahead_pos++];
	return getc(r->f);
}

static int peek_byte(struct csv_reader *r)
{
	int c;

	if (r->ahead_pos < r->ahead_len)
		return (unsigned char)r->ahead[r->ahead_pos];
	c = getc(r->f);
	if (c != EOF)
		ungetc(c, r->f);
	return c;
}

void csv_fold(char *s)
{
	unsigned char *p = (unsigned char *)s;

	for (; *p; p++) {
		if (*p >= 'A' && *p <= 'Z')
			*p = (unsigned char)(*p - 'A' + 'a');
		else if (*p == 0xC3 && p[1]) {
			/* Latin-1 capitals U+00C0–U+00DE (but U+00D7) fold by +0x20. */
			if (p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97)
				p[1] = (unsigned char)(p[1] + 0x20);
			p++;
		}
	}
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Converts the raw fields of a row to UTF-8 and fills row. */
static int finish_row(struct csv_reader *r, long line, struct csv_row *row, struct err *err)
{
	size_t i;

	buf_reset(&r->text);
	/* Settle the encoding at the first row that needs it. */
	if (r->enc == ENC_UNKNOWN) {
		for (i = 0; i < r->raw.len; i++) {
			if ((unsigned char)r->raw.s[i] >= 0x80) {
				r->enc = utf8_valid(r->raw.s, r->raw.len) ? ENC_UTF8 : ENC_CP1252;
				break;
			}
		}
	}
	if (r->enc == ENC_UTF8 && !utf8_valid(r->raw.s, r->raw.len))
		return err_set_at(err, r->name, line, 0,
				  "raden är inte giltig UTF-8 fast filen började som UTF-8");
	/* Offsets first, pointers after: the text buffer may move while it grows. */
	r->fields = xgrow(r->fields, sizeof(*r->fields), r->n_starts + 1, &r->cap_fields);
	for (i = 0; i < r->n_starts; i++) {
		const char *f = r->raw.s + r->starts[i];
		size_t len = strlen(f), start = r->text.len;

		while (len && is_blank(*f)) {
			f++;
			len--;
		}
		while (len && is_blank(f[len - 1]))
			len--;
		/* The guard csv_write_field puts before a formula's character. */
		if (csv_guarded(f, len)) {
			f++;
			len--;
		}
		if (r->enc == ENC_CP1252)
			cp1252_to_utf8(&r->text, f, len);
		else
			buf_add(&r->text, f, len);
		buf_addc(&r->text, '\0');
		r->fields[i] = (const char *)(uintptr_t)start;
	}
	for (i = 0; i < r->n_starts; i++)
		r->fields[i] = r->text.s + (size_t)(uintptr_t)r->fields[i];
	row->line = line;
	row->n = r->n_starts;
	row->fields = r->fields;
	return 0;
}

static void start_field(struct csv_reader *r)
{
	r->starts = xgrow(r->starts, sizeof(*r->starts), r->n_starts + 1, &r->cap_starts);
	r->starts[r->n_starts++] = r->raw.len;
}

/* Reads one row's raw fields. Returns 1, 0 at EOF before any byte, -1.
 * Each byte is looked at once, so a row is read in time linear in its
 * length, whatever it holds. */
static int read_raw(struct csv_reader *r, long *line, struct err *err)
{
	int c, quoted = 0, after_quote = 0, any = 0;
	int blank = 1;              /* the field so far is blanks only */

	buf_reset(&r->raw);
	r->n_starts = 0;
	*line = r->line;
	start_field(r);
	for (;;) {
		c = next_byte(r);
		if (c == EOF) {
			if (quoted)
				return err_set_at(err, r->name, *line, 0,
						  "citattecknet som börjar på raden avslutas aldrig");
			if (!any)
				return 0;
			buf_addc(&r->raw, '\0');
			return 1;
		}
		any = 1;
		if (r->raw.len > ROW_MAX)
			return err_set_at(err, r->name, *line, 0, "raden är längre än 1 MiB");
		if (quoted) {
			if (c == '"') {
				if (peek_byte(r) == '"') {
					next_byte(r);
					buf_addc(&r->raw, '"');
				} else {
					quoted = 0;
					after_quote = 1;
				}
			} else {
				if (c == '\0')
					return err_set_at(err, r->name, *line, 0, "filen innehåller en NUL-byte");
				if (c == '\n')
					r->line++;
				buf_addc(&r->raw, (char)c);
			}
			continue;
		}
		if (c == '\r' && peek_byte(r) == '\n')
			continue;
		if (c == '\n' || c == '\r') {
			r->line++;
			buf_addc(&r->raw, '\0');
			return 1;
		}
		if (c == r->sep) {
			buf_addc(&r->raw, '\0');
			start_field(r);
			after_quote = 0;
			blank = 1;
			continue;
		}
		if (after_quote) {
			if (is_blank((char)c))
				continue;
			return err_set_at(err, r->name, *line, 0,
					  "text efter ett avslutande citattecken i ett fält");
		}
		/* A quote opens a quoted field only at its start (after blanks). */
		if (c == '"' && blank) {
			r->raw.len = r->starts[r->n_starts - 1];
			r->raw.s[r->raw.len] = '\0';
			quoted = 1;
			continue;
		}
		if (c == '\0')
			return err_set_at(err, r->name, *line, 0, "filen innehåller en NUL-byte");
		if (!is_blank((char)c))
			blank = 0;
		buf_addc(&r->raw, (char)c);
	}
}

/* Reads the first physical line ahead to choose the separator. */
static int read_ahead(struct csv_reader *r, struct err *err)
{
	struct buf b;
	int c, quoted = 0;
	size_t semi = 0, comma = 0;

	buf_init(&b);
	while ((c = getc(r->f)) != EOF) {
		buf_addc(&b, (char)c);
		if (c == '"')
			quoted = !quoted;
		else if (!quoted && c == ';')
			semi++;
		else if (!quoted && c == ',')
			comma++;
		else if (!quoted && c == '\n')
			break;
		if (b.len > ROW_MAX) {
			buf_release(&b);
			return err_set_at(err, r->name, 1, 0, "rubrikraden är längre än 1 MiB");
		}
	}
	if (b.len >= 3 && memcmp(b.s, "\xEF\xBB\xBF", 3) == 0) {
		r->enc = ENC_UTF8;
		memmove(b.s, b.s + 3, b.len - 3);
		b.len -= 3;
	}
	r->sep = semi >= comma && semi > 0 ? ';' : ',';
	r->ahead_len = b.len;
	r->ahead = buf_detach(&b);
	return 0;
}

struct csv_reader *csv_open(FILE *f, const char *name, struct err *err)
{
	struct csv_reader *r = xcalloc(1, sizeof(*r));
	long line;
	size_t i;
	int rc;

	r->f = f;
	r->name = xstrdup(name);
	r->line = 1;
	buf_init(&r->raw);
	buf_init(&r->text);
	if (read_ahead(r, err) < 0)
		goto fail;
	rc = read_raw(r, &line, err);
	if (rc < 0)
		goto fail;
	if (rc == 0) {
		err_set(err, "%s: filen är tom (den ska börja med en rubrikrad)", name);
		goto fail;
	}
	if (finish_row(r, line, &r->header, err) < 0)
		goto fail;
	r->header_fields = xcalloc(r->header.n, sizeof(char *));
	r->header_folded = xcalloc(r->header.n, sizeof(char *));
	for (i = 0; i < r->header.n; i++) {
		r->header_fields[i] = xstrdup(r->header.fields[i]);
		r->header_folded[i] = xstrdup(r->header.fields[i]);
		csv_fold(r->header_folded[i]);
	}
	r->header.fields = (const char *const *)r->header_fields;
	return r;
fail:
	csv_close(r);
	return NULL;
}

void csv_close(struct csv_reader *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; r->header_fields && i < r->header.n; i++) {
		free(r->header_fields[i]);
		free(r->header_folded[i]);
	}
	free(r->header_fields);
	free(r->header_folded);
	free(r->ahead);
	free(r->starts);
	free(r->fields);
	buf_release(&r->raw);
	buf_release(&r->text);
	free(r->name);
	free(r);
}

const struct csv_row *csv_header(const struct csv_reader *r)
{
	return &r->header;
}

int csv_column(const struct csv_reader *r, const char *name)
{
	char *folded = xstrdup(name);
	size_t i;
	int found = -1;

	csv_fold(folded);
	for (i = 0; i < r->header.n; i++) {
		if (strcmp(r->header_folded[i], folded) == 0) {
			found = (int)i;
			break;
		}
	}
	free(folded);
	return found;
}

int csv_is_cp1252(const struct csv_reader *r)
{
	return r->enc == ENC_CP1252;
}

char csv_separator(const struct csv_reader *r)
{
	return r->sep;
}

int csv_next(struct csv_reader *r, struct csv_row *row, struct err *err)
{
	for (;;) {
		long line;
		int rc = read_raw(r, &line, err);
		size_t i;
		int empty = 1;

		if (rc <= 0)
			return rc;
		for (i = 0; i < r->n_starts && empty; i++) {
			const char *p = r->raw.s + r->starts[i];

			for (; *p; p++)
				if (!is_blank(*p))
					empty = 0;
		}
		if (empty)
			continue;
		if (finish_row(r, line, row, err) < 0)
			return -1;
		return 1;
	}
}
