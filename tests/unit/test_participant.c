/*
 * test_participant.c: the register's vocabularies, matched as staff write.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
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

static void test_code(void **state)
{
	struct err err;

	(void)state;
	assert_int_equal(participant_code_check("N001", &err), 0);
	assert_int_equal(participant_code_check("Unga-2025_07.b", &err), 0);
	assert_int_equal(participant_code_check("Åsa-Ö1", &err), 0);
	assert_int_equal(participant_code_check("1234", &err), 0);          /* a serial number is fine */
	assert_int_equal(participant_code_check("", &err), -1);
	assert_string_equal(err.msg, "deltagarkoden saknas");
	assert_int_equal(participant_code_check(NULL, &err), -1);
	assert_int_equal(participant_code_check("<script>", &err), -1);
	assert_string_equal(err.msg, "deltagarkoden '<script>' får bara ha bokstäver, siffror, '-', '_' och '.'");
	assert_int_equal(participant_code_check("a b", &err), -1);
	assert_int_equal(participant_code_check("abcdefghijabcdefghijabcdefghijabc", &err), -1);   /* 33 */
	assert_string_equal(err.msg, "deltagarkoden är för lång (högst 32 tecken)");
	assert_int_equal(participant_code_check("ååååååååååååååååååååååååååååååå", &err), 0);   /* 31, 62 bytes */
	assert_int_equal(participant_code_check("åååååååååååååååååååååååååååååååå", &err), -1);  /* 32, 64 bytes */
	/* A personal identity number, in any of its forms, is never a code. */
	assert_int_equal(participant_code_check("199001011239", &err), -1);
	assert_string_equal(err.msg, "deltagarkoden får inte vara ett personnummer: använd förbundets egen kod och "
				     "ange personnumret för sig");
	assert_int_equal(participant_code_check("19900101-1239", &err), -1);
	assert_int_equal(participant_code_check("900101-1239", &err), -1);
	assert_int_equal(participant_code_check("9001011239", &err), -1);
	assert_int_equal(participant_code_check("900101+1239", &err), -1);
	assert_int_equal(participant_code_check("anonym-12", &err), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vocab),
		cmocka_unit_test(test_code),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
