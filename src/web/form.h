/*
 * form.h: what a request brings, parsed: the fields of a query string or
 * an application/x-www-form-urlencoded body (percent-decoding, '+' as a
 * blank), and the cookies of a Cookie header. Everything is bounded: the
 * number of fields, the length of a name and of a value; what breaks a
 * rule, or decodes to a NUL byte or to text that is not UTF-8, is refused
 * whole, so a handler sees only well-formed text. Pure functions, fuzzed
 * (fuzz/fuzz_form.c).
 */
#ifndef FINSAM_WEB_FORM_H
#define FINSAM_WEB_FORM_H

#include <stddef.h>

struct err;

#define FORM_MAX_FIELDS 200
#define FORM_MAX_NAME 64              /* bytes of a field's name */
#define FORM_MAX_VALUE (64 * 1024)    /* bytes of a field's value, decoded */
#define COOKIE_MAX_COOKIES 50
#define COOKIE_MAX_VALUE 4096

struct form_field {
	char *name;
	char *value;
};

struct form {
	struct form_field *f;
	size_t n, cap;
};

/* Makes f empty. */
void form_init(struct form *f);
void form_release(struct form *f);

/* Parses "a=1&b=x+y%21" (s[0..n), not NUL-terminated) and adds the fields
 * to out, in order; an empty field ("a=1&&b=2") is skipped, a name without
 * '=' has the value "". Returns 0, or -1 with a message (a bad percent
 * escape, a decoded NUL, invalid UTF-8, a name or value too long, too many
 * fields); out then holds no field of s. */
int form_parse(struct form *out, const char *s, size_t n, struct err *err);

/* Parses a Cookie header ("a=1; b=2"); values are taken as they stand
 * (quotes around one are removed), names and values without blanks,
 * controls, ';' or ','. Same contract as form_parse. */
int form_parse_cookies(struct form *out, const char *header, struct err *err);

/* Decodes a URL's path s[0..n): percent escapes (a '+' stays a '+').
 * A new string the caller frees, or NULL with a message when an escape is
 * bad, a byte decodes to NUL or a control, or the result is not UTF-8 or
 * is longer than FORM_MAX_PATH. */
#define FORM_MAX_PATH 1024
char *form_decode_path(const char *s, size_t n, struct err *err);

/* A file sent in a multipart/form-data body (the bytes as they came). */
struct form_file {
	char field[FORM_MAX_NAME + 1];  /* the field's name, "" when none came */
	char name[256];                 /* the file's name as the browser gave it */
	char *data;                     /* owned; NULL when none came */
	size_t len;
};

/* Parses a multipart/form-data body s[0..n) whose Content-Type header is
 * content_type (it names the boundary): the text parts go to out as fields
 * (valid UTF-8, within the limits of form_parse), the first part with a
 * filename to *file (which the caller releases with form_file_release).
 * Returns 0, or -1 with a message when the body is not well formed; out
 * and *file then hold nothing of it. */
int form_parse_multipart(struct form *out, struct form_file *file, const char *content_type, const char *s,
			 size_t n, struct err *err);
void form_file_release(struct form_file *file);

/* The value of the first field called name, or NULL. */
const char *form_get(const struct form *f, const char *name);

/* 1 when a and b are the same string, in a time that depends only on
 * their lengths (for tokens); NULL equals nothing. */
int form_token_equal(const char *a, const char *b);

#endif
