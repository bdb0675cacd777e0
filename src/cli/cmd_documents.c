/*
 * cmd_documents.c: what the annual report says beyond the books: an
 * intervention's status and results in a year (insats status, insats
 * results), earlier years' key figures (history) and the staff (staff).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"

enum { IY_STATUS, IY_RESULTS, H_SET, H_LIST, H_REMOVE, ST_SET, ST_LIST, ST_REMOVE, D_ADOPT, D_UNADOPT };

/* ---- insats status|results ---- */

struct iv_year {
	const char *which, *status, *results;
	int year;
};

static int iv_year(struct store *st, void *ctx, struct err *err)
{
	struct iv_year *y = ctx;

	return app_insats_year(st, y->which, y->year, y->status, y->results, err);
}

static int cmd_insats_status(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &documents_cmds[IY_STATUS];
	const char *year_s = NULL, *pos[2];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { 0 } };
	struct iv_year y = { NULL, NULL, NULL, 0 };
	char done[300];
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 2, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 2 || !year_s)
		return cli_usage(c, "ange insatsen, statusen och --year");
	if (cli_year(c, year_s, &y.year) < 0)
		return EXIT_BAD_INPUT;
	y.which = pos[0];
	y.status = pos[1];
	snprintf(done, sizeof(done), "Sparade statusen för insatsen %s under %d.", pos[0], y.year);
	return cli_change(cli, iv_year, &y, done);
}

static int cmd_insats_results(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &documents_cmds[IY_RESULTS];
	const char *year_s = NULL, *pos[2];
	int clear = 0;
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "remove", 0, NULL, &clear }, { 0 } };
	struct iv_year y = { NULL, NULL, NULL, 0 };
	struct err err;
	char done[300], *text = NULL;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 2, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s || n != (clear ? 1u : 2u))
		return cli_usage(c, clear ? "ange insatsen och --year" : "ange insatsen, filen med texten och --year");
	if (cli_year(c, year_s, &y.year) < 0)
		return EXIT_BAD_INPUT;
	if (!clear && app_read_markdown(pos[1], &text, &err) < 0)
		return cli_fail(&err);
	y.which = pos[0];
	y.results = clear ? "" : text;
	snprintf(done, sizeof(done), clear ? "Tog bort texten om resultat och lärdomar för insatsen %s under %d."
					   : "Sparade texten om resultat och lärdomar för insatsen %s under %d.", pos[0], y.year);
	rc = cli_change(cli, iv_year, &y, done);
	free(text);
	return rc;
}

/* ---- history ---- */

struct hist_set {
	int year;
	const char *values[HIST__MAX], *source;
};

static int hist_set(struct store *st, void *ctx, struct err *err)
{
	struct hist_set *h = ctx;

	return app_history_set(st, h->year, h->values, h->source, err);
}

static int cmd_history_set(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &documents_cmds[H_SET];
	struct hist_set h;
	struct opt opts[HIST__MAX + 2];
	const char *pos[1];
	char done[100];
	size_t n;
	int f, rc;

	memset(&h, 0, sizeof(h));
	memset(opts, 0, sizeof(opts));
	/* one option per key figure, as history_fields declares them */
	for (f = 0; f < HIST__MAX; f++) {
		opts[f].name = history_fields[f].key;
		opts[f].has_arg = 1;
		opts[f].value = &h.values[f];
	}
	opts[HIST__MAX].name = "source";
	opts[HIST__MAX].has_arg = 1;
	opts[HIST__MAX].value = &h.source;
	rc = cli_parse(c, argc, argv, opts, pos, 1, &n);
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange året");
	if (cli_year(c, pos[0], &h.year) < 0)
		return EXIT_BAD_INPUT;
	snprintf(done, sizeof(done), "Sparade nyckeltalen för %d.", h.year);
	return cli_change(cli, hist_set, &h, done);
}

/* "X remove ÅR": the year's record removed by fn. */
struct year_remove {
	int year;
	int (*fn)(struct store *st, int year, struct err *err);
};

static int year_remove(struct store *st, void *ctx, struct err *err)
{
	struct year_remove *y = ctx;

	return y->fn(st, y->year, err);
}

static int remove_year(struct cli *cli, const struct cmd *c, int argc, char **argv,
		       int (*fn)(struct store *st, int year, struct err *err), const char *done_fmt)
{
	const struct opt opts[] = { { 0 } };
	struct year_remove y = { 0, fn };
	const char *pos[1];
	char done[100];
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange året");
	if (cli_year(c, pos[0], &y.year) < 0)
		return EXIT_BAD_INPUT;
	snprintf(done, sizeof(done), done_fmt, y.year);
	return cli_change(cli, year_remove, &y, done);
}

static int cmd_history_remove(struct cli *cli, int argc, char **argv)
{
	return remove_year(cli, &documents_cmds[H_REMOVE], argc, argv, app_history_remove,
			   "Tog bort nyckeltalen för %d.");
}

static int cmd_history_list(struct cli *cli, int argc, char **argv)
{
	return cli_doc_command(cli, &documents_cmds[H_LIST], argc, argv, app_report_history);
}

/* ---- staff ---- */

struct staff_set {
	int year;
	struct app_staff_fields f;
};

static int staff_set(struct store *st, void *ctx, struct err *err)
{
	struct staff_set *s = ctx;

	return app_staff_set(st, s->year, &s->f, err);
}

static int cmd_staff_set(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &documents_cmds[ST_SET];
	struct staff_set s;
	const char *pos[1];
	char done[100];
	size_t n;
	int rc;

	memset(&s, 0, sizeof(s));
	{
		const struct opt opts[] = { { "employees", 1, &s.f.employees, NULL }, { "posts", 1, &s.f.own_posts, NULL },
					    { "funded-posts", 1, &s.f.funded_posts, NULL },
					    { "sick-leave", 1, &s.f.sick_leave, NULL }, { "note", 1, &s.f.note, NULL },
					    { 0 } };

		rc = cli_parse(c, argc, argv, opts, pos, 1, &n);
	}
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange året");
	if (!s.f.employees && !s.f.own_posts && !s.f.funded_posts && !s.f.sick_leave && !s.f.note)
		return cli_usage(c, "ange minst en uppgift (--employees, --posts, --funded-posts, --sick-leave, --note)");
	if (cli_year(c, pos[0], &s.year) < 0)
		return EXIT_BAD_INPUT;
	snprintf(done, sizeof(done), "Sparade personalen för %d.", s.year);
	return cli_change(cli, staff_set, &s, done);
}

static int cmd_staff_remove(struct cli *cli, int argc, char **argv)
{
	return remove_year(cli, &documents_cmds[ST_REMOVE], argc, argv, app_staff_remove,
			   "Tog bort personalen för %d.");
}

static int cmd_staff_list(struct cli *cli, int argc, char **argv)
{
	return cli_doc_command(cli, &documents_cmds[ST_LIST], argc, argv, app_report_staff);
}

/* ---- document adopt|unadopt ---- */

struct adopt {
	const char *document, *date;
	int year;
};

static int adopt(struct store *st, void *ctx, struct err *err)
{
	struct adopt *a = ctx;

	return a->date ? app_document_adopt(st, a->document, a->year, a->date, err)
		       : app_document_unadopt(st, a->document, a->year, err);
}

static int adopt_command(struct cli *cli, const struct cmd *c, int argc, char **argv, int adopting)
{
	struct adopt a = { NULL, NULL, 0 };
	const char *year_s = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "date", 1, &a.date, NULL }, { 0 } };
	const struct opt unopts[] = { { "year", 1, &year_s, NULL }, { 0 } };
	char done[160];
	size_t n;
	int rc = cli_parse(c, argc, argv, adopting ? opts : unopts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1 || !year_s || (adopting && !a.date))
		return cli_usage(c, adopting ? "ange dokumentet (plan eller interim), --year och --date"
					     : "ange dokumentet (plan eller interim) och --year");
	if (cli_year(c, year_s, &a.year) < 0)
		return EXIT_BAD_INPUT;
	a.document = pos[0];
	if (adopting)
		snprintf(done, sizeof(done), "Sparade att förbundsstyrelsen beslutade om %s för %d den %s.", pos[0],
			 a.year, a.date);
	else
		snprintf(done, sizeof(done), "Tog bort beslutsdatumet för %s %d.", pos[0], a.year);
	return cli_change(cli, adopt, &a, done);
}

static int cmd_document_adopt(struct cli *cli, int argc, char **argv)
{
	return adopt_command(cli, &documents_cmds[D_ADOPT], argc, argv, 1);
}

static int cmd_document_unadopt(struct cli *cli, int argc, char **argv)
{
	return adopt_command(cli, &documents_cmds[D_UNADOPT], argc, argv, 0);
}

const struct cmd documents_cmds[] = {
	[IY_STATUS] = { "insats", "status", "insats status ID|NAMN STATUS --year ÅR",
			"sätt insatsens status i årsredovisningen",
			"Sätter var insatsen står i årsredovisningen för ÅR: planerad, pågående\n"
			"eller avslutad. Med auto avgör insatsens datum: planerad när den börjar\n"
			"efter året, avslutad när den slutar under året eller före, annars\n"
			"pågående (så står den när ingen status är satt).\n\n"
			"  finsam insats status Steget avslutad --year 2025\n\n"
			"Ändringen skrivs i loggen. Vägras när året är stängt.\n",
			cmd_insats_status },
	[IY_RESULTS] = { "insats", "results", "insats results ID|NAMN FIL.md --year ÅR [--remove]",
			 "spara insatsens resultat och lärdomar",
			 "Sparar Markdown-texten i FIL.md (\"-\" läser standard in) som insatsens\n"
			 "resultat och lärdomar i årsredovisningen för ÅR. Den står under insatsens\n"
			 "siffror. En ny text ersätter den gamla; loggen får båda.\n\n"
			 "Val:\n  --year ÅR   året\n  --remove    ta bort texten (ange då ingen fil)\n\n"
			 "Vägras när året är stängt.\n",
			 cmd_insats_results },
	[H_SET] = { "history", "set",
		    "history set ÅR [--revenue KR] [--costs KR] ... [--source TEXT]",
		    "spara ett tidigare års nyckeltal",
		    "Sparar nyckeltal för ett år före bokföringen, som årets årsredovisning\n"
		    "redovisade dem, så att femårsöversikten visar fem år även när bokföringen\n"
		    "har färre. Översikten märker dem som hämtade ur tidigare årsredovisningar.\n"
		    "Ett år som bokföringen har vägras: dess nyckeltal räknas från den. Ett\n"
		    "nyckeltal som inte anges behålls; \"\" gör det okänt.\n\n"
		    "Val:\n  --revenue KR     verksamhetens intäkter\n"
		    "  --costs KR       verksamhetens kostnader (som i rapporten, t.ex. -1 480 000)\n"
		    "  --result KR      årets resultat\n  --equity KR      eget kapital vid årets slut\n"
		    "  --women N        individinriktade deltagare, kvinnor\n"
		    "  --men N          individinriktade deltagare, män\n"
		    "  --employees N    anställda i förbundet\n"
		    "  --source TEXT    var siffrorna kommer från, t.ex. \"Årsredovisning 2021\"\n\n"
		    "  finsam history set 2021 --revenue \"1 500 000\" --costs \"-1 420 000\" \\\n"
		    "      --result 80000 --equity 310000 --women 41 --men 35 --employees 1 \\\n"
		    "      --source \"Årsredovisning 2021\"\n",
		    cmd_history_set },
	[H_LIST] = { "history", "list", "history list [--format F]", "visa tidigare års nyckeltal",
		     "Visar de nyckeltal som sparats för år före bokföringen.\n\n"
		     "Val:\n  --format F   " CLI_FORMATS "\n  -o FIL       skriv till FIL\n",
		     cmd_history_list },
	[H_REMOVE] = { "history", "remove", "history remove ÅR", "ta bort ett tidigare års nyckeltal",
		       "Tar bort de sparade nyckeltalen för ÅR. Loggen får dem som de var.\n",
		       cmd_history_remove },
	[ST_SET] = { "staff", "set",
		     "staff set ÅR [--employees N] [--posts N] [--funded-posts N] ...",
		     "spara förbundets personal för ett år",
		     "Sparar förbundets egen personal för ÅR, som årsredovisningens avsnitt\n"
		     "Väsentliga personalförhållanden och femårsöversikten visar. En uppgift\n"
		     "som inte anges behålls.\n\n"
		     "Val:\n  --employees N       antal anställda i förbundet\n"
		     "  --posts N           tjänster de har (heltid = 1, t.ex. 1,5)\n"
		     "  --funded-posts N    tjänster förbundet finansierar i insatserna\n"
		     "  --sick-leave P      sjukfrånvaro i procent av arbetstiden (\"\": okänd);\n"
		     "                      bara när förbundet har egen personal\n"
		     "  --note TEXT         en anteckning\n\n"
		     "Vägras när året är stängt.\n",
		     cmd_staff_set },
	[ST_LIST] = { "staff", "list", "staff list [--format F]", "visa förbundets personal per år",
		      "Visar den sparade personalen år för år.\n\n"
		      "Val:\n  --format F   " CLI_FORMATS "\n  -o FIL       skriv till FIL\n",
		      cmd_staff_list },
	[ST_REMOVE] = { "staff", "remove", "staff remove ÅR", "ta bort ett års personal",
			"Tar bort den sparade personalen för ÅR. Vägras när året är stängt.\n",
			cmd_staff_remove },
	[D_ADOPT] = { "document", "adopt", "document adopt plan|interim --year ÅR --date DATUM",
		      "spara när styrelsen beslutade om planen eller delårsrapporten",
		      "Sparar dagen då förbundsstyrelsen beslutade om årets verksamhetsplan\n"
		      "(plan) eller delårsrapport (interim). Dokumentet säger det under sin\n"
		      "rubrik: \"Beslutad av förbundsstyrelsen 2024-11-20\". Årsredovisningen\n"
		      "fastställs när året stängs ('year close').\n\n"
		      "  finsam document adopt plan --year 2025 --date 2024-11-20\n\n"
		      "Ett nytt datum ersätter det gamla; loggen får båda. Vägras när året är\n"
		      "stängt.\n",
		      cmd_document_adopt },
	[D_UNADOPT] = { "document", "unadopt", "document unadopt plan|interim --year ÅR",
			"ta bort beslutsdatumet för planen eller delårsrapporten",
			"Tar bort dagen då styrelsen beslutade om dokumentet, så att det står utan.\n"
			"Vägras när året är stängt.\n",
			cmd_document_unadopt },
	{ NULL, NULL, NULL, NULL, NULL, NULL }
};
