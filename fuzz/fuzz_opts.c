/*
 * fuzz_opts.c: libFuzzer target for the command line's option parser: any
 * words (the input cut at NUL bytes) give options and arguments, the help,
 * or a usage message, never a crash or a read past the words.
 */
#include <stdio.h>

#include "cli/cli.h"
#include "fuzz_util.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

static const struct cmd fuzz_cmd = { "fuzz", "test", "fuzz test [--year ÅR] [-o FIL] ORD...",
				     "Provar tolkningen av val.", "Provar tolkningen av val.\n", NULL };

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* The usage messages would drown the fuzzer's own lines; the
	 * sanitizers write to the descriptor, not through stderr. */
	stdout = fopen("/dev/null", "w");
	stderr = fopen("/dev/null", "w");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf, *words[33];
	const char *pos[4], *year = NULL, *out = NULL, *format = NULL;
	int draft = 0, all = 0;
	const struct opt opts[] = {
		{ "year", 1, &year, NULL }, { "o", 1, &out, NULL },   { "format", 1, &format, NULL },
		{ "draft", 0, NULL, &draft }, { "all", 0, NULL, &all }, { NULL, 0, NULL, NULL },
	};
	size_t n, n_pos, i;
	int rc, y;

	n = fuzz_split(data, size, '\0', words + 1, 31, &buf);
	words[0] = "test";
	words[n + 1] = NULL;
	rc = cli_parse(&fuzz_cmd, (int)n + 1, words, opts, pos, 4, &n_pos);
	if (rc == 0) {
		if (n_pos > 4)
			abort();
		for (i = 0; i < n_pos; i++)
			if (strlen(pos[i]) > size)
				abort();
		if (year)
			cli_year(&fuzz_cmd, year, &y);
	}
	free(buf);
	return 0;
}
