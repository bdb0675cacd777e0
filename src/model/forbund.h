/*
 * forbund.h: a förbund on a host, one of many in one PostgreSQL database.
 * Each is a tenant of its own: its records in a schema of their own
 * (named from the förbund's name), its users, its key for the personal
 * identity numbers. The host keeps a register of them with the host names
 * the web answers for each. Pure data and computation.
 */
#ifndef FINSAM_MODEL_FORBUND_H
#define FINSAM_MODEL_FORBUND_H

#include <stddef.h>

struct err;

/* A förbund's name on the host: 2–40 characters of a–z, 0–9 and '-',
 * starting with a letter and not ending with '-' ("kalmar-lan"). It names
 * the förbund in commands (--forbund), in the database's URI after '#',
 * and its key file (NAME.key). */
#define FORBUND_NAME_MAX 40
#define FORBUND_HOSTS_MAX 8
#define FORBUND_HOST_MAX 253
#define FORBUND_REGION_MAX 100

struct forbund {
	char name[FORBUND_NAME_MAX + 1];
	char schema[FORBUND_NAME_MAX + 4];      /* "fb_kalmar_lan" */
	char region[FORBUND_REGION_MAX];        /* the region it reports to, or "" */
	char created[32];                       /* "YYYY-MM-DD HH:MM:SS" UTC */
	char created_by[64];
	char hosts[FORBUND_HOSTS_MAX][FORBUND_HOST_MAX + 1];
	size_t n_hosts;
};

/* 0 when name is a förbund's name, else -1 with a message saying why. */
int forbund_name_check(const char *name, struct err *err);
/* The schema of the förbund named name (checked): "fb_" and the name
 * with '-' as '_', which no name has, so two names never share one. */
void forbund_schema_of(const char *name, char out[FORBUND_NAME_MAX + 4]);
/* A host name the web answers for a förbund, into out in lower case
 * (without a port): letters, digits, '-' and '.', labels of 1–63
 * characters; 0, or -1 with a message. */
int forbund_host_parse(const char *host, char out[FORBUND_HOST_MAX + 1], struct err *err);

#endif
