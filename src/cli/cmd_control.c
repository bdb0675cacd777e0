/*
 * cmd_control.c: the commands of the internal control plan's control
 * actions: control add, list, edit, remove, adopt, follow-up and
 * follow-up remove, and the plan as a report (report control). Each
 * change is one use case of app/ (control.c), which checks it and writes
 * the audit log.
 */
#include <stdio.h>
#include <stdlib.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"

enum { C_ADD, C_LIST, C_EDIT, C_REMOVE, C_ADOPT, C_FOLLOW_UP, C_FOLLOW_UP_REMOVE, C_REPORT };

struct control_change {
	struct app_action_fields f;
	struct app_followup_fields fu;
	int64_t id, meeting, followup;
	int year;
};

static int do_add(struct store *st, void *ctx, struct err *err)
{
	struct control_change *c = ctx;

	return app_control_add(st, &c->f, &c->id, err);
}

static int do_edit(struct store *st, void *ctx, struct err *err)
{
	struct control_change *c = ctx;

	return app_control_edit(st, c->id, &c->f, err);
}

static int do_remove(struct store *st, void *ctx, struct err *err)
{
	struct control_change *c = ctx;

	return app_control_remove(st, c->id, err);
}

static int do_adopt(struct store *st, void *ctx, struct err *err)
{
	struct control_change *c = ctx;

	return app_control_adopt(st, c->year, c->meeting, err);
}

static int do_follow_up(struct store *st, void *ctx, struct err *err)
{
	struct control_change *c = ctx;

	return app_control_follow_up(st, c->id, &c->fu, &c->followup, err);
}

static int do_follow_up_remove(struct store *st, void *ctx, struct err *err)
{
	struct control_change *c = ctx;

	return app_control_followup_remove(st, c->id, err);
}

#define ACTION_OPTS(x)                                                                                         \
	{ "what", 1, &(x).f.what, NULL }, { "frequency", 1, &(x).f.frequency, NULL },                           \
		{ "owner", 1, &(x).f.owner, NULL }, { "report-to", 1, &(x).f.report_to, NULL }

static int cmd_control_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &control_cmds[C_ADD];
	struct control_change x = { 0 };
	const struct opt opts[] = { ACTION_OPTS(x), { 0 } };
	const char *pos[1];
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange riskens id");
	if (!x.f.what || !x.f.frequency || !x.f.owner)
		return cli_usage(c, "ange --what, --frequency och --owner");
	x.f.risk = pos[0];
	rc = cli_change(cli, do_add, &x, NULL);
	if (rc == EXIT_OK)
		printf("Lade till kontrollmomentet med id %lld.\n", (long long)x.id);
	return rc;
}

static int cmd_control_list(struct cli *cli, int argc, char **argv)
{
	return cli_year_doc_command(cli, &control_cmds[C_LIST], argc, argv, CLI_YEAR_THIS, app_report_controls);
}

static int cmd_control_edit(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &control_cmds[C_EDIT];
	struct control_change x = { 0 };
	const struct opt opts[] = { ACTION_OPTS(x), { "risk", 1, &x.f.risk, NULL }, { 0 } };
	char done[64];
	int status;

	if (cli_parse_id(c, argc, argv, opts, "ange kontrollmomentets id", &x.id, &status) < 0)
		return status;
	if (!x.f.risk && !x.f.what && !x.f.frequency && !x.f.owner && !x.f.report_to)
		return cli_usage(c, "ange vad som ska ändras (--what, --frequency, --owner, --report-to eller --risk)");
	snprintf(done, sizeof(done), "Ändrade kontrollmomentet %lld.", (long long)x.id);
	return cli_change(cli, do_edit, &x, done);
}

static int cmd_control_remove(struct cli *cli, int argc, char **argv)
{
	struct control_change x = { 0 };
	char done[64];
	int status;

	if (cli_parse_id(&control_cmds[C_REMOVE], argc, argv, NULL, "ange kontrollmomentets id", &x.id, &status) < 0)
		return status;
	snprintf(done, sizeof(done), "Tog bort kontrollmomentet %lld.", (long long)x.id);
	return cli_change(cli, do_remove, &x, done);
}

static int cmd_control_adopt(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &control_cmds[C_ADOPT];
	struct control_change x = { 0 };
	const char *year_s = NULL, *meeting_s = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "meeting", 1, &meeting_s, NULL }, { 0 } };
	char done[96];
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s || !meeting_s)
		return cli_usage(c, "ange planens år med --year och sammanträdet med --meeting");
	if (cli_year(c, year_s, &x.year) < 0 || cli_id(c, meeting_s, &x.meeting) < 0)
		return EXIT_BAD_INPUT;
	snprintf(done, sizeof(done), "Internkontrollplanen för %d antogs vid sammanträdet %lld.", x.year,
		 (long long)x.meeting);
	return cli_change(cli, do_adopt, &x, done);
}

static int cmd_control_follow_up(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &control_cmds[C_FOLLOW_UP];
	struct control_change x = { 0 };
	const struct opt opts[] = { { "meeting", 1, &x.fu.meeting, NULL }, { "result", 1, &x.fu.result, NULL },
				    { "period", 1, &x.fu.period, NULL }, { "comment", 1, &x.fu.comment, NULL },
				    { "measure", 1, &x.fu.measure, NULL }, { 0 } };
	int status, rc;

	if (cli_parse_id(c, argc, argv, opts, "ange kontrollmomentets id", &x.id, &status) < 0)
		return status;
	if (!x.fu.meeting || !x.fu.result)
		return cli_usage(c, "ange sammanträdet med --meeting och resultatet med --result");
	rc = cli_change(cli, do_follow_up, &x, NULL);
	if (rc == EXIT_OK)
		printf("Registrerade uppföljningen med id %lld.\n", (long long)x.followup);
	return rc;
}

static int cmd_control_follow_up_remove(struct cli *cli, int argc, char **argv)
{
	struct control_change x = { 0 };
	char done[64];
	int status;

	if (cli_parse_id(&control_cmds[C_FOLLOW_UP_REMOVE], argc, argv, NULL, "ange uppföljningens id", &x.id,
		     &status) < 0)
		return status;
	snprintf(done, sizeof(done), "Tog bort uppföljningen %lld.", (long long)x.id);
	return cli_change(cli, do_follow_up_remove, &x, done);
}

static int cmd_report_control(struct cli *cli, int argc, char **argv)
{
	return cli_year_doc_command(cli, &control_cmds[C_REPORT], argc, argv, 1, app_report_control);
}

#define FREQ_HELP                                                                           \
	"Frekvenserna: månadsvis, kvartalsvis, tertialvis, halvårsvis och årligen. Ett\n"  \
	"kontrollmoment följs upp en gång per period (månad, kvartal, tertial, halvår\n"   \
	"eller år).\n"

const struct cmd control_cmds[] = {
	[C_ADD] = { "control", "add",
		    "control add RISK --what TEXT --frequency F --owner NAMN [--report-to TEXT]",
		    "lägg till ett kontrollmoment till en risk",
		    "Lägger till ett kontrollmoment som besvarar risken med id RISK (se 'finsam\n"
		    "risk list'): vad som kontrolleras, hur ofta, vem som gör det och till vem\n"
		    "och när det rapporteras. Ett stängt år kan inte ändras. Tillägget står i\n"
		    "loggen.\n\n" FREQ_HELP "\n"
		    "Val:\n"
		    "  --what TEXT         vad som kontrolleras (krävs)\n"
		    "  --frequency F       hur ofta (krävs; se ovan)\n"
		    "  --owner NAMN        vem som utför kontrollen (krävs)\n"
		    "  --report-to TEXT    till vem och när resultatet rapporteras, till exempel\n"
		    "                      \"styrelsen vid nästa sammanträde\"\n",
		    cmd_control_add },
	[C_LIST] = { "control", "list", "control list [--year ÅR] [--format F]",
		     "visa årets kontrollmoment och uppföljningar",
		     "Visar kontrollmomenten i internkontrollplanen för ÅR (standard:\n"
		     "innevarande år) med risk, frekvens, ansvarig och rapportering,\n"
		     "uppföljningarna med resultat, kommentar och åtgärd, och de perioder som\n"
		     "har slutat utan uppföljning.\n\n"
		     "Val:\n  --year ÅR     året\n  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		     cmd_control_list },
	[C_EDIT] = { "control", "edit",
		     "control edit ID [--what TEXT] [--frequency F] [--owner NAMN] [--report-to TEXT] [--risk RISK]",
		     "ändra ett kontrollmoment",
		     "Ändrar de uppgifter om kontrollmomentet som anges. Med --risk flyttas det\n"
		     "till en annan risk i samma års analys. Ändringen står i loggen.\n\n" FREQ_HELP,
		     cmd_control_edit },
	[C_REMOVE] = { "control", "remove", "control remove ID", "ta bort ett kontrollmoment",
		       "Tar bort kontrollmomentet med id ID. Ett kontrollmoment som har följts upp\n"
		       "tas bort först när uppföljningarna är borttagna ('finsam control\n"
		       "follow-up remove'). Borttagningen står i loggen med uppgifterna.\n",
		       cmd_control_remove },
	[C_ADOPT] = { "control", "adopt", "control adopt --year ÅR --meeting ID",
		      "registrera att årets internkontrollplan antogs",
		      "Registrerar att internkontrollplanen för ÅR antogs vid sammanträdet med id\n"
		      "ID (se 'finsam meeting list'). Sammanträdet får inte ligga efter året. Ett\n"
		      "nytt antagande ersätter det förra; båda står i loggen. 'finsam check'\n"
		      "varnar när årets plan inte är antagen.\n",
		      cmd_control_adopt },
	[C_FOLLOW_UP] = { "control", "follow-up",
			  "control follow-up ID --meeting ID --result R [--period N] [--comment TEXT] [--measure TEXT]",
			  "registrera uppföljningen av ett kontrollmoment",
			  "Registrerar att kontrollmomentet ID följdes upp vid sammanträdet --meeting:\n"
			  "resultatet (genomförd, avvikelse eller ej genomförd), en kommentar och den\n"
			  "åtgärd som vidtogs. En avvikelse kräver en kommentar. Uppföljningen gäller\n"
			  "en period av riskanalysens år: --period N (1 till 12 för månadsvis, 1–4 för\n"
			  "kvartalsvis, 1–3 för tertialvis, 1–2 för halvårsvis, 1 för årligen), annars\n"
			  "den senaste perioden som slutade före sammanträdet. 'finsam check' varnar för\n"
			  "en period som har slutat utan uppföljning. Uppföljningen står i loggen.\n\n"
			  "Val:\n"
			  "  --meeting ID     sammanträdet (krävs)\n"
			  "  --result R       genomförd, avvikelse eller ej genomförd (krävs)\n"
			  "  --period N       periodens nummer\n"
			  "  --comment TEXT   vad som kom fram, till exempel avvikelsen\n"
			  "  --measure TEXT   den åtgärd som vidtogs\n",
			  cmd_control_follow_up },
	[C_FOLLOW_UP_REMOVE] = { "control", "follow-up remove", "control follow-up remove ID",
				 "ta bort en uppföljning",
				 "Tar bort uppföljningen med id ID (se 'finsam control list'), till exempel\n"
				 "en som registrerades av misstag. Borttagningen står i loggen.\n",
				 cmd_control_follow_up_remove },
	[C_REPORT] = { "report", "control", "report control --year ÅR [--format F] [-o FIL]",
		       "internkontrollplanen för ett år",
		       "Skriver internkontrollplanen för ÅR: när och vid vilket sammanträde den\n"
		       "antogs, risk- och väsentlighetsanalysen med riskmatrisen (sannolikhet mot\n"
		       "konsekvens, varje ruta färgad och märkt efter riskvärdet, med numren på\n"
		       "riskerna i den), kontrollmomenten med frekvens, ansvarig och rapportering,\n"
		       "uppföljningarna med avvikelser och åtgärder, och perioderna som har slutat\n"
		       "utan uppföljning.\n\n"
		       "Val:\n  --year ÅR     året (krävs)\n  --format F    " CLI_FORMATS "\n"
		       "                (nycklarna i docs/formats.md)\n  -o FIL        skriv till FIL\n",
		       cmd_report_control },
	{ 0 }
};
