/*
 * cmd_risk.c: the commands of the risk and materiality analysis of the
 * internal control plan: risk add, list, show, edit, remove and copy.
 * Each change is one use case of app/ (control.c), which checks it and
 * writes the audit log.
 */
#include <stdio.h>
#include <stdlib.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"

enum { R_ADD, R_LIST, R_SHOW, R_EDIT, R_REMOVE, R_COPY };

struct risk_change {
	struct app_risk_fields f;
	int64_t id;
	int from, to;
	size_t copied;
};

static int do_add(struct store *st, void *ctx, struct err *err)
{
	struct risk_change *c = ctx;

	return app_risk_add(st, &c->f, &c->id, err);
}

static int do_edit(struct store *st, void *ctx, struct err *err)
{
	struct risk_change *c = ctx;

	return app_risk_edit(st, c->id, &c->f, err);
}

static int do_remove(struct store *st, void *ctx, struct err *err)
{
	struct risk_change *c = ctx;

	return app_risk_remove(st, c->id, err);
}

static int do_copy(struct store *st, void *ctx, struct err *err)
{
	struct risk_change *c = ctx;

	return app_risk_copy(st, c->from, c->to, &c->copied, err);
}

#define RISK_OPTS(r)                                                                                           \
	{ "year", 1, &(r).f.year, NULL }, { "area", 1, &(r).f.area, NULL },                                    \
		{ "probability", 1, &(r).f.probability, NULL }, { "consequence", 1, &(r).f.consequence, NULL }, \
		{ "owner", 1, &(r).f.owner, NULL }

static int cmd_risk_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &risk_cmds[R_ADD];
	struct risk_change r = { 0 };
	const struct opt opts[] = { RISK_OPTS(r), { 0 } };
	const char *pos[1];
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "beskriv risken");
	if (!r.f.area || !r.f.probability || !r.f.consequence)
		return cli_usage(c, "ange --area, --probability och --consequence");
	r.f.text = pos[0];
	rc = cli_change(cli, do_add, &r, NULL);
	if (rc == EXIT_OK)
		printf("Lade till risken med id %lld.\n", (long long)r.id);
	return rc;
}

static int cmd_risk_list(struct cli *cli, int argc, char **argv)
{
	return cli_year_doc_command(cli, &risk_cmds[R_LIST], argc, argv, CLI_YEAR_THIS, app_report_risks);
}

static struct doc *risk_doc(struct store *st, const char *which, struct err *err)
{
	char *end;
	long long id = strtoll(which, &end, 10);

	if (*end || id <= 0) {
		err_set(err, "riskens id är ett tal, inte '%s'", which);
		err_see(err, "finsam risk list");
		return NULL;
	}
	return app_report_risk(st, id, err);
}

static int cmd_risk_show(struct cli *cli, int argc, char **argv)
{
	return cli_named_doc_command(cli, &risk_cmds[R_SHOW], argc, argv, "ange riskens id", risk_doc);
}

static int cmd_risk_edit(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &risk_cmds[R_EDIT];
	struct risk_change r = { 0 };
	const struct opt opts[] = { RISK_OPTS(r), { "text", 1, &r.f.text, NULL }, { 0 } };
	char done[64];
	int status;

	if (cli_parse_id(c, argc, argv, opts, "ange riskens id", &r.id, &status) < 0)
		return status;
	if (!r.f.year && !r.f.area && !r.f.text && !r.f.probability && !r.f.consequence && !r.f.owner)
		return cli_usage(c, "ange vad som ska ändras (--text, --area, --probability, --consequence, "
				    "--owner eller --year)");
	snprintf(done, sizeof(done), "Ändrade risken %lld.", (long long)r.id);
	return cli_change(cli, do_edit, &r, done);
}

static int cmd_risk_remove(struct cli *cli, int argc, char **argv)
{
	struct risk_change r = { 0 };
	char done[64];
	int status;

	if (cli_parse_id(&risk_cmds[R_REMOVE], argc, argv, NULL, "ange riskens id", &r.id, &status) < 0)
		return status;
	snprintf(done, sizeof(done), "Tog bort risken %lld.", (long long)r.id);
	return cli_change(cli, do_remove, &r, done);
}

static int cmd_risk_copy(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &risk_cmds[R_COPY];
	struct risk_change r = { 0 };
	const char *from = NULL, *to = NULL, *pos[1];
	const struct opt opts[] = { { "from", 1, &from, NULL }, { "to", 1, &to, NULL }, { 0 } };
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!from || !to)
		return cli_usage(c, "ange åren med --from och --to");
	if (cli_year(c, from, &r.from) < 0 || cli_year(c, to, &r.to) < 0)
		return EXIT_BAD_INPUT;
	rc = cli_change(cli, do_copy, &r, NULL);
	if (rc == EXIT_OK)
		printf("Kopierade %zu risker med deras kontrollmoment från %d till %d.\n", r.copied, r.from, r.to);
	return rc;
}

#define SCALE_HELP                                                                          \
	"Sannolikhet och konsekvens bedöms från 1 till 4 (sannolikhet: 1 osannolik,\n"     \
	"2 möjlig, 3 sannolik, 4 mycket sannolik; konsekvens: 1 lindrig, 2 måttlig,\n"     \
	"3 kännbar, 4 allvarlig). Riskvärdet är deras produkt: 1–3 låg, 4–6 medel,\n"      \
	"8–9 hög och 12–16 mycket hög.\n"

const struct cmd risk_cmds[] = {
	[R_ADD] = { "risk", "add", "risk add TEXT --area OMRÅDE --probability P --consequence K [--owner NAMN] [--year ÅR]",
		    "lägg till en risk i årets riskanalys",
		    "Lägger till risken TEXT i risk- och väsentlighetsanalysen för ÅR\n"
		    "(standard: innevarande år), med området den gäller, sannolikheten och\n"
		    "konsekvensen. Riskerna numreras i varje års analys i den ordning de lades\n"
		    "till; numren står i riskmatrisen. Kontrollmomenten som besvarar risken\n"
		    "läggs till med 'finsam control add'. Ett stängt år kan inte ändras.\n"
		    "Tillägget står i loggen.\n\n" SCALE_HELP "\n"
		    "Val:\n"
		    "  --area OMRÅDE       området, till exempel ekonomi eller personuppgifter (krävs)\n"
		    "  --probability P     sannolikheten 1–4 (krävs)\n"
		    "  --consequence K     konsekvensen 1–4 (krävs)\n"
		    "  --owner NAMN        vem som äger risken\n"
		    "  --year ÅR           analysens år\n",
		    cmd_risk_add },
	[R_LIST] = { "risk", "list", "risk list [--year ÅR] [--format F]", "visa årets riskanalys med riskmatrisen",
		     "Visar risk- och väsentlighetsanalysen för ÅR (standard: innevarande år,\n"
		     "som 'risk add'): varje risk med nummer, id, område, sannolikhet,\n"
		     "konsekvens, riskvärde, nivå och ansvarig, och riskmatrisen.\n\n" SCALE_HELP "\n"
		     "Val:\n  --year ÅR     året\n  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		     cmd_risk_list },
	[R_SHOW] = { "risk", "show", "risk show ID [--format F]", "visa en risk med dess kontrollmoment",
		     "Visar risken med id ID (se 'risk list'), kontrollmomenten som besvarar\n"
		     "den och deras uppföljningar.\n\n"
		     "Val:\n  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		     cmd_risk_show },
	[R_EDIT] = { "risk", "edit",
		     "risk edit ID [--text TEXT] [--area OMRÅDE] [--probability P] [--consequence K] [--owner NAMN] [--year ÅR]",
		     "ändra en risk",
		     "Ändrar de uppgifter om risken som anges. En risk med kontrollmoment kan\n"
		     "inte flyttas till ett annat år. Ändringen står i loggen.\n\n" SCALE_HELP,
		     cmd_risk_edit },
	[R_REMOVE] = { "risk", "remove", "risk remove ID", "ta bort en risk",
		       "Tar bort risken med id ID. En risk med kontrollmoment tas bort först när\n"
		       "kontrollmomenten är borttagna ('finsam control remove'). Borttagningen\n"
		       "står i loggen med uppgifterna.\n",
		       cmd_risk_remove },
	[R_COPY] = { "risk", "copy", "risk copy --from ÅR --to ÅR", "kopiera en riskanalys till ett nytt år",
		     "Kopierar risk- och väsentlighetsanalysen för --from, med varje risks\n"
		     "kontrollmoment, till --to, som en början på det nya årets analys. Året\n"
		     "--to får inte ha några risker. Uppföljningarna och antagandet kopieras\n"
		     "inte: det nya årets plan antas för sig ('finsam control adopt'). Varje\n"
		     "kopia står i loggen.\n",
		     cmd_risk_copy },
	{ 0 }
};
