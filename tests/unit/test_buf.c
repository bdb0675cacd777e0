/*
 * test_buf.c: the text buffer, the error messages (struct err) and the
 * allocation functions that abort instead of failing. The aborts are
 * checked in a child process, whose exit signal and stderr are looked at.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "base/xmalloc.h"

/* ---- buf ---- */

static void test_buf_empty(void **state)
{
	struct buf b;
	char *s;

	(void)state;
	buf_init(&b);
	assert_non_null(b.s);
	assert_string_equal(b.s, "");
	assert_int_equal(b.len, 0);
	buf_reset(&b);
	assert_string_equal(b.s, "");
	/* An untouched buffer can be released, and detached as a real "". */
	buf_release(&b);
	assert_string_equal(b.s, "");
	s = buf_detach(&b);
	assert_string_equal(s, "");
	free(s);
	buf_add(&b, NULL, 0);
	assert_int_equal(b.len, 0);
	buf_adds(&b, "");
	assert_string_equal(b.s, "");
	buf_release(&b);
}

static void test_buf_add(void **state)
{
	struct buf b;
	size_t cap;

	(void)state;
	buf_init(&b);
	buf_adds(&b, "Ånge");
	buf_addc(&b, ' ');
	buf_add(&b, "samordningsförbund, rest", strlen("samordningsförbund"));
	assert_string_equal(b.s, "Ånge samordningsförbund");
	assert_int_equal(b.len, strlen("Ånge samordningsförbund"));
	assert_true(b.cap > b.len);
	/* Bytes, NUL included, go in as they are. */
	buf_reset(&b);
	buf_add(&b, "a\0b", 3);
	assert_int_equal(b.len, 3);
	assert_memory_equal(b.s, "a\0b", 4);
	/* reset keeps the memory. */
	cap = b.cap;
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, cap);
	assert_string_equal(b.s, "");
	buf_release(&b);
}

static void test_buf_grows(void **state)
{
	struct buf b;
	char big[5000];
	int i;

	(void)state;
	buf_init(&b);
	for (i = 0; i < 5000; i++)
		buf_addc(&b, (char)('a' + i % 26));
	assert_int_equal(b.len, 5000);
	assert_true(b.cap >= 5001);
	assert_int_equal(b.s[5000], '\0');
	for (i = 0; i < 5000; i++)
		big[i] = (char)('a' + i % 26);
	assert_memory_equal(b.s, big, 5000);
	buf_release(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.s, "");
}

static void test_buf_self_append(void **state)
{
	struct buf b;
	int i;
	size_t k;

	(void)state;
	buf_init(&b);
	buf_adds(&b, "abc");
	/* Appending the buffer to itself while it grows (3 * 2^10 bytes). */
	for (i = 0; i < 10; i++)
		buf_add(&b, b.s, b.len);
	assert_int_equal(b.len, 3072);
	for (k = 0; k < b.len; k += 3)
		assert_memory_equal(b.s + k, "abc", 3);
	/* And a part of itself. */
	buf_reset(&b);
	buf_adds(&b, "0123456789");
	buf_add(&b, b.s + 2, 3);
	assert_string_equal(b.s, "0123456789234");
	buf_release(&b);
}

static void vadd(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
}

static void test_buf_addf(void **state)
{
	struct buf b;
	char long_text[1001];
	int i;

	(void)state;
	buf_init(&b);
	buf_addf(&b, "%s %d %s", "konto", 1930, "Företagskonto");
	assert_string_equal(b.s, "konto 1930 Företagskonto");
	/* Fits in the room left. */
	buf_addf(&b, "%c", '.');
	assert_string_equal(b.s, "konto 1930 Företagskonto.");
	buf_reset(&b);
	/* 0,1,...,999,: 10 + 90 * 2 + 900 * 3 = 2 890 digits and 1 000 commas. */
	for (i = 0; i < 1000; i++)
		buf_addf(&b, "%d,", i);
	assert_int_equal(b.len, 3890);
	assert_int_equal(strlen(b.s), 3890);
	assert_memory_equal(b.s, "0,1,2,", 6);
	assert_string_equal(b.s + b.len - 8, "998,999,");
	buf_reset(&b);
	/* Longer than any room there is: the measuring second pass. */
	memset(long_text, 'x', 1000);
	long_text[1000] = '\0';
	buf_addf(&b, "<%s>", long_text);
	assert_int_equal(b.len, 1002);
	assert_int_equal(b.s[0], '<');
	assert_int_equal(b.s[1001], '>');
	assert_int_equal(b.s[1002], '\0');
	buf_addf(&b, "%s", "");
	assert_int_equal(b.len, 1002);
	buf_release(&b);
	/* The va_list form, first on a buffer with no memory. */
	buf_init(&b);
	vadd(&b, "%05d|%-4s|%lld", 42, "ab", -12LL);
	assert_string_equal(b.s, "00042|ab  |-12");
	buf_release(&b);
}

static void test_buf_detach(void **state)
{
	struct buf b;
	char *s;

	(void)state;
	buf_init(&b);
	buf_adds(&b, "å");
	buf_addc(&b, '!');
	s = buf_detach(&b);
	assert_string_equal(s, "å!");
	assert_string_equal(b.s, "");
	assert_int_equal(b.len, 0);
	/* The buffer is ready for use again, with memory of its own. */
	buf_adds(&b, "ny");
	assert_string_equal(b.s, "ny");
	assert_string_equal(s, "å!");
	free(s);
	buf_release(&b);
}

/* ---- err ---- */

static void test_err_set(void **state)
{
	struct err err;
	char long_text[2000];

	(void)state;
	assert_int_equal(err_set(&err, "fel %d", 3), -1);
	assert_string_equal(err.msg, "fel 3");
	assert_int_equal(err_set(NULL, "ignoreras %d", 1), -1);
	/* The old message may be an argument of the new one. */
	err_set(&err, "kan inte tolka beloppet '%s'", "12,3,4");
	err_set(&err, "importen avbröts: %s", err.msg);
	assert_string_equal(err.msg, "importen avbröts: kan inte tolka beloppet '12,3,4'");
	/* Too long: cut at ERR_MSG_MAX - 1 bytes, still terminated. */
	memset(long_text, 'a', sizeof(long_text) - 1);
	long_text[sizeof(long_text) - 1] = '\0';
	err_set(&err, "%s", long_text);
	assert_int_equal(strlen(err.msg), ERR_MSG_MAX - 1);
	/* A cut that would split "å" drops the whole character. */
	memset(long_text, 'a', ERR_MSG_MAX - 2);
	memcpy(long_text + ERR_MSG_MAX - 2, "åäö", strlen("åäö") + 1);
	err_set(&err, "%s", long_text);
	assert_int_equal(strlen(err.msg), ERR_MSG_MAX - 2);
	assert_true(utf8_valid(err.msg, strlen(err.msg)));
	/* Exactly ERR_MSG_MAX - 1 bytes fit whole. */
	long_text[ERR_MSG_MAX - 1] = '\0';
	long_text[ERR_MSG_MAX - 2] = 'b';
	err_set(&err, "%s", long_text);
	assert_int_equal(strlen(err.msg), ERR_MSG_MAX - 1);
	assert_int_equal(err.msg[ERR_MSG_MAX - 2], 'b');
}

static void test_err_set_at(void **state)
{
	struct err err;

	(void)state;
	assert_int_equal(err_set_at(&err, "bok.se", 17, 5, "kan inte tolka beloppet '%s'", "12,3,4"), -1);
	assert_string_equal(err.msg, "bok.se, rad 17, kolumn 5: kan inte tolka beloppet '12,3,4'");
	err_set_at(&err, "bok.se", 17, 0, "x");
	assert_string_equal(err.msg, "bok.se, rad 17: x");
	err_set_at(&err, "bok.se", 17, -1, "x");
	assert_string_equal(err.msg, "bok.se, rad 17: x");
	err_set_at(&err, "bok.se", 0, 5, "x");
	assert_string_equal(err.msg, "bok.se: x");
	err_set_at(&err, "bok.se", -3, 0, "x");
	assert_string_equal(err.msg, "bok.se: x");
	/* Without a file name there is nothing to put before the line. */
	err_set_at(&err, NULL, 17, 5, "x");
	assert_string_equal(err.msg, "rad 17, kolumn 5: x");
	err_set_at(&err, "", 17, 0, "x");
	assert_string_equal(err.msg, "rad 17: x");
	err_set_at(&err, NULL, 0, 0, "bara %s", "texten");
	assert_string_equal(err.msg, "bara texten");
	err_set_at(&err, "bok.se", 2147483648L, 1, "x");
	assert_string_equal(err.msg, "bok.se, rad 2147483648, kolumn 1: x");
	/* The old message as an argument. */
	err_set(&err, "okänt konto");
	err_set_at(&err, "bok.se", 3, 0, "%s", err.msg);
	assert_string_equal(err.msg, "bok.se, rad 3: okänt konto");
	assert_int_equal(err_set_at(NULL, "bok.se", 1, 1, "x"), -1);
}

static void test_err_prefix(void **state)
{
	struct err err;
	char long_text[ERR_MSG_MAX + 10];

	(void)state;
	err_set_at(&err, "bok.se", 17, 0, "x");
	assert_int_equal(err_prefix(&err, "import"), -1);
	assert_string_equal(err.msg, "import: bok.se, rad 17: x");
	err_prefix(&err, "förbund %d", 4);
	assert_string_equal(err.msg, "förbund 4: import: bok.se, rad 17: x");
	err_set(&err, "%s", "");
	err_prefix(&err, "tomt");
	assert_string_equal(err.msg, "tomt: ");
	/* A long prefix pushes the tail out, never past the end. */
	memset(long_text, 'p', sizeof(long_text) - 1);
	long_text[sizeof(long_text) - 1] = '\0';
	err_set(&err, "meddelandet");
	err_prefix(&err, "%s", long_text);
	assert_int_equal(strlen(err.msg), ERR_MSG_MAX - 1);
	assert_int_equal(err.msg[0], 'p');
	assert_null(strstr(err.msg, "meddelandet"));
	assert_int_equal(err_prefix(NULL, "x"), -1);
}

/* What a refusal needs and where the command line looks: kept through a
 * prefix, gone with the next message. */
static void test_err_need_see(void **state)
{
	struct err err;

	(void)state;
	err_set(&err, "beslutet är daterat %d", 2099);
	assert_int_equal(err.need, 0);
	assert_string_equal(err.see, "");
	assert_int_equal(err_need(&err, ERR_NEED_PLANNED), -1);
	assert_int_equal(err_need(&err, ERR_NEED_AGAIN), -1);
	assert_int_equal(err_see(&err, "finsam insats decision edit %d", 7), -1);
	err_prefix(&err, "rad 3");
	assert_string_equal(err.msg, "rad 3: beslutet är daterat 2099");
	assert_int_equal(err.need, ERR_NEED_PLANNED | ERR_NEED_AGAIN);
	assert_string_equal(err.see, "finsam insats decision edit 7");
	assert_int_equal(err_field(&err, "date"), -1);
	assert_string_equal(err.field, "date");
	err_set_at(&err, "lista.csv", 2, 0, "fel");
	assert_string_equal(err.field, "");
	assert_int_equal(err.need, 0);
	assert_string_equal(err.see, "");
	assert_int_equal(err_need(NULL, ERR_NEED_FORCE), -1);
	assert_int_equal(err_see(NULL, "x"), -1);
}

/* ---- xmalloc ---- */

static void test_xmalloc(void **state)
{
	unsigned char *p;
	int *z;
	char *s;
	size_t i;

	(void)state;
	/* Zero bytes still give a pointer that can be freed. */
	p = xmalloc(0);
	assert_non_null(p);
	free(p);
	z = xcalloc(0, sizeof(int));
	assert_non_null(z);
	free(z);
	z = xcalloc(100, sizeof(int));
	for (i = 0; i < 100; i++)
		assert_int_equal(z[i], 0);
	free(z);
	p = xrealloc(NULL, 4);
	memcpy(p, "abc", 4);
	p = xrealloc(p, 4000);
	assert_string_equal((char *)p, "abc");
	p = xrealloc(p, 0);
	assert_non_null(p);
	free(p);

	s = xstrdup("Ånge");
	assert_string_equal(s, "Ånge");
	free(s);
	s = xstrdup("");
	assert_string_equal(s, "");
	free(s);
	s = xstrndup("abcdef", 3);
	assert_string_equal(s, "abc");
	free(s);
	s = xstrndup("ab", 10);
	assert_string_equal(s, "ab");
	free(s);
	s = xstrndup("ab", 0);
	assert_string_equal(s, "");
	free(s);
}

static void test_xgrow(void **state)
{
	long *a = NULL, *same;
	size_t cap = 0, i;

	(void)state;
	a = xgrow(a, sizeof(*a), 1, &cap);
	assert_int_equal(cap, 8);
	for (i = 0; i < 8; i++)
		a[i] = (long)i;
	/* Enough room: nothing moves. */
	same = xgrow(a, sizeof(*a), 8, &cap);
	assert_ptr_equal(same, a);
	assert_int_equal(cap, 8);
	a = xgrow(a, sizeof(*a), 9, &cap);
	assert_int_equal(cap, 16);
	a = xgrow(a, sizeof(*a), 100, &cap);
	assert_int_equal(cap, 128);
	for (i = 0; i < 8; i++)
		assert_int_equal(a[i], (long)i);
	a[127] = 127;
	free(a);
}

/* Runs fn in a child with stderr to a pipe; asserts that it aborted and
 * that what it wrote contains want. */
static void expect_abort(void (*fn)(void), const char *want)
{
	int fds[2], status;
	char out[512];
	size_t got = 0;
	ssize_t n;
	pid_t pid;

	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], 2);
		fn();
		_exit(0);
	}
	close(fds[1]);
	while (got < sizeof(out) - 1 && (n = read(fds[0], out + got, sizeof(out) - 1 - got)) > 0)
		got += (size_t)n;
	out[got] = '\0';
	close(fds[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGABRT);
	if (!strstr(out, want))
		fail_msg("stderr was '%s', want '%s'", out, want);
}

static void calloc_overflow(void)
{
	free(xcalloc(SIZE_MAX / 2 + 1, 2));
}

static void grow_overflow(void)
{
	size_t cap = 0;

	free(xgrow(NULL, 16, SIZE_MAX / 8, &cap));
}

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

#ifndef UNDER_ASAN
static void malloc_huge(void)
{
	free(xmalloc(SIZE_MAX - 4096));
}
#endif

static void test_xmalloc_aborts(void **state)
{
	(void)state;
	expect_abort(calloc_overflow, "finsam: för stor minnesbegäran");
	expect_abort(grow_overflow, "finsam: för stor minnesbegäran");
#ifndef UNDER_ASAN
	/* AddressSanitizer reports a request this size itself, before malloc
	 * could return NULL, so this one is only checked without it. */
	expect_abort(malloc_huge, "finsam: slut på minne");
#endif
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buf_empty),
		cmocka_unit_test(test_buf_add),
		cmocka_unit_test(test_buf_grows),
		cmocka_unit_test(test_buf_self_append),
		cmocka_unit_test(test_buf_addf),
		cmocka_unit_test(test_buf_detach),
		cmocka_unit_test(test_err_set),
		cmocka_unit_test(test_err_set_at),
		cmocka_unit_test(test_err_prefix),
		cmocka_unit_test(test_err_need_see),
		cmocka_unit_test(test_xmalloc),
		cmocka_unit_test(test_xgrow),
		cmocka_unit_test(test_xmalloc_aborts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
