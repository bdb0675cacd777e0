/*
 * tmp.c: the place of temporary files (see tmp.h).
 */
#include <stdio.h>
#include <stdlib.h>

#include "base/tmp.h"

const char *tmp_base(void)
{
	const char *dir = getenv("TMPDIR");

	return dir && *dir ? dir : "/tmp";
}

int tmp_template(char *out, size_t n, const char *what)
{
	int len = snprintf(out, n, "%s/finsam-%s-XXXXXX", tmp_base(), what);

	return len < 0 || (size_t)len >= n ? -1 : 0;
}
