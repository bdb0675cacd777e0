/*
 * test_participant.c: the register's vocabularies, matched as staff write.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "model/participant.h"

static void test_vocab(void **state)
{
	(void)state;
	assert_string_equal(vocab_match(VOCAB_SEX, "Kvinna"), "kvinna");
	assert_string_equal(vocab_match(VOCAB_EDUCATION, "EFTERGYMNASIAL"), "eftergymnasial");
	assert_string_equal(vocab_match(VOCAB_EDUCATION, "Förgymnasial"), "förgymnasial");
	assert_string_equal(vocab_match(VOCAB_TIME_IN_SUPPORT, "2–5 år"), "2-5 år");
	assert_string_equal(vocab_match(VOCAB_TIME_IN_SUPPORT, " Över 5 år "), "över 5 år");
	assert_string_equal(vocab_match(VOCAB_EXIT_REASON, "Arbete och studier"), "arbete och studier");
	assert_string_equal(vocab_match(VOCAB_EXIT_REASON, "ÅLDERSGRÄNS"), "åldersgräns");
	assert_string_equal(vocab_match(VOCAB_SUPPORT, "Ingen offentlig försörjning"), "ingen offentlig försörjning");
	assert_null(vocab_match(VOCAB_SEX, "annat"));
	assert_null(vocab_match(VOCAB_EXIT_REASON, ""));
	assert_string_equal(vocab_words(VOCAB_SEX)[1], "man");
	assert_null(vocab_words(VOCAB_SEX)[2]);
	assert_string_equal(vocab_name(VOCAB_EXIT_REASON), "avslutsorsak");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vocab),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
