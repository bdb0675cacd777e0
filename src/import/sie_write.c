/*
 * sie_write.c: the SIE 4 writer. Each record becomes one line in PC8
 * (CP437) with CRLF, fields separated by one space; names and texts are
 * always quoted, codes only when they must be, numbers never. Whatever it
 * writes, sie_read reads back into the same records. Between an opening
 * and a closing #KSUMMA it keeps the checksum of what it wrote, so the
 * closing one carries the value that matches the file.
 */
#include "import/sie.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/err.h"
#include "base/money.h"
#include "base/text.h"
#include "base/xmalloc.h"
#include "import/sie_int.h"

#define FIELDS_MAX 8
#define SHOW_MAX 60

struct sie_writer {
	FILE *f;
	struct buf line;     /* the line being built, in CP437 */
	struct buf tmp;
	int ks_open;         /* an opening #KSUMMA has been written */
	uint32_t crc;        /* over what was written since */
};

enum wkind {
	W_RAW,       /* numbers, dates, account numbers: ASCII, never quoted */
	W_TEXT,      /* names and texts: always quoted */
	W_CODE,      /* codes: quoted when they would not read back otherwise */
	W_OBJECTS    /* a canonical object list, written in braces */
};

struct wfield {
	enum wkind kind;
	const char *s;    /* NULL: absent, written as "" if a later field is not */
};

struct wline {
	struct wfield f[FIELDS_MAX];
	char num[FIELDS_MAX][48];
	size_t n;
};

struct sie_writer *sie_writer_new(FILE *f)
{
	struct sie_writer *w = xcalloc(1, sizeof *w);

	w->f = f;
	buf_init(&w->line);
	buf_init(&w->tmp);
	return w;
}

static void add(struct wline *ln, enum wkind kind, const char *s)
{
	ln->f[ln->n].kind = kind;
	ln->f[ln->n].s = s;
	ln->n++;
}

static void add_int(struct wline *ln, long v)
{
	snprintf(ln->num[ln->n], sizeof ln->num[0], "%ld", v);
	add(ln, W_RAW, ln->num[ln->n]);
}

static void add_date(struct wline *ln, struct date d)
{
	if (!date_is_set(d)) {
		add(ln, W_RAW, NULL);
		return;
	}
	date_format_compact(ln->num[ln->n], d);
	add(ln, W_RAW, ln->num[ln->n]);
}

static void add_amount(struct wline *ln, int64_t ore)
{
	money_format(ln->num[ln->n], sizeof ln->num[0], ore, MONEY_STYLE_SIE);
	add(ln, W_RAW, ln->num[ln->n]);
}

/* Copies UTF-8 s into out for a message, at most SHOW_MAX characters. */
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

/* The CP437 form of UTF-8 s[0..n) in w->tmp. A line break or other
 * control character would break the line apart, so it becomes a space. */
static int to_cp437(struct sie_writer *w, const char *s, size_t n,
		    struct err *err)
{
	size_t i;
	char shown[128];

	buf_reset(&w->tmp);
	if (utf8_to_cp437(&w->tmp, s, n) < 0)
		return err_set(err, "texten '%s' innehåller tecken som inte finns "
			       "i teckentabellen PC8 (CP437)",
			       show(shown, sizeof shown, s));
	for (i = 0; i < w->tmp.len; i++)
		if ((unsigned char)w->tmp.s[i] < 0x20 || w->tmp.s[i] == 0x7F)
			w->tmp.s[i] = ' ';
	return 0;
}

static void put_quoted(struct sie_writer *w, const char *s, size_t n)
{
	size_t i;

	buf_addc(&w->line, '"');
	for (i = 0; i < n; i++) {
		if (s[i] == '"' || s[i] == '\\')
			buf_addc(&w->line, '\\');
		buf_addc(&w->line, s[i]);
	}
	buf_addc(&w->line, '"');
}

static int needs_quotes(const char *s, size_t n)
{
	size_t i;

	if (n == 0)
		return 1;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c <= ' ' || c >= 0x7F || c == '"' || c == '{' || c == '}' ||
		    c == '\\')
			return 1;
	}
	return 0;
}

/* Writes a canonical object list (1 "10" 6 "20") as {1 "10" 6 "20"} in
 * CP437, checking its form on the way. */
static int put_objects(struct sie_writer *w, const char *s, uint32_t *crc,
		       struct err *err)
{
	struct buf code;
	int count = 0, rc = -1;
	const char *p = s;
	char shown[128];

	buf_init(&code);
	buf_addc(&w->line, '{');
	for (;;) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		if (count % 2 == 0) {
			const char *d = p;

			while (*p >= '0' && *p <= '9')
				p++;
			if (p == d || (*p != ' ' && *p != '\0'))
				goto bad;
			if (count > 0)
				buf_addc(&w->line, ' ');
			buf_add(&w->line, d, (size_t)(p - d));
			*crc = sie__crc32(*crc, d, (size_t)(p - d));
		} else {
			if (*p++ != '"')
				goto bad;
			buf_reset(&code);
			while (*p && *p != '"') {
				if (*p == '\\' && (p[1] == '"' || p[1] == '\\'))
					p++;
				buf_addc(&code, *p++);
			}
			if (*p++ != '"')
				goto bad;
			if (to_cp437(w, code.s, code.len, err) < 0)
				goto out;
			buf_addc(&w->line, ' ');
			put_quoted(w, w->tmp.s, w->tmp.len);
			*crc = sie__crc32(*crc, w->tmp.s, w->tmp.len);
		}
		count++;
	}
	if (count % 2)
		goto bad;
	buf_addc(&w->line, '}');
	rc = 0;
	goto out;
bad:
	err_set(err, "objektlistan '%s' har fel form (väntade till exempel "
		"1 \"10\" 6 \"20\")", show(shown, sizeof shown, s));
out:
	buf_release(&code);
	return rc;
}

/* Builds the line for label and ln's fields, dropping absent fields at the
 * end, and adds what it wrote to *crc. */
static int build(struct sie_writer *w, const char *label, struct wline *ln,
		 uint32_t *crc, struct err *err)
{
	size_t i, n = ln->n;

	while (n > 0 && !ln->f[n - 1].s && ln->f[n - 1].kind != W_OBJECTS)
		n--;
	buf_reset(&w->line);
	buf_adds(&w->line, label);
	*crc = sie__crc32(*crc, label, strlen(label));
	for (i = 0; i < n; i++) {
		const struct wfield *f = &ln->f[i];

		buf_addc(&w->line, ' ');
		if (f->kind == W_OBJECTS) {
			if (put_objects(w, f->s ? f->s : "", crc, err) < 0)
				return -1;
			continue;
		}
		if (!f->s) {
			buf_adds(&w->line, "\"\"");
			continue;
		}
		if (to_cp437(w, f->s, strlen(f->s), err) < 0)
			return -1;
		if (f->kind == W_TEXT ||
		    (f->kind == W_CODE && needs_quotes(w->tmp.s, w->tmp.len)))
			put_quoted(w, w->tmp.s, w->tmp.len);
		else
			buf_add(&w->line, w->tmp.s, w->tmp.len);
		*crc = sie__crc32(*crc, w->tmp.s, w->tmp.len);
	}
	buf_adds(&w->line, "\r\n");
	return 0;
}

static int need(const struct sie_record *r, const char *s, const char *what,
		struct err *err)
{
	if (!s)
		return err_set(err, "%s saknar %s", sie_label_name(r->label), what);
	return 0;
}

static int need_account(const struct sie_record *r, struct err *err)
{
	char shown[128];

	if (need(r, r->account, "kontonummer", err) < 0)
		return -1;
	if (!sie__account_ok(r->account))
		return err_set(err, "%s: ogiltigt kontonummer '%s'",
			       sie_label_name(r->label),
			       show(shown, sizeof shown, r->account));
	return 0;
}

static int check_quantity(const struct sie_record *r, struct err *err)
{
	char shown[128];

	if (r->quantity && r->quantity[0] && !sie__quantity_ok(r->quantity))
		return err_set(err, "%s: kan inte skriva kvantiteten '%s'",
			       sie_label_name(r->label),
			       show(shown, sizeof shown, r->quantity));
	return 0;
}

static int need_date(const struct sie_record *r, struct date d,
		     const char *what, struct err *err)
{
	if (!date_is_set(d))
		return err_set(err, "%s saknar %s", sie_label_name(r->label), what);
	return 0;
}

/* The fields of r in the order of the standard; -1 when a required one is
 * missing or cannot be written. */
static int fields(const struct sie_record *r, struct wline *ln, struct err *err)
{
	switch (r->label) {
	case SIE_FLAGGA:
		add_int(ln, r->flag);
		break;
	case SIE_FORMAT:
		add(ln, W_CODE, r->code ? r->code : "PC8");
		break;
	case SIE_SIETYP:
	case SIE_TAXAR:
		add_int(ln, r->number);
		break;
	case SIE_PROGRAM:
		if (need(r, r->name, "programnamn", err) < 0)
			return -1;
		add(ln, W_TEXT, r->name);
		add(ln, W_CODE, r->version);
		break;
	case SIE_GEN:
		if (need_date(r, r->date, "datum", err) < 0)
			return -1;
		add_date(ln, r->date);
		add(ln, W_TEXT, r->sign);
		break;
	case SIE_FNAMN:
		if (need(r, r->name, "företagsnamn", err) < 0)
			return -1;
		add(ln, W_TEXT, r->name);
		break;
	case SIE_FNR:
	case SIE_KPTYP:
	case SIE_VALUTA:
		if (need(r, r->code, "kod", err) < 0)
			return -1;
		add(ln, W_CODE, r->code);
		break;
	case SIE_ORGNR:
		add(ln, W_CODE, r->code);
		if (r->orgnr_part)
			add_int(ln, r->orgnr_part);
		break;
	case SIE_ADRESS:
		add(ln, W_TEXT, r->name);
		add(ln, W_TEXT, r->text);
		add(ln, W_TEXT, r->text2);
		add(ln, W_TEXT, r->text3);
		break;
	case SIE_RAR:
		if (need_date(r, r->date, "startdatum", err) < 0 ||
		    need_date(r, r->date2, "slutdatum", err) < 0)
			return -1;
		add_int(ln, r->number);
		add_date(ln, r->date);
		add_date(ln, r->date2);
		break;
	case SIE_KONTO:
		if (need_account(r, err) < 0)
			return -1;
		add(ln, W_RAW, r->account);
		add(ln, W_TEXT, r->name);
		break;
	case SIE_KTYP:
	case SIE_SRU:
		if (need_account(r, err) < 0 || need(r, r->code, "kod", err) < 0)
			return -1;
		add(ln, W_RAW, r->account);
		add(ln, W_CODE, r->code);
		break;
	case SIE_ENHET:
		if (need_account(r, err) < 0 || need(r, r->code, "enhet", err) < 0)
			return -1;
		add(ln, W_RAW, r->account);
		add(ln, W_TEXT, r->code);
		break;
	case SIE_DIM:
		add_int(ln, r->number);
		add(ln, W_TEXT, r->name);
		break;
	case SIE_UNDERDIM:
		add_int(ln, r->number);
		add(ln, W_TEXT, r->name ? r->name : "");
		add_int(ln, r->parent);
		break;
	case SIE_OBJEKT:
		if (need(r, r->code, "objektkod", err) < 0)
			return -1;
		add_int(ln, r->number);
		add(ln, W_TEXT, r->code);
		add(ln, W_TEXT, r->name);
		break;
	case SIE_IB: case SIE_UB: case SIE_RES:
	case SIE_OIB: case SIE_OUB: case SIE_PSALDO: case SIE_PBUDGET:
		if (need_account(r, err) < 0 || check_quantity(r, err) < 0)
			return -1;
		add_int(ln, r->number);
		if (r->label == SIE_PSALDO || r->label == SIE_PBUDGET) {
			snprintf(ln->num[ln->n], sizeof ln->num[0], "%06d",
				 r->period);
			add(ln, W_RAW, ln->num[ln->n]);
		}
		add(ln, W_RAW, r->account);
		if (r->label != SIE_IB && r->label != SIE_UB && r->label != SIE_RES)
			add(ln, W_OBJECTS, r->objects);
		add_amount(ln, r->amount);
		add(ln, W_RAW, r->quantity);
		break;
	case SIE_VER:
		if (need_date(r, r->date, "datum", err) < 0)
			return -1;
		/* series and number always quoted: either may be empty */
		add(ln, W_TEXT, r->code ? r->code : "");
		add(ln, W_TEXT, r->version ? r->version : "");
		add_date(ln, r->date);
		add(ln, W_TEXT, r->text);
		add_date(ln, r->date2);
		add(ln, W_TEXT, r->sign);
		break;
	case SIE_TRANS: case SIE_RTRANS: case SIE_BTRANS:
		if (need_account(r, err) < 0 || check_quantity(r, err) < 0)
			return -1;
		add(ln, W_RAW, r->account);
		add(ln, W_OBJECTS, r->objects);
		add_amount(ln, r->amount);
		add_date(ln, r->date);
		add(ln, W_TEXT, r->text);
		add(ln, W_RAW, r->quantity && r->quantity[0] ? r->quantity : NULL);
		add(ln, W_TEXT, r->sign);
		break;
	case SIE_KSUMMA: case SIE_VER_END: case SIE__MAX:
		break;
	}
	return 0;
}

static int put_line(struct sie_writer *w, const char *s, size_t n,
		    struct err *err)
{
	if (fwrite(s, 1, n, w->f) != n)
		return err_set(err, "kan inte skriva SIE-filen: %s", strerror(errno));
	return 0;
}

int sie_write(struct sie_writer *w, const struct sie_record *r, struct err *err)
{
	struct wline ln;
	uint32_t crc = w->crc;
	char num[32];

	if ((int)r->label < 0 || r->label >= SIE__MAX)
		return err_set(err, "okänd posttyp %d", (int)r->label);
	if (r->label == SIE_VER_END)
		return put_line(w, "}\r\n", 3, err);
	if (r->label == SIE_KSUMMA) {
		if (!r->has_checksum) {
			w->ks_open = 1;
			w->crc = 0;
			return put_line(w, "#KSUMMA\r\n", 9, err);
		}
		snprintf(num, sizeof num, "#KSUMMA %lu\r\n",
			 (unsigned long)(w->ks_open ? w->crc : r->checksum));
		w->ks_open = 0;
		return put_line(w, num, strlen(num), err);
	}
	memset(&ln, 0, sizeof ln);
	if (fields(r, &ln, err) < 0 ||
	    build(w, sie_label_name(r->label), &ln, &crc, err) < 0)
		return -1;
	if (r->label == SIE_VER)
		buf_adds(&w->line, "{\r\n");
	if (put_line(w, w->line.s, w->line.len, err) < 0)
		return -1;
	if (w->ks_open)
		w->crc = crc;
	return 0;
}

int sie_writer_free(struct sie_writer *w, struct err *err)
{
	int rc = 0;

	if (!w)
		return 0;
	if (fflush(w->f) != 0 || ferror(w->f))
		rc = err_set(err, "kan inte skriva SIE-filen: %s", strerror(errno));
	buf_release(&w->line);
	buf_release(&w->tmp);
	free(w);
	return rc;
}
