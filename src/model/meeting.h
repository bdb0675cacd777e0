/*
 * meeting.h: the meetings of the förbund's bodies (sammanträden) and the
 * decisions taken at them: the body that met (the board, the preparatory
 * group, the members' consultation, another), who of the board attended
 * and as what, the protocol's reference, and each decision's kind and
 * text. The pure computations over them: whether the board had a quorum,
 * and how many meetings each body held in a period. Pure data.
 */
#ifndef FINSAM_MODEL_MEETING_H
#define FINSAM_MODEL_MEETING_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "model/board.h"
#include "model/calendar.h"

enum meeting_body { BODY_BOARD, BODY_DEVELOPMENT, BODY_CONSULTATION, BODY_OTHER, BODY__MAX };

/* "board" / "styrelse", "development" / "beredningsgrupp" (also
 * "utvecklingsgrupp"), "consultation" / "medlemssamråd", "other" /
 * "övrigt"; parse takes the key or a Swedish word. */
const char *meeting_body_key(enum meeting_body b);
const char *meeting_body_label(enum meeting_body b);
int meeting_body_parse(const char *s, enum meeting_body *out);
/* The kind of event in the year cycle a meeting of body b is planned as. */
enum event_kind meeting_body_event(enum meeting_body b);

enum decision_kind { DK_FUNDING, DK_BUDGET, DK_PLAN, DK_INTERIM, DK_ANNUAL, DK_GOVERNING, DK_OTHER, DK__MAX };

/* "funding" / "finansiering av insats", "budget" / "budget", "plan" /
 * "verksamhetsplan", "interim" / "delårsrapport", "annual" /
 * "årsredovisning", "governing" / "styrdokument", "other" / "övrigt";
 * parse takes the key, the label or a short word ("finansiering",
 * "plan", "delår", "annat"). */
const char *decision_kind_key(enum decision_kind k);
const char *decision_kind_label(enum decision_kind k);
int decision_kind_parse(const char *s, enum decision_kind *out);

/* As what a board member attended: an ordinary member (the chair, the
 * vice chair or a member: "ordinary" / "ordinarie") or a deputy
 * ("deputy" / "ersättare"). */
enum meeting_as { AS_ORDINARY, AS_DEPUTY };
const char *meeting_as_key(enum meeting_as a);
const char *meeting_as_label(enum meeting_as a);
int meeting_as_parse(const char *s, enum meeting_as *out);
/* What a board member of role r attends as. */
enum meeting_as meeting_as_of(enum board_role r);

#define MEETING_TEXT_MAX 2000

struct meeting {
	int64_t id;
	struct date date;
	enum meeting_body body;
	char protocol[200];        /* the protocol's reference ("2025:3", "§ 1–12"); "" none */
};

struct meeting_attendee {
	int64_t meeting_id;
	char name[200];            /* as the year's board names the member */
	enum meeting_as as;
};

struct meeting_decision {
	int64_t id;
	int64_t meeting_id;
	enum decision_kind kind;
	char text[MEETING_TEXT_MAX];
	/* A funding decision of an intervention (insats decision) shown among
	 * the meeting's decisions because it is dated the meeting's day: its
	 * id there and the intervention's name; 0 and "" for a decision of
	 * the meeting's own. */
	int64_t funding_id;
	char intervention[200];
	int64_t amount;            /* öre, for a funding decision */
};

/* The quorum of a board meeting. The rule (kommunallagen 6 kap. 28 §,
 * which the board of a samordningsförbund follows): the board may decide
 * only when more than half of its members are present. The members are
 * the year's ordinary members (the chair, the vice chair and the members;
 * deputies are no members). Present are the ordinary members who
 * attended, and each deputy who attended and serves for an ordinary
 * member of the same appointing organisation who did not (each absent
 * member has at most one deputy serving, each deputy serves for at most
 * one; a deputy of no organisation serves for nobody). An attendee the
 * board does not name counts for nothing. */
struct meeting_quorum {
	size_t members;            /* the board's ordinary members */
	size_t present;            /* ordinary members present, serving deputies included */
	size_t deputies_serving;
	int quorate;               /* 2 * present > members (0 when the board has no members) */
};

void meeting_quorum(const struct board_member *board, size_t n_board, const struct meeting_attendee *att,
		    size_t n_att, struct meeting_quorum *out);

/* A decision the board takes at a meeting, with its day: what it is in
 * Swedish, to follow "dagen för" ("finansieringen av Steget vidare,
 * 700 000 kr", "fastställelsen av årsredovisningen för 2024"). */
struct meeting_dated {
	char what[300];
	struct date day;
};

/* The check that each of the decisions dec[0..n) was taken on a day the
 * board met (a meeting of body BODY_BOARD among m[0..nm)): each one that
 * was not gets a line in d saying so in Swedish, with how to put it
 * right. Returns how many. */
struct buf;
long meeting_unheld_findings(const struct meeting_dated *dec, size_t n, const struct meeting *m, size_t nm,
			     struct buf *d);

/* The check of a board meeting m that took n_dec decisions with the
 * quorum q: when it took any and was not quorate, a line in d saying so
 * in Swedish (how many of how many members were present, the rule);
 * returns 1 then, else 0. */
long meeting_quorum_finding(const struct meeting *m, size_t n_dec, const struct meeting_quorum *q, struct buf *d);

/* How many of the meetings m (n of them) each body held from `from` to
 * `to` (both days included) into counts, indexed by enum meeting_body. */
void meeting_counts(const struct meeting *m, size_t n, struct date from, struct date to, size_t counts[BODY__MAX]);

/* The year cycle ev (n events of one year, sorted by date, as
 * calendar_year makes it) with the meetings m (nm of them) held: a
 * planned event of the kind meeting_body_event gives for a meeting's body,
 * on the meeting's day, is marked held; a meeting no planned event meets
 * is added as an event of its own (held, id 0, titled by its body and its
 * protocol). Only the meetings of `year` count. Sorted by date; *out is
 * allocated (free()); returns its length. */
size_t meeting_cycle(int year, const struct event *ev, size_t n, const struct meeting *m, size_t nm,
		     struct event **out);

#endif
