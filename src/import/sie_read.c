/*
 * sie_read.c: the streaming SIE 4 reader. A line at a time is read into a
 * bounded buffer, split into fields (plain, quoted, object lists), checked,
 * converted to UTF-8 and handed over as one struct sie_record. What is kept
 * between lines is small and of fixed size: the state of the open #VER (its
 * running sum, the last #RTRANS) and the running #KSUMMA checksum, so a file
 * of any size is read in the same memory.
 *
 * An error does not end the reading where the rest can still be read: the
 * line is reported and passed over, and a #VER with an error is reported
 * once and passed over to its '}'. Each error is handed to the caller as it
 * is found; only the first few are kept for the summary, so the errors too
 * take bounded memory.
 */
#include "import/sie.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/err.h"
#include "base/money.h"
#include "base/text.h"
#include "base/xmalloc.h"
#include "import/sie_int.h"

#define LINE_MAX_BYTES (1024 * 1024)
#define CHUNK_BYTES (64 * 1024)
#define SHOW_MAX 60              /* characters of a field quoted in a message */
#define ERRORS_LISTED 25         /* errors listed in the summary */

enum enc { ENC_UNKNOWN, ENC_UTF8, ENC_CP437 };

enum fkind {
	F_PLAIN,
	F_QUOTED,
	F_OBJECTS,
	F_OPEN_BRACE     /* a lone '{' ending the line: a #VER's block opening */
};

struct field {
	enum fkind kind;
	size_t at;       /* byte offset in the line, for the column */
	size_t off;      /* content in rd->raw (file encoding, NUL-terminated) */
	size_t uoff;     /* content in rd->utf, when the line needed converting */
	const char *s;   /* UTF-8 content, valid until the next line */
};

enum tok { TOK_BLANK, TOK_OPEN, TOK_CLOSE, TOK_LABEL };

/* Labels of the standard that carry nothing finsam keeps: skipped without a
 * warning. Every other label not in this table is unknown and warned about. */
struct label_def {
	const char *name;
	int skip;
	enum sie_label label;
};

static const struct label_def label_defs[] = {
	/* the most frequent first: the table is searched in order */
	{ "#TRANS", 0, SIE_TRANS },       { "#VER", 0, SIE_VER },
	{ "#PSALDO", 0, SIE_PSALDO },     { "#KONTO", 0, SIE_KONTO },
	{ "#SRU", 0, SIE_SRU },           { "#KTYP", 0, SIE_KTYP },
	{ "#IB", 0, SIE_IB },             { "#UB", 0, SIE_UB },
	{ "#RES", 0, SIE_RES },           { "#OIB", 0, SIE_OIB },
	{ "#OUB", 0, SIE_OUB },           { "#PBUDGET", 0, SIE_PBUDGET },
	{ "#RTRANS", 0, SIE_RTRANS },     { "#BTRANS", 0, SIE_BTRANS },
	{ "#OBJEKT", 0, SIE_OBJEKT },     { "#DIM", 0, SIE_DIM },
	{ "#UNDERDIM", 0, SIE_UNDERDIM }, { "#ENHET", 0, SIE_ENHET },
	{ "#FLAGGA", 0, SIE_FLAGGA },     { "#FORMAT", 0, SIE_FORMAT },
	{ "#SIETYP", 0, SIE_SIETYP },     { "#PROGRAM", 0, SIE_PROGRAM },
	{ "#GEN", 0, SIE_GEN },           { "#FNAMN", 0, SIE_FNAMN },
	{ "#FNR", 0, SIE_FNR },           { "#ORGNR", 0, SIE_ORGNR },
	{ "#ADRESS", 0, SIE_ADRESS },     { "#RAR", 0, SIE_RAR },
	{ "#TAXAR", 0, SIE_TAXAR },       { "#KPTYP", 0, SIE_KPTYP },
	{ "#VALUTA", 0, SIE_VALUTA },     { "#KSUMMA", 0, SIE_KSUMMA },
	{ "#PROSA", 1, 0 },               { "#FTYP", 1, 0 },
	{ "#BKOD", 1, 0 },                { "#OMFATTN", 1, 0 },
};

enum ver_state { VER_NONE, VER_HEAD, VER_OPEN };
enum ks_state { KS_NONE, KS_COUNTING, KS_DONE };

struct reader {
	FILE *f;
	const char *name;
	sie_record_fn on_record;
	sie_warn_fn on_warn;
	sie_error_fn on_error;
	void *ctx;
	struct sie_stats *st;
	struct err *err;

	/* errors */
	long err_line, err_col;   /* where the error in err is */
	int fatal;                /* it ends the reading */
	struct err first;         /* the first error, as it was */
	struct buf listed;        /* the first ERRORS_LISTED, one a line */
	long nlisted;
	long labels;              /* lines with a label so far */

	char *chunk;              /* read-ahead from f */
	size_t chunk_len, chunk_pos;
	int at_eof;
	int skip_lf;              /* the last line ended at a CR: a LF next is its end too */
	char *buf;                /* a line that spans chunks is gathered here */
	size_t buf_cap;
	const char *l;            /* the current line, without its line end */
	size_t len;
	long lineno;

	enum enc enc;
	long enc_line;            /* where the encoding was decided */
	int high;                 /* the current line has bytes >= 0x80 */

	size_t label_at, label_len;
	struct field *fields;
	size_t nfields, fields_cap;
	struct buf raw;
	struct buf utf;
	struct buf tok;           /* one token of an object list */
	struct buf tmp;           /* text for messages */

	enum ver_state ver;
	int ver_skip;             /* the open #VER was reported: pass over it */
	long ver_line;
	long ver_col;
	struct buf ver_id;        /* "A 17" for messages */
	int64_t ver_sum;
	int rt_pending;           /* the last record was an #RTRANS */
	struct buf rt_key;        /* its account and object list */
	int64_t rt_amount;

	enum ks_state ks;
	long ks_line;
	uint32_t crc;             /* over the lines committed so far */
	uint32_t line_crc;        /* crc with the current line added */
};

/* Column (1-based, in characters) of byte offset at in the current line. */
static long column(const struct reader *rd, size_t at)
{
	long col = 1;
	size_t i;

	if (rd->enc != ENC_UTF8)
		return (long)at + 1;
	for (i = 0; i < at && i < rd->len; i++)
		if (((unsigned char)rd->l[i] & 0xC0) != 0x80)
			col++;
	return col;
}

/* Sets the error at line and column (0: none) of the file. Returns -1. */
static int fail_at(struct reader *rd, long line, long col, const char *fmt, ...)
	ERR_PRINTF(4, 5);

static int fail_at(struct reader *rd, long line, long col, const char *fmt, ...)
{
	char msg[ERR_MSG_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	rd->err_line = line;
	rd->err_col = col;
	return err_set_at(rd->err, rd->name, line, col, "%s", msg);
}

/* Sets the error for the current line at byte offset at. */
#define fail(rd, at, ...) fail_at((rd), (rd)->lineno, column((rd), (at)), __VA_ARGS__)

/* Counts the error set in rd->err, keeps it for the summary when it is
 * among the first, and hands it on. */
static void report(struct reader *rd)
{
	if (rd->st->errors++ == 0)
		rd->first = *rd->err;
	if (rd->nlisted < ERRORS_LISTED) {
		buf_adds(&rd->listed, rd->err->msg);
		buf_addc(&rd->listed, '\n');
		rd->nlisted++;
	}
	if (rd->on_error) {
		char where[ERR_MSG_MAX];
		const char *text = rd->err->msg;
		int n = err_where(where, sizeof(where), rd->name, rd->err_line, rd->err_col);

		/* The message as set begins with where it lies (a record's
		 * callback sets it with the same file and line). */
		if (n > 0 && (size_t)n < sizeof(where) && strncmp(text, where, (size_t)n) == 0)
			text += n;
		rd->on_error(rd->ctx, rd->err_line, rd->err_col, text);
	}
}

static void warn(struct reader *rd, size_t at, const char *fmt, ...)
	ERR_PRINTF(3, 4);

static void warn(struct reader *rd, size_t at, const char *fmt, ...)
{
	char msg[ERR_MSG_MAX];
	struct err e;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	err_set_at(&e, rd->name, rd->lineno, column(rd, at), "%s", msg);
	rd->st->warnings++;
	if (rd->on_warn)
		rd->on_warn(rd->ctx, rd->lineno, e.msg);
}

/* Copies UTF-8 s into out for a message, cut at SHOW_MAX characters on a
 * character boundary so that a field of a megabyte makes a short message. */
static const char *show(char *out, size_t n, const char *s)
{
	size_t i = 0, chars = 0;

	while (s[i] && i + 8 < n) {
		if (((unsigned char)s[i] & 0xC0) != 0x80 && ++chars > SHOW_MAX)
			break;
		i++;
	}
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	memcpy(out, s, i);
	if (s[i]) {
		memcpy(out + i, "...", 3);
		i += 3;
	}
	out[i] = '\0';
	return out;
}

/* The UTF-8 form of bytes in the file's encoding, for a message. */
static const char *show_raw(struct reader *rd, char *out, size_t n,
			    const char *s, size_t len)
{
	buf_reset(&rd->tmp);
	if (rd->enc == ENC_CP437)
		cp437_to_utf8(&rd->tmp, s, len);
	else
		buf_add(&rd->tmp, s, len);
	return show(out, n, rd->tmp.s);
}

#define SHOWN(s) show(shown, sizeof shown, (s))

/* --- reading lines ------------------------------------------------------ */

/* Reads the next line into rd->l/rd->len. A line ends at LF, CRLF or a CR
 * alone (files from old Macs). Returns 1, 0 at the end of the file, or -1
 * on an error. A line lying wholly in the read-ahead is used where it lies;
 * only a line split between two reads is copied. */
static int read_line(struct reader *rd)
{
	size_t have = 0;
	int any = 0, gathered = 0;

	for (;;) {
		char *start, *nl, *cr;
		size_t avail, take;

		if (rd->chunk_pos == rd->chunk_len) {
			if (rd->at_eof)
				break;
			rd->chunk_pos = 0;
			rd->chunk_len = fread(rd->chunk, 1, CHUNK_BYTES, rd->f);
			if (rd->chunk_len == 0) {
				if (ferror(rd->f)) {
					rd->fatal = 1;
					return fail_at(rd, rd->lineno + 1, 0,
						       "kan inte läsa filen: %s",
						       strerror(errno));
				}
				rd->at_eof = 1;
				break;
			}
			continue;
		}
		start = rd->chunk + rd->chunk_pos;
		avail = rd->chunk_len - rd->chunk_pos;
		/* The LF of a CRLF split between two reads. */
		if (rd->skip_lf) {
			rd->skip_lf = 0;
			if (*start == '\n') {
				rd->chunk_pos++;
				continue;
			}
		}
		any = 1;
		/* One pass for either end (two memchr would scan a CR-only
		 * file's whole read for a LF at each line). */
		for (take = 0; take < avail && start[take] != '\n' && start[take] != '\r'; take++)
			;
		nl = take < avail ? start + take : NULL;
		cr = nl && *nl == '\r' ? nl : NULL;
		if (have + take > LINE_MAX_BYTES) {
			rd->fatal = 1;
			return fail_at(rd, rd->lineno + 1, 0,
				       "raden är längre än 1 MiB");
		}
		rd->chunk_pos += take + (nl ? 1 : 0);
		/* A CR ends the line, with a LF right after it as one line end. */
		if (cr) {
			if (rd->chunk_pos < rd->chunk_len)
				rd->chunk_pos += rd->chunk[rd->chunk_pos] == '\n';
			else
				rd->skip_lf = 1;
		}
		if (nl && !gathered) {
			rd->l = start;
			have = take;
			break;
		}
		if (have + take + 1 > rd->buf_cap)
			rd->buf = xgrow(rd->buf, 1, have + take + 1, &rd->buf_cap);
		memcpy(rd->buf + have, start, take);
		have += take;
		gathered = 1;
		rd->l = rd->buf;
		if (nl)
			break;
	}
	if (!any)
		return 0;
	rd->lineno++;
	rd->st->lines = rd->lineno;
	rd->len = have;
	return 1;
}

/* Decides the encoding at the first line with a byte >= 0x80 and checks
 * later lines of a UTF-8 file. */
static int check_encoding(struct reader *rd)
{
	size_t i;

	rd->high = 0;
	for (i = 0; i < rd->len; i++) {
		if ((unsigned char)rd->l[i] >= 0x80) {
			rd->high = 1;
			break;
		}
	}
	if (!rd->high)
		return 0;
	if (rd->enc == ENC_UNKNOWN) {
		rd->enc = utf8_valid(rd->l, rd->len) ? ENC_UTF8 : ENC_CP437;
		rd->enc_line = rd->lineno;
	} else if (rd->enc == ENC_UTF8 && !utf8_valid(rd->l, rd->len)) {
		/* the file is not in one encoding: what follows cannot be trusted */
		rd->fatal = 1;
		return fail_at(rd, rd->lineno, 0, "raden är inte giltig UTF-8, "
			       "fast filen lästs som UTF-8 sedan rad %ld",
			       rd->enc_line);
	}
	return 0;
}

/* --- splitting a line into fields --------------------------------------- */

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static void crc_add(struct reader *rd, const char *s, size_t n)
{
	if (rd->ks == KS_COUNTING)
		rd->line_crc = sie__crc32(rd->line_crc, s, n);
}

/* Appends the content of the quoted string at *pp to out, the escapes \"
 * and \\ resolved when escapes is set, and moves *pp past the closing
 * quote. Returns -1 (out unchanged) when the line ends first. */
static int scan_quoted(struct reader *rd, size_t *pp, int escapes,
		       struct buf *out)
{
	const char *l = rd->l;
	size_t n = rd->len, p = *pp + 1, run = p, mark = out->len;

	while (p < n) {
		char c = l[p];

		if (c == '"') {
			buf_add(out, l + run, p - run);
			*pp = p + 1;
			return 0;
		}
		if (c == '\\' && escapes && p + 1 < n &&
		    (l[p + 1] == '"' || l[p + 1] == '\\')) {
			buf_add(out, l + run, p - run);
			buf_addc(out, l[p + 1]);
			p += 2;
			run = p;
			continue;
		}
		p++;
	}
	out->len = mark;
	out->s[mark] = '\0';
	return -1;
}

/* Quoted with escapes; failing that, without, since some programs write
 * a path ending in a backslash ("C:\Bok\") without escaping it. */
static int quoted(struct reader *rd, size_t *pp, struct buf *out)
{
	if (scan_quoted(rd, pp, 1, out) == 0 || scan_quoted(rd, pp, 0, out) == 0)
		return 0;
	return fail(rd, *pp, "citattecknet avslutas aldrig");
}

static struct field *new_field(struct reader *rd, enum fkind kind, size_t at)
{
	struct field *f;

	if (rd->nfields == rd->fields_cap)
		rd->fields = xgrow(rd->fields, sizeof *rd->fields,
				   rd->nfields + 1, &rd->fields_cap);
	f = &rd->fields[rd->nfields++];
	f->kind = kind;
	f->at = at;
	f->off = rd->raw.len;
	f->uoff = 0;
	f->s = NULL;
	return f;
}

/* An object list {1 "10" 6 "20"} at *pp, written to rd->raw in the
 * canonical form: dimension, space, quoted code, pairs separated by one
 * space. */
static int objects(struct reader *rd, size_t *pp, struct field *f)
{
	const char *l = rd->l;
	size_t n = rd->len, p = *pp + 1;
	int count = 0;
	char shown[128];

	for (;;) {
		size_t at, i;
		struct buf *tok = &rd->tok;

		while (p < n && is_blank(l[p]))
			p++;
		if (p == n) {
			if (count == 0) {
				/* a lone '{' at the end: the label decides */
				f->kind = F_OPEN_BRACE;
				break;
			}
			return fail(rd, f->at, "objektlistan avslutas aldrig med '}'");
		}
		if (l[p] == '}') {
			p++;
			break;
		}
		if (l[p] == '{')
			return fail(rd, p, "en objektlista kan inte innehålla '{'");
		at = p;
		buf_reset(tok);
		if (l[p] == '"') {
			if (quoted(rd, &p, tok) < 0)
				return -1;
		} else {
			while (p < n && !is_blank(l[p]) && l[p] != '}' &&
			       l[p] != '"' && l[p] != '{')
				p++;
			buf_add(tok, l + at, p - at);
		}
		crc_add(rd, tok->s, tok->len);
		if (count % 2 == 0) {
			const char *d = tok->s;
			size_t len = tok->len;

			/* leading zeros dropped: "01" and 1 are one dimension */
			while (len > 1 && *d == '0') {
				d++;
				len--;
			}
			for (i = 0; i < len; i++)
				if (d[i] < '0' || d[i] > '9')
					break;
			if (len == 0 || i < len || len > 6 ||
			    (len == 1 && *d == '0'))
				return fail(rd, at, "ogiltigt dimensionsnummer "
					    "'%s' i objektlistan",
					    show_raw(rd, shown, sizeof shown,
						     tok->s, tok->len));
			if (count > 0)
				buf_addc(&rd->raw, ' ');
			buf_add(&rd->raw, d, len);
		} else {
			buf_adds(&rd->raw, " \"");
			for (i = 0; i < tok->len; i++) {
				if (tok->s[i] == '"' || tok->s[i] == '\\')
					buf_addc(&rd->raw, '\\');
				buf_addc(&rd->raw, tok->s[i]);
			}
			buf_addc(&rd->raw, '"');
		}
		count++;
	}
	if (count % 2 == 1) {
		/* the dimension is the last thing written to raw */
		const char *end = rd->raw.s + rd->raw.len, *d = end;

		while (d > rd->raw.s + f->off && d[-1] != ' ')
			d--;
		return fail(rd, f->at, "objektlistan saknar objektkod efter "
			    "dimension %.*s", (int)(end - d), d);
	}
	buf_addc(&rd->raw, '\0');
	*pp = p;
	return 0;
}

/* Splits the current line. Returns what kind of line it is, or -1. */
static int tokenize(struct reader *rd)
{
	const char *l = rd->l;
	size_t n = rd->len, p = 0;

	rd->nfields = 0;
	buf_reset(&rd->raw);
	while (p < n && is_blank(l[p]))
		p++;
	if (p == n)
		return TOK_BLANK;
	if (l[p] == '{' || l[p] == '}') {
		char c = l[p++];

		while (p < n && is_blank(l[p]))
			p++;
		if (p < n)
			return fail(rd, p, "oväntad text efter '%c'", c);
		return c == '{' ? TOK_OPEN : TOK_CLOSE;
	}
	if (l[p] != '#') {
		/* before any label at all, the file is not SIE */
		rd->fatal = rd->labels == 0;
		return fail(rd, p, "raden börjar inte med en etikett "
			    "(som #VER eller #TRANS)");
	}
	rd->labels++;
	rd->label_at = p;
	while (p < n && !is_blank(l[p]))
		p++;
	rd->label_len = p - rd->label_at;
	crc_add(rd, l + rd->label_at, rd->label_len);
	for (;;) {
		struct field *f;

		while (p < n && is_blank(l[p]))
			p++;
		if (p == n)
			break;
		if (l[p] == '"') {
			f = new_field(rd, F_QUOTED, p);
			if (quoted(rd, &p, &rd->raw) < 0)
				return -1;
			crc_add(rd, rd->raw.s + f->off, rd->raw.len - f->off);
			buf_addc(&rd->raw, '\0');
		} else if (l[p] == '{') {
			f = new_field(rd, F_OBJECTS, p);
			if (objects(rd, &p, f) < 0)
				return -1;
		} else {
			size_t at = p;

			f = new_field(rd, F_PLAIN, p);
			while (p < n && !is_blank(l[p]))
				p++;
			buf_add(&rd->raw, l + at, p - at);
			crc_add(rd, l + at, p - at);
			buf_addc(&rd->raw, '\0');
		}
	}
	return TOK_LABEL;
}

/* Points every field at its UTF-8 content. */
static void convert(struct reader *rd)
{
	size_t i;

	if (rd->enc == ENC_CP437 && rd->high) {
		buf_reset(&rd->utf);
		for (i = 0; i < rd->nfields; i++) {
			struct field *f = &rd->fields[i];

			f->uoff = rd->utf.len;
			cp437_to_utf8(&rd->utf, rd->raw.s + f->off,
				      strlen(rd->raw.s + f->off));
			buf_addc(&rd->utf, '\0');
		}
		for (i = 0; i < rd->nfields; i++)
			rd->fields[i].s = rd->utf.s + rd->fields[i].uoff;
	} else {
		for (i = 0; i < rd->nfields; i++)
			rd->fields[i].s = rd->raw.s + rd->fields[i].off;
	}
}

/* --- fields of a record ------------------------------------------------- */

static const char *label_of(const struct sie_record *r)
{
	return sie_label_name(r->label);
}

/* Field i, required: fails with "#KONTO saknar kontonummer" when the line
 * has fewer fields, and when it is an object list where text belongs. */
static int need(struct reader *rd, const struct sie_record *r, size_t i,
		const char *what, const char **out)
{
	if (i >= rd->nfields)
		return fail(rd, rd->len, "%s saknar %s", label_of(r), what);
	if (rd->fields[i].kind == F_OBJECTS)
		return fail(rd, rd->fields[i].at, "%s: väntade %s men fann "
			    "en objektlista", label_of(r), what);
	*out = rd->fields[i].s;
	return 0;
}

/* Field i, optional: NULL when absent or empty. */
static int opt(struct reader *rd, const struct sie_record *r, size_t i,
	       const char *what, const char **out)
{
	*out = NULL;
	if (i >= rd->nfields)
		return 0;
	if (need(rd, r, i, what, out) < 0)
		return -1;
	if (**out == '\0')
		*out = NULL;
	return 0;
}

static int parse_long(const char *s, long min, long max, long *out)
{
	char *end;
	long v;

	if (!(*s >= '0' && *s <= '9') && !(*s == '-' && s[1] >= '0' && s[1] <= '9'))
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

/* A required integer in [min, max]; bad is the start of the message for
 * one that is not ("ogiltigt årsnummer"). */
static int need_int(struct reader *rd, const struct sie_record *r, size_t i,
		    const char *what, const char *bad, long min, long max,
		    int *out)
{
	const char *s = NULL;
	long v;
	char shown[128];

	if (need(rd, r, i, what, &s) < 0)
		return -1;
	if (parse_long(s, min, max, &v) < 0)
		return fail(rd, rd->fields[i].at, "%s '%s'", bad, SHOWN(s));
	*out = (int)v;
	return 0;
}

static int need_year(struct reader *rd, const struct sie_record *r, size_t i,
		     int *out)
{
	return need_int(rd, r, i, "årsnummer", "ogiltigt årsnummer", -99, 99, out);
}

static int need_dim(struct reader *rd, const struct sie_record *r, size_t i,
		    int *out)
{
	return need_int(rd, r, i, "dimensionsnummer", "ogiltigt dimensionsnummer",
			1, 999999, out);
}

static int need_account(struct reader *rd, const struct sie_record *r,
			size_t i, const char **out)
{
	const char *s = NULL;
	size_t k;
	char shown[128];

	if (need(rd, r, i, "kontonummer", &s) < 0)
		return -1;
	if (*s == '\0')
		return fail(rd, rd->fields[i].at, "%s saknar kontonummer",
			    label_of(r));
	for (k = 0; s[k]; k++)
		if (s[k] < '0' || s[k] > '9')
			return fail(rd, rd->fields[i].at, "ogiltigt kontonummer "
				    "'%s': får bara innehålla siffror", SHOWN(s));
	if (k > SIE__ACCOUNT_MAX)
		return fail(rd, rd->fields[i].at, "ogiltigt kontonummer '%s': "
			    "längre än %d siffror", SHOWN(s), SIE__ACCOUNT_MAX);
	*out = s;
	return 0;
}

static int need_amount(struct reader *rd, const struct sie_record *r,
		       size_t i, int64_t *out)
{
	const char *s = NULL;
	struct err e;
	char shown[128];

	if (need(rd, r, i, "belopp", &s) < 0)
		return -1;
	if (money_parse_sie(s, out, &e) < 0)
		return fail(rd, rd->fields[i].at, "kan inte tolka beloppet '%s'",
			    SHOWN(s));
	return 0;
}

/* A date yyyymmdd; an optional one may be absent or "". */
static int get_date(struct reader *rd, const struct sie_record *r, size_t i,
		    int required, const char *what, struct date *out)
{
	const char *s = NULL;
	struct err e;
	size_t k;
	char shown[128];

	memset(out, 0, sizeof *out);
	if (required) {
		if (need(rd, r, i, what, &s) < 0)
			return -1;
	} else {
		if (opt(rd, r, i, what, &s) < 0)
			return -1;
		if (!s)
			return 0;
	}
	for (k = 0; s[k] >= '0' && s[k] <= '9'; k++)
		;
	if (k != 8 || s[k] || date_parse(s, out, &e) < 0) {
		memset(out, 0, sizeof *out);
		return fail(rd, rd->fields[i].at, "ogiltigt datum '%s'", SHOWN(s));
	}
	return 0;
}

static int need_period(struct reader *rd, const struct sie_record *r,
		       size_t i, int *out)
{
	const char *s = NULL;
	size_t k;
	int y, m;
	char shown[128];

	if (need(rd, r, i, "period", &s) < 0)
		return -1;
	for (k = 0; s[k] >= '0' && s[k] <= '9'; k++)
		;
	y = k == 6 ? (s[0] - '0') * 1000 + (s[1] - '0') * 100 +
		     (s[2] - '0') * 10 + (s[3] - '0') : 0;
	m = k == 6 ? (s[4] - '0') * 10 + (s[5] - '0') : 0;
	if (k != 6 || s[k] || y < 1 || m < 1 || m > 12)
		return fail(rd, rd->fields[i].at, "ogiltig period '%s' "
			    "(väntade ååååmm)", SHOWN(s));
	*out = y * 100 + m;
	return 0;
}

static int opt_quantity(struct reader *rd, const struct sie_record *r,
			size_t i, const char **out)
{
	char shown[128];

	if (opt(rd, r, i, "kvantitet", out) < 0)
		return -1;
	if (*out && !sie__quantity_ok(*out))
		return fail(rd, rd->fields[i].at, "kan inte tolka kvantiteten "
			    "'%s'", SHOWN(*out));
	return 0;
}

/* The object list expected at field i. Returns how many fields later ones
 * move back: 0 when it is there, 1 when the file left it out (older
 * programs write "#TRANS 1930 -100.00"). */
static size_t opt_objects(struct reader *rd, size_t i, const char **out)
{
	*out = NULL;
	if (i < rd->nfields && rd->fields[i].kind == F_OBJECTS) {
		*out = rd->fields[i].s;
		return 0;
	}
	return 1;
}

/* --- records ------------------------------------------------------------ */

static int emit(struct reader *rd, const struct sie_record *r)
{
	int rc = rd->on_record ? rd->on_record(rd->ctx, r, rd->err) : 0;

	if (rc == 0)
		return 0;
	rd->err_line = r->line;
	rd->err_col = 0;
	if (rc != SIE_BAD_RECORD)
		rd->fatal = 1;
	return -1;
}

/* "verifikation A 17", "verifikation 17" without a series. */
static const char *ver_name(const struct reader *rd, char *out, size_t n)
{
	if (rd->ver_id.len == 0)
		snprintf(out, n, "verifikationen");
	else
		snprintf(out, n, "verifikation %s", rd->ver_id.s);
	return out;
}

static int balance_fields(struct reader *rd, struct sie_record *r)
{
	size_t shift = 0, base = 2;

	if (need_year(rd, r, 0, &r->number) < 0)
		return -1;
	if (r->label == SIE_PSALDO || r->label == SIE_PBUDGET) {
		if (need_period(rd, r, 1, &r->period) < 0)
			return -1;
		base = 3;
	}
	if (need_account(rd, r, base - 1, &r->account) < 0)
		return -1;
	if (r->label != SIE_IB && r->label != SIE_UB && r->label != SIE_RES)
		shift = opt_objects(rd, base++, &r->objects);
	if (need_amount(rd, r, base - shift, &r->amount) < 0 ||
	    opt_quantity(rd, r, base + 1 - shift, &r->quantity) < 0)
		return -1;
	rd->st->balances++;
	return 0;
}

static int ver_head(struct reader *rd, struct sie_record *r)
{
	int open = 0;

	if (rd->nfields > 0 && rd->fields[rd->nfields - 1].kind == F_OPEN_BRACE) {
		rd->nfields--;
		open = 1;
	}
	/* the state first: a head with an error is passed over with its block */
	rd->ver = open ? VER_OPEN : VER_HEAD;
	rd->ver_line = rd->lineno;
	rd->ver_col = column(rd, rd->label_at);
	rd->ver_sum = 0;
	rd->rt_pending = 0;
	buf_reset(&rd->ver_id);
	if (need(rd, r, 0, "serie", &r->code) < 0 ||
	    need(rd, r, 1, "verifikationsnummer", &r->version) < 0 ||
	    get_date(rd, r, 2, 1, "datum", &r->date) < 0 ||
	    opt(rd, r, 3, "text", &r->text) < 0 ||
	    get_date(rd, r, 4, 0, "registreringsdatum", &r->date2) < 0 ||
	    opt(rd, r, 5, "signatur", &r->sign) < 0)
		return -1;
	buf_adds(&rd->ver_id, r->code);
	if (r->code[0] && r->version[0])
		buf_addc(&rd->ver_id, ' ');
	buf_adds(&rd->ver_id, r->version);
	rd->st->verifications++;
	return emit(rd, r);
}

static int transaction(struct reader *rd, struct sie_record *r)
{
	size_t shift;
	const char *objects;
	char name[160], shown[128];

	if (rd->ver != VER_OPEN)
		return fail(rd, rd->label_at, "%s utanför en verifikation",
			    label_of(r));
	if (need_account(rd, r, 0, &r->account) < 0)
		return -1;
	shift = opt_objects(rd, 1, &r->objects);
	if (need_amount(rd, r, 2 - shift, &r->amount) < 0 ||
	    get_date(rd, r, 3 - shift, 0, "transaktionsdatum", &r->date) < 0 ||
	    opt(rd, r, 4 - shift, "text", &r->text) < 0 ||
	    opt_quantity(rd, r, 5 - shift, &r->quantity) < 0 ||
	    opt(rd, r, 6 - shift, "signatur", &r->sign) < 0)
		return -1;
	objects = r->objects ? r->objects : "";
	if (r->label == SIE_TRANS && rd->rt_pending &&
	    r->amount == rd->rt_amount &&
	    strcmp(rd->rt_key.s, r->account) == 0 &&
	    strcmp(rd->rt_key.s + strlen(rd->rt_key.s) + 1, objects) == 0) {
		/* the copy of the #RTRANS above it, for older readers */
		rd->rt_pending = 0;
		return 0;
	}
	rd->rt_pending = 0;
	if (r->label == SIE_RTRANS) {
		rd->rt_pending = 1;
		rd->rt_amount = r->amount;
		buf_reset(&rd->rt_key);
		buf_adds(&rd->rt_key, r->account);
		buf_addc(&rd->rt_key, '\0');
		buf_adds(&rd->rt_key, objects);
	}
	if (r->label != SIE_BTRANS &&
	    money_add(rd->ver_sum, r->amount, &rd->ver_sum) < 0)
		return fail(rd, rd->fields[2 - shift].at, "beloppen i %s är för "
			    "stora att summera ('%s')",
			    ver_name(rd, name, sizeof name),
			    SHOWN(rd->fields[2 - shift].s));
	rd->st->transactions++;
	return emit(rd, r);
}

static int ver_end(struct reader *rd)
{
	struct sie_record r;
	char name[160], sum[32];

	if (rd->ver != VER_OPEN)
		return fail(rd, 0, "'}' utan en öppen verifikation");
	rd->ver = VER_NONE;
	rd->rt_pending = 0;
	if (rd->ver_sum != 0)
		return fail_at(rd, rd->ver_line, rd->ver_col,
			       "%s balanserar inte: summa %s",
			       ver_name(rd, name, sizeof name),
			       money_format(sum, sizeof sum, rd->ver_sum,
					    MONEY_STYLE_KR_ORE));
	memset(&r, 0, sizeof r);
	r.label = SIE_VER_END;
	r.line = rd->lineno;
	return emit(rd, &r);
}

static int ksumma(struct reader *rd, struct sie_record *r)
{
	const char *s = NULL;
	long v;
	char shown[128];

	if (rd->ks == KS_DONE)
		return fail(rd, rd->label_at, "#KSUMMA efter den avslutande "
			    "kontrollsumman");
	if (opt(rd, r, 0, "kontrollsumma", &s) < 0)
		return -1;
	if (!s) {
		if (rd->ks == KS_COUNTING)
			return fail(rd, rd->label_at, "inledande #KSUMMA en "
				    "andra gång (första på rad %ld)", rd->ks_line);
		rd->ks = KS_COUNTING;
		rd->ks_line = rd->lineno;
		rd->crc = 0;
		return emit(rd, r);
	}
	/* unsigned as the standard says, but some programs print the same
	 * 32 bits as a signed number */
	if (parse_long(s, -2147483648L, 4294967295L, &v) < 0) {
		rd->ks = KS_DONE;    /* the closing one, if one that cannot be read */
		return fail(rd, rd->fields[0].at, "kan inte tolka kontrollsumman "
			    "'%s'", SHOWN(s));
	}
	r->checksum = (uint32_t)v;
	r->has_checksum = 1;
	if (rd->ks == KS_COUNTING) {
		rd->ks = KS_DONE;
		/* after an error, lines were passed over: no sum to compare */
		if (rd->st->errors == 0 && r->checksum != rd->crc) {
			rd->fatal = 1;
			return fail(rd, rd->fields[0].at, "kontrollsumman stämmer "
				    "inte: filen anger %s, beräknad %lu",
				    SHOWN(s), (unsigned long)rd->crc);
		}
		rd->st->ksumma_verified = rd->st->errors == 0;
	} else {
		warn(rd, rd->label_at, "#KSUMMA utan inledande #KSUMMA kan "
		     "inte kontrolleras");
	}
	return emit(rd, r);
}

static int record(struct reader *rd, enum sie_label label)
{
	struct sie_record r;
	const char *part;
	char name[160];

	memset(&r, 0, sizeof r);
	r.label = label;
	r.line = rd->lineno;
	if (rd->ver == VER_OPEN && label != SIE_TRANS && label != SIE_RTRANS &&
	    label != SIE_BTRANS) {
		/* the open #VER lacks its '}': reported, then left, and this
		 * record is read as the one it is */
		if (label == SIE_VER)
			fail(rd, rd->label_at, "ny #VER innan %s (rad %ld) "
			     "avslutats med '}'",
			     ver_name(rd, name, sizeof name), rd->ver_line);
		else
			fail(rd, rd->label_at, "%s kan inte stå inne i en "
			     "verifikation (saknas '}' efter %s på rad %ld?)",
			     label_of(&r), ver_name(rd, name, sizeof name),
			     rd->ver_line);
		report(rd);
		rd->ver = VER_NONE;
		rd->rt_pending = 0;
	}
	switch (label) {
	case SIE_FLAGGA:
		if (need_int(rd, &r, 0, "flagga", "ogiltig flagga", 0, 1,
			     &r.flag) < 0)
			return -1;
		break;
	case SIE_FORMAT:
		if (need(rd, &r, 0, "format", &r.code) < 0)
			return -1;
		break;
	case SIE_SIETYP:
		if (need_int(rd, &r, 0, "typnummer", "ogiltig SIE-typ", -999999,
			     999999, &r.number) < 0)
			return -1;
		if (r.number < 1 || r.number > 4)
			return fail(rd, rd->fields[0].at, "SIE-typ %d kan inte läsas "
				    "(bara typ 1 till 4)", r.number);
		break;
	case SIE_PROGRAM:
		if (need(rd, &r, 0, "programnamn", &r.name) < 0 ||
		    opt(rd, &r, 1, "version", &r.version) < 0)
			return -1;
		break;
	case SIE_GEN:
		if (get_date(rd, &r, 0, 1, "datum", &r.date) < 0 ||
		    opt(rd, &r, 1, "signatur", &r.sign) < 0)
			return -1;
		break;
	case SIE_FNAMN:
		if (need(rd, &r, 0, "företagsnamn", &r.name) < 0)
			return -1;
		break;
	case SIE_FNR:
		if (need(rd, &r, 0, "företagsid", &r.code) < 0)
			return -1;
		break;
	case SIE_ORGNR:
		if (opt(rd, &r, 0, "organisationsnummer", &r.code) < 0 ||
		    opt(rd, &r, 1, "förvärvsnummer", &part) < 0)
			return -1;
		if (part) {
			long v;
			char shown[128];

			if (parse_long(part, 0, 999999, &v) < 0)
				return fail(rd, rd->fields[1].at, "ogiltigt "
					    "förvärvsnummer '%s'", SHOWN(part));
			r.orgnr_part = v;
		}
		break;
	case SIE_ADRESS:
		if (opt(rd, &r, 0, "kontaktperson", &r.name) < 0 ||
		    opt(rd, &r, 1, "utdelningsadress", &r.text) < 0 ||
		    opt(rd, &r, 2, "postadress", &r.text2) < 0 ||
		    opt(rd, &r, 3, "telefonnummer", &r.text3) < 0)
			return -1;
		break;
	case SIE_RAR:
		if (need_year(rd, &r, 0, &r.number) < 0 ||
		    get_date(rd, &r, 1, 1, "startdatum", &r.date) < 0 ||
		    get_date(rd, &r, 2, 1, "slutdatum", &r.date2) < 0) {
			/* the balances name their year by it: without it
			 * the rest cannot be read */
			rd->fatal = 1;
			return -1;
		}
		break;
	case SIE_TAXAR:
		if (need_int(rd, &r, 0, "år", "ogiltigt taxeringsår", 1, 9999,
			     &r.number) < 0)
			return -1;
		break;
	case SIE_KPTYP:
		if (need(rd, &r, 0, "kontoplanstyp", &r.code) < 0)
			return -1;
		break;
	case SIE_VALUTA:
		if (need(rd, &r, 0, "valutakod", &r.code) < 0)
			return -1;
		break;
	case SIE_KONTO:
		if (need_account(rd, &r, 0, &r.account) < 0 ||
		    opt(rd, &r, 1, "kontonamn", &r.name) < 0)
			return -1;
		break;
	case SIE_KTYP:
		if (need_account(rd, &r, 0, &r.account) < 0 ||
		    need(rd, &r, 1, "kontotyp", &r.code) < 0)
			return -1;
		break;
	case SIE_ENHET:
		if (need_account(rd, &r, 0, &r.account) < 0 ||
		    need(rd, &r, 1, "enhet", &r.code) < 0)
			return -1;
		break;
	case SIE_SRU:
		if (need_account(rd, &r, 0, &r.account) < 0 ||
		    need(rd, &r, 1, "SRU-kod", &r.code) < 0)
			return -1;
		break;
	case SIE_DIM:
		if (need_dim(rd, &r, 0, &r.number) < 0 ||
		    opt(rd, &r, 1, "namn", &r.name) < 0)
			return -1;
		break;
	case SIE_UNDERDIM:
		if (need_dim(rd, &r, 0, &r.number) < 0 ||
		    opt(rd, &r, 1, "namn", &r.name) < 0 ||
		    need_int(rd, &r, 2, "överordnad dimension",
			     "ogiltig överordnad dimension", 1, 999999,
			     &r.parent) < 0)
			return -1;
		break;
	case SIE_OBJEKT:
		if (need_dim(rd, &r, 0, &r.number) < 0 ||
		    need(rd, &r, 1, "objektkod", &r.code) < 0 ||
		    opt(rd, &r, 2, "objektnamn", &r.name) < 0)
			return -1;
		break;
	case SIE_IB: case SIE_UB: case SIE_OIB: case SIE_OUB: case SIE_RES:
	case SIE_PSALDO: case SIE_PBUDGET:
		if (balance_fields(rd, &r) < 0)
			return -1;
		break;
	case SIE_VER:
		return ver_head(rd, &r);
	case SIE_TRANS: case SIE_RTRANS: case SIE_BTRANS:
		return transaction(rd, &r);
	case SIE_KSUMMA:
		return ksumma(rd, &r);
	case SIE_VER_END: case SIE__MAX:
		break;
	}
	return emit(rd, &r);
}

static const struct label_def *find_label(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof label_defs / sizeof label_defs[0]; i++)
		if (strlen(label_defs[i].name) == n &&
		    memcmp(label_defs[i].name, s, n) == 0)
			return &label_defs[i];
	return NULL;
}

/* Whether the current line belongs to a #VER already reported, and is
 * passed over with it. A '}' closes the #VER; a record that cannot stand in
 * a verification means its '}' is missing, and is read as usual. */
static int skipped(struct reader *rd)
{
	const struct label_def *def;
	const char *l = rd->l;
	size_t n = rd->len, p = 0, at;

	while (p < n && is_blank(l[p]))
		p++;
	if (p < n && l[p] == '#') {
		at = p;
		while (p < n && !is_blank(l[p]))
			p++;
		def = find_label(l + at, p - at);
		if (def && !def->skip && def->label != SIE_TRANS &&
		    def->label != SIE_RTRANS && def->label != SIE_BTRANS) {
			rd->ver = VER_NONE;
			rd->ver_skip = 0;
			return 0;
		}
	} else if (p < n && l[p] == '}') {
		rd->ver = VER_NONE;
		rd->ver_skip = 0;
	} else if (p < n && l[p] == '{') {
		rd->ver = VER_OPEN;
	}
	return 1;
}

/* Reads the current line. Returns 0, or -1 with an error in rd->err not
 * yet reported. */
static int process_line(struct reader *rd)
{
	const struct label_def *def;
	const char *nul;
	size_t i;
	int t;
	char shown[128];

	if (rd->lineno == 1 && rd->len >= 3 &&
	    memcmp(rd->l, "\xEF\xBB\xBF", 3) == 0) {
		rd->l += 3;
		rd->len -= 3;
		rd->enc = ENC_UTF8;
		rd->enc_line = 1;
	}
	if (check_encoding(rd) < 0)
		return -1;
	nul = memchr(rd->l, '\0', rd->len);
	if (nul) {
		rd->fatal = 1;    /* a binary file, not text */
		return fail(rd, (size_t)(nul - rd->l), "raden innehåller ett "
			    "NUL-tecken");
	}
	if (rd->ver_skip && skipped(rd))
		return 0;
	rd->line_crc = rd->crc;
	t = tokenize(rd);
	if (t < 0)
		return -1;
	if (rd->ver == VER_HEAD && t != TOK_BLANK && t != TOK_OPEN) {
		/* reported, and the lines of its block passed over */
		fail(rd, 0, "väntade '{' efter #VER på rad %ld", rd->ver_line);
		report(rd);
		rd->ver_skip = 1;
		if (skipped(rd))
			return 0;
	}
	switch (t) {
	case TOK_BLANK:
		return 0;
	case TOK_OPEN:
		if (rd->ver != VER_HEAD)
			return fail(rd, 0, "'{' utan en #VER före");
		rd->ver = VER_OPEN;
		return 0;
	case TOK_CLOSE:
		return ver_end(rd);
	default:
		break;
	}
	def = find_label(rd->l + rd->label_at, rd->label_len);
	if (!def || def->skip) {
		if (!def)
			warn(rd, rd->label_at, "okänd etikett %s hoppas över",
			     show_raw(rd, shown, sizeof shown,
				      rd->l + rd->label_at, rd->label_len));
		rd->crc = rd->line_crc;
		return 0;
	}
	for (i = 0; i < rd->nfields; i++)
		if (rd->fields[i].kind == F_OPEN_BRACE &&
		    !(def->label == SIE_VER && i + 1 == rd->nfields))
			return fail(rd, rd->fields[i].at, "objektlistan avslutas "
				    "aldrig med '}'");
	convert(rd);
	if (def->label != SIE_KSUMMA)
		rd->crc = rd->line_crc;
	return record(rd, def->label);
}

/* The checks at the end of the file. */
static void finish(struct reader *rd)
{
	char name[160];

	if (rd->ver != VER_NONE && !rd->ver_skip) {
		fail_at(rd, rd->ver_line, rd->ver_col, "%s avslutas aldrig med '}'",
			ver_name(rd, name, sizeof name));
		report(rd);
	}
	/* after an error the checksum is not compared, nor missed */
	if (rd->ks == KS_COUNTING && rd->st->errors == 0) {
		fail_at(rd, rd->lineno, 0, "filen slutar utan den avslutande "
			"#KSUMMA som rad %ld utlovar (är filen avkortad?)",
			rd->ks_line);
		report(rd);
	}
}

/* The outcome: 0 without errors; the one error as it was; or how many
 * there were and the first of them, as many as a message holds. */
static int conclude(struct reader *rd)
{
	struct buf msg;
	const char *p = rd->listed.s;
	long n = rd->st->errors, shown = 0;
	static const char more[] = "\n  ...";

	if (n == 0)
		return 0;
	if (n == 1) {
		*rd->err = rd->first;
		return -1;
	}
	buf_init(&msg);
	buf_addf(&msg, "%ld fel i %s; ingenting lästes in:", n, rd->name);
	while (p && *p) {
		const char *end = strchr(p, '\n');
		size_t len = (size_t)(end - p);

		if (msg.len + 3 + len + sizeof more > ERR_MSG_MAX)
			break;
		buf_adds(&msg, "\n  ");
		buf_add(&msg, p, len);
		shown++;
		p = end + 1;
	}
	if (shown < n)
		buf_adds(&msg, more);
	err_set(rd->err, "%s", msg.s);
	buf_release(&msg);
	return -1;
}

int sie_read(FILE *f, const char *name, sie_record_fn on_record,
	     sie_warn_fn on_warn, sie_error_fn on_error, void *ctx,
	     struct sie_stats *stats, struct err *err)
{
	struct reader rd;
	struct sie_stats local;
	struct err scratch;
	int rc, got = 0;

	memset(&rd, 0, sizeof rd);
	if (!stats)
		stats = &local;
	memset(stats, 0, sizeof *stats);
	rd.f = f;
	rd.name = name ? name : "SIE-filen";
	rd.on_record = on_record;
	rd.on_warn = on_warn;
	rd.on_error = on_error;
	rd.ctx = ctx;
	rd.st = stats;
	rd.err = err ? err : &scratch;
	rd.chunk = xmalloc(CHUNK_BYTES);
	buf_init(&rd.raw);
	buf_init(&rd.utf);
	buf_init(&rd.tok);
	buf_init(&rd.tmp);
	buf_init(&rd.ver_id);
	buf_init(&rd.rt_key);
	buf_init(&rd.listed);

	while (!rd.fatal && (got = read_line(&rd)) > 0) {
		if (process_line(&rd) < 0) {
			/* a line with an error inside a #VER: the #VER is
			 * reported with it and passed over to its '}' */
			if (rd.ver != VER_NONE)
				rd.ver_skip = 1;
			report(&rd);
		}
	}
	if (got < 0)
		report(&rd);
	else if (!rd.fatal)
		finish(&rd);
	rc = conclude(&rd);
	stats->encoding_utf8 = rd.enc == ENC_UTF8;
	free(rd.chunk);
	free(rd.buf);
	free(rd.fields);
	buf_release(&rd.raw);
	buf_release(&rd.utf);
	buf_release(&rd.tok);
	buf_release(&rd.tmp);
	buf_release(&rd.ver_id);
	buf_release(&rd.rt_key);
	buf_release(&rd.listed);
	return rc;
}
