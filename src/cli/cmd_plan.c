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

/* The longest message after a change: the entered date and title, or the
 * theme, each refused past 199 bytes, with the words around them. */
#define DONE_MAX 512

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
	FILE *out;
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
	if (!ics)
		return cli_finish_doc(st,
				      date_s ? app_report_calendar_at(st, year, as_of, &err)
					     : app_report_calendar(st, year, &err),
				      format, out_path, &err);
	out = cli_open_output(out_path, &err);
	rc = out ? app_calendar_ics(st, year, out, &err) : -1;
	if (out && cli_close_output(out, out_path, rc < 0 ? NULL : &err) < 0)
		rc = -1;
	app_close(st);
	return rc < 0 ? cli_fail(&err) : EXIT_OK;
}

/* calendar add, calendar theme and calendar theme remove: changes of the
 * year cycle, through cli_change. */
struct cycle_change {
	const char *date, *kind, *text, *tertial;
	int year, remove;
};

static int event_add(struct store *st, void *ctx, struct err *err)
{
	const struct cycle_change *e = ctx;

	return app_calendar_add(st, e->date, e->kind, e->text, err);
}

static int theme_change(struct store *st, void *ctx, struct err *err)
{
	const struct cycle_change *t = ctx;

	return t->remove ? app_calendar_theme_remove(st, t->year, t->tertial, err)
			 : app_calendar_theme_set(st, t->year, t->tertial, t->text, err);
}

static int cmd_calendar_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &plan_cmds[C_ADD];
	const char *pos[2];
	struct cycle_change e = { NULL, NULL, NULL, NULL, 0, 0 };
	const struct opt opts[] = { { "kind", 1, &e.kind, NULL }, { 0 } };
	char done[DONE_MAX];
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 2, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 2)
		return cli_usage(c, "ange datum och rubrik");
	e.date = pos[0];
	e.text = pos[1];
	snprintf(done, sizeof(done), "Lade till %s %s i årshjulet.", e.date, e.text);
	return cli_change(cli, event_add, &e, done);
}

/* calendar theme and calendar theme remove: the same options. */
static int calendar_theme(struct cli *cli, const struct cmd *c, int argc, char **argv, int remove)
{
	const char *year_s = NULL, *pos[1];
	struct cycle_change t = { NULL, NULL, NULL, NULL, 0, remove };
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "tertial", 1, &t.tertial, NULL }, { 0 } };
	char done[DONE_MAX];
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s)
		return cli_usage(c, "ange året med --year");
	if (!t.tertial)
		return cli_usage(c, "ange tertialen med --tertial 1, 2 eller 3");
	if (remove ? n != 0 : n != 1)
		return cli_usage(c, remove ? "temat tas bort med bara --year och --tertial" : "ange temat");
	if (cli_early_checks(c, year_s, NULL) < 0)
		return EXIT_BAD_INPUT;
	cli_year(c, year_s, &t.year);
	if (remove) {
		snprintf(done, sizeof(done), "Tertial %s %d har nu inget tema.", t.tertial, t.year);
	} else {
		t.text = pos[0];
		snprintf(done, sizeof(done), "Temat för tertial %s %d är nu %s.", t.tertial, t.year, t.text);
	}
	return cli_change(cli, theme_change, &t, done);
}

static int cmd_calendar_theme(struct cli *cli, int argc, char **argv)
{
	return calendar_theme(cli, &plan_cmds[C_THEME], argc, argv, 0);
}

static int cmd_calendar_theme_remove(struct cli *cli, int argc, char **argv)
{
	return calendar_theme(cli, &plan_cmds[C_THEME_REMOVE], argc, argv, 1);
}

/* text set, show, remove, attach and detach: a section of the year, and
 * for set and attach a file. */
struct section {
	const char *name, *file;
	int year, which;
};

static const char *const section_usage[] = {
	[T_SET] = "ange avsnitt, --year och filen med texten",
	[T_SHOW] = "ange avsnitt och --year",
	[T_REMOVE] = "ange avsnitt och --year",
	[T_ATTACH] = "ange avsnitt, --year och PDF-filen",
	[T_DETACH] = "ange avsnitt och --year",
};

/* Reads the arguments of plan_cmds[which] into s. Returns -1 when the
 * command goes on, else its exit status (help shown, or a usage error). */
static int section_args(int which, int argc, char **argv, struct section *s)
{
	const struct cmd *c = &plan_cmds[which];
	const char *year_s = NULL, *pos[2];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { 0 } };
	size_t want = which == T_SET || which == T_ATTACH ? 2 : 1, n;
	int rc = cli_parse(c, argc, argv, opts, pos, want, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s || n != want)
		return cli_usage(c, section_usage[which]);
	if (cli_year(c, year_s, &s->year) < 0)
		return EXIT_BAD_INPUT;
	s->which = which;
	s->name = pos[0];
	s->file = want == 2 ? pos[1] : NULL;
	return -1;
}

static int section_change(struct store *st, void *ctx, struct err *err)
{
	const struct section *s = ctx;

	switch (s->which) {
	case T_SET:
		return app_text_set(st, s->name, s->year, s->file, err);
	case T_REMOVE:
		return app_text_remove(st, s->name, s->year, err);
	case T_ATTACH:
		return app_attach(st, s->name, s->year, s->file, NULL, err);
	default:
		return app_detach(st, s->name, s->year, err);
	}
}

/* text set|remove|attach|detach, through cli_change. */
static int section_command(struct cli *cli, int which, int argc, char **argv)
{
	struct section s;
	const char *title;
	char done[DONE_MAX];
	int rc = section_args(which, argc, argv, &s);

	if (rc >= 0)
		return rc;
	/* An unknown section is refused by the change: done is not shown. */
	title = app_text_title(s.name);
	if (!title)
		title = s.name;
	switch (which) {
	case T_SET:
		snprintf(done, sizeof(done), "Sparade %s för %d.", title, s.year);
		break;
	case T_REMOVE:
		snprintf(done, sizeof(done), "Tog bort %s för %d.", title, s.year);
		break;
	case T_ATTACH:
		snprintf(done, sizeof(done),
			 "Bifogade revisionsberättelsen för %d: årsredovisningens PDF slutar med dess sidor.", s.year);
		break;
	default:
		snprintf(done, sizeof(done), "Tog bort den bifogade revisionsberättelsen för %d.", s.year);
	}
	return cli_change(cli, section_change, &s, done);
}

static int cmd_text_set(struct cli *cli, int argc, char **argv)
{
	return section_command(cli, T_SET, argc, argv);
}

static int cmd_text_remove(struct cli *cli, int argc, char **argv)
{
	return section_command(cli, T_REMOVE, argc, argv);
}

static int cmd_text_attach(struct cli *cli, int argc, char **argv)
{
	return section_command(cli, T_ATTACH, argc, argv);
}

static int cmd_text_detach(struct cli *cli, int argc, char **argv)
{
	return section_command(cli, T_DETACH, argc, argv);
}

static int cmd_text_show(struct cli *cli, int argc, char **argv)
{
	struct section s;
	struct store *st = NULL;
	struct err err;
	char *text = NULL;
	int rc = section_args(T_SHOW, argc, argv, &s);

	if (rc >= 0)
		return rc;
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_text_get(st, s.name, s.year, &text, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	fputs(text, stdout);
	if (*text && text[strlen(text) - 1] != '\n')
		fputc('\n', stdout);
	free(text);
	return EXIT_OK;
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
