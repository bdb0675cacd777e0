/*
 * region.h: the readers of a host's summed national follow-up. A region
 * user logs in at a host name of the region pages and reads the
 * follow-up summed over the förbund of one region, or of every förbund on
 * the host, and nothing of any förbund's own records; their role is
 * always "region". A host name of the region pages shows one region's
 * sums or the whole host's. Pure data and the rules that need no
 * database.
 */
#ifndef FINSAM_MODEL_REGION_H
#define FINSAM_MODEL_REGION_H

#include <stdint.h>

#include "model/forbund.h"
#include "model/user.h"

struct err;

/* The one role of a host's users. */
#define REGION_ROLE "region"

/* What a region user reads, and what a region host name shows: one
 * region's förbund (region, all 0) or every förbund on the host (all 1,
 * region ""). */
struct region_scope {
	char region[FORBUND_REGION_MAX];
	int all;
};

struct region_user {
	int64_t id;
	char name[USER_NAME_MAX];
	struct region_scope scope;
	int disabled;
	char created[32];               /* "2026-12-04T10:00:00Z" */
};

struct region_host {
	char host[FORBUND_HOST_MAX + 1];
	struct region_scope scope;
	char created[32];
};

/* A row of the host's audit log: forbund add, and every change of the
 * region users and region host names. at is UTC, "2026-12-04 10:00:00". */
struct host_audit_entry {
	int64_t id;
	char at[32];
	char actor[64];
	char action[64];
	char detail[512];
};

/* A region's name as 'forbund add --region' gives it: 1 to
 * FORBUND_REGION_MAX - 1 bytes of UTF-8 without control characters and
 * not starting or ending with a space. 0, or -1 with a message. */
int region_name_check(const char *region, struct err *err);
/* The scope of exactly one of region (not NULL) and all: 0, or -1 with a
 * message when both or neither are given, or the region's name is bad. */
int region_scope_set(struct region_scope *out, const char *region, int all, struct err *err);
/* The region a follow-up over the host is limited to: NULL for every
 * förbund, else the region's name. */
const char *region_scope_filter(const struct region_scope *s);
/* "Region Norr" or "alla förbund på värden", for people. */
const char *region_scope_label(const struct region_scope *s);
/* 1 when a user of scope u may read what the region host of scope h
 * shows: a user of the whole host every region host, a region's user
 * only a host name of their own region. */
int region_scope_covers(const struct region_scope *u, const struct region_scope *h);

#endif
