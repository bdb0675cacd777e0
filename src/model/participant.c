/*
 * participant.c: the register's vocabularies (DOMAIN.md, "Participants").
 */
#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"
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

/* Lower-case ASCII and Å Ä Ö É; an en dash becomes '-'; blanks collapse. */
static char *fold(const char *s)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;
	const unsigned char *p = (const unsigned char *)s;

	while (*p == ' ')
		p++;
	for (; *p; p++) {
		if (*p >= 'A' && *p <= 'Z') {
			*o++ = (char)(*p + 32);
		} else if (*p == 0xC3 && (p[1] == 0x85 || p[1] == 0x84 || p[1] == 0x96 || p[1] == 0x89)) {
			*o++ = (char)0xC3;
			*o++ = (char)(p[1] + 0x20);
			p++;
		} else if (*p == 0xE2 && p[1] == 0x80 && p[2] == 0x93) {
			*o++ = '-';
			p += 2;
		} else if (*p == ' ' && (p[1] == ' ' || p[1] == '\0')) {
			continue;
		} else {
			*o++ = (char)*p;
		}
	}
	*o = '\0';
	return out;
}

const char *vocab_match(enum vocab v, const char *s)
{
	char *f = fold(s);
	const char *const *w;
	const char *found = NULL;

	for (w = lists[v]; *w; w++) {
		if (strcmp(f, *w) == 0) {
			found = *w;
			break;
		}
	}
	free(f);
	return found;
}
