/*
 * cmd_plan.c: the commands of the plan year: the year cycle (calendar,
 * calendar add, calendar --ics, the tertials' themes), the plan's and
 * reports' texts (text set, text show) and the auditors' report as a PDF
 * (text attach, text detach).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/app.h"
#include "base/date.h"
#include "base/err.h"
#include "cli/cli.h"
#include "doc/doc.h"

enum { C_LIST, C_ADD, C_THEME, C_THEME_REMOVE, T_SET, T_SHOW, T_REMOVE, T_ATTACH, T_DETACH };

static int this_year(void)
{
	return date_today().y;
}

static int cmd_calendar(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &plan_cmds[C_LIST];
	const char *year_s = NULL, *format = NULL, *out_path = NULL, *date_s = NULL, *pos[1];
	int ics = 0;
	struct date as_of;
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "ics", 0, NULL, &ics },
				    { "date", 1, &date_s, NULL },
				    { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
				    { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year = this_year(), rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (ics && format)
		return cli_usage(c, "ange antingen --ics eller --format");
	if (cli_early_checks(c, year_s, format) < 0)
		return EXIT_BAD_INPUT;
	if (year_s)
		cli_year(c, year_s, &year);
	if (date_s && date_parse(date_s, &as_of, &err) < 0)
		return cli_usage(c, err.msg);
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	if (ics) {
		FILE *out = cli_open_output(out_path, &err);

		rc = out ? app_calendar_ics(st, year, out, &err) : -1;
		if (out && cli_close_output(out, out_path, rc < 0 ? NULL : &err) < 0)
			rc = -1;
	} else {
		struct doc *d = date_s ? app_report_calendar_at(st, year, as_of, &err)
				       : app_report_calendar(st, year, &err);

		rc = d ? cli_print_doc(d, format, out_path, &err) : -1;
		doc_free(d);
	}
	app_close(st);
	return rc < 0 ? cli_fail(&err) : EXIT_OK;
}

static int cmd_calendar_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &plan_cmds[C_ADD];
	const char *kind = NULL, *pos[2];
	const struct opt opts[] = { { "kind", 1, &kind, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 2, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 2)
		return cli_usage(c, "ange datum och rubrik");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_calendar_add(st, pos[0], kind, pos[1], &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Lade till %s %s i årshjulet.\n", pos[0], pos[1]);
	return EXIT_OK;
}

/* calendar theme and calendar theme remove: the same options. */
static int calendar_theme(struct cli *cli, const struct cmd *c, int argc, char **argv, int remove)
{
	const char *year_s = NULL, *tertial = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "tertial", 1, &tertial, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s)
		return cli_usage(c, "ange året med --year");
	if (!tertial)
		return cli_usage(c, "ange tertialen med --tertial 1, 2 eller 3");
	if (remove ? n != 0 : n != 1)
		return cli_usage(c, remove ? "temat tas bort med bara --year och --tertial" : "ange temat");
	if (cli_early_checks(c, year_s, NULL) < 0)
		return EXIT_BAD_INPUT;
	cli_year(c, year_s, &year);
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = remove ? app_calendar_theme_remove(st, year, tertial, &err)
		    : app_calendar_theme_set(st, year, tertial, pos[0], &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	if (remove)
		printf("Tertial %s %d har nu inget tema.\n", tertial, year);
	else
		printf("Temat för tertial %s %d är nu %s.\n", tertial, year, pos[0]);
	return EXIT_OK;
}

static int cmd_calendar_theme(struct cli *cli, int argc, char **argv)
{
	return calendar_theme(cli, &plan_cmds[C_THEME], argc, argv, 0);
}

static int cmd_calendar_theme_remove(struct cli *cli, int argc, char **argv)
{
	return calendar_theme(cli, &plan_cmds[C_THEME_REMOVE], argc, argv, 1);
}

static int cmd_text_set(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &plan_cmds[T_SET];
	const char *year_s = NULL, *pos[2];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 2, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s || n != 2)
		return cli_usage(c, "ange avsnitt, --year och filen med texten");
	if (cli_year(c, year_s, &year) < 0)
		return EXIT_BAD_INPUT;
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_text_set(st, pos[0], year, pos[1], &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Sparade %s för %d.\n", app_text_title(pos[0]), year);
	return EXIT_OK;
}

static int cmd_text_remove(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &plan_cmds[T_REMOVE];
	const char *year_s = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s || n != 1)
		return cli_usage(c, "ange avsnitt och --year");
	if (cli_year(c, year_s, &year) < 0)
		return EXIT_BAD_INPUT;
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_text_remove(st, pos[0], year, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Tog bort %s för %d.\n", app_text_title(pos[0]), year);
	return EXIT_OK;
}

static int cmd_text_show(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &plan_cmds[T_SHOW];
	const char *year_s = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	char *text = NULL;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s || n != 1)
		return cli_usage(c, "ange avsnitt och --year");
	if (cli_year(c, year_s, &year) < 0)
		return EXIT_BAD_INPUT;
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_text_get(st, pos[0], year, &text, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	fputs(text, stdout);
	if (*text && text[strlen(text) - 1] != '\n')
		fputc('\n', stdout);
	free(text);
	return EXIT_OK;
}

/* text attach|detach: the year's section as a PDF, through cli_change. */
struct attach {
	const char *section, *file;
	int year;
};

static int attach(struct store *st, void *ctx, struct err *err)
{
	struct attach *a = ctx;

	return a->file ? app_attach(st, a->section, a->year, a->file, NULL, err)
		       : app_detach(st, a->section, a->year, err);
}

static int attach_command(struct cli *cli, const struct cmd *c, int argc, char **argv, int attaching)
{
	const char *year_s = NULL, *pos[2];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { 0 } };
	struct attach a = { NULL, NULL, 0 };
	char done[160];
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, attaching ? 2 : 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s || n != (attaching ? 2u : 1u))
		return cli_usage(c, attaching ? "ange avsnitt, --year och PDF-filen" : "ange avsnitt och --year");
	if (cli_year(c, year_s, &a.year) < 0)
		return EXIT_BAD_INPUT;
	a.section = pos[0];
	a.file = attaching ? pos[1] : NULL;
	if (attaching)
		snprintf(done, sizeof(done),
			 "Bifogade revisionsberättelsen för %d: årsredovisningens PDF slutar med dess sidor.", a.year);
	else
		snprintf(done, sizeof(done), "Tog bort den bifogade revisionsberättelsen för %d.", a.year);
	return cli_change(cli, attach, &a, done);
}

static int cmd_text_attach(struct cli *cli, int argc, char **argv)
{
	return attach_command(cli, &plan_cmds[T_ATTACH], argc, argv, 1);
}

static int cmd_text_detach(struct cli *cli, int argc, char **argv)
{
	return attach_command(cli, &plan_cmds[T_DETACH], argc, argv, 0);
}

const struct cmd plan_cmds[] = {
	[C_LIST] = { "calendar", NULL, "calendar [--year ÅR] [--date DATUM] [--ics] [--format F] [-o FIL]",
		     "årshjulet: möten och sista dagar",
		     "Visar årshjulet för ÅR (standard: i år): inlagda styrelsemöten,\n"
		     "utvecklingsgruppens möten, medlemssamråd och andra händelser, och de\n"
		     "sista dagar alla förbund har: årsredovisningen till medlemmarna senast\n"
		     "30 april, delårsrapporten per 31 augusti som beslutas i september,\n"
		     "verksamhetsplan och budget som beslutas i november. Utvecklingsgruppen\n"
		     "läggs in en vecka före varje styrelsemöte om inget eget möte finns.\n"
		     "Det som passerat före dagens datum märks klart, det närmaste märks nästa\n"
		     "(verksamhetsplanens årshjul räknas i stället från planårets första dag).\n\n"
		     "Val:\n  --year ÅR     året\n"
		     "  --date DATUM  märk klart och nästa räknat från DATUM i stället för i dag\n"
		     "  --ics         skriv en iCalendar-fil som vanliga kalenderprogram läser\n"
		     "  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		     cmd_calendar },
	[C_ADD] = { "calendar", "add", "calendar add DATUM RUBRIK --kind SLAG",
		    "lägg in ett möte i årshjulet",
		    "Lägger in en händelse i årshjulet. SLAG är styrelse, utvecklingsgrupp,\n"
		    "medlemssamråd, deadline eller övrigt.\n\n"
		    "  finsam calendar add 2025-02-12 \"Styrelsemöte\" --kind styrelse\n",
		    cmd_calendar_add },
	[C_THEME] = { "calendar", "theme", "calendar theme --year ÅR --tertial 1|2|3 TEMA",
		      "ge en tertial i årshjulet ett tema",
		      "Ger tertialen (1 januari–april, 2 maj–augusti, 3 september–december) ett\n"
		      "tema för året ÅR. Årshjulet, också verksamhetsplanens, visar händelserna\n"
		      "per tertial under rubriken \"Tertial 1 (januari–april): TEMA\"; utan tema\n"
		      "står bara tertialens namn. Ett nytt tema ersätter det gamla, och loggen\n"
		      "får båda. Vägras när året är stängt.\n\n"
		      "Val:\n  --year ÅR       året\n  --tertial N     1, 2 eller 3\n\n"
		      "  finsam calendar theme --year 2026 --tertial 1 \"Uppföljning av föregående år\"\n",
		      cmd_calendar_theme },
	[C_THEME_REMOVE] = { "calendar", "theme remove", "calendar theme remove --year ÅR --tertial 1|2|3",
			     "ta bort en tertials tema",
			     "Tar bort tertialens tema för året ÅR, så att årshjulet bara visar\n"
			     "tertialens namn. Loggen får temat som det var. Vägras när året är stängt.\n\n"
			     "Val:\n  --year ÅR       året\n  --tertial N     1, 2 eller 3\n",
			     cmd_calendar_theme_remove },
	[T_SET] = { "text", "set", "text set AVSNITT --year ÅR FIL.md",
		    "spara en text till verksamhetsplanen eller rapporterna",
		    "Sparar Markdown-texten i FIL.md (\"-\" läser standard in) som avsnittet\n"
		    "AVSNITT för året ÅR. Avsnitten och var de står:\n\n"
		    "  Verksamhetsplanen: organisation, vision, direction (inriktning för\n"
		    "  perioden), target_groups (målgrupper), overall_goal (övergripande mål).\n"
		    "  Årsredovisningen: chair (ordförande har ordet), summary (sammanfattning),\n"
		    "  organisation, conditions (viktiga förhållanden), events (händelser av\n"
		    "  väsentlig betydelse), governance (styrning och uppföljning), economy\n"
		    "  (god ekonomisk hushållning), target_groups, overall_goal, attestation\n"
		    "  (styrelsens intygande före underskrifterna) och auditors_report\n"
		    "  (revisionsberättelsen efter underskrifterna; som PDF: 'finsam text attach').\n"
		    "  Delårsrapporten: interim (kommentarer).\n\n"
		    "En ny text ersätter den gamla; loggen ('finsam audit') får båda. Texten\n"
		    "för ett stängt år (årsredovisningen fastställd) kan inte ändras.\n",
		    cmd_text_set },
	[T_SHOW] = { "text", "show", "text show AVSNITT --year ÅR", "visa en sparad text",
		     "Skriver avsnittets Markdown-text för planåret ÅR.\n", cmd_text_show },
	[T_REMOVE] = { "text", "remove", "text remove AVSNITT --year ÅR", "ta bort en sparad text",
		       "Tar bort avsnittets text för planåret ÅR, så att dokumenten står utan den.\n"
		       "Loggen får texten som den var. Vägras när året är stängt.\n",
		       cmd_text_remove },
	[T_ATTACH] = { "text", "attach", "text attach auditors_report --year ÅR FIL.pdf",
		       "bifoga revisorernas undertecknade revisionsberättelse (PDF)",
		       "Sparar revisionsberättelsen som revisorerna skrivit under, en PDF-fil\n"
		       "(högst 20 MiB), med året ÅR. Årsredovisningens PDF slutar sedan med\n"
		       "dess sidor, efter styrelsens underskrifter; de andra formaten säger att\n"
		       "den finns som bilaga. En ny fil ersätter den gamla. Filen ska vara en\n"
		       "PDF som går att läsa. Vägras när året är stängt. Loggen får ändringen.\n\n"
		       "  finsam text attach auditors_report --year 2025 revisionsberattelse.pdf\n",
		       cmd_text_attach },
	[T_DETACH] = { "text", "detach", "text detach auditors_report --year ÅR",
		       "ta bort den bifogade revisionsberättelsen",
		       "Tar bort den bifogade revisionsberättelsen för ÅR, så att årsredovisningen\n"
		       "står utan den. Vägras när året är stängt. Loggen får ändringen.\n",
		       cmd_text_detach },
	{ NULL, NULL, NULL, NULL, NULL, NULL }
};
