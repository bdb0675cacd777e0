/*
 * policy.c: the governing documents' kinds and their state from the
 * revisions.
 */
#include <string.h>

#include "base/buf.h"
#include "base/text.h"
#include "model/policy.h"

static const struct {
	const char *key, *label, *alias;
} kinds[POLICY_KIND__MAX] = {
	[POLICY_CHARTER] = { "charter", "Förbundsordning", NULL },
	[POLICY_PROCEDURE] = { "procedure", "Arbetsordning", NULL },
	[POLICY_DELEGATION] = { "delegation", "Delegeringsordning", NULL },
	[POLICY_ATTESTATION] = { "attestation", "Attestordning", NULL },
	[POLICY_RECORDS] = { "records", "Dokumenthanteringsplan", NULL },
	[POLICY_INTERNAL_CONTROL] = { "internal_control", "Internkontrollplan", NULL },
	[POLICY_RISK] = { "risk", "Risk- och väsentlighetsanalys", "riskanalys" },
	[POLICY_OTHER] = { "other", "Övrigt", "annat" },
};

const char *policy_kind_key(enum policy_kind k)
{
	return kinds[k < POLICY_KIND__MAX ? k : POLICY_OTHER].key;
}

const char *policy_kind_label(enum policy_kind k)
{
	return kinds[k < POLICY_KIND__MAX ? k : POLICY_OTHER].label;
}

int policy_kind_parse(const char *s, enum policy_kind *out)
{
	int k;

	for (k = 0; s && k < POLICY_KIND__MAX; k++) {
		if (text_equal_nocase(s, kinds[k].key) || text_equal_nocase(s, kinds[k].label) ||
		    (kinds[k].alias && text_equal_nocase(s, kinds[k].alias))) {
			*out = (enum policy_kind)k;
			return 0;
		}
	}
	return -1;
}

/* The latest of p's revisions among r[0..n) dated on or before *until
 * (NULL: any day), their number in *count; NULL when there is none. On the
 * same day the later entry is the latest. */
static const struct policy_revision *latest_of(const struct policy *p, const struct policy_revision *r, size_t n,
					       const struct date *until, size_t *count)
{
	const struct policy_revision *latest = NULL;
	size_t i;

	*count = 0;
	for (i = 0; i < n; i++) {
		if (r[i].policy_id != p->id || (until && date_cmp(r[i].date, *until) > 0))
			continue;
		(*count)++;
		if (!latest || date_cmp(r[i].date, latest->date) > 0 ||
		    (date_cmp(r[i].date, latest->date) == 0 && r[i].id > latest->id))
			latest = &r[i];
	}
	return latest;
}

static void summarise(struct policy *p, const struct policy_revision *r, size_t n, const struct date *until)
{
	size_t count;
	const struct policy_revision *latest = latest_of(p, r, n, until, &count);

	p->revisions = (int)count;
	memset(&p->last_revised, 0, sizeof(p->last_revised));
	p->due = p->revise_by;
	if (latest) {
		p->last_revised = latest->date;
		p->due = latest->revise_by;
	}
}

void policy_summarise(struct policy *p, const struct policy_revision *r, size_t n)
{
	summarise(p, r, n, NULL);
}

int policy_at(const struct policy *p, const struct policy_revision *r, size_t n, struct date day,
	      struct policy *out)
{
	if (date_cmp(p->adopted, day) > 0)
		return 0;
	*out = *p;
	summarise(out, r, n, &day);
	return 1;
}

int policy_overdue(const struct policy *p, struct date today)
{
	return date_is_set(p->due) && date_cmp(p->due, today) < 0;
}

long policy_findings(const struct policy *p, size_t n, const struct policy_revision *r, size_t nr, struct date day,
		     struct buf *d)
{
	struct policy at;
	char due[11], last[11];
	long found = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (!policy_at(&p[i], r, nr, day, &at) || !policy_overdue(&at, day))
			continue;
		buf_addf(d, "%s skulle ha reviderats senast %s (%s %s); registrera revideringen med 'finsam policy "
			    "revise' när styrelsen har antagit den\n",
			 at.name, date_format(due, at.due), at.revisions ? "senast reviderat" : "antaget",
			 date_format(last, at.revisions ? at.last_revised : at.adopted));
		found++;
	}
	return found;
}
