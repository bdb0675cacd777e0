/*
 * cmd_correct.c: the commands that correct records: edit and remove of
 * interventions, the board's decisions, anonymous participant counts,
 * members, board members, activities, the year cycle's events, budget
 * lines and forecasts, with the lists that show the ids they take. Each
 * change is one use case of app/, validated as the addition is, refused
 * for a closed year and written to the audit log.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"
#include "doc/doc.h"

enum { I_EDIT, I_REMOVE, D_LIST, D_EDIT, D_REMOVE, N_LIST, N_EDIT, N_REMOVE, M_EDIT, M_REMOVE, B_EDIT,
       B_REMOVE, A_EDIT, A_REMOVE, C_LIST, C_EDIT, C_REMOVE, L_REMOVE, F_LIST };

/* Runs a correction fn on the open database and prints done on success. */
/* A removal by id: "finsam X remove ID". */
struct by_id {
	int64_t id;
	int (*fn)(struct store *st, int64_t id, struct err *err);
};

static int remove_id(struct store *st, void *ctx, struct err *err)
{
	struct by_id *b = ctx;

	return b->fn(st, b->id, err);
}

static int cmd_remove_id(struct cli *cli, const struct cmd *c, int argc, char **argv,
			 int (*fn)(struct store *st, int64_t id, struct err *err), const char *what)
{
	const char *pos[1];
	struct by_id b = { 0, fn };
	char done[128];
	size_t n;
	int rc = cli_parse(c, argc, argv, NULL, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange id");
	if (cli_id(c, pos[0], &b.id) < 0)
		return EXIT_BAD_INPUT;
	snprintf(done, sizeof(done), "Tog bort %s %lld.", what, (long long)b.id);
	return cli_change(cli, remove_id, &b, done);
}

/* A change by id: "finsam X edit ID [options]": parses the options into
 * the caller's record of them (ctx), the id into *id, and runs fn. */
static int cmd_edit_id(struct cli *cli, const struct cmd *c, int argc, char **argv, const struct opt *opts,
		       int64_t *id, int (*fn)(struct store *st, void *ctx, struct err *err), void *ctx,
		       const char *what)
{
	const char *pos[1];
	char done[128];
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange id");
	if (cli_id(c, pos[0], id) < 0)
		return EXIT_BAD_INPUT;
	snprintf(done, sizeof(done), "Ändrade %s %lld.", what, (long long)*id);
	return cli_change(cli, fn, ctx, done);
}

/* --- interventions --- */

struct insats_edit {
	const char *which;
	struct app_insats_fields f;
};

static int insats_edit(struct store *st, void *ctx, struct err *err)
{
	struct insats_edit *e = ctx;

	return app_insats_edit(st, e->which, &e->f, err);
}

static int cmd_insats_edit(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &correct_cmds[I_EDIT];
	struct insats_edit e;
	const char *pos[1];
	char done[300];
	size_t n;
	int rc;

	memset(&e, 0, sizeof(e));
	{
		const struct opt opts[] = {
			{ "name", 1, &e.f.name, NULL }, { "kind", 1, &e.f.kind, NULL }, { "owner", 1, &e.f.owner, NULL },
			{ "partners", 1, &e.f.partners, NULL }, { "target", 1, &e.f.target, NULL },
			{ "ages", 1, &e.f.ages, NULL }, { "from", 1, &e.f.start, NULL }, { "to", 1, &e.f.end, NULL },
			{ "purpose", 1, &e.f.purpose, NULL }, { "accounts", 1, &e.f.accounts, NULL },
			{ "objects", 1, &e.f.objects, NULL }, { "participants-from", 1, &e.f.p_start, NULL },
			{ "participants-to", 1, &e.f.p_end, NULL }, { "goals", 1, &e.f.goals, NULL }, { 0 } };

		rc = cli_parse(c, argc, argv, opts, pos, 1, &n);
	}
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange insatsens id eller namn");
	e.which = pos[0];
	snprintf(done, sizeof(done), "Ändrade insatsen %s.", e.f.name ? e.f.name : pos[0]);
	return cli_change(cli, insats_edit, &e, done);
}

static int insats_remove(struct store *st, void *ctx, struct err *err)
{
	return app_insats_remove(st, ctx, err);
}

static int cmd_insats_remove(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &correct_cmds[I_REMOVE];
	const char *pos[1];
	char done[300];
	size_t n;
	int rc = cli_parse(c, argc, argv, NULL, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange insatsens id eller namn");
	snprintf(done, sizeof(done), "Tog bort insatsen %s.", pos[0]);
	return cli_change(cli, insats_remove, (void *)pos[0], done);
}

/* A list of one intervention's records (INSATS required) or all (optional). */
static int list_of_insats(struct cli *cli, const struct cmd *c, int argc, char **argv, int required,
			  struct doc *(*build)(struct store *st, const char *which, struct err *err))
{
	return cli_named_doc_command(cli, c, argc, argv, required ? "ange insatsens id eller namn" : NULL, build);
}

static int cmd_decision_list(struct cli *cli, int argc, char **argv)
{
	return list_of_insats(cli, &correct_cmds[D_LIST], argc, argv, 1, app_report_decisions);
}

struct decision_edit {
	int64_t id;
	struct app_decision_fields f;
};

static int decision_edit(struct store *st, void *ctx, struct err *err)
{
	struct decision_edit *e = ctx;

	return app_decision_edit(st, e->id, &e->f, err);
}

static int cmd_decision_edit(struct cli *cli, int argc, char **argv)
{
	struct decision_edit e = { .id = 0 };
	const struct opt opts[] = { { "insats", 1, &e.f.insats, NULL }, { "date", 1, &e.f.date, NULL },
				    { "amount", 1, &e.f.amount, NULL }, { "years", 1, &e.f.years, NULL },
				    { "note", 1, &e.f.note, NULL }, { "planned", 0, NULL, &e.f.planned },
				    { "again", 0, NULL, &e.f.again }, { 0 } };

	return cmd_edit_id(cli, &correct_cmds[D_EDIT], argc, argv, opts, &e.id, decision_edit, &e, "beslut");
}

static int cmd_decision_remove(struct cli *cli, int argc, char **argv)
{
	return cmd_remove_id(cli, &correct_cmds[D_REMOVE], argc, argv, app_decision_remove, "beslut");
}

static int cmd_anonymous_list(struct cli *cli, int argc, char **argv)
{
	return list_of_insats(cli, &correct_cmds[N_LIST], argc, argv, 0, app_report_anonymous);
}

struct anonymous_edit {
	int64_t id;
	struct app_anonymous_fields f;
};

static int anonymous_edit(struct store *st, void *ctx, struct err *err)
{
	struct anonymous_edit *e = ctx;

	return app_anonymous_edit(st, e->id, &e->f, err);
}

static int cmd_anonymous_edit(struct cli *cli, int argc, char **argv)
{
	struct anonymous_edit e = { .id = 0 };
	const struct opt opts[] = { { "insats", 1, &e.f.insats, NULL }, { "from", 1, &e.f.from, NULL },
				    { "to", 1, &e.f.to, NULL }, { "women", 1, &e.f.women, NULL },
				    { "men", 1, &e.f.men, NULL }, { "note", 1, &e.f.note, NULL }, { 0 } };

	return cmd_edit_id(cli, &correct_cmds[N_EDIT], argc, argv, opts, &e.id, anonymous_edit, &e, "anonyma deltagare");
}

static int cmd_anonymous_remove(struct cli *cli, int argc, char **argv)
{
	return cmd_remove_id(cli, &correct_cmds[N_REMOVE], argc, argv, app_anonymous_remove, "anonyma deltagare");
}

/* --- members and the board --- */

struct member_edit {
	const char *which, *name, *kind, *key;
};

static int member_edit(struct store *st, void *ctx, struct err *err)
{
	struct member_edit *e = ctx;

	return app_member_edit(st, e->which, e->name, e->kind, e->key, err);
}

static int cmd_member_edit(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &correct_cmds[M_EDIT];
	struct member_edit e = { NULL, NULL, NULL, NULL };
	const struct opt opts[] = { { "name", 1, &e.name, NULL }, { "kind", 1, &e.kind, NULL },
				    { "key", 1, &e.key, NULL }, { 0 } };
	const char *pos[1];
	char done[200];
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange medlemmens id eller namn");
	e.which = pos[0];
	snprintf(done, sizeof(done), "Ändrade medlemmen %s.", e.name ? e.name : pos[0]);
	return cli_change(cli, member_edit, &e, done);
}

static int member_remove(struct store *st, void *ctx, struct err *err)
{
	return app_member_remove(st, ctx, err);
}

static int cmd_member_remove(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &correct_cmds[M_REMOVE];
	const char *pos[1];
	char done[200];
	size_t n;
	int rc = cli_parse(c, argc, argv, NULL, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange medlemmens id eller namn");
	snprintf(done, sizeof(done), "Tog bort medlemmen %s.", pos[0]);
	return cli_change(cli, member_remove, (void *)pos[0], done);
}

struct board_edit {
	int64_t id;
	int year;
	const char *name, *role, *by;
};

static int board_edit(struct store *st, void *ctx, struct err *err)
{
	struct board_edit *e = ctx;

	return app_board_edit(st, e->id, e->year, e->name, e->role, e->by, err);
}

static int cmd_board_edit(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &correct_cmds[B_EDIT];
	struct board_edit e = { 0, 0, NULL, NULL, NULL };
	const char *year_s = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "name", 1, &e.name, NULL },
				    { "role", 1, &e.role, NULL }, { "appointed-by", 1, &e.by, NULL }, { 0 } };
	char done[64];
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange ledamotens id");
	if (cli_id(c, pos[0], &e.id) < 0 || (year_s && cli_year(c, year_s, &e.year) < 0))
		return EXIT_BAD_INPUT;
	snprintf(done, sizeof(done), "Ändrade ledamot %lld.", (long long)e.id);
	return cli_change(cli, board_edit, &e, done);
}

static int cmd_board_remove(struct cli *cli, int argc, char **argv)
{
	return cmd_remove_id(cli, &correct_cmds[B_REMOVE], argc, argv, app_board_remove, "ledamot");
}

/* --- activities and the year cycle --- */

struct activity_edit {
	int64_t id;
	struct app_activity_fields f;
};

static int activity_edit(struct store *st, void *ctx, struct err *err)
{
	struct activity_edit *e = ctx;

	return app_activity_edit(st, e->id, &e->f, err);
}

static int cmd_activity_edit(struct cli *cli, int argc, char **argv)
{
	struct activity_edit e = { .id = 0 };
	const struct opt opts[] = { { "name", 1, &e.f.name, NULL }, { "date", 1, &e.f.date, NULL },
				    { "kind", 1, &e.f.kind, NULL }, { "organiser", 1, &e.f.organiser, NULL },
				    { "attendees", 1, &e.f.attendees, NULL }, { "meetings", 1, &e.f.meetings, NULL },
				    { "persons", 1, &e.f.persons, NULL }, { 0 } };

	return cmd_edit_id(cli, &correct_cmds[A_EDIT], argc, argv, opts, &e.id, activity_edit, &e, "aktivitet");
}

static int cmd_activity_remove(struct cli *cli, int argc, char **argv)
{
	return cmd_remove_id(cli, &correct_cmds[A_REMOVE], argc, argv, app_activity_remove, "aktivitet");
}

static int cmd_calendar_list(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &correct_cmds[C_LIST];
	const char *year_s = NULL, *format = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "format", 1, &format, NULL },
				    { "o", 1, &out_path, NULL }, { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year = 0, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (cli_early_checks(c, year_s, format) < 0)
		return EXIT_BAD_INPUT;
	if (year_s)
		cli_year(c, year_s, &year);
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	return cli_finish_doc(st, app_report_calendar_entries(st, year, &err), format, out_path, &err);
}

struct event_edit {
	int64_t id;
	const char *date, *kind, *title;
};

static int event_edit(struct store *st, void *ctx, struct err *err)
{
	struct event_edit *e = ctx;

	return app_calendar_edit(st, e->id, e->date, e->kind, e->title, err);
}

static int cmd_calendar_edit(struct cli *cli, int argc, char **argv)
{
	struct event_edit e = { 0, NULL, NULL, NULL };
	const struct opt opts[] = { { "date", 1, &e.date, NULL }, { "kind", 1, &e.kind, NULL },
				    { "title", 1, &e.title, NULL }, { 0 } };

	return cmd_edit_id(cli, &correct_cmds[C_EDIT], argc, argv, opts, &e.id, event_edit, &e, "händelse");
}

static int cmd_calendar_remove(struct cli *cli, int argc, char **argv)
{
	return cmd_remove_id(cli, &correct_cmds[C_REMOVE], argc, argv, app_calendar_remove, "händelse");
}

/* --- the budget --- */

struct line_remove {
	int year;
	const char *type, *group, *name;
};

static int line_remove(struct store *st, void *ctx, struct err *err)
{
	struct line_remove *l = ctx;

	return app_budget_remove_line(st, l->year, l->type, l->group, l->name, err);
}

static int cmd_budget_remove_line(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &correct_cmds[L_REMOVE];
	struct line_remove l = { 0, NULL, NULL, NULL };
	const char *year_s = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "type", 1, &l.type, NULL },
				    { "group", 1, &l.group, NULL }, { 0 } };
	char done[300];
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s)
		return cli_usage(c, "ange året med --year");
	if (n != 1)
		return cli_usage(c, "ange raden");
	if (cli_year(c, year_s, &l.year) < 0)
		return EXIT_BAD_INPUT;
	l.name = pos[0];
	snprintf(done, sizeof(done), "Tog bort %s ur budget %d.", pos[0], l.year);
	return cli_change(cli, line_remove, &l, done);
}

static int cmd_forecast_list(struct cli *cli, int argc, char **argv)
{
	return cli_year_doc_command(cli, &correct_cmds[F_LIST], argc, argv, 1, app_report_forecasts);
}

const struct cmd correct_cmds[] = {
	[I_EDIT] = { "insats", "edit", "insats edit ID|NAMN [--name NAMN] [--kind SLAG] [--accounts K] ...",
		     "ändra en insats",
		     "Ändrar de uppgifter om insatsen som anges; de andra behålls. Samma val\n"
		     "som 'insats add', och samma kontroller. En tom text (\"\") tar bort en\n"
		     "uppgift som inte krävs, t.ex. --to \"\" för ett slutdatum. Ändringen\n"
		     "skrivs i loggen med värdena före och efter. Vägras när ett år som\n"
		     "insatsens period eller beslut rör är fastställt (stängt).\n\n"
		     "Val:\n  --name NAMN        nytt namn\n"
		     "  --kind SLAG        individinriktad, strukturinriktad eller kompetenshöjande\n"
		     "  --owner TEXT       projektägaren\n"
		     "  --partners TEXT    samverkande parter, med komma emellan\n"
		     "  --target TEXT      målgruppen\n  --ages 16-29       målgruppens åldrar (även 16–29)\n"
		     "  --from DATUM       insatsen börjar\n  --to DATUM         insatsen slutar\n"
		     "  --purpose TEXT     syftet\n"
		     "  --accounts K       konton där utbetalningarna bokförs, t.ex. 4010\n"
		     "  --objects O        SIE-objekt för utbetalningarna, t.ex. 6:1\n"
		     "  --participants-from DATUM  deltagare kan skrivas in från\n"
		     "  --participants-to DATUM    deltagare kan skrivas in till\n"
		     "  --goals TEXT       insatsens mål\n",
		     cmd_insats_edit },
	[I_REMOVE] = { "insats", "remove", "insats remove ID|NAMN", "ta bort en insats",
		       "Tar bort en insats som inget annat hör till. Har insatsen beslut,\n"
		       "inskrivningar, anonyma deltagare, resultatmål, enkätsvar eller\n"
		       "registratorer vägras borttagningen och det står vilka: ta bort eller\n"
		       "flytta dem först (ett beslut flyttas med 'insats decision edit ID\n"
		       "--insats ANNAN'). Borttagningen skrivs i loggen.\n",
		       cmd_insats_remove },
	[D_LIST] = { "insats", "decision list", "insats decision list ID|NAMN [--format F]",
		     "visa en insats beslut med id",
		     "Visar styrelsens beslut om finansiering av insatsen, med det id som\n"
		     "'insats decision edit' och 'insats decision remove' tar.\n\n"
		     "Val:\n  --format F    " CLI_FORMATS "\n"
		     "                (JSON: {\"decisions\": [{\"id\", \"date\", \"amount\" i öre,\n"
		     "                \"years\", \"note\"}]})\n  -o FIL        skriv till FIL\n",
		     cmd_decision_list },
	[D_EDIT] = { "insats", "decision edit",
		     "insats decision edit ID [--date DATUM] [--amount BELOPP] [--years ÅR-ÅR] [--note TEXT] ...",
		     "ändra ett beslut om finansiering",
		     "Ändrar de uppgifter om beslutet som anges; de andra behålls. Samma\n"
		     "kontroller som 'insats decide': ett datum efter i dag kräver --planned,\n"
		     "och ett beslut som är likadant som ett annat (samma insats, datum,\n"
		     "belopp och år) kräver --again. Vägras när ett år som beslutet rör är\n"
		     "fastställt. Ändringen skrivs i loggen med värdena före och efter.\n\n"
		     "Val:\n  --insats ID|NAMN   flytta beslutet till en annan insats\n"
		     "  --date DATUM       sammanträdet\n  --amount BELOPP    kronor, t.ex. \"1 280 000\"\n"
		     "  --years 2024-2025  åren beslutet gäller (även 2024–2025)\n"
		     "  --note TEXT        anteckningen\n"
		     "  --planned          datumet är ett kommande sammanträde\n"
		     "  --again            styrelsen har fattat samma beslut två gånger\n",
		     cmd_decision_edit },
	[D_REMOVE] = { "insats", "decision remove", "insats decision remove ID", "ta bort ett beslut om finansiering",
		       "Tar bort beslutet med id ID (se 'insats decision list'), t.ex. ett som\n"
		       "sparats två gånger. Beslutad finansiering i rapporterna minskar med\n"
		       "beloppet. Vägras när ett år som beslutet rör är fastställt.\n"
		       "Borttagningen skrivs i loggen med beslutets värden.\n",
		       cmd_decision_remove },
	[N_LIST] = { "insats", "anonymous list", "insats anonymous list [ID|NAMN] [--format F]",
		     "visa antalen anonyma deltagare med id",
		     "Visar de sparade antalen anonyma deltagare, för en insats eller alla,\n"
		     "med det id som 'insats anonymous edit' och 'remove' tar.\n\n"
		     "Val:\n  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		     cmd_anonymous_list },
	[N_EDIT] = { "insats", "anonymous edit",
		     "insats anonymous edit ID [--from DATUM] [--to DATUM] [--women N] [--men N] [--note TEXT]",
		     "ändra ett antal anonyma deltagare",
		     "Ändrar de uppgifter som anges; de andra behålls. Samma kontroller som\n"
		     "när antalet sparades. Vägras när periodens år är fastställt.\n\n"
		     "Val:\n  --insats ID|NAMN   flytta antalet till en annan insats\n"
		     "  --from DATUM    periodens första dag\n  --to DATUM      periodens sista dag\n"
		     "  --women N       antal kvinnor\n  --men N         antal män\n"
		     "  --note TEXT     anteckningen\n",
		     cmd_anonymous_edit },
	[N_REMOVE] = { "insats", "anonymous remove", "insats anonymous remove ID",
		       "ta bort ett antal anonyma deltagare",
		       "Tar bort antalet anonyma deltagare med id ID (se 'insats anonymous list').\n"
		       "Vägras när periodens år är fastställt.\n",
		       cmd_anonymous_remove },
	[M_EDIT] = { "member", "edit", "member edit ID|NAMN [--name NAMN] [--kind stat|region|kommun] [--key N]",
		     "ändra en medlem",
		     "Ändrar medlemmens namn, typ eller fördelningsnyckel. Medlemmarnas delar\n"
		     "av driftbidraget står i budgettabellen för varje år med budget, så\n"
		     "ändringen vägras när något av de åren är fastställt.\n\n"
		     "Val:\n  --name NAMN    nytt namn\n  --kind TYP     stat, region eller kommun\n"
		     "  --key N        fördelningsnyckeln, t.ex. kommunens invånarantal\n",
		     cmd_member_edit },
	[M_REMOVE] = { "member", "remove", "member remove ID|NAMN", "ta bort en medlem",
		       "Tar bort medlemmen (se 'member list'). Vägras när ett år med budget\n"
		       "är fastställt, eftersom fördelningen av driftbidraget då ändras.\n",
		       cmd_member_remove },
	[B_EDIT] = { "board", "edit", "board edit ID [--year ÅR] [--name NAMN] [--role ROLL] [--appointed-by ORG]",
		     "ändra en ledamot i styrelsen",
		     "Ändrar de uppgifter om ledamoten som anges (id från 'board list').\n"
		     "Vägras när året är fastställt.\n\n"
		     "Val:\n  --year ÅR              året\n  --name NAMN            namnet\n"
		     "  --role ROLL            ordförande, vice ordförande, ledamot eller ersättare\n"
		     "  --appointed-by ORG     medlemsorganisationen som utsett ledamoten\n",
		     cmd_board_edit },
	[B_REMOVE] = { "board", "remove", "board remove ID", "ta bort en ledamot ur styrelsen",
		       "Tar bort ledamoten med id ID (se 'board list --year ÅR'). Vägras när\n"
		       "året är fastställt.\n",
		       cmd_board_remove },
	[A_EDIT] = { "activity", "edit", "activity edit ID [--name NAMN] [--date DATUM] [--attendees LISTA] ...",
		     "ändra en aktivitet",
		     "Ändrar de uppgifter om aktiviteten som anges (id från 'activity list');\n"
		     "--attendees ersätter hela listan över deltagare per organisation.\n"
		     "Vägras när aktivitetens år är fastställt.\n\n"
		     "Val:\n  --name NAMN         namnet\n  --date DATUM        dagen\n"
		     "  --kind SLAG         strukturinriktad eller kompetenshöjande\n"
		     "  --organiser TEXT    arrangören\n  --attendees LISTA   organisation=antal, med komma emellan\n"
		     "  --meetings N        hur många träffar en serie hade\n"
		     "  --persons N         hur många olika personer som kom (\"\": okänt)\n",
		     cmd_activity_edit },
	[A_REMOVE] = { "activity", "remove", "activity remove ID", "ta bort en aktivitet",
		       "Tar bort aktiviteten med id ID och dess deltagare. Vägras när\n"
		       "aktivitetens år är fastställt.\n",
		       cmd_activity_remove },
	[C_LIST] = { "calendar", "list", "calendar list [--year ÅR] [--format F]",
		     "visa de inlagda händelserna med id",
		     "Visar de händelser som lagts in i årshjulet (för ÅR, annars alla), med\n"
		     "det id som 'calendar edit' och 'calendar remove' tar. Årshjulet med de\n"
		     "sista dagar alla förbund har visas med 'finsam calendar'.\n\n"
		     "Val:\n  --year ÅR     året\n  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		     cmd_calendar_list },
	[C_EDIT] = { "calendar", "edit", "calendar edit ID [--date DATUM] [--kind SLAG] [--title RUBRIK]",
		     "ändra en händelse i årshjulet",
		     "Ändrar de uppgifter om händelsen som anges. Vägras när händelsens år\n"
		     "är fastställt.\n\n"
		     "Val:\n  --date DATUM     dagen\n"
		     "  --kind SLAG      styrelse, utvecklingsgrupp, medlemssamråd, deadline eller övrigt\n"
		     "  --title RUBRIK   rubriken\n",
		     cmd_calendar_edit },
	[C_REMOVE] = { "calendar", "remove", "calendar remove ID", "ta bort en händelse ur årshjulet",
		       "Tar bort den inlagda händelsen med id ID (se 'calendar list'). Vägras när\n"
		       "händelsens år är fastställt.\n",
		       cmd_calendar_remove },
	[L_REMOVE] = { "budget", "remove-line", "budget remove-line --year ÅR RAD [--type T] [--group G]",
		       "ta bort en rad ur den aktuella budgeten",
		       "Tar bort raden RAD ur årets aktuella budget (raderna visas med 'budget\n"
		       "show'). Finns flera rader med samma namn väljs en med --type och\n"
		       "--group. Ett belopp ändras med 'budget set'. Vägras när året är\n"
		       "fastställt; borttagningen skrivs i loggen.\n\n"
		       "Val:\n  --year ÅR    budgetåret\n  --type T     intäkt, eget kapital eller kostnad\n"
		       "  --group G    gruppen\n",
		       cmd_budget_remove_line },
	[F_LIST] = { "budget", "forecast list", "budget forecast list --year ÅR [--format F]",
		     "visa årets ändrade helårsprognoser",
		     "Visar de helårsprognoser som ändrats med 'budget forecast' för ÅR, med\n"
		     "kommentar. En prognos tas bort med 'budget forecast --year ÅR OMRÅDE\n"
		     "--clear'.\n\n"
		     "Val:\n  --year ÅR     året\n  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		     cmd_forecast_list },
	{ NULL, NULL, NULL, NULL, NULL, NULL }
};
