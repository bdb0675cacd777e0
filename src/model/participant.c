/*
 * participant.c: the register's vocabularies (DOMAIN.md, "Participants").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "model/intervention.h"
#include "model/participant.h"

static const char *const sexes[] = { "kvinna", "man", NULL };
static const char *const educations[] = { "förgymnasial", "gymnasial", "eftergymnasial", "okänd", NULL };
static const char *const supports[] = {
	"försörjningsstöd", "sjukpenning", "aktivitetsersättning", "sjukersättning",
	"aktivitetsstöd", "arbetslöshetsersättning", "etableringsersättning", "studiemedel", "lön",
	"ingen offentlig försörjning", "okänd", NULL
};
static const char *const times[] = { "ingen", "under 1 år", "1-2 år", "2-5 år", "över 5 år", NULL };
static const char *const reasons[] = {
	"arbete", "studier", "arbete och studier", "annan insats", "flyttat", "avbrutit", "sjukdom",
	"åldersgräns", "övrigt", NULL
};

static const char *const *const lists[VOCAB__MAX] = { sexes, educations, supports, times, reasons };
static const char *const names[VOCAB__MAX] = { "kön", "utbildning", "försörjning", "tid i försörjning",
					       "avslutsorsak" };

const char *const *vocab_words(enum vocab v)
{
	return lists[v];
}

const char *vocab_name(enum vocab v)
{
	return names[v];
}

const char *vocab_match(enum vocab v, const char *s)
{
	struct buf f;
	const char *const *w;
	const char *found = NULL;

	buf_init(&f);
	text_fold(&f, s);
	for (w = lists[v]; *w; w++) {
		if (strcmp(f.s, *w) == 0) {
			found = *w;
			break;
		}
	}
	buf_release(&f);
	return found;
}

int participant_code_check(const char *code, struct err *err)
{
	const unsigned char *c = (const unsigned char *)code;
	size_t chars = 0, digits = 0, seps = 0;

	if (!code || !*code)
		return err_set(err, "deltagarkoden saknas");
	if (strncmp(code, "anonym-", 7) == 0)
		return err_set(err, "deltagarkoder som börjar med 'anonym-' ges åt avidentifierade deltagare");
	for (; *c; c++, chars++) {
		if (*c >= '0' && *c <= '9') {
			digits++;
		} else if ((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || *c == '_' || *c == '.') {
			continue;
		} else if (*c == '-' || *c == '+') {
			seps++;
		} else if (*c == 0xC3 && (c[1] == 0x85 || c[1] == 0x84 || c[1] == 0x96 || c[1] == 0xA5 ||
					  c[1] == 0xA4 || c[1] == 0xB6)) {
			c++;     /* Å Ä Ö å ä ö */
		} else {
			return err_set(err, "deltagarkoden '%s' får bara ha bokstäver, siffror, '-', '_' och '.'", code);
		}
	}
	if (chars > 32 || strlen(code) >= sizeof(((struct participant *)0)->code))
		return err_set(err, "deltagarkoden är för lång (högst 32 tecken)");
	if ((digits == 10 || digits == 12) && digits + seps == chars && seps <= 1)
		return err_set(err, "deltagarkoden får inte vara ett personnummer: använd förbundets egen kod "
			       "och ange personnumret för sig");
	return 0;
}

void audit_release(struct audit_entry *log, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(log[i].old_values);
		free(log[i].new_values);
	}
	free(log);
}

int enrolment_plausible(const struct enrolment *e, const struct participant *p, const struct intervention *iv,
			struct date today, unsigned flags, struct err *err)
{
	char a[11], b[11], c[11];

	date_format(c, today);
	if (!(flags & ENROLMENT_PLANNED) && date_cmp(e->enrolled, today) > 0) {
		err_set(err, "inskrivningsdatumet %s ligger efter i dag (%s); ett senare datum är bara tillåtet "
			"för en planerad inskrivning", date_format(a, e->enrolled), c);
		err_need(err, ERR_NEED_PLANNED);
		return err_field(err, "date");
	}
	if (date_is_set(e->exited)) {
		if (date_cmp(e->exited, e->enrolled) < 0) {
			err_set(err, "avslutet %s ligger före inskrivningen %s; avslutet ska vara samma dag "
				"som inskrivningen eller senare", date_format(a, e->exited), date_format(b, e->enrolled));
			return err_field(err, "exited");
		}
		if (!(flags & ENROLMENT_PLANNED) && date_cmp(e->exited, today) > 0) {
			err_set(err, "avslutsdatumet %s ligger efter i dag (%s); ett senare datum är bara tillåtet "
				"för ett planerat avslut", date_format(a, e->exited), c);
			err_need(err, ERR_NEED_PLANNED);
			return err_field(err, "exited");
		}
	}
	if (iv && ((date_is_set(iv->p_start) && date_cmp(e->enrolled, iv->p_start) < 0) ||
		   (date_is_set(iv->p_end) && date_cmp(e->enrolled, iv->p_end) > 0))) {
		char from[11] = "", to[11] = "";

		if (date_is_set(iv->p_start))
			date_format(from, iv->p_start);
		if (date_is_set(iv->p_end))
			date_format(to, iv->p_end);
		err_set(err, "inskrivningen %s ligger utanför deltagarperioden för %s (%s–%s); skriv in "
			"inom perioden eller ändra insatsens period", date_format(a, e->enrolled), iv->name, from, to);
		return err_field(err, "date");
	}
	if (iv && !(flags & ENROLMENT_FORCE))
		return enrolment_age_check(p, iv, e->enrolled.y, err);
	return 0;
}

int enrolment_age_check(const struct participant *p, const struct intervention *iv, int year, struct err *err)
{
	int age = year - p->birth_year;

	if ((iv->age_min && age < iv->age_min) || (iv->age_max && age > iv->age_max)) {
		char range[32];

		if (iv->age_min && iv->age_max)
			snprintf(range, sizeof(range), "%d–%d år", iv->age_min, iv->age_max);
		else if (iv->age_min)
			snprintf(range, sizeof(range), "från %d år", iv->age_min);
		else
			snprintf(range, sizeof(range), "till %d år", iv->age_max);
		err_set(err, "varning: %s fyller %d år %d, utanför målgruppens ålder för %s (%s)", p->code, age, year,
			iv->name, range);
		err_need(err, ERR_NEED_FORCE);
		return err_field(err, "born");
	}
	return 0;
}

void enrolment_years(const struct enrolment *e, struct date today, int *from, int *to)
{
	*from = e->enrolled.y;
	if (date_is_set(e->exited))
		*to = e->exited.y;
	else
		*to = today.y > e->enrolled.y ? today.y : e->enrolled.y;
	if (*to < *from)
		*to = *from;
}

int64_t enrolment_count(const struct enrolment *e, size_t n, int64_t participant_id)
{
	int64_t count = 0;
	size_t i;

	for (i = 0; i < n; i++)
		count += e[i].participant_id == participant_id;
	return count;
}
