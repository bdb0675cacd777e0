/*
 * kept.c: parts of a page that are slow to make on a large database and
 * the same for many requests (the overview's cards, each user's part of
 * the overview), kept per owner and year (and förbund, on a host).
 *
 * A kept part is made again at once after a change made through the pages
 * (web_data_changed), after any other change of the records, by another
 * server on the same database, a command or an import (the records'
 * version, app_data_version, is read for each request), or when the day
 * turns. One request makes a missing part while the others wait for it,
 * so a large database is read once. Every change writes the audit log, so
 * the version alone tells a kept part out of date; its seconds are only a
 * last resort: when the kept part is older than them (nothing changed,
 * the same day), every request is given it while the server's thread for
 * such work makes it again (web_background, one part after another on a
 * connection it keeps), so no request waits. On a host of many förbund
 * each förbund's parts are made again that often, not every few seconds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/xmalloc.h"
#include "web/web_int.h"

static unsigned long generation;
static pthread_mutex_t generation_lock = PTHREAD_MUTEX_INITIALIZER;

void web_data_changed(void)
{
	pthread_mutex_lock(&generation_lock);
	generation++;
	pthread_mutex_unlock(&generation_lock);
}

unsigned long web_data_generation(void)
{
	unsigned long g;

	pthread_mutex_lock(&generation_lock);
	g = generation;
	pthread_mutex_unlock(&generation_lock);
	return g;
}

/* What the thread that makes a part again makes it for. */
struct kept_job {
	struct web_kept *k;
	char owner[WEB_KEPT_OWNER];
	int year;
	struct date day;
	unsigned long generation;
	int64_t version;
};

/* The slot that holds owner's part of year; NULL when none. The caller
 * holds k->lock. */
static struct web_kept_slot *find(struct web_kept *k, const char *owner, int year)
{
	size_t i;

	for (i = 0; i < WEB_KEPT_SLOTS; i++)
		if (k->slot[i].html && k->slot[i].year == year && strcmp(k->slot[i].owner, owner) == 0)
			return &k->slot[i];
	return NULL;
}

static void again(struct web_req *w, void *arg)
{
	const struct kept_job *j = arg;
	struct web_kept *k = j->k;
	struct web_kept_slot *s;

	if (w)
		k->make(w, j->year);
	pthread_mutex_lock(&k->lock);
	s = find(k, j->owner, j->year);
	if (s) {
		/* Unless a change has made it anew in the meantime. */
		if (w && s->generation == j->generation && s->version == j->version && date_cmp(s->day, j->day) == 0) {
			free(s->html);
			s->html = xstrdup(w->out.s ? w->out.s : "");
			s->made = time(NULL);
		}
		s->again = 0;
	}
	pthread_mutex_unlock(&k->lock);
}

/* Copies owner's kept part of year into r when it is fresh, or (stale set)
 * only older than its seconds, and then has it made again unless that is
 * under way; 1 when it copied it. */
static int copy(struct web_kept *k, struct web_req *r, const char *owner, int year, struct date day,
		unsigned long gen, int64_t version, int stale)
{
	time_t now = time(NULL);
	struct kept_job *job = NULL;
	struct web_kept_slot *s;
	int hit;

	pthread_mutex_lock(&k->lock);
	s = find(k, owner, year);
	hit = s && date_cmp(s->day, day) == 0 && s->generation == gen && s->version == version &&
	      (stale || now - s->made < k->seconds);
	if (hit) {
		buf_adds(&r->out, s->html);
		if (now - s->made >= k->seconds && !s->again) {
			s->again = 1;
			job = xcalloc(1, sizeof(*job));
			job->k = k;
			snprintf(job->owner, sizeof(job->owner), "%s", owner);
			job->year = year;
			job->day = day;
			job->generation = gen;
			job->version = version;
		}
	}
	pthread_mutex_unlock(&k->lock);
	if (job && web_background(r, again, job) < 0) {
		pthread_mutex_lock(&k->lock);
		s = find(k, owner, year);
		if (s)
			s->again = 0;
		pthread_mutex_unlock(&k->lock);
	}
	return hit;
}

void web_kept(struct web_kept *k, struct web_req *r, const char *who, int year)
{
	unsigned long gen = web_data_generation();
	struct date day = date_today();
	struct web_kept_slot *s;
	char owner[WEB_KEPT_OWNER];
	size_t start;

	int64_t version = -1;
	struct err err;

	/* On a host, each förbund's parts are its own. */
	snprintf(owner, sizeof(owner), "%s/%s", r->forbund, who);
	/* Unknown (-1) when it cannot be read: the part is then made for
	 * this request as for any other that finds no kept one. */
	if (r->data_version_read)
		version = r->data_version;
	else if (!web_store(r) || app_data_version(r->st, &version, &err) < 0)
		version = -1;
	else
		r->data_version_read = 1;
	r->data_version = version;

	/* Fresh, or only old: the kept part (made again on its own). */
	if (copy(k, r, owner, year, day, gen, version, 1))
		return;
	pthread_mutex_lock(&k->making);
	/* Another request may have made it while this one waited. */
	if (copy(k, r, owner, year, day, gen, version, 0)) {
		pthread_mutex_unlock(&k->making);
		return;
	}
	start = r->out.len;
	k->make(r, year);
	pthread_mutex_lock(&k->lock);
	s = find(k, owner, year);
	if (!s) {
		s = &k->slot[k->next];
		k->next = (k->next + 1) % WEB_KEPT_SLOTS;
		s->again = 0;   /* another owner's, whose thread finds it gone */
	}
	free(s->html);
	s->html = xstrdup(r->out.len > start ? r->out.s + start : "");
	snprintf(s->owner, sizeof(s->owner), "%s", owner);
	s->year = year;
	s->day = day;
	s->generation = gen;
	s->version = version;
	s->made = time(NULL);
	pthread_mutex_unlock(&k->lock);
	pthread_mutex_unlock(&k->making);
}
