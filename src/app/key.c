/*
 * key.c: the key of the participant register. A personal identity number
 * is stored only as an HMAC with a key made per database and kept in a
 * file beside it ("forbund.db.key", mode 0600, or FINSAM_KEY_FILE, which a
 * PostgreSQL database needs): a copy of the database alone cannot be
 * searched for a known number.
 *
 * The database keeps the key's fingerprint (a keyed BLAKE2b of a fixed
 * text, never the key), so that a key file that is missing or belongs to
 * another database is refused: were a new key made, every person already
 * registered would get a new hash and be registered a second time. A key
 * is only ever made for a database that has never had one. A database from
 * before the fingerprint, that holds hashes, gets its key's fingerprint
 * only when the key is proven: one participant's year of birth leaves
 * about 730 000 possible numbers, and the key that gives one of them the
 * stored hash is the key that made it.
 */
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/date.h"
#include "base/err.h"
#include "base/orgnr.h"
#include "model/forbund.h"
#include "store/store.h"

/* Participants whose stored hash a key without a fingerprint is tried on. */
#define PROOF_SAMPLES 3

static const char fingerprint_label[] = "finsam: the fingerprint of a participant register's key, v1";

/* The förbund of a host's URI ("postgresql://server/db#kalmar"), or NULL. */
static const char *forbund_of(const char *db_path)
{
	const char *hash;

	if (strncmp(db_path, "postgresql://", 13) != 0 && strncmp(db_path, "postgres://", 11) != 0)
		return NULL;
	hash = strchr(db_path, '#');
	return hash && hash[1] ? hash + 1 : NULL;
}

void app_key_path(const char *db_path, char *out, size_t n)
{
	const char *env = getenv("FINSAM_KEY_FILE"), *dir = getenv("FINSAM_KEY_DIR");
	const char *forbund = forbund_of(db_path);

	/* Each förbund of a host has its own key, so that the same person
	 * cannot be linked across förbund: one file per förbund, in the
	 * host's folder of keys. */
	if (forbund && dir && *dir && forbund_name_check(forbund, NULL) == 0)
		snprintf(out, n, "%s/%s.key", dir, forbund);
	else if (forbund)
		snprintf(out, n, "%s", "");
	else if (env && *env)
		snprintf(out, n, "%s", env);
	else if (strncmp(db_path, "postgresql://", 13) == 0 || strncmp(db_path, "postgres://", 11) == 0)
		snprintf(out, n, "%s", "");
	else
		snprintf(out, n, "%s.key", db_path);
}

void app_key_fingerprint(const struct app_key *key, char out[APP_KEY_FINGERPRINT_HEX])
{
	unsigned char h[32];

	crypto_generichash(h, sizeof(h), (const unsigned char *)fingerprint_label, sizeof(fingerprint_label) - 1,
			   key->bytes, sizeof(key->bytes));
	sodium_bin2hex(out, APP_KEY_FINGERPRINT_HEX, h, sizeof(h));
}

static int refused(struct err *err)
{
	return err_set(err, "%s", APP_KEY_REFUSED);
}

/* Whether key gives one of the numbers of people born in year the hash
 * `want` (hex): every valid date of the year, as a personal identity or a
 * co-ordination number, every serial, its check digit. */
static int key_makes(const struct app_key *key, int year, const char *want)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	crypto_auth_hmacsha256_state base, st;
	unsigned char target[crypto_auth_hmacsha256_BYTES], mac[crypto_auth_hmacsha256_BYTES];
	char d[13];
	int m, day, coord, serial, c, found = 0;

	if (sodium_hex2bin(target, sizeof(target), want, strlen(want), NULL, NULL, NULL) != 0)
		return 0;
	crypto_auth_hmacsha256_init(&base, key->bytes, sizeof(key->bytes));
	snprintf(d, sizeof(d), "%04d", year);
	for (m = 1; m <= 12 && !found; m++) {
		int last = mdays[m - 1] + (m == 2 && date_valid(year, 2, 29));

		for (day = 1; day <= last && !found; day++)
			for (coord = 0; coord <= 1 && !found; coord++)
				for (serial = 0; serial < 1000 && !found; serial++) {
					int dd = day + 60 * coord;

					d[4] = (char)('0' + m / 10);
					d[5] = (char)('0' + m % 10);
					d[6] = (char)('0' + dd / 10);
					d[7] = (char)('0' + dd % 10);
					d[8] = (char)('0' + serial / 100);
					d[9] = (char)('0' + serial / 10 % 10);
					d[10] = (char)('0' + serial % 10);
					d[12] = '\0';
					for (c = 0; c < 10; c++) {
						d[11] = (char)('0' + c);
						if (luhn_valid(d + 2))
							break;
					}
					st = base;
					crypto_auth_hmacsha256_update(&st, (const unsigned char *)d, 12);
					crypto_auth_hmacsha256_final(&st, mac);
					found = sodium_memcmp(mac, target, sizeof(mac)) == 0;
				}
	}
	sodium_memzero(d, sizeof(d));
	sodium_memzero(&base, sizeof(base));
	sodium_memzero(&st, sizeof(st));
	return found;
}

/* Records key's fingerprint as `how`, in one transaction with a line in
 * the audit log when detail is given (a key taken for a database that
 * already held hashes; a key made anew is only recorded, with its time);
 * then checks that the recorded one is key's (another process may have
 * recorded its own first). */
static int record(struct store *st, const struct app_key *key, const char *how, const char *detail,
		  struct err *err)
{
	char fp[APP_KEY_FINGERPRINT_HEX], stored[APP_KEY_FINGERPRINT_HEX];
	int rc;

	app_key_fingerprint(key, fp);
	if (store_begin(st, err) < 0)
		return -1;
	rc = store_key_fingerprint_put(st, fp, how, err);
	if (rc == 0 && detail)
		rc = store_audit_add(st, app_actor(st), "anteckna nyckelns fingeravtryck", NULL, detail, err);
	if (rc < 0) {
		store_rollback(st);
		return -1;
	}
	if (store_commit(st, err) < 0)
		return -1;
	if (store_key_fingerprint_get(st, stored, sizeof(stored), NULL, 0, err) != 0)
		return -1;
	return sodium_memcmp(fp, stored, sizeof(fp)) == 0 ? 0 : refused(err);
}

/* A database without a fingerprint whose participants have hashes: the
 * key's fingerprint is recorded when it makes one of them, or when none can
 * be tried (said so in the log); refused when it makes none it was tried on. */
static int prove(struct store *st, const struct app_key *key, const struct store_pnr_hash *sample, size_t n,
		 struct err *err)
{
	int this_year = date_today().y;
	size_t i, tried = 0;

	for (i = 0; i < n; i++) {
		if (sample[i].birth_year < 1900 || sample[i].birth_year > this_year || strlen(sample[i].hash) != 64)
			continue;
		tried++;
		if (key_makes(key, sample[i].birth_year, sample[i].hash))
			return record(st, key, "proven", "nyckelfilen gav en sparad deltagares nycklade personnummer "
							 "och antecknades som databasens nyckel",
				      err);
	}
	if (tried)
		return refused(err);
	return record(st, key, "unproven", "nyckelfilen kunde inte prövas mot de sparade personnumren; den "
					   "antecknades som databasens nyckel utan bevis",
		      err);
}

int app_key_read(const char *path, struct app_key *key, struct err *err)
{
	int fd = open(path, O_RDONLY);
	ssize_t got;

	if (fd < 0 && errno == ENOENT)
		return ENOENT;
	if (fd < 0)
		return err_set(err, "kan inte läsa nyckelfilen: %s", strerror(errno));
	got = read(fd, key->bytes, sizeof(key->bytes));
	close(fd);
	return got == (ssize_t)sizeof(key->bytes) ? 0 : APP_KEY_MALFORMED;
}

/* The key file at path: 0, ENOENT when there is none, -1 with a message
 * when it cannot be read or is no key. */
static int read_key(const char *path, struct app_key *key, struct err *err)
{
	int rc = app_key_read(path, key, err);

	return rc == APP_KEY_MALFORMED ? refused(err) : rc;
}

/* Makes a new key file at path (mode 0600): 0, EEXIST when another process
 * made one first, -1 with a message. */
static int make_key(const char *path, struct app_key *key, struct err *err)
{
	int fd;

	randombytes_buf(key->bytes, sizeof(key->bytes));
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0 && errno == EEXIST)
		return EEXIST;
	if (fd < 0)
		return err_set(err, "kan inte skapa nyckelfilen: %s", strerror(errno));
	if (write(fd, key->bytes, sizeof(key->bytes)) != (ssize_t)sizeof(key->bytes) || fsync(fd) != 0) {
		close(fd);
		unlink(path);
		return err_set(err, "kan inte skriva nyckelfilen");
	}
	close(fd);
	return 0;
}

int app_key_load_file(struct store *st, const char *path, int create, struct app_key *key, struct err *err)
{
	char fp[APP_KEY_FINGERPRINT_HEX], stored[APP_KEY_FINGERPRINT_HEX];
	struct store_pnr_hash sample[PROOF_SAMPLES];
	size_t n;
	int64_t total;
	int rc, has_fp;

	if (sodium_init() < 0)
		return err_set(err, "kan inte starta krypteringsbiblioteket");
	rc = store_key_fingerprint_get(st, stored, sizeof(stored), NULL, 0, err);
	if (rc < 0)
		return -1;
	has_fp = rc == 0;
	if (store_pnr_hash_sample(st, sample, PROOF_SAMPLES, &n, &total, err) < 0)
		return -1;
	rc = read_key(path, key, err);
	if (rc == ENOENT) {
		/* Never a new key for a database that has had one. */
		if (has_fp || total > 0)
			return refused(err);
		if (!create)
			return APP_KEY_NONE;
		rc = make_key(path, key, err);
		if (rc == 0)
			return record(st, key, "created", NULL, err);
		if (rc == EEXIST)
			rc = read_key(path, key, err);
	}
	if (rc < 0)
		return -1;
	if (rc == ENOENT)
		return refused(err);
	if (has_fp) {
		app_key_fingerprint(key, fp);
		if (sodium_memcmp(fp, stored, sizeof(fp)) != 0) {
			sodium_memzero(key, sizeof(*key));
			return refused(err);
		}
		return 0;
	}
	if (total == 0)
		rc = record(st, key, "first use", NULL, err);
	else
		rc = prove(st, key, sample, n, err);
	if (rc < 0)
		sodium_memzero(key, sizeof(*key));
	return rc;
}

int app_key_load(struct store *st, const char *db_path, int create, struct app_key *key, struct err *err)
{
	char path[4096];

	app_key_path(db_path, path, sizeof(path));
	/* A database on a server has no folder of its own to keep its key
	 * beside: the operator says where it is. */
	if (!path[0] && forbund_of(db_path))
		return err_set(err, "förbunden på en värd har var sin nyckel för deltagarregistret: ange mappen "
			       "där de finns med FINSAM_KEY_DIR (förbundet '%s' har sin i NAMN.key där)",
			       forbund_of(db_path));
	if (!path[0])
		return err_set(err, "en PostgreSQL-databas har ingen fil att ha deltagarregistrets nyckel bredvid: "
			       "ange nyckelfilen med FINSAM_KEY_FILE (den skapas första gången, och måste sedan "
			       "följa med databasen)");
	return app_key_load_file(st, path, create, key, err);
}
