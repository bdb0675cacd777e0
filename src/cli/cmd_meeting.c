/*
 * cmd_meeting.c: the commands of the meetings of the förbund's bodies and
 * the decisions taken at them: meeting add, decide, list, show, edit and
 * remove, and the corrections of a decision (meeting decision edit,
 * meeting decision remove), and the report of the year's governance
 * (report governance). Each change is a use case of app/ (meeting.c),
 * refused for a closed year and written to the audit log.
 */
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"

enum { M_ADD, M_DECIDE, M_LIST, M_SHOW, M_EDIT, M_REMOVE, MD_EDIT, MD_REMOVE, M_REPORT };

/* A change of a meeting or a decision, through cli_change. */
struct meeting_change {
	int64_t id;
	struct app_meeting_fields f;
	const char *kind, *text;
	int force;
};

static int meeting_add(struct store *st, void *ctx, struct err *err)
{
	struct meeting_change *m = ctx;

	return app_meeting_add(st, &m->f, &m->id, err);
}

static int cmd_meeting_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &meeting_cmds[M_ADD];
	struct meeting_change m;
	const struct opt opts[] = { { "body", 1, &m.f.body, NULL }, { "attended", 1, &m.f.attended, NULL },
				    { "protocol", 1, &m.f.protocol, NULL }, { 0 } };
	const char *pos[1];
	size_t n;
	int rc;

	memset(&m, 0, sizeof(m));
	rc = cli_parse(c, argc, argv, opts, pos, 1, &n);
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange sammanträdets datum");
	if (!m.f.body)
		return cli_usage(c, "ange organet med --body (styrelse, beredningsgrupp, medlemssamråd eller övrigt)");
	m.f.date = pos[0];
	rc = cli_change(cli, meeting_add, &m, NULL);
	if (rc == EXIT_OK)
		printf("Lade till sammanträdet %s med id %lld.\n", m.f.date, (long long)m.id);
	return rc;
}

static int meeting_decide(struct store *st, void *ctx, struct err *err)
{
	struct meeting_change *m = ctx;
	int64_t meeting = m->id;

	return app_meeting_decide(st, meeting, m->kind, m->text, &m->id, err);
}

static int cmd_meeting_decide(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &meeting_cmds[M_DECIDE];
	struct meeting_change m;
	const struct opt opts[] = { { "kind", 1, &m.kind, NULL }, { 0 } };
	const char *pos[2];
	size_t n;
	int rc;

	memset(&m, 0, sizeof(m));
	rc = cli_parse(c, argc, argv, opts, pos, 2, &n);
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 2)
		return cli_usage(c, "ange sammanträdets id och beslutets text");
	if (!m.kind)
		return cli_usage(c, "ange vad för slags beslut det är med --kind");
	if (cli_id(c, pos[0], &m.id) < 0)
		return EXIT_BAD_INPUT;
	m.text = pos[1];
	rc = cli_change(cli, meeting_decide, &m, NULL);
	if (rc == EXIT_OK)
		printf("Lade till beslutet med id %lld.\n", (long long)m.id);
	return rc;
}

static int cmd_meeting_list(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &meeting_cmds[M_LIST];
	const char *year_s = NULL, *body = NULL, *format = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "body", 1, &body, NULL },
				    { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
				    { "output", 1, &out_path, NULL }, { 0 } };
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
	return cli_finish_doc(st, app_report_meetings(st, year, body, &err), format, out_path, &err);
}

static int cmd_meeting_show(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &meeting_cmds[M_SHOW];
	const char *format = NULL, *out_path = NULL;
	const struct opt opts[] = { { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
				    { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	int64_t id;
	int rc;

	if (cli_parse_id(c, argc, argv, opts, "ange sammanträdets id", &id, &rc) < 0)
		return rc;
	if (cli_early_checks(c, NULL, format) < 0)
		return EXIT_BAD_INPUT;
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	return cli_finish_doc(st, app_report_meeting(st, id, &err), format, out_path, &err);
}

static int meeting_edit(struct store *st, void *ctx, struct err *err)
{
	struct meeting_change *m = ctx;

	return app_meeting_edit(st, m->id, &m->f, err);
}

static int meeting_remove(struct store *st, void *ctx, struct err *err)
{
	struct meeting_change *m = ctx;

	return app_meeting_remove(st, m->id, m->force, err);
}

static int decision_edit(struct store *st, void *ctx, struct err *err)
{
	struct meeting_change *m = ctx;

	return app_meeting_decision_edit(st, m->id, m->kind, m->text, err);
}

static int decision_remove(struct store *st, void *ctx, struct err *err)
{
	struct meeting_change *m = ctx;

	return app_meeting_decision_remove(st, m->id, err);
}

/* A correction by id: "finsam meeting ... ID [options]" with the options
 * parsed into m, and fn run on the open database. */
static int by_id(struct cli *cli, const struct cmd *c, int argc, char **argv, const struct opt *opts,
		 struct meeting_change *m, int (*fn)(struct store *st, void *ctx, struct err *err), const char *done)
{
	char msg[160];
	int rc;

	if (cli_parse_id(c, argc, argv, opts, "ange id", &m->id, &rc) < 0)
		return rc;
	snprintf(msg, sizeof(msg), done, (long long)m->id);
	return cli_change(cli, fn, m, msg);
}

static int cmd_meeting_edit(struct cli *cli, int argc, char **argv)
{
	struct meeting_change m;
	const struct opt opts[] = { { "date", 1, &m.f.date, NULL }, { "body", 1, &m.f.body, NULL },
				    { "attended", 1, &m.f.attended, NULL }, { "protocol", 1, &m.f.protocol, NULL },
				    { 0 } };

	memset(&m, 0, sizeof(m));
	return by_id(cli, &meeting_cmds[M_EDIT], argc, argv, opts, &m, meeting_edit, "Ändrade sammanträdet %lld.");
}

static int cmd_meeting_remove(struct cli *cli, int argc, char **argv)
{
	struct meeting_change m;
	const struct opt opts[] = { { "force", 0, NULL, &m.force }, { 0 } };

	memset(&m, 0, sizeof(m));
	return by_id(cli, &meeting_cmds[M_REMOVE], argc, argv, opts, &m, meeting_remove,
		     "Tog bort sammanträdet %lld.");
}

static int cmd_decision_edit(struct cli *cli, int argc, char **argv)
{
	struct meeting_change m;
	const struct opt opts[] = { { "kind", 1, &m.kind, NULL }, { "text", 1, &m.text, NULL }, { 0 } };

	memset(&m, 0, sizeof(m));
	return by_id(cli, &meeting_cmds[MD_EDIT], argc, argv, opts, &m, decision_edit, "Ändrade beslutet %lld.");
}

static int cmd_decision_remove(struct cli *cli, int argc, char **argv)
{
	struct meeting_change m;

	memset(&m, 0, sizeof(m));
	return by_id(cli, &meeting_cmds[MD_REMOVE], argc, argv, NULL, &m, decision_remove,
		     "Tog bort beslutet %lld.");
}

#define BODIES "styrelse, beredningsgrupp (eller utvecklingsgrupp), medlemssamråd eller övrigt"
#define KINDS                                                                                              \
	"finansiering (av en insats), budget, verksamhetsplan, delårsrapport,\n"                           \
	"                  årsredovisning, styrdokument eller övrigt"

static int cmd_report_governance(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &meeting_cmds[M_REPORT];
	const char *until_s = NULL, *year_s = NULL, *format = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "until", 1, &until_s, NULL }, { "year", 1, &year_s, NULL },
				    { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
				    { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct date until;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (until_s && year_s)
		return cli_usage(c, "ange antingen --until eller --year");
	if (until_s && date_parse(until_s, &until, &err) < 0)
		return cli_usage(c, err.msg);
	rc = cli_open_year(cli, c, until_s ? NULL : year_s, format, &st, &year);
	if (rc)
		return rc;
	return cli_finish_doc(st, until_s ? app_report_governance_until(st, until, &err)
					  : app_report_governance(st, year, &err),
			      format, out_path, &err);
}

const struct cmd meeting_cmds[] = {
	[M_ADD] = { "meeting", "add", "meeting add DATUM --body ORGAN [--attended \"NAMN, NAMN\"] [--protocol REF]",
		    "protokollför ett sammanträde",
		    "Lägger in ett sammanträde som hållits dagen DATUM (ÅÅÅÅ-MM-DD) och skriver\n"
		    "ut dess id, som 'meeting decide', 'meeting show', 'meeting edit' och\n"
		    "'meeting remove' tar. Närvarolistan är namn ur styrelsen för\n"
		    "sammanträdets år ('finsam board list --year ÅR'), med komma emellan; var\n"
		    "och en sparas som ordinarie eller ersättare så som styrelsen har dem. Ett\n"
		    "namn som inte finns i årets styrelse vägras, och meddelandet räknar upp\n"
		    "styrelsen. Ett sammanträde med styrelsen markerar det planerade\n"
		    "styrelsemötet samma dag som hållet i årshjulet ('finsam calendar').\n"
		    "Vägras när årets bokslut är fastställt.\n\n"
		    "Val:\n  --body ORGAN      " BODIES "\n"
		    "  --attended NAMN   de närvarande, med komma emellan\n"
		    "  --protocol REF    protokollets beteckning, t.ex. 2025:3\n",
		    cmd_meeting_add },
	[M_DECIDE] = { "meeting", "decide", "meeting decide MÖTE --kind SLAG TEXT",
		       "anteckna ett beslut från ett sammanträde",
		       "Antecknar ett beslut som sammanträdet med id MÖTE fattade och skriver ut\n"
		       "beslutets id. Beslut om finansiering av insatser läggs in med 'finsam\n"
		       "insats decide' och visas bland styrelsens beslut den dagen i 'meeting\n"
		       "show'; här antecknas de andra besluten. Vägras när årets bokslut är\n"
		       "fastställt.\n\n"
		       "Val:\n  --kind SLAG       " KINDS "\n",
		       cmd_meeting_decide },
	[M_LIST] = { "meeting", "list", "meeting list [--year ÅR] [--body ORGAN] [--format F]",
		     "visa sammanträdena med id",
		     "Visar sammanträdena (för ÅR och ORGAN, annars alla) med datum, organ,\n"
		     "protokoll, antal närvarande och antal beslut, och det id som de andra\n"
		     "kommandona tar.\n\n"
		     "Val:\n  --year ÅR       året\n  --body ORGAN    " BODIES "\n"
		     "  --format F      " CLI_FORMATS "\n  -o FIL          skriv till FIL\n",
		     cmd_meeting_list },
	[M_SHOW] = { "meeting", "show", "meeting show MÖTE [--format F]", "visa ett sammanträde med närvaro och beslut",
		     "Visar sammanträdet med id MÖTE: datum, organ, protokoll, de närvarande\n"
		     "(ordinarie eller ersättare) och besluten med deras id. För ett\n"
		     "sammanträde med styrelsen visas också insatsernas beslut om finansiering\n"
		     "från samma dag, och om styrelsen var beslutsför: fler än hälften av\n"
		     "årets ordinarie ledamöter närvarande, där en ersättare räknas när hen\n"
		     "tjänstgör för en frånvarande ledamot utsedd av samma organisation.\n\n"
		     "Val:\n  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		     cmd_meeting_show },
	[M_EDIT] = { "meeting", "edit",
		     "meeting edit MÖTE [--date DATUM] [--body ORGAN] [--attended \"NAMN, NAMN\"] [--protocol REF]",
		     "ändra ett sammanträde",
		     "Ändrar de uppgifter om sammanträdet som anges; --attended ersätter hela\n"
		     "närvarolistan. Flyttas sammanträdet till ett annat år prövas de\n"
		     "närvarande mot det årets styrelse. Vägras när sammanträdets år är\n"
		     "fastställt.\n\n"
		     "Val:\n  --date DATUM      dagen\n  --body ORGAN      " BODIES "\n"
		     "  --attended NAMN   de närvarande, med komma emellan\n"
		     "  --protocol REF    protokollets beteckning\n",
		     cmd_meeting_edit },
	[M_REMOVE] = { "meeting", "remove", "meeting remove MÖTE [--force]", "ta bort ett sammanträde",
		       "Tar bort sammanträdet med id MÖTE och dess närvarolista. Har\n"
		       "sammanträdet beslut vägras det, så att inga beslut försvinner av\n"
		       "misstag: ta bort besluten först med 'meeting decision remove', eller ange\n"
		       "--force så tas besluten bort med sammanträdet (vart och ett skrivs i\n"
		       "loggen). Insatsernas beslut om finansiering berörs inte. Vägras när\n"
		       "sammanträdets år är fastställt.\n\n"
		       "Val:\n  --force    ta bort sammanträdets beslut också\n",
		       cmd_meeting_remove },
	[MD_EDIT] = { "meeting", "decision edit", "meeting decision edit ID [--kind SLAG] [--text TEXT]",
		      "ändra ett beslut från ett sammanträde",
		      "Ändrar slaget eller texten för beslutet med id ID (se 'meeting show').\n"
		      "Vägras när sammanträdets år är fastställt.\n\n"
		      "Val:\n  --kind SLAG       " KINDS "\n  --text TEXT       beslutets text\n",
		      cmd_decision_edit },
	[MD_REMOVE] = { "meeting", "decision remove", "meeting decision remove ID",
			"ta bort ett beslut från ett sammanträde",
			"Tar bort beslutet med id ID (se 'meeting show'). Vägras när\n"
			"sammanträdets år är fastställt.\n",
			cmd_decision_remove },
	[M_REPORT] = { "report", "governance", "report governance [--year ÅR | --until DATUM] [--format F] [-o FIL]",
		       "styrning och uppföljning under ett år",
		       "Skriver det som årsredovisningens avsnitt Styrning och uppföljning säger ur\n"
		       "registren, för ÅR (standard: det senaste året i bokföringen) eller från\n"
		       "årets början till och med DATUM, som delårsrapporten: hur många\n"
		       "sammanträden varje organ har haft och vilka dagar, besluten (sammanträdenas\n"
		       "egna och insatsernas beslut om finansiering), styrdokumenten med\n"
		       "revideringarna under perioden och de som har passerat sitt\n"
		       "revideringsdatum, och uppföljningen av internkontrollplanen: när den\n"
		       "antogs, hur många kontrollmoment som följdes upp och med vilket resultat,\n"
		       "avvikelserna med vidtagna åtgärder och perioderna utan uppföljning.\n\n"
		       "Val:\n  --year ÅR        året\n  --until DATUM    periodens sista dag\n"
		       "  --format F       " CLI_FORMATS "\n                   (nycklarna i docs/formats.md)\n"
		       "  -o FIL           skriv till FIL\n",
		       cmd_report_governance },
	{ 0 }
};
