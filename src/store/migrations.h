/*
 * migrations.h: the schema's numbered migrations, embedded at build time
 * from src/store/migrations/NNNN_name.sql (see scripts/embed_migrations.cmake).
 * Seen only by the store backends.
 */
#ifndef FINSAM_STORE_MIGRATIONS_H
#define FINSAM_STORE_MIGRATIONS_H

#include <stddef.h>

struct migration {
	int version;        /* the file's number */
	const char *name;   /* its file name */
	const char *sql;    /* its text */
};

extern const struct migration migrations[];
extern const size_t migrations_count;
/* PostgreSQL's (src/store/migrations_pg): its first is the whole schema at
 * the version PostgreSQL came in (0023_baseline.sql). */
extern const struct migration migrations_pg[];
extern const size_t migrations_pg_count;

#endif
