/*
 * participant.c: the register's vocabularies (DOMAIN.md, "Participants").
 */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/text.h"
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
