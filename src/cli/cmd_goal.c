/*
 * cmd_goal.c: the commands of the goals (goal add, result, assess, list)
 * and the board's composition (board add, list).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"
#include "doc/doc.h"

enum { G_ADD, G_RESULT, G_ASSESS, G_EDIT, G_REMOVE, G_A_REMOVE, G_LIST, B_ADD, B_LIST };

/* --year is required: the plan year the goals belong to. */
static int plan_year(const struct cmd *c, const char *year_s, int *year)
{
	if (!year_s) {
		cli_usage(c, "ange planåret med --year");
		return -1;
	}
	return cli_year(c, year_s, year);
}

static int cmd_goal_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &goal_cmds[G_ADD];
	const char *year_s = NULL, *number = NULL, *title = NULL, *area = NULL, *description = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "number", 1, &number, NULL },
				    { "title", 1, &title, NULL }, { "area", 1, &area, NULL },
				    { "description", 1, &description, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, no = 0, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (plan_year(c, year_s, &year) < 0)
		return EXIT_BAD_INPUT;
	if (!title || !area)
		return cli_usage(c, "ange --title och --area");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_goal_add(st, year, number, title, area, description, &no, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Lade till mål %d för %d: %s.\n", no, year, title);
	return EXIT_OK;
}

static int cmd_goal_result(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &goal_cmds[G_RESULT];
	struct app_result_fields f;
	const char *year_s = NULL, *pos[1];
	struct store *st = NULL;
	struct err err;
	char ref[16];
	size_t n;
	int year, rc;

	memset(&f, 0, sizeof(f));
	{
		const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "text", 1, &f.text, NULL },
					    { "follow-up", 1, &f.follow_up, NULL },
					    { "indicator", 1, &f.indicator, NULL }, { "target", 1, &f.target, NULL },
					    { "unit", 1, &f.unit, NULL }, { "insats", 1, &f.insats, NULL },
					    { "at-most", 0, NULL, &f.at_most }, { 0 } };

		rc = cli_parse(c, argc, argv, opts, pos, 1, &n);
	}
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (plan_year(c, year_s, &year) < 0)
		return EXIT_BAD_INPUT;
	if (n != 1 || !f.text)
		return cli_usage(c, "ange målets nummer och --text");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_goal_result_add(st, year, pos[0], &f, ref, sizeof(ref), &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Lade till resultatmål %s.\n", ref);
	return EXIT_OK;
}

static int cmd_goal_assess(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &goal_cmds[G_ASSESS];
	const char *year_s = NULL, *period = NULL, *status = NULL, *value = NULL, *comment = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "period", 1, &period, NULL },
				    { "status", 1, &status, NULL }, { "value", 1, &value, NULL },
				    { "comment", 1, &comment, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (plan_year(c, year_s, &year) < 0)
		return EXIT_BAD_INPUT;
	if (n != 1 || !period || !status)
		return cli_usage(c, "ange målet (t.ex. 1 eller 1.2), --period och --status");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_goal_assess(st, year, pos[0], period, status, value, comment, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Bedömningen av %s är sparad.\n", pos[0]);
	return EXIT_OK;
}

static int cmd_goal_edit(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &goal_cmds[G_EDIT];
	struct app_goal_fields g;
	struct app_result_fields f;
	const char *year_s = NULL, *pos[1];
	int all = 0, no_target = 0;
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, rc;

	memset(&g, 0, sizeof(g));
	memset(&f, 0, sizeof(f));
	{
		const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "number", 1, &g.number, NULL },
					    { "title", 1, &g.title, NULL }, { "area", 1, &g.area, NULL },
					    { "description", 1, &g.description, NULL }, { "text", 1, &f.text, NULL },
					    { "follow-up", 1, &f.follow_up, NULL },
					    { "indicator", 1, &f.indicator, NULL }, { "target", 1, &f.target, NULL },
					    { "no-target", 0, NULL, &no_target }, { "unit", 1, &f.unit, NULL },
					    { "insats", 1, &f.insats, NULL }, { "all-insatser", 0, NULL, &all },
					    { "at-most", 0, NULL, &f.at_most }, { "no-at-most", 0, NULL, &f.no_at_most },
					    { 0 } };

		rc = cli_parse(c, argc, argv, opts, pos, 1, &n);
	}
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (plan_year(c, year_s, &year) < 0)
		return EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange målet (t.ex. 1) eller resultatmålet (t.ex. 1.2)");
	if ((no_target && f.target) || (all && f.insats) || (f.at_most && f.no_at_most))
		return cli_usage(c, "motstridiga val");
	if (no_target)
		f.target = "";
	if (all)
		f.insats = "";
	if (strchr(pos[0], '.') ? (g.number || g.title || g.area || g.description)
				: (f.text || f.follow_up || f.indicator || f.target || f.unit || f.insats || f.at_most ||
				   f.no_at_most))
		return cli_usage(c, strchr(pos[0], '.') ? "ett resultatmål har --text, --follow-up, --indicator, "
							  "--target, --unit, --insats och --at-most"
							: "ett mål har --number, --title, --area och --description");
	if (!g.number && !g.title && !g.area && !g.description && !f.text && !f.follow_up && !f.indicator &&
	    !f.target && !f.unit && !f.insats && !f.at_most && !f.no_at_most)
		return cli_usage(c, "ange vad som ska ändras");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_goal_edit(st, year, pos[0], &g, &f, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("%s %s för %d är ändrat.\n", strchr(pos[0], '.') ? "Resultatmål" : "Mål", pos[0], year);
	return EXIT_OK;
}

static int cmd_goal_remove(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &goal_cmds[G_REMOVE];
	const char *year_s = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (plan_year(c, year_s, &year) < 0)
		return EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange målet (t.ex. 1) eller resultatmålet (t.ex. 1.2)");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_goal_remove(st, year, pos[0], &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("%s %s för %d är borttaget med sina bedömningar.\n", strchr(pos[0], '.') ? "Resultatmål" : "Mål",
	       pos[0], year);
	return EXIT_OK;
}

static int cmd_assessment_remove(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &goal_cmds[G_A_REMOVE];
	const char *year_s = NULL, *period = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "period", 1, &period, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (plan_year(c, year_s, &year) < 0)
		return EXIT_BAD_INPUT;
	if (n != 1 || !period)
		return cli_usage(c, "ange målet (t.ex. 1 eller 1.2) och --period");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_goal_assessment_remove(st, year, pos[0], period, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Bedömningen av %s (%s %d) är borttagen.\n", pos[0], period, year);
	return EXIT_OK;
}

static int cmd_goal_list(struct cli *cli, int argc, char **argv)
{
	return cli_year_doc_command(cli, &goal_cmds[G_LIST], argc, argv, 1, app_report_goals);
}

static int cmd_board_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &goal_cmds[B_ADD];
	const char *year_s = NULL, *role = NULL, *by = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "role", 1, &role, NULL },
				    { "appointed-by", 1, &by, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (plan_year(c, year_s, &year) < 0)
		return EXIT_BAD_INPUT;
	if (n != 1 || !role)
		return cli_usage(c, "ange namnet och --role");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_board_add(st, year, pos[0], role, by, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Lade till %s i styrelsen %d.\n", pos[0], year);
	return EXIT_OK;
}

static int cmd_board_list(struct cli *cli, int argc, char **argv)
{
	return cli_year_doc_command(cli, &goal_cmds[B_LIST], argc, argv, 1, app_report_board);
}

const struct cmd goal_cmds[] = {
	[G_ADD] = { "goal", "add", "goal add --year ÅR --title TEXT --area OMRÅDE [--number N] [--description TEXT]",
		    "lägg till ett mål för ett planår",
		    "Lägger till ett av planårets mål (mål 1, 2, ...), med område.\n\n"
		    "  finsam goal add --year 2025 --title \"Individinriktade insatser\" --area individ\n\n"
		    "Val:\n  --year ÅR             planåret\n  --title TEXT          målets rubrik\n"
		    "  --area OMRÅDE         individ, struktur, kompetens eller ekonomi\n"
		    "  --number N            målets nummer (standard: nästa lediga)\n"
		    "  --description TEXT    en beskrivning\n",
		    cmd_goal_add },
	[G_RESULT] = { "goal", "result",
		       "goal result MÅL --year ÅR --text TEXT [--follow-up TEXT] [--indicator SLAG] [--target V]",
		       "lägg till ett resultatmål med uppföljning och indikator",
		       "Lägger till ett resultatmål under MÅL (dess nummer), med hur det följs upp\n"
		       "och, om det ska mätas, en indikator med målvärde. En indikator räknas ut ur\n"
		       "registren eller skrivs in vid bedömningen (manual):\n\n"
		       "  exit-share      andel avslutade till arbete eller studier, % (--insats eller alla)\n"
		       "  participants    antal deltagare under året (--insats eller alla)\n"
		       "  attendees       antal deltagare i årets aktiviteter\n"
		       "  attendees-structural  deltagare i årets strukturinriktade aktiviteter\n"
		       "  attendees-competence  deltagare i årets kompetenshöjande aktiviteter\n"
		       "  equity-share    eget kapital / medlemsbidrag vid årets slut, % (högst)\n"
		       "  within-budget   årets kostnader / budgeterade kostnader, % (högst)\n"
		       "  manual          ett värde som skrivs in med 'goal assess --value'\n\n"
		       "  finsam goal result 1 --year 2025 --text \"Deltagare avslutas till arbete eller studier\" \\\n"
		       "        --follow-up \"Redovisas i delårsrapporten och årsredovisningen\" \\\n"
		       "        --indicator exit-share --target 40\n\n"
		       "Val:\n  --year ÅR           planåret\n  --text TEXT         resultatmålet\n"
		       "  --follow-up TEXT    uppföljningsmetoden\n  --indicator SLAG    se ovan\n"
		       "  --target V          målvärdet, t.ex. 40 eller 12,5\n"
		       "  --unit ENHET        enheten (standard: indikatorns)\n"
		       "  --insats INSATS     insatsen indikatorn gäller\n"
		       "  --at-most           målvärdet är ett tak\n",
		       cmd_goal_result },
	[G_ASSESS] = { "goal", "assess",
		       "goal assess MÅL --year ÅR --period interim|annual --status BEDÖMNING [--value V] [--comment TEXT]",
		       "bedöm ett mål eller resultatmål för en period",
		       "Sparar bedömningen av ett mål (t.ex. 1) eller resultatmål (t.ex. 1.2) i\n"
		       "delårsrapporten (interim) eller årsredovisningen (annual). En ny bedömning\n"
		       "av samma mål och period ersätter den gamla; loggen får den gamla och den\n"
		       "nya. Vägras när året är stängt.\n\n"
		       "Val:\n  --year ÅR          planåret\n  --period P         interim eller annual\n"
		       "  --status B         uppfyllt, delvis uppfyllt, på god väg, ej uppfyllt, ej bedömt\n"
		       "  --value V          uppmätt värde (för ett resultatmål)\n"
		       "  --comment TEXT     kommentar\n",
		       cmd_goal_assess },
	[G_EDIT] = { "goal", "edit", "goal edit MÅL --year ÅR [--title T] [--area O] [--number N] [--text T] ...",
		     "rätta ett mål eller resultatmål",
		     "Rättar ett mål (t.ex. 1) eller resultatmål (t.ex. 1.2) som 'goal list'\n"
		     "visar dem; det som inte anges behålls. Värdena prövas som när målet lades\n"
		     "till. Vägras när året är stängt (årsredovisningen fastställd). Loggen får\n"
		     "värdena före och efter.\n\n"
		     "Val för ett mål:\n  --title TEXT          rubriken\n"
		     "  --area OMRÅDE         individ, struktur, kompetens eller ekonomi\n"
		     "  --number N            ett nytt nummer\n  --description TEXT    beskrivningen\n\n"
		     "Val för ett resultatmål:\n  --text TEXT           resultatmålet\n"
		     "  --follow-up TEXT      uppföljningen\n  --indicator SLAG      se 'goal result --help'\n"
		     "  --target V            målvärdet\n  --no-target           inget målvärde\n"
		     "  --unit ENHET          enheten\n  --insats INSATS       insatsen indikatorn gäller\n"
		     "  --all-insatser        indikatorn gäller alla insatser\n"
		     "  --at-most             målvärdet är ett tak\n  --no-at-most          målvärdet är inget tak\n",
		     cmd_goal_edit },
	[G_REMOVE] = { "goal", "remove", "goal remove MÅL --year ÅR", "ta bort ett mål eller resultatmål",
		       "Tar bort ett resultatmål (t.ex. 1.2) eller ett mål utan resultatmål (t.ex.\n"
		       "1), med deras bedömningar. Vägras när året är stängt. Loggen får värdena.\n\n"
		       "Val:\n  --year ÅR     planåret\n",
		       cmd_goal_remove },
	[G_A_REMOVE] = { "goal", "assessment remove", "goal assessment remove MÅL --year ÅR --period interim|annual",
			 "ta bort en bedömning",
			 "Tar bort bedömningen av ett mål eller resultatmål för perioden. En\n"
			 "bedömning ändras genom att bedöma igen med 'goal assess' (den nya ersätter\n"
			 "den gamla, och loggen får båda). Vägras när året är stängt.\n\n"
			 "Val:\n  --year ÅR          planåret\n  --period P         interim eller annual\n",
			 cmd_assessment_remove },
	[G_LIST] = { "goal", "list", "goal list --year ÅR [--format F] [-o FIL]", "visa årets mål och måluppfyllelse",
		     "Visar planårets mål med resultatmål, uppföljning, målvärden, utfall ur\n"
		     "registren och bedömningarna i delårsrapporten och årsredovisningen.\n\n"
		     "Val:\n  --year ÅR     planåret\n  --format F    " CLI_FORMATS "\n"
		     "  -o FIL        skriv till FIL\n",
		     cmd_goal_list },
	[B_ADD] = { "board", "add", "board add NAMN --year ÅR --role ROLL [--appointed-by ORGANISATION]",
		    "lägg till en ledamot eller ersättare i årets styrelse",
		    "Sparar styrelsens sammansättning för årsredovisningen.\n\n"
		    "Val:\n  --year ÅR                  året\n"
		    "  --role ROLL                ordförande, vice ordförande, ledamot eller ersättare\n"
		    "  --appointed-by ORG         medlemmen som utsett personen\n",
		    cmd_board_add },
	[B_LIST] = { "board", "list", "board list --year ÅR [--format F]", "visa årets styrelse",
		     "Visar styrelsens sammansättning under året.\n\n"
		     "Val:\n  --year ÅR     året\n  --format F    " CLI_FORMATS "\n",
		     cmd_board_list },
	{ NULL, NULL, NULL, NULL, NULL, NULL }
};
