/*
 * fuzz_util.h: what the libFuzzer targets share: the input cut into
 * NUL-ended strings (a fuzzer's bytes as several fields of text).
 */
#ifndef FINSAM_FUZZ_UTIL_H
#define FINSAM_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Cuts data at each byte sep into at most max strings (the last takes the
 * rest), copied into *buf (freed by the caller); returns how many. */
static inline size_t fuzz_split(const uint8_t *data, size_t size, char sep, char **out, size_t max, char **buf)
{
	size_t i, n = 0;
	char *s = malloc(size + 1);

	*buf = s;
	if (!s || max == 0)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	out[n++] = s;
	for (i = 0; i < size && n < max; i++)
		if (s[i] == sep) {
			s[i] = '\0';
			out[n++] = s + i + 1;
		}
	return n;
}

#endif
