/*
 * opts.c: the option parser every command uses. Small on purpose: long
 * options "--name VALUE" and "--name=VALUE", one-letter options "-o VALUE",
 * "--" ending the options, and --help everywhere.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static const struct cmd *current;

const struct cmd *cli_current(void)
{
	return current;
}

void cli_error(const char *msg)
{
	fprintf(stderr, "finsam: %s\n", msg);
}

int cli_usage(const struct cmd *c, const char *problem)
{
	if (problem)
		fprintf(stderr, "finsam: %s\n", problem);
	fprintf(stderr, "Användning: finsam %s\n(se 'finsam %s%s%s --help')\n", c->usage,
		c->name, c->sub ? " " : "", c->sub ? c->sub : "");
	return EXIT_BAD_INPUT;
}

int cli_year(const struct cmd *c, const char *s, int *year)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 1900 || v > 9999) {
		char msg[128];

		snprintf(msg, sizeof(msg), "ogiltigt år '%s' (skriv till exempel 2024)", s);
		cli_usage(c, msg);
		return -1;
	}
	*year = (int)v;
	return 0;
}

static const struct opt *find_opt(const struct opt *opts, const char *name, size_t len)
{
	for (; opts && opts->name; opts++)
		if (strlen(opts->name) == len && strncmp(opts->name, name, len) == 0)
			return opts;
	return NULL;
}

int cli_many(const struct cmd *c, int argc, char **argv, const struct opt *opts, const char *name,
	     const char **out, size_t max, size_t *n)
{
	size_t want = strlen(name);
	int i;

	*n = 0;
	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		const char *a = argv[i], *o, *value = NULL;
		const struct opt *opt;
		size_t len;

		if (a[0] != '-' || a[1] == '\0' || (a[1] >= '0' && a[1] <= '9'))
			continue;
		o = a + (a[1] == '-' ? 2 : 1);
		len = strcspn(o, "=");
		opt = find_opt(opts, o, len);
		if (!opt || !opt->has_arg)
			continue;
		value = o[len] == '=' ? o + len + 1 : (i + 1 < argc ? argv[++i] : NULL);
		if (len != want || strncmp(o, name, len) != 0 || !value)
			continue;
		if (*n == max) {
			char msg[128];

			snprintf(msg, sizeof(msg), "för många --%s (högst %zu)", name, max);
			cli_usage(c, msg);
			return -1;
		}
		out[(*n)++] = value;
	}
	return 0;
}

int cli_parse(const struct cmd *c, int argc, char **argv, const struct opt *opts,
	      const char **pos, size_t max_pos, size_t *n_pos)
{
	int i, only_pos = 0;
	char msg[256];

	current = c;
	*n_pos = 0;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		const struct opt *o;
		const char *name, *value = NULL;
		size_t len;

		/* "-40000" is a negative amount, not an option. */
		if (only_pos || a[0] != '-' || a[1] == '\0' || (a[1] >= '0' && a[1] <= '9')) {
			if (*n_pos >= max_pos) {
				snprintf(msg, sizeof(msg), "för många argument ('%s')", a);
				cli_usage(c, msg);
				return -1;
			}
			pos[(*n_pos)++] = a;
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_pos = 1;
			continue;
		}
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			printf("Användning: finsam %s\n\n%s", c->usage, c->help);
			return 1;
		}
		name = a + (a[1] == '-' ? 2 : 1);
		len = strcspn(name, "=");
		if (name[len] == '=')
			value = name + len + 1;
		o = find_opt(opts, name, len);
		if (!o) {
			snprintf(msg, sizeof(msg), "okänt val '%.*s'", (int)(len + (size_t)(name - a)), a);
			cli_usage(c, msg);
			return -1;
		}
		if (o->has_arg) {
			if (!value) {
				if (i + 1 >= argc) {
					snprintf(msg, sizeof(msg), "valet '%s' behöver ett värde", a);
					cli_usage(c, msg);
					return -1;
				}
				value = argv[++i];
			}
			*o->value = value;
		} else {
			if (value) {
				snprintf(msg, sizeof(msg), "valet '%.*s' tar inget värde", (int)(len + (size_t)(name - a)), a);
				cli_usage(c, msg);
				return -1;
			}
			*o->flag = 1;
		}
	}
	return 0;
}
