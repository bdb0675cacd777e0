/*
 * audit.c: the audit log's lines for changes of records. Every use case
 * that changes or removes a record writes one, with the record's values
 * before and after, so an auditor can see what it was and who changed it.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/date.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/money.h"
#include "model/board.h"
#include "model/goal.h"
#include "model/history.h"
#include "model/intervention.h"
#include "store/store.h"

int app_audit_change(struct store *st, const char *action, const char *record, const char *code,
		     const struct json_t *before, const struct json_t *after, struct err *err)
{
	char *b = before ? json_dumps(before, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
	char *a = after ? json_dumps(after, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
	int rc;

	if ((before && !b) || (after && !a))
		rc = err_set(err, "slut på minne när ändringen skulle loggas");
	else
		rc = store_audit_change(st, app_actor(st), action, record, code, b, a, err);
	free(b);
	free(a);
	return rc;
}

int app_year_check_open(struct store *st, int year, const char *what, struct err *err)
{
	struct date adopted;
	char d[11];
	int rc = store_year_closed(st, year, &adopted, err);

	if (rc == STORE_NOT_FOUND)
		return 0;
	if (rc < 0)
		return -1;
	date_format(d, adopted);
	err_set(err, "%s hör till %d, vars årsredovisning fastställdes av förbundsstyrelsen %s: året är "
		"stängt och kan bara öppnas igen av en administratör", what, year, d);
	return err_see(err, "finsam year reopen %d --reason ...", year);
}

/* How the log names the records' fields for people (the stored values
 * keep the keys, for programs), and what kind of value each holds. */
enum field_kind { F_PLAIN, F_MONEY, F_GOAL_STATUS, F_GOAL_PERIOD, F_GOAL_AREA, F_BOARD_ROLE, F_IV_STATUS,
		  F_HUNDREDTHS };

static const struct {
	const char *key, *label;
	enum field_kind kind;
} fields[] = {
	{ "accounts", "konton", F_PLAIN },
	{ "adopted", "fastställd", F_PLAIN },
	{ "age_max", "högsta ålder", F_PLAIN },
	{ "age_min", "lägsta ålder", F_PLAIN },
	{ "amount", "belopp", F_MONEY },
	{ "appointed_by", "utsedd av", F_PLAIN },
	{ "area", "område", F_GOAL_AREA },
	{ "at_most", "högst", F_PLAIN },
	{ "attendance", "deltagande", F_PLAIN },
	{ "balances", "saldon", F_PLAIN },
	{ "birth_year", "födelseår", F_PLAIN },
	{ "comment", "kommentar", F_PLAIN },
	{ "costs", "kostnader", F_MONEY },
	{ "date", "datum", F_PLAIN },
	{ "description", "beskrivning", F_PLAIN },
	{ "enrolled", "inskriven", F_PLAIN },
	{ "employees", "anställda", F_PLAIN },
	{ "equity", "eget kapital", F_MONEY },
	{ "exit_reason", "avslutsorsak", F_PLAIN },
	{ "exited", "avslutad", F_PLAIN },
	{ "file", "fil", F_PLAIN },
	{ "follow_up", "uppföljning", F_PLAIN },
	{ "funded_posts", "finansierade tjänster", F_HUNDREDTHS },
	{ "group", "grupp", F_PLAIN },
	{ "indicator", "indikator", F_PLAIN },
	{ "intervention", "insats", F_PLAIN },
	{ "intervention_id", "insats", F_PLAIN },
	{ "key", "fördelningsnyckel", F_PLAIN },
	{ "kind", "sort", F_PLAIN },
	{ "label", "benämning", F_PLAIN },
	{ "lines", "rader", F_PLAIN },
	{ "markdown", "text", F_PLAIN },
	{ "marked_at", "markerad", F_PLAIN },
	{ "marked_by", "markerad av", F_PLAIN },
	{ "meeting", "sammanträde", F_PLAIN },
	{ "meetings", "träffar", F_PLAIN },
	{ "men", "män", F_PLAIN },
	{ "name", "namn", F_PLAIN },
	{ "note", "anteckning", F_PLAIN },
	{ "number", "nummer", F_PLAIN },
	{ "objects", "objekt", F_PLAIN },
	{ "organiser", "arrangör", F_PLAIN },
	{ "own_posts", "tjänster", F_HUNDREDTHS },
	{ "owner", "huvudman", F_PLAIN },
	{ "partners", "samverkansparter", F_PLAIN },
	{ "period", "period", F_GOAL_PERIOD },
	{ "persons", "olika personer", F_PLAIN },
	{ "purpose", "syfte", F_PLAIN },
	{ "reason", "skäl", F_PLAIN },
	{ "ref", "mål", F_PLAIN },
	{ "replaced", "ersatte", F_PLAIN },
	{ "result", "resultat", F_MONEY },
	{ "results", "resultat och lärdomar", F_PLAIN },
	{ "revenue", "intäkter", F_MONEY },
	{ "role", "roll", F_BOARD_ROLE },
	{ "section", "avsnitt", F_PLAIN },
	{ "sex", "kön", F_PLAIN },
	{ "stage", "status", F_IV_STATUS },
	{ "share", "andel", F_PLAIN },
	{ "sick_leave", "sjukfrånvaro (%)", F_HUNDREDTHS },
	{ "source", "källa", F_PLAIN },
	{ "status", "bedömning", F_GOAL_STATUS },
	{ "support_after", "försörjning efter", F_PLAIN },
	{ "target", "målvärde", F_PLAIN },
	{ "text", "text", F_PLAIN },
	{ "title", "rubrik", F_PLAIN },
	{ "transactions", "transaktioner", F_PLAIN },
	{ "type", "typ", F_PLAIN },
	{ "unit", "enhet", F_PLAIN },
	{ "value", "värde", F_PLAIN },
	{ "verifications", "verifikationer", F_PLAIN },
	{ "version", "version", F_PLAIN },
	{ "women", "kvinnor", F_PLAIN },
	{ "year", "år", F_PLAIN },
	{ "year_from", "från år", F_PLAIN },
	{ "year_to", "till år", F_PLAIN },
};

static size_t field_of(const char *key)
{
	size_t i;

	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if (strcmp(fields[i].key, key) == 0)
			return i;
	return SIZE_MAX;
}

/* A value as the log shows it: an amount in kronor, a goal's status,
 * period or area and a board role in Swedish, yes and no, "(inget)" for
 * nothing; any other value as compact JSON ("Förlängt" with its quotes). */
static void add_value(struct buf *b, const char *key, const json_t *v)
{
	size_t f = field_of(key);
	enum field_kind kind = f == SIZE_MAX ? F_PLAIN : fields[f].kind;
	const char *s = json_is_string(v) ? json_string_value(v) : NULL;
	char *t;

	if (json_is_null(v)) {
		buf_adds(b, "(inget)");
		return;
	}
	if (json_is_boolean(v)) {
		buf_adds(b, json_is_true(v) ? "ja" : "nej");
		return;
	}
	if (kind == F_MONEY && json_is_integer(v)) {
		char kr[40];

		int64_t ore = (int64_t)json_integer_value(v);

		buf_addf(b, "%s kr", money_format(kr, sizeof(kr), ore, ore % 100 ? MONEY_STYLE_KR_ORE : MONEY_STYLE_KR));
		return;
	}
	if (kind == F_HUNDREDTHS && json_is_integer(v)) {
		char h[32];

		buf_adds(b, hundredths_format(h, sizeof(h), (int64_t)json_integer_value(v)));
		return;
	}
	if (s) {
		enum goal_status gs;
		enum goal_period gp;
		enum goal_area ga;
		enum board_role br;
		enum intervention_status is;

		if (kind == F_GOAL_STATUS && goal_status_parse(s, &gs) == 0) {
			buf_adds(b, goal_status_label(gs));
			return;
		}
		if (kind == F_GOAL_PERIOD && goal_period_parse(s, &gp) == 0) {
			buf_adds(b, gp == PERIOD_ANNUAL ? "helår" : "delår");
			return;
		}
		if (kind == F_GOAL_AREA && goal_area_parse(s, &ga) == 0) {
			buf_adds(b, goal_area_label(ga));
			return;
		}
		if (kind == F_IV_STATUS && intervention_status_parse(s, &is) == 0) {
			buf_adds(b, is == IV_STATUS_AUTO ? "efter datumen" : intervention_status_label(is));
			return;
		}
		if (kind == F_BOARD_ROLE && board_role_parse(s, &br) == 0) {
			buf_adds(b, board_role_label(br));
			return;
		}
	}
	t = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	buf_adds(b, t ? t : "?");
	free(t);
}

/* A field's name as people read it: its Swedish word, or the key. */
static void add_key(struct buf *b, const char *key)
{
	size_t f = field_of(key);

	buf_adds(b, f == SIZE_MAX ? key : fields[f].label);
}

/* "key: value, key: value" of every field of o. */
static void add_fields(struct buf *b, const json_t *o)
{
	const char *key;
	json_t *v;
	int first = 1;

	json_object_foreach((json_t *)o, key, v) {
		buf_adds(b, first ? "" : ", ");
		add_key(b, key);
		buf_adds(b, ": ");
		add_value(b, key, v);
		first = 0;
	}
}

char *app_audit_change_text(const char *before, const char *after)
{
	json_t *old = before && *before ? json_loads(before, 0, NULL) : NULL;
	json_t *cur = after && *after ? json_loads(after, 0, NULL) : NULL;
	struct buf b;
	const char *key;
	json_t *v;

	buf_init(&b);
	if (json_is_object(old) && json_is_object(cur)) {
		json_object_foreach(cur, key, v) {
			json_t *was = json_object_get(old, key);

			if (was && json_equal(was, v))
				continue;
			buf_adds(&b, b.len ? ", " : "");
			add_key(&b, key);
			buf_adds(&b, ": ");
			if (was)
				add_value(&b, key, was);
			else
				buf_adds(&b, "(inget)");
			buf_adds(&b, " → ");
			add_value(&b, key, v);
		}
		if (!b.len)
			buf_adds(&b, "inget ändrat");
	} else if (json_is_object(cur) && !old) {
		buf_adds(&b, "ny: ");
		add_fields(&b, cur);
	} else if (json_is_object(old) && !cur) {
		buf_adds(&b, "borttagen: ");
		add_fields(&b, old);
	}
	json_decref(old);
	json_decref(cur);
	if (!b.len) {
		buf_release(&b);
		return NULL;
	}
	return buf_detach(&b);
}

int app_data_version(struct store *st, int64_t *version, struct err *err)
{
	return store_audit_last(st, version, err);
}
