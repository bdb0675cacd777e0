/*
 * meeting.c: the bodies, the kinds of decision, the quorum of a board
 * meeting, the meetings counted per body and the meetings in the year
 * cycle.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "model/meeting.h"

struct word {
	const char *key, *label, *alias1, *alias2;
};

static const struct word bodies[BODY__MAX] = {
	[BODY_BOARD] = { "board", "Styrelsen", "styrelse", "styrelsen" },
	[BODY_DEVELOPMENT] = { "development", "Beredningsgruppen", "beredningsgrupp", "utvecklingsgrupp" },
	[BODY_CONSULTATION] = { "consultation", "Medlemssamråd", "medlemssamråd", "samråd" },
	[BODY_OTHER] = { "other", "Övrigt", "övrigt", "annat" },
};

static const struct word kinds[DK__MAX] = {
	[DK_FUNDING] = { "funding", "Finansiering av insats", "finansiering", "insats" },
	[DK_BUDGET] = { "budget", "Budget", "budget", "budget" },
	[DK_PLAN] = { "plan", "Verksamhetsplan", "verksamhetsplan", "plan" },
	[DK_INTERIM] = { "interim", "Delårsrapport", "delårsrapport", "delår" },
	[DK_ANNUAL] = { "annual", "Årsredovisning", "årsredovisning", "bokslut" },
	[DK_GOVERNING] = { "governing", "Styrdokument", "styrdokument", "styrdokument" },
	[DK_OTHER] = { "other", "Övrigt", "övrigt", "annat" },
};

static const struct word as_words[] = {
	[AS_ORDINARY] = { "ordinary", "ordinarie", "ordinarie", "ledamot" },
	[AS_DEPUTY] = { "deputy", "ersättare", "ersättare", "ersattare" },
};

/* The index of s among words[0..n): its key, its label (any case of the
 * first letter as written) or an alias; -1 when none. */
static int word_find(const struct word *words, int n, const char *s)
{
	int k;

	if (!s)
		return -1;
	for (k = 0; k < n; k++)
		if (strcmp(s, words[k].key) == 0 || strcmp(s, words[k].label) == 0 ||
		    strcmp(s, words[k].alias1) == 0 || strcmp(s, words[k].alias2) == 0)
			return k;
	return -1;
}

const char *meeting_body_key(enum meeting_body b)
{
	return bodies[b < BODY__MAX ? b : BODY_OTHER].key;
}

const char *meeting_body_label(enum meeting_body b)
{
	return bodies[b < BODY__MAX ? b : BODY_OTHER].label;
}

int meeting_body_parse(const char *s, enum meeting_body *out)
{
	int k = word_find(bodies, BODY__MAX, s);

	if (k < 0)
		return -1;
	*out = (enum meeting_body)k;
	return 0;
}

enum event_kind meeting_body_event(enum meeting_body b)
{
	switch (b) {
	case BODY_BOARD:
		return EVENT_BOARD;
	case BODY_DEVELOPMENT:
		return EVENT_DEVELOPMENT;
	case BODY_CONSULTATION:
		return EVENT_CONSULTATION;
	default:
		return EVENT_OTHER;
	}
}

const char *decision_kind_key(enum decision_kind k)
{
	return kinds[k < DK__MAX ? k : DK_OTHER].key;
}

const char *decision_kind_label(enum decision_kind k)
{
	return kinds[k < DK__MAX ? k : DK_OTHER].label;
}

int decision_kind_parse(const char *s, enum decision_kind *out)
{
	int k = word_find(kinds, DK__MAX, s);

	if (k < 0)
		return -1;
	*out = (enum decision_kind)k;
	return 0;
}

const char *meeting_as_key(enum meeting_as a)
{
	return as_words[a == AS_DEPUTY].key;
}

const char *meeting_as_label(enum meeting_as a)
{
	return as_words[a == AS_DEPUTY].label;
}

int meeting_as_parse(const char *s, enum meeting_as *out)
{
	int k = word_find(as_words, 2, s);

	if (k < 0)
		return -1;
	*out = (enum meeting_as)k;
	return 0;
}

enum meeting_as meeting_as_of(enum board_role r)
{
	return r == BOARD_DEPUTY ? AS_DEPUTY : AS_ORDINARY;
}

static int attended(const struct meeting_attendee *att, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(att[i].name, name) == 0)
			return 1;
	return 0;
}

void meeting_quorum(const struct board_member *board, size_t n_board, const struct meeting_attendee *att,
		    size_t n_att, struct meeting_quorum *out)
{
	unsigned char *replaced = n_board ? xcalloc(n_board, 1) : NULL;
	size_t i, j;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < n_board; i++) {
		if (board[i].role == BOARD_DEPUTY)
			continue;
		out->members++;
		if (attended(att, n_att, board[i].name))
			out->present++;
	}
	/* Each deputy present serves for the first absent ordinary member of
	 * the same organisation not yet served for. */
	for (i = 0; i < n_board; i++) {
		if (board[i].role != BOARD_DEPUTY || !board[i].appointed_by[0] ||
		    !attended(att, n_att, board[i].name))
			continue;
		for (j = 0; j < n_board; j++) {
			if (board[j].role == BOARD_DEPUTY || replaced[j] ||
			    strcmp(board[j].appointed_by, board[i].appointed_by) != 0 ||
			    attended(att, n_att, board[j].name))
				continue;
			replaced[j] = 1;
			out->deputies_serving++;
			out->present++;
			break;
		}
	}
	free(replaced);
	out->quorate = out->members > 0 && 2 * out->present > out->members;
}

void meeting_counts(const struct meeting *m, size_t n, struct date from, struct date to, size_t counts[BODY__MAX])
{
	size_t i;

	memset(counts, 0, BODY__MAX * sizeof(counts[0]));
	for (i = 0; i < n; i++)
		if (date_cmp(m[i].date, from) >= 0 && date_cmp(m[i].date, to) <= 0 && m[i].body < BODY__MAX)
			counts[m[i].body]++;
}

long meeting_unheld_findings(const struct meeting_dated *dec, size_t n, const struct meeting *m, size_t nm,
			     struct buf *d)
{
	char ds[11];
	long found = 0;
	size_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < nm; j++)
			if (m[j].body == BODY_BOARD && date_cmp(m[j].date, dec[i].day) == 0)
				break;
		if (j < nm)
			continue;
		date_format(ds, dec[i].day);
		buf_addf(d, "Inget styrelsesammanträde är registrerat %s, dagen för %s; registrera sammanträdet med "
			    "'finsam meeting add %s --body styrelse' eller rätta datumet\n",
			 ds, dec[i].what, ds);
		found++;
	}
	return found;
}

long meeting_quorum_finding(const struct meeting *m, size_t n_dec, const struct meeting_quorum *q, struct buf *d)
{
	char ds[11], protocol[240] = "";

	if (m->body != BODY_BOARD || n_dec == 0 || q->quorate)
		return 0;
	date_format(ds, m->date);
	if (m->protocol[0])
		snprintf(protocol, sizeof(protocol), " (protokoll %s)", m->protocol);
	if (q->members == 0)
		buf_addf(d, "Styrelsens sammanträde %s%s fattade %zu beslut, men ingen styrelse är inlagd för %d, så "
			    "det går inte att se att den var beslutsför; lägg in styrelsen med 'finsam board add'\n",
			 ds, protocol, n_dec, m->date.y);
	else
		buf_addf(d, "Styrelsens sammanträde %s%s fattade %zu beslut utan att vara beslutsför: %zu av %zu "
			    "ledamöter var närvarande%s, och styrelsen får besluta bara när mer än hälften av "
			    "ledamöterna är närvarande\n",
			 ds, protocol, n_dec, q->present, q->members,
			 q->deputies_serving ? " (tjänstgörande ersättare inräknade)" : "");
	return 1;
}

static int by_date(const void *a, const void *b)
{
	const struct event *x = a, *y = b;
	int c = date_cmp(x->date, y->date);

	return c ? c : (int)x->kind - (int)y->kind;
}

size_t meeting_cycle(int year, const struct event *ev, size_t n, const struct meeting *m, size_t nm,
		     struct event **out)
{
	struct event *all = NULL;
	size_t count = n, cap = 0, i, j;

	all = xgrow(all, sizeof(*all), n + 1, &cap);
	if (n)
		memcpy(all, ev, n * sizeof(*ev));
	for (i = 0; i < nm; i++) {
		enum event_kind k = meeting_body_event(m[i].body);
		int found = 0;

		if (m[i].date.y != year)
			continue;
		for (j = 0; j < n; j++)
			if (all[j].kind == k && date_cmp(all[j].date, m[i].date) == 0) {
				all[j].held = 1;
				found = 1;
			}
		if (found)
			continue;
		all = xgrow(all, sizeof(*all), count + 1, &cap);
		memset(&all[count], 0, sizeof(all[count]));
		all[count].date = m[i].date;
		all[count].kind = k;
		all[count].held = 1;
		if (m[i].protocol[0])
			snprintf(all[count].title, sizeof(all[count].title), "Sammanträde: %s (protokoll %.150s)",
				 meeting_body_label(m[i].body), m[i].protocol);
		else
			snprintf(all[count].title, sizeof(all[count].title), "Sammanträde: %s",
				 meeting_body_label(m[i].body));
		count++;
	}
	if (count)
		qsort(all, count, sizeof(*all), by_date);
	*out = all;
	return count;
}
