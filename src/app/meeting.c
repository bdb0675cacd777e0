/*
 * meeting.c: the use cases of the meetings of the förbund's bodies and the
 * decisions taken at them: recording a meeting with who of the year's
 * board attended, correcting and removing it, recording a decision and
 * correcting or removing it, the list of meetings and one meeting with its
 * decisions (the funding decisions of its day among them) and quorum.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "store/store.h"

/* The attendees of a meeting as they are being changed. */
struct attendees {
	struct meeting_attendee *a;
	size_t n;
};

static json_t *meeting_json(const struct meeting *m, const struct attendees *att)
{
	json_t *o = json_object(), *list = json_array();
	size_t i;

	json_object_set_new(o, "id", json_integer(m->id));
	app_json_date(o, "date", m->date);
	json_object_set_new(o, "body", json_string(meeting_body_key(m->body)));
	json_object_set_new(o, "protocol", json_string(m->protocol));
	for (i = 0; att && i < att->n; i++)
		json_array_append_new(list, json_pack("{s:s, s:s}", "name", att->a[i].name, "as",
						      meeting_as_key(att->a[i].as)));
	json_object_set_new(o, "attended", list);
	return o;
}

static json_t *decision_json(const struct meeting_decision *d)
{
	return json_pack("{s:I, s:I, s:s, s:s}", "id", (json_int_t)d->id, "meeting", (json_int_t)d->meeting_id,
			 "kind", decision_kind_key(d->kind), "text", d->text);
}

/* "Eva Lind (ordförande), Sara Ek (ersättare)": the year's board, for a
 * message. */
static void board_names(const struct board_member *b, size_t n, struct buf *out)
{
	size_t i;

	for (i = 0; i < n; i++)
		buf_addf(out, "%s%s (%s)", i ? ", " : "", b[i].name, board_role_label(b[i].role));
}

/* Matches the names in list ("Anna Ek, Bo Berg") against the board of
 * `year` into out, each with what they attend as. An unknown name, or one
 * given twice, is refused, the message listing the board. */
static int attendees_parse(struct store *st, int year, const char *list, struct attendees *out, struct err *err)
{
	struct board_member *b = NULL;
	size_t n_b = 0, i;
	const char *p = list;
	int rc = -1;

	out->a = NULL;
	out->n = 0;
	if (store_board_list(st, year, &b, &n_b, err) < 0)
		return -1;
	while (*p) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		char name[200];
		size_t k;

		while (len && (*p == ' ' || *p == '\t'))
			p++, len--;
		while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		if (len) {
			if (len >= sizeof(name)) {
				err_set(err, "ett namn i närvarolistan är för långt");
				goto out;
			}
			memcpy(name, p, len);
			name[len] = '\0';
			for (i = 0; i < n_b && strcmp(b[i].name, name) != 0; i++)
				;
			if (i == n_b) {
				struct buf names;

				buf_init(&names);
				board_names(b, n_b, &names);
				if (n_b)
					err_set(err, "%s finns inte i styrelsen %d; styrelsen är %s", name, year,
						names.s);
				else
					err_set(err, "%s finns inte i styrelsen %d: ingen styrelse är inlagd för %d",
						name, year, year);
				buf_release(&names);
				err_field(err, "attended");
				err_see(err, "finsam board list --year %d", year);
				goto out;
			}
			for (k = 0; k < out->n; k++)
				if (strcmp(out->a[k].name, name) == 0) {
					err_set(err, "%s står två gånger i närvarolistan", name);
					err_field(err, "attended");
					goto out;
				}
			out->a = xrealloc(out->a, (out->n + 1) * sizeof(*out->a));
			memset(&out->a[out->n], 0, sizeof(out->a[0]));
			memcpy(out->a[out->n].name, name, len + 1);
			out->a[out->n].as = meeting_as_of(b[i].role);
			out->n++;
		}
		if (!end)
			break;
		p = end + 1;
	}
	rc = 0;
out:
	free(b);
	if (rc < 0) {
		free(out->a);
		out->a = NULL;
		out->n = 0;
	}
	return rc;
}

/* The given fields onto m (NULL keeps a field), each checked: the one
 * validation of a meeting's own fields. */
static int meeting_apply(struct meeting *m, const struct app_meeting_fields *f, struct err *err)
{
	if (f->date && date_parse(f->date, &m->date, err) < 0)
		return err_field(err, "date");
	if (f->date && date_cmp(m->date, date_today()) > 0)
		return err_set(err, "sammanträdet är daterat %s, efter i dag: ett sammanträde protokollförs när det "
			       "har hållits; planera det i årshjulet med 'finsam calendar add'", f->date),
		       err_field(err, "date");
	if (f->body && meeting_body_parse(f->body, &m->body) < 0)
		return err_set(err, "okänt organ '%s' (styrelse, beredningsgrupp, medlemssamråd eller övrigt)",
			       f->body), err_field(err, "body");
	if (f->protocol && app_copy_field(m->protocol, sizeof(m->protocol), f->protocol, "protokollets referens",
					  err) < 0)
		return err_field(err, "protocol");
	return 0;
}

int app_meeting_add(struct store *st, const struct app_meeting_fields *f, int64_t *id, struct err *err)
{
	struct meeting m;
	struct attendees att = { NULL, 0 };

	memset(&m, 0, sizeof(m));
	m.body = BODY_BOARD;
	if (app_require(&APP_MEETING, "date", f->date, err) < 0 || app_require(&APP_MEETING, "body", f->body, err) < 0)
		return -1;
	if (meeting_apply(&m, f, err) < 0)
		return -1;
	if (store_begin(st, err) < 0)
		return -1;
	if (app_year_check_open(st, m.date.y, "sammanträdet", err) < 0 ||
	    (f->attended && attendees_parse(st, m.date.y, f->attended, &att, err) < 0) ||
	    store_meeting_add(st, &m, err) < 0 || store_meeting_attendees_set(st, m.id, att.a, att.n, err) < 0 ||
	    app_change(st, "lägg till sammanträde", "meeting", m.id, NULL, meeting_json(&m, &att), err) < 0) {
		free(att.a);
		store_rollback(st);
		return -1;
	}
	free(att.a);
	if (id)
		*id = m.id;
	return store_commit(st, err);
}

static int find_meeting(struct store *st, int64_t id, struct meeting *m, struct err *err)
{
	int rc = store_meeting_get(st, id, m, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns inget sammanträde med id %lld", (long long)id);
		return err_see(err, "finsam meeting list");
	}
	return rc;
}

static int load_attendees(struct store *st, int64_t id, struct attendees *att, struct err *err)
{
	return store_meeting_attendees(st, id, &att->a, &att->n, err);
}

int app_meeting_edit(struct store *st, int64_t id, const struct app_meeting_fields *f, struct err *err)
{
	struct meeting before, after;
	struct attendees was = { NULL, 0 }, now = { NULL, 0 };
	struct buf names;
	size_t i;
	int rc = -1;

	buf_init(&names);
	if (store_begin(st, err) < 0)
		return -1;
	if (find_meeting(st, id, &before, err) < 0 || load_attendees(st, id, &was, err) < 0)
		goto out;
	after = before;
	if (meeting_apply(&after, f, err) < 0 || app_year_check_open(st, before.date.y, "sammanträdet", err) < 0 ||
	    app_year_check_open(st, after.date.y, "sammanträdet", err) < 0)
		goto out;
	/* The attendance given, or the one kept matched again against the
	 * board of the meeting's year (which a new date may change). */
	for (i = 0; !f->attended && i < was.n; i++)
		buf_addf(&names, "%s%s", i ? ", " : "", was.a[i].name);
	if (attendees_parse(st, after.date.y, f->attended ? f->attended : names.s, &now, err) < 0 ||
	    store_meeting_update(st, &after, err) < 0 || store_meeting_attendees_set(st, id, now.a, now.n, err) < 0 ||
	    app_change(st, "ändra sammanträde", "meeting", id, meeting_json(&before, &was), meeting_json(&after, &now),
		       err) < 0)
		goto out;
	rc = 0;
out:
	buf_release(&names);
	free(was.a);
	free(now.a);
	if (rc < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_meeting_remove(struct store *st, int64_t id, int force, struct err *err)
{
	struct meeting m;
	struct attendees att = { NULL, 0 };
	struct meeting_decision *dec = NULL;
	size_t n_dec = 0, i;
	int64_t uses = 0;
	int rc = -1;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_meeting(st, id, &m, err) < 0 || app_year_check_open(st, m.date.y, "sammanträdet", err) < 0 ||
	    load_attendees(st, id, &att, err) < 0 || store_meeting_decisions(st, id, &dec, &n_dec, err) < 0)
		goto out;
	if (store_control_meeting_uses(st, id, &uses, err) < 0)
		goto out;
	if (uses) {
		err_set(err, "sammanträdet %lld har antagit internkontrollplanen eller följt upp kontrollmoment (%lld "
			"gånger); ta först bort uppföljningarna ('finsam control follow-up remove ID') och anta planen vid ett "
			"annat sammanträde ('finsam control adopt')",
			(long long)id, (long long)uses);
		goto out;
	}
	if (n_dec && !force) {
		err_set(err, "sammanträdet %lld har %zu beslut; ta bort dem först med 'finsam meeting decision "
			"remove ID', eller ta bort sammanträdet med besluten med --force", (long long)id, n_dec);
		goto out;
	}
	for (i = 0; i < n_dec; i++)
		if (store_meeting_decision_delete(st, dec[i].id, err) < 0 ||
		    app_change(st, "ta bort beslut", "meeting_decision", dec[i].id, decision_json(&dec[i]), NULL,
			       err) < 0)
			goto out;
	if (store_meeting_delete(st, id, err) < 0 ||
	    app_change(st, "ta bort sammanträde", "meeting", id, meeting_json(&m, &att), NULL, err) < 0)
		goto out;
	rc = 0;
out:
	free(att.a);
	free(dec);
	if (rc < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

/* The given fields onto d (NULL keeps one), each checked. */
static int decision_apply(struct meeting_decision *d, const char *kind, const char *text, struct err *err)
{
	if (kind && decision_kind_parse(kind, &d->kind) < 0)
		return err_set(err, "okänt slags beslut '%s' (finansiering, budget, verksamhetsplan, delårsrapport, "
			       "årsredovisning, styrdokument eller övrigt)", kind), err_field(err, "kind");
	if (text && app_blank(text))
		return err_set(err, "beslutet behöver en text"), err_field(err, "text");
	if (text && app_copy_field(d->text, sizeof(d->text), text, "beslutets text", err) < 0)
		return err_field(err, "text");
	return 0;
}

int app_meeting_decide(struct store *st, int64_t meeting_id, const char *kind, const char *text, int64_t *id,
		       struct err *err)
{
	struct meeting m;
	struct meeting_decision d;

	memset(&d, 0, sizeof(d));
	d.meeting_id = meeting_id;
	if (app_require(&APP_MEETING_DECISION, "kind", kind, err) < 0 ||
	    app_require(&APP_MEETING_DECISION, "text", text, err) < 0 || decision_apply(&d, kind, text, err) < 0)
		return -1;
	if (store_begin(st, err) < 0)
		return -1;
	if (find_meeting(st, meeting_id, &m, err) < 0 || app_year_check_open(st, m.date.y, "beslutet", err) < 0 ||
	    store_meeting_decision_add(st, &d, err) < 0 ||
	    app_change(st, "lägg till beslut", "meeting_decision", d.id, NULL, decision_json(&d), err) < 0) {
		store_rollback(st);
		return -1;
	}
	if (id)
		*id = d.id;
	return store_commit(st, err);
}

static int find_decision(struct store *st, int64_t id, struct meeting_decision *d, struct meeting *m,
			 struct err *err)
{
	int rc = store_meeting_decision_get(st, id, d, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns inget beslut från ett sammanträde med id %lld", (long long)id);
		return err_see(err, "finsam meeting show MÖTE");
	}
	if (rc < 0)
		return -1;
	return find_meeting(st, d->meeting_id, m, err);
}

int app_meeting_decision_edit(struct store *st, int64_t id, const char *kind, const char *text, struct err *err)
{
	struct meeting m;
	struct meeting_decision before, after;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_decision(st, id, &before, &m, err) < 0)
		goto fail;
	after = before;
	if (decision_apply(&after, kind, text, err) < 0 || app_year_check_open(st, m.date.y, "beslutet", err) < 0 ||
	    store_meeting_decision_update(st, &after, err) < 0 ||
	    app_change(st, "ändra beslut", "meeting_decision", id, decision_json(&before), decision_json(&after),
		       err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_meeting_decision_remove(struct store *st, int64_t id, struct err *err)
{
	struct meeting m;
	struct meeting_decision d;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_decision(st, id, &d, &m, err) < 0 || app_year_check_open(st, m.date.y, "beslutet", err) < 0 ||
	    store_meeting_decision_delete(st, id, err) < 0 ||
	    app_change(st, "ta bort beslut", "meeting_decision", id, decision_json(&d), NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_funding_decisions_in(struct store *st, struct period in, struct meeting_decision **dec, struct date **days,
			     size_t *n, struct err *err)
{
	struct decision *fd = NULL;
	struct intervention *iv = NULL;
	size_t n_fd = 0, n_iv = 0, i;

	if (store_decision_list(st, &fd, &n_fd, err) < 0)
		return -1;
	if (store_intervention_list(st, &iv, &n_iv, err) < 0) {
		free(fd);
		return -1;
	}
	for (i = 0; i < n_fd; i++) {
		struct meeting_decision *d;
		char amount[32], years[32];

		if (date_cmp(fd[i].meeting, in.start) < 0 || date_cmp(fd[i].meeting, in.end) > 0)
			continue;
		*dec = xrealloc(*dec, (*n + 1) * sizeof(**dec));
		if (days) {
			*days = xrealloc(*days, (*n + 1) * sizeof(**days));
			(*days)[*n] = fd[i].meeting;
		}
		d = &(*dec)[(*n)++];
		memset(d, 0, sizeof(*d));
		d->kind = DK_FUNDING;
		d->funding_id = fd[i].id;
		d->amount = fd[i].amount;
		snprintf(d->intervention, sizeof(d->intervention), "%s",
			 intervention_name(iv, n_iv, fd[i].intervention_id));
		money_format(amount, sizeof(amount), fd[i].amount, MONEY_STYLE_KR);
		if (fd[i].year_to > fd[i].year_from)
			snprintf(years, sizeof(years), "%d–%d", fd[i].year_from, fd[i].year_to);
		else
			snprintf(years, sizeof(years), "%d", fd[i].year_from);
		snprintf(d->text, sizeof(d->text), "%s: %s kr för %s%s%.400s", d->intervention, amount, years,
			 fd[i].note[0] ? ". " : "", fd[i].note);
	}
	free(fd);
	free(iv);
	return 0;
}

/* The decisions of meeting m: its own, then the funding decisions of its
 * day. */
static int meeting_decisions(struct store *st, const struct meeting *m, struct meeting_decision **dec, size_t *n,
			     struct err *err)
{
	if (store_meeting_decisions(st, m->id, dec, n, err) < 0)
		return -1;
	if (m->body == BODY_BOARD && app_funding_decisions_in(st, (struct period){ m->date, m->date }, dec, NULL, n, err) < 0) {
		free(*dec);
		*dec = NULL;
		return -1;
	}
	return 0;
}

struct doc *app_report_meetings(struct store *st, int year, const char *body, struct err *err)
{
	struct association a;
	struct meeting *m = NULL;
	struct meeting_summary *rows = NULL;
	enum meeting_body want = BODY_BOARD;
	struct board_member *b = NULL;   /* the board of b_year */
	size_t n = 0, k = 0, i, n_b = 0;
	int b_year = 0;
	struct doc *d = NULL;

	if (body && meeting_body_parse(body, &want) < 0) {
		err_set(err, "okänt organ '%s' (styrelse, beredningsgrupp, medlemssamråd eller övrigt)", body);
		err_field(err, "body");
		return NULL;
	}
	if (app_load_association(st, &a, err) < 0 || store_meeting_list(st, year, &m, &n, err) < 0)
		return NULL;
	rows = n ? xcalloc(n, sizeof(*rows)) : NULL;
	for (i = 0; i < n; i++) {
		struct meeting_attendee *att = NULL;
		struct meeting_decision *dec = NULL;
		size_t n_att = 0, n_dec = 0;

		if (body && m[i].body != want)
			continue;
		if (store_meeting_attendees(st, m[i].id, &att, &n_att, err) < 0 ||
		    meeting_decisions(st, &m[i], &dec, &n_dec, err) < 0) {
			free(att);
			goto out;
		}
		rows[k].m = m[i];
		rows[k].attendees = (int64_t)n_att;
		rows[k].decisions = (int64_t)n_dec;
		rows[k].quorate = -1;
		if (m[i].body == BODY_BOARD) {
			struct meeting_quorum q;

			if (b_year != m[i].date.y) {
				free(b);
				b = NULL;
				if (store_board_list(st, m[i].date.y, &b, &n_b, err) < 0) {
					free(att);
					free(dec);
					goto out;
				}
				b_year = m[i].date.y;
			}
			meeting_quorum(b, n_b, att, n_att, &q);
			rows[k].quorate = q.quorate;
		}
		k++;
		free(att);
		free(dec);
	}
	d = doc_meetings(&a, year, body ? meeting_body_key(want) : NULL, rows, k);
out:
	free(b);
	free(rows);
	free(m);
	return d;
}

struct doc *app_report_meeting(struct store *st, int64_t id, struct err *err)
{
	struct association a;
	struct meeting m;
	struct meeting_attendee *att = NULL;
	struct meeting_decision *dec = NULL;
	struct board_member *b = NULL;
	struct meeting_quorum q;
	size_t n_att = 0, n_dec = 0, n_b = 0;
	struct doc *d = NULL;

	if (app_load_association(st, &a, err) < 0 || find_meeting(st, id, &m, err) < 0 ||
	    store_meeting_attendees(st, id, &att, &n_att, err) < 0)
		return NULL;
	if (meeting_decisions(st, &m, &dec, &n_dec, err) < 0 || store_board_list(st, m.date.y, &b, &n_b, err) < 0)
		goto out;
	meeting_quorum(b, n_b, att, n_att, &q);
	d = doc_meeting(&a, &m, att, n_att, dec, n_dec, m.body == BODY_BOARD ? &q : NULL);
out:
	free(att);
	free(dec);
	free(b);
	return d;
}

int app_meeting_get(struct store *st, int64_t id, struct meeting *m, struct meeting_attendee **att, size_t *n_att,
		    struct err *err)
{
	if (find_meeting(st, id, m, err) < 0)
		return -1;
	return att ? store_meeting_attendees(st, id, att, n_att, err) : 0;
}

int app_meeting_decision_get(struct store *st, int64_t id, struct meeting_decision *d, struct meeting *m,
			     struct err *err)
{
	return find_decision(st, id, d, m, err);
}

int app_meeting_held(struct store *st, enum meeting_body body, struct date day, struct err *err)
{
	struct meeting *m = NULL;
	size_t n = 0, i;
	int found = 0;

	if (store_meeting_list(st, day.y, &m, &n, err) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (m[i].body == body && date_cmp(m[i].date, day) == 0)
			found = 1;
	free(m);
	return found;
}

int app_meetings_until(struct store *st, int year, struct date until, struct meeting **out, size_t *n,
		       struct err *err)
{
	size_t i, k = 0;

	if (store_meeting_list(st, year, out, n, err) < 0)
		return -1;
	for (i = 0; i < *n; i++)
		if (date_cmp((*out)[i].date, until) <= 0)
			(*out)[k++] = (*out)[i];
	*n = k;
	return 0;
}
