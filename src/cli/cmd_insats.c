/*
 * cmd_insats.c: the commands for the interventions: insats add, list,
 * show, decide and anonymous, allocate and allocation list|remove, and
 * report commitments; ready marks (insats ready mark|unmark|list); the
 * activities; and
 * the förbund's settings (setting set|list), which so far concern the
 * participant statistics.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "base/date.h"
#include "base/err.h"
#include "cli/cli.h"
#include "doc/doc.h"

enum { I_ADD, I_LIST, I_SHOW, I_DECIDE, I_ANONYMOUS, R_COMMITMENTS, A_ADD, A_LIST, S_SET, S_LIST, I_ALLOCATE,
       I_ALLOCATION, I_READY };

static int cmd_insats_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &insats_cmds[I_ADD];
	struct app_insats_fields f;
	const char *pos[1];
	struct store *st = NULL;
	struct err err;
	int64_t id = 0;
	size_t n;
	int rc;

	memset(&f, 0, sizeof(f));
	{
		const struct opt opts[] = {
			{ "kind", 1, &f.kind, NULL }, { "owner", 1, &f.owner, NULL },
			{ "partners", 1, &f.partners, NULL }, { "target", 1, &f.target, NULL },
			{ "ages", 1, &f.ages, NULL }, { "from", 1, &f.start, NULL }, { "to", 1, &f.end, NULL },
			{ "purpose", 1, &f.purpose, NULL }, { "accounts", 1, &f.accounts, NULL },
			{ "objects", 1, &f.objects, NULL }, { "participants-from", 1, &f.p_start, NULL },
			{ "participants-to", 1, &f.p_end, NULL }, { "goals", 1, &f.goals, NULL }, { 0 } };

		rc = cli_parse(c, argc, argv, opts, pos, 1, &n);
	}
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1 || !f.kind)
		return cli_usage(c, "ange insatsens namn och --kind");
	f.name = pos[0];
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_insats_add(st, &f, &id, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Lade till insatsen %s (id %lld).\n", f.name, (long long)id);
	return EXIT_OK;
}

static int list_or_show(struct cli *cli, const struct cmd *c, int argc, char **argv, int show)
{
	const char *format = NULL, *year_s = NULL, *pos[1];
	const struct opt opts[] = { { "format", 1, &format, NULL }, { "year", 1, &year_s, NULL }, { 0 } };
	struct store *st = NULL;
	struct doc *d;
	struct err err;
	size_t n;
	int year = 0, rc = cli_parse(c, argc, argv, opts, pos, show ? 1 : 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (show && n != 1)
		return cli_usage(c, "ange insatsens id eller namn");
	if (cli_early_checks(c, year_s, format) < 0)
		return EXIT_BAD_INPUT;
	if (year_s)
		cli_year(c, year_s, &year);
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	d = app_report_insatser(st, show ? pos[0] : NULL, year, &err);
	return cli_finish_doc(st, d, format, NULL, &err);
}

static int cmd_insats_list(struct cli *cli, int argc, char **argv)
{
	return list_or_show(cli, &insats_cmds[I_LIST], argc, argv, 0);
}

static int cmd_insats_show(struct cli *cli, int argc, char **argv)
{
	return list_or_show(cli, &insats_cmds[I_SHOW], argc, argv, 1);
}

static int cmd_insats_decide(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &insats_cmds[I_DECIDE];
	struct app_decision_fields f = { NULL, NULL, NULL, NULL, NULL, 0, 0 };
	const char *pos[1];
	const struct opt opts[] = { { "date", 1, &f.date, NULL }, { "amount", 1, &f.amount, NULL },
				    { "years", 1, &f.years, NULL }, { "note", 1, &f.note, NULL },
				    { "planned", 0, NULL, &f.planned }, { "again", 0, NULL, &f.again }, { 0 } };
	struct store *st = NULL;
	struct err err;
	int64_t id = 0;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1 || !f.date || !f.amount)
		return cli_usage(c, "ange insatsen, --date och --amount");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_decision_add(st, pos[0], &f, &id, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Beslutet om %s kr till %s är sparat (id %lld).\n", f.amount, pos[0], (long long)id);
	return EXIT_OK;
}

static int cmd_insats_anonymous(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &insats_cmds[I_ANONYMOUS];
	const char *from = NULL, *to = NULL, *women = NULL, *men = NULL, *note = NULL, *pos[1];
	const struct opt opts[] = { { "from", 1, &from, NULL }, { "to", 1, &to, NULL },
				    { "women", 1, &women, NULL }, { "men", 1, &men, NULL },
				    { "note", 1, &note, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1 || !from || !to || (!women && !men))
		return cli_usage(c, "ange insatsen, --from, --to och --women och/eller --men");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_insats_anonymous(st, pos[0], from, to, women, men, note, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Anonyma deltagare i %s %s–%s är sparade.\n", pos[0], from, to);
	return EXIT_OK;
}

static int cmd_report_commitments(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &insats_cmds[R_COMMITMENTS];
	const char *year_s = NULL, *format = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "format", 1, &format, NULL },
				    { "o", 1, &out_path, NULL }, { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct doc *d;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	rc = cli_open_year(cli, c, year_s, format, &st, &year);
	if (rc)
		return rc;
	d = app_report_commitments(st, year, &err);
	return cli_finish_doc(st, d, format, out_path, &err);
}

static int cmd_activity_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &insats_cmds[A_ADD];
	struct app_activity_fields f = { NULL, NULL, NULL, NULL, NULL, NULL, NULL };
	const char *pos[1];
	const struct opt opts[] = { { "date", 1, &f.date, NULL }, { "kind", 1, &f.kind, NULL },
				    { "organiser", 1, &f.organiser, NULL }, { "attendees", 1, &f.attendees, NULL },
				    { "meetings", 1, &f.meetings, NULL }, { "persons", 1, &f.persons, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	int64_t total = 0;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange aktivitetens namn");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	f.name = pos[0];
	rc = app_activity_add(st, &f, &total, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Lade till %s med %lld deltagare.\n", pos[0], (long long)total);
	return EXIT_OK;
}

static int cmd_setting_set(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &insats_cmds[S_SET];
	const char *pos[2];
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, NULL, pos, 2, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 2)
		return cli_usage(c, "ange inställningen och värdet");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_setting_set(st, pos[0], pos[1], &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("%s är nu %s.\n", pos[0], pos[1]);
	return EXIT_OK;
}

static int cmd_setting_list(struct cli *cli, int argc, char **argv)
{
	return cli_doc_command(cli, &insats_cmds[S_LIST], argc, argv, app_report_settings);
}

static int cmd_activity_list(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &insats_cmds[A_LIST];
	const char *year_s = NULL, *format = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "format", 1, &format, NULL }, { 0 } };
	struct store *st = NULL;
	struct doc *d;
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
	d = app_report_activities(st, year, &err);
	return cli_finish_doc(st, d, format, NULL, &err);
}

static int cmd_insats_allocate(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &insats_cmds[I_ALLOCATE];
	struct app_allocation_fields f;
	const char *pos[1];
	struct store *st = NULL;
	struct err err;
	int64_t id = 0;
	size_t n;
	int rc;

	memset(&f, 0, sizeof(f));
	{
		const struct opt opts[] = { { "accounts", 1, &f.accounts, NULL }, { "share", 1, &f.share, NULL },
					    { "year", 1, &f.year, NULL }, { "amount", 1, &f.amount, NULL },
					    { "note", 1, &f.note, NULL }, { 0 } };

		rc = cli_parse(c, argc, argv, opts, pos, 1, &n);
	}
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1 || !f.accounts || (!f.share && !f.amount))
		return cli_usage(c, "ange insatsen, --accounts och --share eller --year och --amount");
	f.insats = pos[0];
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_insats_allocate(st, &f, &id, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Fördelningen av konto %s till %s är sparad (id %lld).\n", f.accounts, f.insats, (long long)id);
	return EXIT_OK;
}

static int cmd_insats_allocation(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &insats_cmds[I_ALLOCATION];
	const char *format = NULL, *pos[2];
	const struct opt opts[] = { { "format", 1, &format, NULL }, { 0 } };
	struct store *st = NULL;
	struct doc *d;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 2, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n >= 1 && strcmp(pos[0], "list") == 0) {
		if (cli_early_checks(c, NULL, format) < 0)
			return EXIT_BAD_INPUT;
		if (app_open(&st, cli->db, 0, NULL, &err) < 0)
			return cli_fail(&err);
		d = app_report_allocations(st, n == 2 ? pos[1] : NULL, &err);
		return cli_finish_doc(st, d, format, NULL, &err);
	}
	if (n != 2 || strcmp(pos[0], "remove") != 0 || format)
		return cli_usage(c, "skriv 'insats allocation list [INSATS]' eller 'insats allocation remove ID'");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_insats_allocation_remove(st, pos[1], &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Fördelning %s är borttagen.\n", pos[1]);
	return EXIT_OK;
}

static int cmd_insats_ready(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &insats_cmds[I_READY];
	const char *format = NULL, *year_s = NULL, *period = NULL, *pos[2];
	const struct opt opts[] = { { "format", 1, &format, NULL }, { "year", 1, &year_s, NULL },
				    { "period", 1, &period, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year = 0, mark, rc = cli_parse(c, argc, argv, opts, pos, 2, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n == 1 && strcmp(pos[0], "list") == 0) {
		if (period)
			return cli_usage(c, "'insats ready list' tar --year och --format");
		if (cli_early_checks(c, year_s, format) < 0)
			return EXIT_BAD_INPUT;
		if (year_s)
			cli_year(c, year_s, &year);
		else
			year = date_today().y;
		if (app_open(&st, cli->db, 0, NULL, &err) < 0)
			return cli_fail(&err);
		return cli_finish_doc(st, app_report_ready(st, year, &err), format, NULL, &err);
	}
	mark = n == 2 && strcmp(pos[0], "mark") == 0;
	if (!(mark || (n == 2 && strcmp(pos[0], "unmark") == 0)) || format)
		return cli_usage(c, "skriv 'insats ready mark|unmark INSATS --year ÅR --period P' eller "
				    "'insats ready list [--year ÅR]'");
	if (!year_s || !period)
		return cli_usage(c, "ange --year och --period");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = mark ? app_ready_mark(st, pos[1], year_s, period, &err) : app_ready_unmark(st, pos[1], year_s, period, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("%s för %s %s är %s.\n", pos[1], period, year_s, mark ? "klarmarkerat" : "inte längre klarmarkerat");
	return EXIT_OK;
}

const struct cmd insats_cmds[] = {
	[I_ADD] = { "insats", "add", "insats add NAMN --kind SLAG [--owner ...] [--accounts K] [--objects O]",
		    "lägg till en insats",
		    "Lägger till en insats som förbundet finansierar.\n\n"
		    "Val:\n  --kind SLAG        individinriktad, strukturinriktad eller kompetenshöjande\n"
		    "  --owner TEXT       projektägaren\n"
		    "  --partners TEXT    samverkande parter, med komma emellan\n"
		    "  --target TEXT      målgruppen\n  --ages 16-29       målgruppens åldrar\n"
		    "  --from DATUM       insatsen börjar\n  --to DATUM         insatsen slutar\n"
		    "  --purpose TEXT     syftet\n"
		    "  --accounts K       konton där utbetalningarna bokförs, t.ex. 4010\n"
		    "  --objects O        SIE-objekt för utbetalningarna, t.ex. 6:1\n"
		    "  --participants-from DATUM  deltagare kan skrivas in från\n"
		    "  --participants-to DATUM    deltagare kan skrivas in till\n"
		    "  --goals TEXT       insatsens mål\n",
		    cmd_insats_add },
	[I_LIST] = { "insats", "list", "insats list [--year ÅR] [--format F]", "visa insatserna",
		     "Visar förbundets insatser med slag, projektägare, period, status och\n"
		     "beslutat belopp. Statusen är den som gäller vid årets slut: den som är\n"
		     "satt med 'finsam insats status', annars den som insatsens datum ger\n"
		     "(planerad, pågående eller avslutad).\n\n"
		     "Val:\n  --year ÅR    året vars status visas (standard: i år)\n"
		     "  --format F   " CLI_FORMATS "\n",
		     cmd_insats_list },
	[I_SHOW] = { "insats", "show", "insats show ID|NAMN [--year ÅR] [--format F]", "visa en insats med dess beslut",
		     "Visar en insats med status, målgrupp, syfte och styrelsens beslut om\n"
		     "finansiering, och för varje år som har en status eller en text om\n"
		     "resultat och lärdomar (finsam insats status, insats results) året,\n"
		     "statusen och texten.\n\n"
		     "Val:\n  --year ÅR    året vars status visas överst (standard: i år)\n"
		     "  --format F   " CLI_FORMATS "\n",
		     cmd_insats_show },
	[I_DECIDE] = { "insats", "decide",
		       "insats decide ID|NAMN --date DATUM --amount BELOPP [--years ÅR-ÅR] [--planned] [--again]",
		       "spara styrelsens beslut om finansiering",
		       "Sparar styrelsens beslut att finansiera insatsen: sammanträdets datum,\n"
		       "beloppet och vilka år det gäller.\n\n"
		       "Val:\n  --date DATUM       sammanträdet\n  --amount BELOPP    kronor, t.ex. \"1 280 000\"\n"
		       "  --years 2024-2025  åren beslutet gäller (standard: sammanträdets år;\n"
		       "                     även 2024–2025)\n"
		       "  --note TEXT        en anteckning\n"
		       "  --planned          datumet är ett kommande sammanträde (annars vägras\n"
		       "                     ett datum efter i dag)\n"
		       "  --again            styrelsen har verkligen fattat samma beslut två gånger\n"
		       "                     (annars vägras ett beslut med samma insats, datum,\n"
		       "                     belopp och år som ett som redan finns)\n\n"
		       "Besluten visas med id i 'insats decision list', och rättas med\n"
		       "'insats decision edit' och 'insats decision remove'.\n",
		       cmd_insats_decide },
	[I_ANONYMOUS] = { "insats", "anonymous",
			  "insats anonymous ID|NAMN --from DATUM --to DATUM --women N --men N [--note TEXT]",
			  "spara antal anonyma deltagare",
			  "Sparar hur många anonyma deltagare (som inte registreras) insatsen haft\n"
			  "under en period, per kön. Perioden ligger inom ett kalenderår; antalen\n"
			  "räknas i årets statistik under Anonyma deltagare.\n\n"
			  "Val:\n  --from DATUM    periodens första dag\n  --to DATUM      periodens sista dag\n"
			  "  --women N       antal kvinnor\n  --men N         antal män\n"
			  "  --note TEXT     en anteckning\n",
			  cmd_insats_anonymous },
	[R_COMMITMENTS] = { "report", "commitments", "report commitments [--year ÅR] [--format F]",
			    "återstående belopp för beslutade insatser",
			    "Visar noten Återstående belopp för beslutad finansiering av\n"
			    "samverkansinsatser: för varje insats det beslutade beloppet minus det som\n"
			    "betalats ut vid årets slut, och vid föregående års slut. Utbetalt är det\n"
			    "som bokförts på insatsens objekt, fördelats till den ('insats allocate')\n"
			    "eller bokförts på ett konto som bara den följs på, de år dess beslut\n"
			    "gäller; varje utbetalning räknas en gång.\n\n"
			    "Val:\n  --year ÅR     året (standard: det senaste bokförda)\n"
			    "  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
			    cmd_report_commitments },
	[A_ADD] = { "activity", "add", "activity add NAMN --date DATUM --kind SLAG [--attendees LISTA]",
		    "lägg till en strukturinriktad eller kompetenshöjande aktivitet",
		    "Sparar en aktivitet som förbundet ordnat eller finansierat, t.ex. ett\n"
		    "handläggarforum eller en inspirationsdag, med antal deltagare per\n"
		    "medlemsorganisation.\n\n"
		    "  finsam activity add Handläggarforum --date 2022-10-12 --kind kompetenshöjande \\\n"
		    "        --attendees \"Försäkringskassan=40, Arbetsförmedlingen=38, Region=35, Kommunerna=40\"\n\n"
		    "Val:\n  --date DATUM        dagen\n  --kind SLAG         strukturinriktad eller kompetenshöjande\n"
		    "  --organiser TEXT    arrangören\n  --attendees LISTA   organisation=antal, med komma emellan\n"
		    "  --meetings N        en serie träffar: hur många (standard 1); deltagarna\n"
		    "                      räknas då vid varje träff\n"
		    "  --persons N         hur många olika personer som kom (högst deltagarna)\n",
		    cmd_activity_add },
	[A_LIST] = { "activity", "list", "activity list [--year ÅR] [--format F]", "visa aktiviteterna",
		     "Visar aktiviteterna (för ÅR) med antal deltagare, totalt och per organisation.\n\n"
		     "Val:\n  --year ÅR     året\n  --format F    " CLI_FORMATS "\n",
		     cmd_activity_list },
	[S_SET] = { "setting", "set", "setting set NAMN VÄRDE", "ändra en inställning",
		    "Ändrar en av förbundets inställningar. Ändringen skrivs i loggen.\n\n"
		    "Inställningar:\n  min-cell N   minsta grupp som visas i skyddad deltagar- och\n               enkätstatistik, 2–100 (standard 5: grupper om 1–4\n"
		    "               visas som <5)\n",
		    cmd_setting_set },
	[S_LIST] = { "setting", "list", "setting list [--format F] [-o FIL]", "visa inställningarna",
		     "Visar förbundets inställningar med värde och beskrivning.\n\n"
		     "Val:\n  --format F    " CLI_FORMATS "\n",
		     cmd_setting_list },
	[I_ALLOCATE] = { "insats", "allocate",
			 "insats allocate ID|NAMN --accounts K (--share PROCENT [--year ÅR] | --year ÅR --amount BELOPP)",
			 "fördela ett konto som flera insatser delar",
			 "Anger hur det som bokförts på ett konto ska räknas som utbetalt till\n"
			 "insatsen, när flera insatser följs på samma konto och inget SIE-objekt\n"
			 "skiljer dem åt. En utbetalning räknas till en insats\n"
			 "  1. genom insatsens objekt (--objects vid 'insats add'), annars\n"
			 "  2. genom en fördelning som denna, annars\n"
			 "  3. genom kontot, när ingen annan insats följs på det,\n"
			 "och bara de år som insatsens beslut gäller. Det som ingen regel ger till\n"
			 "en enda insats räknas inte, och 'finsam check' visar verifikationerna.\n\n"
			 "  finsam insats allocate \"Steget vidare\" --accounts 4010 --share 60\n"
			 "  finsam insats allocate \"Unga i arbete\" --accounts 4010 --year 2025 --amount \"100 000\"\n\n"
			 "Val:\n  --accounts K       kontot (eller konton, t.ex. 4010-4019, för en andel)\n"
			 "  --share PROCENT    insatsens andel av det som bokförts på kontot, t.ex. 60\n"
			 "                     eller 33,33 (varje år, eller bara --year)\n"
			 "  --year ÅR          året andelen eller beloppet gäller\n"
			 "  --amount BELOPP    kronor av årets belopp på kontot, t.ex. \"100 000\"\n"
			 "  --note TEXT        en anteckning, t.ex. styrelsens beslut\n\n"
			 "Ändringen skrivs i loggen; ett fastställt år kan inte ändras.\n",
			 cmd_insats_allocate },
	[I_ALLOCATION] = { "insats", "allocation", "insats allocation list [ID|NAMN] [--format F] | remove ID",
			   "visa eller ta bort fördelningar av konton",
			   "insats allocation list [ID|NAMN] visar fördelningarna (av en insats) med id,\n"
			   "konton, år, andel eller belopp och anteckning.\n"
			   "insats allocation remove ID tar bort fördelningen med id ID; borttagningen\n"
			   "skrivs i loggen med fördelningens värden, och ett fastställt år kan inte\n"
			   "ändras.\n\n"
			   "Val:\n  --format F   " CLI_FORMATS " (för list)\n",
			   cmd_insats_allocation },
	[I_READY] = { "insats", "ready",
		      "insats ready mark|unmark ID|NAMN --year ÅR --period P | list [--year ÅR] [--format F]",
		      "klarmarkera en insats siffror för en period",
		      "insats ready mark ID|NAMN --year ÅR --period P klarmarkerar insatsens\n"
		      "deltagare och inskrivningar för perioden: de är kompletta och kan räknas\n"
		      "i årets rapporter. P är helår eller delår. Den som markerar och när sparas.\n"
		      "insats ready unmark ID|NAMN --year ÅR --period P tar tillbaka markeringen.\n"
		      "insats ready list [--year ÅR] visar för varje insats som pågår under året\n"
		      "(standard: i år) om helår och delår är klarmarkerade, av vem och när.\n\n"
		      "Båda ändringarna skrivs i loggen. Ett kommande år kan inte klarmarkeras.\n\n"
		      "Val:\n  --year ÅR       året\n  --period P      helår eller delår\n"
		      "  --format F      " CLI_FORMATS " (för list)\n",
		      cmd_insats_ready },
	{ NULL, NULL, NULL, NULL, NULL, NULL }
};
