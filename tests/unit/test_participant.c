/*
 * test_participant.c: the register's vocabularies, matched as staff write,
 * and the plausibility rules of an enrolment and its exit.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/intervention.h"
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

static struct date d(int y, int m, int day)
{
	return (struct date){ y, m, day };
}

static void test_plausible(void **state)
{
	const struct date today = d(2025, 6, 15);
	struct participant p = { .code = "U1", .sex = "kvinna", .birth_year = 2000 };
	struct intervention iv;
	struct enrolment e;
	struct err err;

	(void)state;
	memset(&iv, 0, sizeof(iv));
	memcpy(iv.name, "Unga", 5);
	memset(&e, 0, sizeof(e));
	e.enrolled = d(2025, 6, 15);
	/* Today is fine; tomorrow only when planned. */
	assert_int_equal(enrolment_plausible(&e, &p, &iv, today, 0, &err), 0);
	e.enrolled = d(2025, 6, 16);
	assert_int_equal(enrolment_plausible(&e, &p, &iv, today, 0, &err), -1);
	assert_string_equal(err.msg, "inskrivningsdatumet 2025-06-16 ligger efter i dag (2025-06-15); ett senare "
				     "datum är bara tillåtet för en planerad inskrivning");
	/* The message names no option: the front end asks for the confirmation. */
	assert_int_equal(err.need, ERR_NEED_PLANNED);
	assert_int_equal(enrolment_plausible(&e, &p, &iv, today, ENROLMENT_PLANNED, &err), 0);
	/* An exit: not before its enrolment (the same day is fine), not after today. */
	e.enrolled = d(2025, 3, 1);
	e.exited = d(2025, 2, 28);
	assert_int_equal(enrolment_plausible(&e, &p, &iv, today, ENROLMENT_PLANNED, &err), -1);
	assert_string_equal(err.msg, "avslutet 2025-02-28 ligger före inskrivningen 2025-03-01; avslutet ska vara "
				     "samma dag som inskrivningen eller senare");
	assert_int_equal(err.need, 0);
	e.exited = d(2025, 3, 1);
	assert_int_equal(enrolment_plausible(&e, &p, &iv, today, 0, &err), 0);
	e.exited = d(2025, 7, 1);
	assert_int_equal(enrolment_plausible(&e, &p, &iv, today, 0, &err), -1);
	assert_non_null(strstr(err.msg, "avslutsdatumet 2025-07-01 ligger efter i dag"));
	assert_int_equal(err.need, ERR_NEED_PLANNED);
	assert_int_equal(enrolment_plausible(&e, &p, &iv, today, ENROLMENT_PLANNED, &err), 0);
	memset(&e.exited, 0, sizeof(e.exited));
	/* The participant period, each end inclusive; an open end is open. */
	iv.p_start = d(2025, 3, 1);
	assert_int_equal(enrolment_plausible(&e, &p, &iv, today, 0, &err), 0);
	iv.p_end = d(2025, 2, 28);
	assert_int_equal(enrolment_plausible(&e, &p, &iv, today, ENROLMENT_FORCE, &err), -1);
	assert_string_equal(err.msg, "inskrivningen 2025-03-01 ligger utanför deltagarperioden för Unga "
				     "(2025-03-01–2025-02-28); skriv in inom perioden eller ändra insatsens period");
	iv.p_start = d(2025, 3, 2);
	memset(&iv.p_end, 0, sizeof(iv.p_end));
	assert_int_equal(enrolment_plausible(&e, &p, &iv, today, 0, &err), -1);
	assert_non_null(strstr(err.msg, "(2025-03-02–)"));
	memset(&iv.p_start, 0, sizeof(iv.p_start));
	/* The age in the enrolment's year: 25 in 2025; 16–25 holds, 16–24 not
	 * (a warning that --force passes); only a minimum, only a maximum. */
	iv.age_min = 16;
	iv.age_max = 25;
	assert_int_equal(enrolment_plausible(&e, &p, &iv, today, 0, &err), 0);
	iv.age_max = 24;
	assert_int_equal(enrolment_plausible(&e, &p, &iv, today, 0, &err), -1);
	assert_string_equal(err.msg, "varning: U1 fyller 25 år 2025, utanför målgruppens ålder för Unga (16–24 år)");
	assert_int_equal(err.need, ERR_NEED_FORCE);
	assert_int_equal(enrolment_plausible(&e, &p, &iv, today, ENROLMENT_FORCE, &err), 0);
	iv.age_max = 0;
	iv.age_min = 26;
	assert_int_equal(enrolment_age_check(&p, &iv, 2025, &err), -1);
	assert_non_null(strstr(err.msg, "(från 26 år)"));
	assert_int_equal(enrolment_age_check(&p, &iv, 2026, &err), 0);
	iv.age_min = 0;
	iv.age_max = 20;
	assert_int_equal(enrolment_age_check(&p, &iv, 2021, &err), -1);
	assert_non_null(strstr(err.msg, "(till 20 år)"));
	/* Without an intervention only the dates are checked. */
	assert_int_equal(enrolment_plausible(&e, &p, NULL, today, 0, &err), 0);
}

static void test_years(void **state)
{
	struct enrolment e;
	int from, to;

	(void)state;
	memset(&e, 0, sizeof(e));
	e.enrolled = d(2023, 11, 1);
	e.exited = d(2025, 2, 1);
	enrolment_years(&e, d(2026, 5, 1), &from, &to);
	assert_int_equal(from, 2023);
	assert_int_equal(to, 2025);
	/* Open: up to today's year. */
	memset(&e.exited, 0, sizeof(e.exited));
	enrolment_years(&e, d(2026, 5, 1), &from, &to);
	assert_int_equal(to, 2026);
	/* A planned enrolment after today counts in its own year. */
	e.enrolled = d(2027, 1, 10);
	enrolment_years(&e, d(2026, 5, 1), &from, &to);
	assert_int_equal(from, 2027);
	assert_int_equal(to, 2027);
}

static void test_enrolment_count(void **state)
{
	struct enrolment e[4] = { { .id = 1, .participant_id = 7 }, { .id = 2, .participant_id = 8 },
				  { .id = 3, .participant_id = 7 }, { .id = 4, .participant_id = 7 } };

	(void)state;
	assert_int_equal(enrolment_count(e, 4, 7), 3);
	assert_int_equal(enrolment_count(e, 4, 8), 1);
	assert_int_equal(enrolment_count(e, 4, 9), 0);
	assert_int_equal(enrolment_count(e, 0, 7), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vocab),
		cmocka_unit_test(test_code),
		cmocka_unit_test(test_plausible),
		cmocka_unit_test(test_years),
		cmocka_unit_test(test_enrolment_count),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
