/*
 * form.c: query strings, urlencoded bodies and cookies, parsed with every
 * limit checked before a byte is copied (see form.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/err.h"
#include "base/pnr.h"
#include "base/text.h"
#include "base/xmalloc.h"
#include "web/form.h"

void form_init(struct form *f)
{
	f->f = NULL;
	f->n = f->cap = 0;
}

void form_release(struct form *f)
{
	size_t i;

	for (i = 0; i < f->n; i++) {
		free(f->f[i].name);
		free(f->f[i].value);
	}
	free(f->f);
	form_init(f);
}

/* Drops the fields from index `keep` on. */
static void form_truncate(struct form *f, size_t keep)
{
	while (f->n > keep) {
		f->n--;
		free(f->f[f->n].name);
		free(f->f[f->n].value);
	}
	if (keep == 0)
		form_release(f);
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decodes s[0..n) into a new string of at most max bytes; NULL with a
 * message when it cannot. */
static char *decode(const char *s, size_t n, size_t max, const char *what, int plus, struct err *err)
{
	char *out;
	size_t i, o = 0;

	out = xmalloc(n + 1);
	for (i = 0; i < n; i++) {
		char c = s[i];

		if (c == '+' && plus) {
			c = ' ';
		} else if (c == '%') {
			int hi = -1, lo = -1;

			if (i + 2 < n) {
				hi = hexval(s[i + 1]);
				lo = hexval(s[i + 2]);
			}
			if (hi < 0 || lo < 0) {
				err_set(err, "felaktig procentkodning i %s", what);
				goto fail;
			}
			c = (char)(hi * 16 + lo);
			i += 2;
		}
		if (c == '\0' || (!plus && ((unsigned char)c < 0x20 || c == 0x7f))) {
			err_set(err, "ett otillåtet styrtecken i %s", what);
			goto fail;
		}
		if (o == max) {
			err_set(err, "%s är för långt", what);
			goto fail;
		}
		out[o++] = c;
	}
	out[o] = '\0';
	if (!utf8_valid(out, o)) {
		err_set(err, "%s är inte giltig text (UTF-8)", what);
		goto fail;
	}
	return out;
fail:
	free(out);
	return NULL;
}

char *form_decode_path(const char *s, size_t n, struct err *err)
{
	if (n > 3 * FORM_MAX_PATH)
		return err_set(err, "adressen är för lång"), NULL;
	return decode(s, n, FORM_MAX_PATH, "adressen", 0, err);
}

static void add_field(struct form *f, char *name, char *value)
{
	f->f = xgrow(f->f, sizeof(*f->f), f->n + 1, &f->cap);
	f->f[f->n].name = name;
	f->f[f->n].value = value;
	f->n++;
}

int form_parse(struct form *out, const char *s, size_t n, struct err *err)
{
	size_t start = out->n, pos = 0, added = 0;

	while (pos < n) {
		const char *p = s + pos, *amp = memchr(p, '&', n - pos), *eq;
		size_t len = amp ? (size_t)(amp - p) : n - pos, name_len;
		char *name, *value;

		pos += len + (amp != NULL);
		if (len == 0)
			continue;
		if (++added > FORM_MAX_FIELDS) {
			err_set(err, "för många fält (högst %d)", FORM_MAX_FIELDS);
			goto fail;
		}
		eq = memchr(p, '=', len);
		name_len = eq ? (size_t)(eq - p) : len;
		/* An encoded name is at most three bytes per decoded one. */
		if (name_len > 3 * FORM_MAX_NAME || len - name_len > 3 * (size_t)FORM_MAX_VALUE + 1) {
			err_set(err, "ett fält är för långt");
			goto fail;
		}
		name = decode(p, name_len, FORM_MAX_NAME, "ett fältnamn", 1, err);
		if (!name)
			goto fail;
		value = eq ? decode(eq + 1, len - name_len - 1, FORM_MAX_VALUE, "ett fältvärde", 1, err) : xstrdup("");
		if (!value) {
			free(name);
			goto fail;
		}
		add_field(out, name, value);
	}
	return 0;
fail:
	form_truncate(out, start);
	return -1;
}

static int cookie_char(unsigned char c)
{
	return c > 0x20 && c < 0x7f && c != ';' && c != ',' && c != '"' && c != '\\';
}

int form_parse_cookies(struct form *out, const char *h, struct err *err)
{
	size_t start = out->n, count = 0;
	const char *p = h;

	while (p && *p) {
		const char *name, *value;
		size_t name_len, value_len;

		while (*p == ' ' || *p == '\t' || *p == ';')
			p++;
		if (!*p)
			break;
		name = p;
		while (cookie_char((unsigned char)*p) && *p != '=')
			p++;
		name_len = (size_t)(p - name);
		if (*p != '=' || name_len == 0 || name_len > FORM_MAX_NAME) {
			err_set(err, "felaktig kaka i huvudet Cookie");
			goto fail;
		}
		p++;
		if (*p == '"') {
			value = ++p;
			while (cookie_char((unsigned char)*p))
				p++;
			value_len = (size_t)(p - value);
			if (*p != '"') {
				err_set(err, "felaktig kaka i huvudet Cookie");
				goto fail;
			}
			p++;
		} else {
			value = p;
			while (cookie_char((unsigned char)*p))
				p++;
			value_len = (size_t)(p - value);
		}
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p && *p != ';') {
			err_set(err, "felaktig kaka i huvudet Cookie");
			goto fail;
		}
		if (value_len > COOKIE_MAX_VALUE || ++count > COOKIE_MAX_COOKIES) {
			err_set(err, "för stora eller för många kakor");
			goto fail;
		}
		add_field(out, xstrndup(name, name_len), xstrndup(value, value_len));
	}
	return 0;
fail:
	form_truncate(out, start);
	return -1;
}

const char *form_get(const struct form *f, const char *name)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->f[i].name, name) == 0)
			return f->f[i].value;
	return NULL;
}

int form_token_equal(const char *a, const char *b)
{
	size_t n, i;
	unsigned char diff = 0;

	if (!a || !b)
		return 0;
	n = strlen(a);
	if (n != strlen(b))
		return 0;
	for (i = 0; i < n; i++)
		diff |= (unsigned char)(a[i] ^ b[i]);
	return diff == 0;
}

void form_file_release(struct form_file *file)
{
	free(file->data);
	memset(file, 0, sizeof(*file));
}

static const char *find(const char *s, size_t n, const char *what, size_t what_n)
{
	size_t i;

	for (i = 0; what_n <= n && i <= n - what_n; i++)
		if (s[i] == what[0] && memcmp(s + i, what, what_n) == 0)
			return s + i;
	return NULL;
}

/* The value of parameter name ("boundary", "name", "filename") in a header
 * value s[0..n), quoted or not, into out; 0, or -1 when it is not there. */
static int header_param(const char *s, size_t n, const char *name, char *out, size_t out_n)
{
	size_t name_n = strlen(name), i = 0;

	while (i < n) {
		const char *semi = memchr(s + i, ';', n - i);
		size_t end = semi ? (size_t)(semi - s) : n, j = i, k = 0;

		while (j < end && (s[j] == ' ' || s[j] == '\t'))
			j++;
		if (end - j > name_n && strncasecmp(s + j, name, name_n) == 0 && s[j + name_n] == '=') {
			int quoted;

			j += name_n + 1;
			quoted = j < end && s[j] == '"';
			j += (size_t)quoted;
			while (j < end && (!quoted || s[j] != '"') && (quoted || (s[j] != ' ' && s[j] != '\t'))) {
				if (k + 1 >= out_n)
					return -1;
				out[k++] = s[j++];
			}
			out[k] = '\0';
			return 0;
		}
		i = end + 1;
	}
	return -1;
}

int form_parse_multipart(struct form *out, struct form_file *file, const char *content_type, const char *s,
			 size_t n, struct err *err)
{
	char boundary[80], delim[86];
	size_t start = out->n, delim_n, added = 0;
	const char *p, *end = s + n;

	memset(file, 0, sizeof(*file));
	if (header_param(content_type, strlen(content_type), "boundary", boundary, sizeof(boundary)) < 0 ||
	    !*boundary)
		return err_set(err, "formuläret saknar en giltig gräns (boundary)");
	delim_n = (size_t)snprintf(delim, sizeof(delim), "--%s", boundary);
	/* The first delimiter may stand at the very start. */
	p = find(s, n, delim, delim_n);
	if (!p) {
		err_set(err, "formuläret har inga delar");
		goto fail;
	}
	for (;;) {
		const char *head, *body, *next;
		char disp[512], name[FORM_MAX_NAME + 1], fname[256];
		size_t head_n, body_n;

		p += delim_n;
		if (end - p >= 2 && p[0] == '-' && p[1] == '-')
			break;          /* the closing delimiter */
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n') {
			err_set(err, "formuläret är inte välformat");
			goto fail;
		}
		head = p + 2;
		body = find(head, (size_t)(end - head), "\r\n\r\n", 4);
		if (!body) {
			err_set(err, "en del av formuläret saknar rubriker");
			goto fail;
		}
		head_n = (size_t)(body - head);
		body += 4;
		{
			char d2[90];
			size_t d2_n = (size_t)snprintf(d2, sizeof(d2), "\r\n%s", delim);

			next = find(body, (size_t)(end - body), d2, d2_n);
			if (!next) {
				err_set(err, "formuläret tar slut mitt i en del");
				goto fail;
			}
			body_n = (size_t)(next - body);
			p = next + 2;
		}
		if (++added > FORM_MAX_FIELDS) {
			err_set(err, "för många fält (högst %d)", FORM_MAX_FIELDS);
			goto fail;
		}
		/* The Content-Disposition line among the part's headers. */
		disp[0] = '\0';
		{
			const char *h = head;

			while (h < head + head_n) {
				const char *eol = find(h, (size_t)(head + head_n - h), "\r\n", 2);
				size_t len = eol ? (size_t)(eol - h) : (size_t)(head + head_n - h);

				if (len > 20 && strncasecmp(h, "Content-Disposition:", 20) == 0 && len - 20 < sizeof(disp))
					snprintf(disp, sizeof(disp), "%.*s", (int)(len - 20), h + 20);
				h += len + (eol ? 2 : 0);
			}
		}
		if (header_param(disp, strlen(disp), "name", name, sizeof(name)) < 0) {
			err_set(err, "en del av formuläret saknar namn");
			goto fail;
		}
		if (header_param(disp, strlen(disp), "filename", fname, sizeof(fname)) == 0) {
			if (!file->data) {
				snprintf(file->field, sizeof(file->field), "%s", name);
				/* The name is put into messages after they are
				 * made (for the server's own path): masked here,
				 * as err masks what messages take in. */
				pnr_mask(file->name, sizeof(file->name), fname);
				file->data = xmalloc(body_n + 1);
				memcpy(file->data, body, body_n);
				file->data[body_n] = '\0';
				file->len = body_n;
			}
			continue;
		}
		if (body_n > FORM_MAX_VALUE || memchr(body, '\0', body_n) || !utf8_valid(body, body_n) ||
		    !utf8_valid(name, strlen(name))) {
			err_set(err, "ett fält i formuläret är för långt eller inte giltig text");
			goto fail;
		}
		add_field(out, xstrdup(name), xstrndup(body, body_n));
	}
	return 0;
fail:
	form_truncate(out, start);
	form_file_release(file);
	return -1;
}
