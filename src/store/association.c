/*
 * association.c: the förbund itself and its members (with their
 * grant-share keys), the board's members found by id, the settings, and
 * what the database knows of the key that hashes the participants'
 * personal identity numbers: its fingerprint (never the key, which lives
 * in a file beside the database) and the stored hashes a key without a
 * fingerprint can be tested against.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "store/domain_int.h"
#include "store/engine.h"
#include "store/store.h"

static void fill_association(struct stmt *s, void *row)
{
	struct association *a = row;

	q_col_copy(a->name, sizeof(a->name), s, 0);
	q_col_copy(a->orgnr, sizeof(a->orgnr), s, 1);
	q_col_copy(a->contact, sizeof(a->contact), s, 2);
	q_col_copy(a->street, sizeof(a->street), s, 3);
	q_col_copy(a->postal, sizeof(a->postal), s, 4);
	q_col_copy(a->phone, sizeof(a->phone), s, 5);
	q_col_copy(a->fnr, sizeof(a->fnr), s, 6);
	q_col_copy(a->kptyp, sizeof(a->kptyp), s, 7);
	q_col_copy(a->currency, sizeof(a->currency), s, 8);
}

static const char sql_assoc_get[] = "SELECT name, orgnr, contact, street, postal, phone, fnr, kptyp, currency "
				    "FROM association WHERE id = 1";

int store_association_get(struct store *st, struct association *a, struct err *err)
{
	struct stmt *s = q_prep(st, sql_assoc_get, err);

	return q_read_one(s, sizeof(*a), fill_association, a, "läsa förbundet", err);
}

static const char sql_assoc_set[] =
	"INSERT INTO association (id, name, orgnr, contact, street, postal, phone, fnr, kptyp, currency) "
	"VALUES (1, :name, :orgnr, :contact, :street, :postal, :phone, :fnr, :kptyp, :currency) "
	"ON CONFLICT (id) DO UPDATE SET name = excluded.name, orgnr = excluded.orgnr, "
	"contact = excluded.contact, street = excluded.street, postal = excluded.postal, "
	"phone = excluded.phone, fnr = excluded.fnr, kptyp = excluded.kptyp, currency = excluded.currency";

int store_association_set(struct store *st, const struct association *a, struct err *err)
{
	struct stmt *s = q_prep(st, sql_assoc_set, err);

	q_text(s, "name", a->name);
	q_text(s, "orgnr", a->orgnr);
	q_text(s, "contact", a->contact);
	q_text(s, "street", a->street);
	q_text(s, "postal", a->postal);
	q_text(s, "phone", a->phone);
	q_text(s, "fnr", a->fnr);
	q_text(s, "kptyp", a->kptyp);
	q_text(s, "currency", a->currency);
	return q_exec(s, "spara förbundet", err);
}

/* As the schema spells enum member_kind. */
static const char *const member_kinds[] = { "state", "region", "municipality" };

static void fill_member(struct stmt *s, void *row)
{
	struct member *m = row;
	const char *kind = q_col_text(s, 2);
	int k;

	m->id = q_col_int(s, 0);
	q_col_copy(m->name, sizeof(m->name), s, 1);
	for (k = 0; k < 3; k++)
		if (kind && strcmp(kind, member_kinds[k]) == 0)
			m->kind = (enum member_kind)k;
	m->key = q_col_int(s, 3);
}

static const char sql_member_add[] =
	"INSERT INTO member (name, kind, share_key) VALUES (:name, :kind, :share_key) RETURNING id";

int store_member_add(struct store *st, struct member *m, struct err *err)
{
	struct stmt *s;

	if ((unsigned)m->kind >= sizeof(member_kinds) / sizeof(member_kinds[0]))
		return err_set(err, "okänd sorts medlem (%d) för '%s'", (int)m->kind, m->name);
	s = q_prep(st, sql_member_add, err);
	q_text(s, "name", m->name);
	q_text(s, "kind", member_kinds[m->kind]);
	q_int(s, "share_key", m->key);
	return q_exec_id(s, &m->id, "spara medlemmen", err);
}

static const char sql_member_list[] = "SELECT id, name, kind, share_key FROM member ORDER BY id";

int store_member_list(struct store *st, struct member **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_member_list, err);
	void *rows;
	int rc;

	rc = q_read_rows(s, sizeof(**out), fill_member, &rows, n, "läsa medlemmarna", err);
	*out = rows;
	return rc;
}

static const char sql_member_by_id[] = "SELECT id, name, kind, share_key FROM member WHERE id = :id";
static const char sql_member_by_name[] = "SELECT id, name, kind, share_key FROM member WHERE name = :name";

int store_member_get(struct store *st, int64_t id, const char *name, struct member *out, struct err *err)
{
	struct stmt *s = q_prep_key(st, sql_member_by_id, id, sql_member_by_name, name, err);

	return q_read_one(s, sizeof(*out), fill_member, out, "läsa medlemmen", err);
}

static const char sql_member_update[] =
	"UPDATE member SET name = :name, kind = :kind, share_key = :share_key WHERE id = :id";

int store_member_update(struct store *st, const struct member *m, struct err *err)
{
	struct stmt *s;

	if ((unsigned)m->kind >= sizeof(member_kinds) / sizeof(member_kinds[0]))
		return err_set(err, "okänd medlemstyp");
	s = q_prep(st, sql_member_update, err);
	q_int(s, "id", m->id);
	q_text(s, "name", m->name);
	q_text(s, "kind", member_kinds[m->kind]);
	q_int(s, "share_key", m->key);
	return q_exec_one(s, "ändra medlemmen", err);
}

static const char sql_member_delete[] = "DELETE FROM member WHERE id = :id";

int store_member_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_member_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort medlemmen", err);
}

static const char sql_board_get[] = "SELECT id, year, name, role, appointed_by FROM board_member WHERE id = :id";

int store_board_get(struct store *st, int64_t id, struct board_member *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_board_get, err);

	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_board, out, "läsa ledamoten", err);
}

static const char sql_board_update[] = "UPDATE board_member SET year = :year, name = :name, role = :role, "
				       "appointed_by = :appointed_by WHERE id = :id";

int store_board_update(struct store *st, const struct board_member *b, struct err *err)
{
	struct stmt *s = q_prep(st, sql_board_update, err);

	q_int(s, "id", b->id);
	q_int(s, "year", b->year);
	q_text(s, "name", b->name);
	q_text(s, "role", board_role_key(b->role));
	q_text(s, "appointed_by", b->appointed_by);
	return q_exec_one(s, "ändra ledamoten", err);
}

static const char sql_board_delete[] = "DELETE FROM board_member WHERE id = :id";

int store_board_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_board_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort ledamoten", err);
}

static const char sql_setting_get[] = "SELECT value FROM setting WHERE key = :key";

int store_setting_get(struct store *st, const char *key, char *out, size_t n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_setting_get, err);
	int rc;

	q_text(s, "key", key);
	rc = q_step(s, "läsa inställningen", err);
	if (rc <= 0)
		return rc < 0 ? -1 : STORE_NOT_FOUND;
	q_col_copy(out, n, s, 0);
	q_reset(s);
	return 0;
}

static const char sql_setting_put[] = "INSERT INTO setting (key, value) VALUES (:key, :value) "
				      "ON CONFLICT (key) DO UPDATE SET value = excluded.value";

int store_setting_put(struct store *st, const char *key, const char *value, struct err *err)
{
	struct stmt *s = q_prep(st, sql_setting_put, err);

	q_text(s, "key", key);
	q_text(s, "value", value);
	return q_exec(s, "spara inställningen", err);
}

static const char sql_key_get[] = "SELECT fingerprint, how FROM key_fingerprint WHERE id = 1";

int store_key_fingerprint_get(struct store *st, char *out, size_t n, char *how, size_t how_n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_key_get, err);
	int rc;

	rc = q_step(s, "läsa nyckelns fingeravtryck", err);
	if (rc <= 0)
		return rc < 0 ? -1 : STORE_NOT_FOUND;
	q_col_copy(out, n, s, 0);
	if (how)
		q_col_copy(how, how_n, s, 1);
	q_reset(s);
	return 0;
}

static const char sql_key_put[] = "INSERT INTO key_fingerprint (id, fingerprint, how, recorded_at) "
				  "VALUES (1, :fingerprint, :how, :recorded_at) ON CONFLICT (id) DO NOTHING";

int store_key_fingerprint_put(struct store *st, const char *fingerprint, const char *how, struct err *err)
{
	struct stmt *s = q_prep(st, sql_key_put, err);
	char stamp[32];

	q_text(s, "fingerprint", fingerprint);
	q_text(s, "how", how);
	q_text(s, "recorded_at", q_utc_now(stamp, sizeof(stamp), STAMP_SQL));
	if (q_exec(s, "anteckna nyckelns fingeravtryck", err) < 0)
		return -1;
	return q_changes(s) == 1 ? 0 : STORE_NOT_FOUND;
}

static const char sql_pnr_sample[] = "SELECT pnr_hash, birth_year, count(*) OVER () FROM participant "
				     "WHERE pnr_hash IS NOT NULL ORDER BY id LIMIT :max";

int store_pnr_hash_sample(struct store *st, struct store_pnr_hash *out, size_t max, size_t *n, int64_t *total,
			  struct err *err)
{
	struct stmt *s = q_prep(st, sql_pnr_sample, err);
	int rc;

	*n = 0;
	*total = 0;
	q_int(s, "max", max > 0 ? (int64_t)max : 1);
	while ((rc = q_step(s, "läsa deltagarnas nycklade personnummer", err)) > 0) {
		*total = q_col_int(s, 2);
		if (*n < max) {
			q_col_copy(out[*n].hash, sizeof(out[*n].hash), s, 0);
			out[*n].birth_year = (int)q_col_int(s, 1);
			(*n)++;
		}
	}
	return rc < 0 ? -1 : 0;
}
