/*
 * fuzz_route.c: libFuzzer target for the web's route table: any method
 * and path finds a page or none, with its '*' segments (freed here) and
 * the methods allowed when only the method is wrong.
 */
#include "base/err.h"
#include "fuzz_util.h"
#include "web/web_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf, *s[2];
	char *params[3] = { NULL, NULL, NULL };
	char allow[64];
	int other;
	const struct route *r;
	const char *method;

	if (fuzz_split(data, size, ' ', s, 2, &buf) < 2) {
		free(buf);
		return 0;
	}
	/* The method as the server hands it over: one of a few, or the bytes. */
	method = s[0][0] == 'G' ? "GET" : s[0][0] == 'P' ? "POST" : s[0];
	r = web_route_find(method, s[1], params, &other, allow, sizeof(allow));
	if (r) {
		web_route_allows(r, ROLE_ADMIN);
		if (strcmp(r->method, method) != 0)
			abort();
	} else if (other && !allow[0]) {
		abort();
	}
	free(params[0]);
	free(params[1]);
	free(params[2]);
	free(buf);
	return 0;
}
