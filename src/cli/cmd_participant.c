/*
 * cmd_participant.c: the commands of the participant register:
 * participant add, enrol, exit, list and show, and the audit log.
 * A personal identity number is read from standard input, never from the
 * command line, where shell histories and process lists would keep it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"
#include "doc/doc.h"

enum { P_ADD, P_EDIT, P_REMOVE, P_ENROL, P_EXIT, P_E_EDIT, P_E_REMOVE, P_LIST, P_SHOW, P_AUDIT, P_IMPORT, P_REPORT,
       P_PURGE, P_EXPORT };

/* Reads a personal identity number from standard input into line (n
 * bytes) and the key of st's database (refused when the key file is
 * missing or not the database's); the exit status on failure, else 0. */
static int read_pnr(struct cli *cli, struct store *st, char *line, size_t n, struct app_key *key)
{
	struct err err;

	if (isatty(STDIN_FILENO))
		fputs("Personnummer: ", stderr);
	if (!fgets(line, (int)n, stdin)) {
		cli_error("inget personnummer på standard in");
		return EXIT_BAD_INPUT;
	}
	line[strcspn(line, "\r\n")] = '\0';
	if (app_key_load(st, cli->db, 1, key, &err) < 0)
		return cli_fail(&err);
	return 0;
}

static int cmd_participant_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &participant_cmds[P_ADD];
	struct app_participant_fields f;
	int pnr_stdin = 0;
	const char *pos[1];
	char line[64] = "";
	struct app_key key;
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc;

	memset(&f, 0, sizeof(f));
	{
		const struct opt opts[] = { { "sex", 1, &f.sex, NULL }, { "born", 1, &f.born, NULL },
					    { "education", 1, &f.education, NULL },
					    { "pnr-stdin", 0, NULL, &pnr_stdin }, { 0 } };

		rc = cli_parse(c, argc, argv, opts, pos, 1, &n);
	}
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1 || !f.sex || !f.born)
		return cli_usage(c, "ange deltagarkoden, --sex och --born");
	f.code = pos[0];
	if (!cli->db)
		return cli_usage(c, "ingen databas angiven (--db FIL eller FINSAM_DB)");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	if (pnr_stdin) {
		rc = read_pnr(cli, st, line, sizeof(line), &key);
		if (rc) {
			app_close(st);
			memset(line, 0, sizeof(line));
			return rc;
		}
		f.pnr = line;
	}
	rc = app_participant_add(st, pnr_stdin ? &key : NULL, &f, &err);
	app_close(st);
	memset(line, 0, sizeof(line));
	memset(&key, 0, sizeof(key));
	if (rc < 0)
		return cli_fail(&err);
	printf("Lade till deltagaren %s.\n", f.code);
	return EXIT_OK;
}

static int cmd_participant_enrol(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &participant_cmds[P_ENROL];
	const char *insats = NULL, *date = NULL, *before = NULL, *time_in = NULL, *pos[1];
	int planned = 0, force = 0;
	const struct opt opts[] = { { "insats", 1, &insats, NULL }, { "date", 1, &date, NULL },
				    { "support-before", 1, &before, NULL },
				    { "time-in-support", 1, &time_in, NULL }, { "planned", 0, NULL, &planned },
				    { "force", 0, NULL, &force }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1 || !insats || !date)
		return cli_usage(c, "ange deltagarkoden, --insats och --date");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_participant_enrol(st, pos[0], insats, date, before, time_in,
				   (planned ? ENROLMENT_PLANNED : 0) | (force ? ENROLMENT_FORCE : 0), &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("%s är inskriven i %s från %s.\n", pos[0], insats, date);
	return EXIT_OK;
}

static int cmd_participant_exit(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &participant_cmds[P_EXIT];
	const char *insats = NULL, *date = NULL, *reason = NULL, *after = NULL, *pos[1];
	int planned = 0, undo = 0;
	const struct opt opts[] = { { "insats", 1, &insats, NULL }, { "date", 1, &date, NULL },
				    { "reason", 1, &reason, NULL }, { "support-after", 1, &after, NULL },
				    { "planned", 0, NULL, &planned }, { "undo", 0, NULL, &undo }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (undo && (n != 1 || !insats || date || reason || after || planned))
		return cli_usage(c, "--undo tar bara deltagarkoden och --insats");
	if (!undo && (n != 1 || !insats || !date || !reason))
		return cli_usage(c, "ange deltagarkoden, --insats, --date och --reason");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	if (undo)
		rc = app_participant_exit_undo(st, pos[0], insats, &err);
	else
		rc = app_participant_exit(st, pos[0], insats, date, reason, after, planned ? ENROLMENT_PLANNED : 0, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	if (undo)
		printf("Avslutet av %s i %s är ångrat: inskrivningen gäller igen.\n", pos[0], insats);
	else
		printf("%s är avslutad i %s %s.\n", pos[0], insats, date);
	return EXIT_OK;
}

static int cmd_participant_edit(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &participant_cmds[P_EDIT];
	struct app_participant_fields f;
	int pnr_stdin = 0, no_pnr = 0, force = 0;
	const char *pos[1];
	char line[64] = "";
	struct app_key key;
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc;

	memset(&f, 0, sizeof(f));
	memset(&key, 0, sizeof(key));
	{
		const struct opt opts[] = { { "code", 1, &f.code, NULL }, { "sex", 1, &f.sex, NULL },
					    { "born", 1, &f.born, NULL }, { "education", 1, &f.education, NULL },
					    { "pnr-stdin", 0, NULL, &pnr_stdin }, { "no-pnr", 0, NULL, &no_pnr },
					    { "force", 0, NULL, &force }, { 0 } };

		rc = cli_parse(c, argc, argv, opts, pos, 1, &n);
	}
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange deltagarkoden");
	if (!f.code && !f.sex && !f.born && !f.education && !pnr_stdin && !no_pnr)
		return cli_usage(c, "ange vad som ska ändras (--code, --sex, --born, --education, --pnr-stdin eller --no-pnr)");
	if (pnr_stdin && no_pnr)
		return cli_usage(c, "--pnr-stdin och --no-pnr går inte ihop");
	if (!cli->db)
		return cli_usage(c, "ingen databas angiven (--db FIL eller FINSAM_DB)");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	if (pnr_stdin) {
		rc = read_pnr(cli, st, line, sizeof(line), &key);
		if (rc) {
			app_close(st);
			memset(line, 0, sizeof(line));
			return rc;
		}
		f.pnr = line;
	}
	rc = app_participant_edit(st, pnr_stdin ? &key : NULL, pos[0], &f, no_pnr, force ? ENROLMENT_FORCE : 0, &err);
	app_close(st);
	memset(line, 0, sizeof(line));
	memset(&key, 0, sizeof(key));
	if (rc < 0)
		return cli_fail(&err);
	printf("Deltagaren %s är ändrad%s%s.\n", pos[0], f.code ? "; ny kod " : "", f.code ? f.code : "");
	return EXIT_OK;
}

static int cmd_participant_remove(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &participant_cmds[P_REMOVE];
	const char *pos[1];
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, NULL, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange deltagarkoden");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_participant_remove(st, pos[0], &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Deltagaren %s är borttagen med sina inskrivningar.\n", pos[0]);
	return EXIT_OK;
}

static int cmd_enrolment_edit(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &participant_cmds[P_E_EDIT];
	struct app_enrolment_fields f;
	const char *pos[1];
	int planned = 0, force = 0;
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc;

	memset(&f, 0, sizeof(f));
	{
		const struct opt opts[] = { { "insats", 1, &f.insats, NULL }, { "date", 1, &f.date, NULL },
					    { "support-before", 1, &f.support_before, NULL },
					    { "time-in-support", 1, &f.time_in_support, NULL },
					    { "exited", 1, &f.exited, NULL }, { "reason", 1, &f.reason, NULL },
					    { "support-after", 1, &f.support_after, NULL },
					    { "planned", 0, NULL, &planned }, { "force", 0, NULL, &force }, { 0 } };

		rc = cli_parse(c, argc, argv, opts, pos, 1, &n);
	}
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange inskrivningens id (se 'finsam participant show KOD')");
	if (!f.insats && !f.date && !f.support_before && !f.time_in_support && !f.exited && !f.reason &&
	    !f.support_after)
		return cli_usage(c, "ange vad som ska ändras");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_enrolment_edit(st, pos[0], &f, (planned ? ENROLMENT_PLANNED : 0) | (force ? ENROLMENT_FORCE : 0),
				&err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Inskrivning %s är ändrad.\n", pos[0]);
	return EXIT_OK;
}

static int cmd_enrolment_remove(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &participant_cmds[P_E_REMOVE];
	const char *pos[1];
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, NULL, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange inskrivningens id (se 'finsam participant show KOD')");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_enrolment_remove(st, pos[0], &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Inskrivning %s är borttagen.\n", pos[0]);
	return EXIT_OK;
}

static int show_doc(struct cli *cli, const struct cmd *c, int argc, char **argv, int which)
{
	const char *format = NULL, *pos[1];
	const struct opt opts[] = { { "format", 1, &format, NULL }, { 0 } };
	struct store *st = NULL;
	struct doc *d;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, which == P_SHOW ? 1 : 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (which == P_SHOW && n != 1)
		return cli_usage(c, "ange deltagarkoden");
	if (cli_early_checks(c, NULL, format) < 0)
		return EXIT_BAD_INPUT;
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	d = which == P_AUDIT ? app_report_audit(st, &err)
			     : app_report_participant(st, which == P_SHOW ? pos[0] : NULL, &err);
	return cli_finish_personal_doc(st, d, format, NULL, &err);
}

static int cmd_participant_list(struct cli *cli, int argc, char **argv)
{
	return show_doc(cli, &participant_cmds[P_LIST], argc, argv, P_LIST);
}

static int cmd_participant_show(struct cli *cli, int argc, char **argv)
{
	return show_doc(cli, &participant_cmds[P_SHOW], argc, argv, P_SHOW);
}

static int cmd_audit(struct cli *cli, int argc, char **argv)
{
	return show_doc(cli, &participant_cmds[P_AUDIT], argc, argv, P_AUDIT);
}

static int cmd_import_participants(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &participant_cmds[P_IMPORT];
	const char *pos[1];
	struct app_participant_import res;
	struct app_key key;
	struct store *st = NULL;
	struct err err;
	size_t n;
	int force = 0;
	const struct opt opts[] = { { "force", 0, NULL, &force }, { 0 } };
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange CSV-filen med deltagarna");
	if (!cli->db)
		return cli_usage(c, "ingen databas angiven (--db FIL eller FINSAM_DB)");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_key_load(st, cli->db, 1, &key, &err);
	if (rc == 0)
		rc = app_import_participants(st, &key, pos[0], force ? ENROLMENT_FORCE : 0, &res, &err);
	memset(&key, 0, sizeof(key));
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Läste in %ld nya deltagare och %ld inskrivningar från %s.\n", res.participants, res.enrolments,
	       pos[0]);
	return EXIT_OK;
}

static int cmd_report_participants(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &participant_cmds[P_REPORT];
	const char *year_s = NULL, *insats = NULL, *format = NULL, *out_path = NULL, *min_s = NULL, *pos[1];
	int unprotected = 0;
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "insats", 1, &insats, NULL },
				    { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
				    { "unprotected", 0, NULL, &unprotected }, { "min-cell", 1, &min_s, NULL },
				    { 0 } };
	struct store *st = NULL;
	struct doc *d;
	struct err err;
	size_t n;
	int year, threshold = 0, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s)
		return cli_usage(c, "ange året med --year");
	if (min_s) {
		char *end;

		threshold = (int)strtol(min_s, &end, 10);
		if (*end || end == min_s || threshold < 1)
			return cli_usage(c, "--min-cell ska vara ett heltal 1–100");
	}
	if (cli_early_checks(c, year_s, format) < 0)
		return EXIT_BAD_INPUT;
	cli_year(c, year_s, &year);
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	d = app_report_participants(st, year, insats, !unprotected, threshold, &err);
	return cli_finish_personal_doc(st, d, format, out_path, &err);
}

static int cmd_purge(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &participant_cmds[P_PURGE];
	const char *before = NULL, *pos[1];
	const struct opt opts[] = { { "exited-before", 1, &before, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	int64_t count = 0;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!before)
		return cli_usage(c, "ange --exited-before DATUM");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_participant_purge(st, before, &count, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("%lld deltagare som avslutades före %s är avidentifierade.\n", (long long)count, before);
	return EXIT_OK;
}

static int cmd_export_participant(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &participant_cmds[P_EXPORT];
	const char *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "o", 1, &out_path, NULL }, { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct doc *d;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange deltagarkoden");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	d = app_report_participant(st, pos[0], &err);
	return cli_finish_personal_doc(st, d, "json", out_path, &err);
}

const struct cmd participant_cmds[] = {
	[P_ADD] = { "participant", "add",
		    "participant add KOD --sex kvinna|man --born ÅR [--education U] [--pnr-stdin]",
		    "lägg till en deltagare",
		    "Lägger till en deltagare med förbundets egen kod. Personnummer läses från\n"
		    "standard in med --pnr-stdin (aldrig på kommandoraden); det kontrolleras\n"
		    "(datum, kontrollsiffra, samordningsnummer) och sparas bara som ett\n"
		    "nyckelat kontrollvärde, så att samma person i två insatser blir en\n"
		    "deltagare. Nyckeln ligger i filen DATABAS.key bredvid databasen.\n\n"
		    "Koden har 1–32 bokstäver, siffror, '-', '_' och '.'. Koderna ny, import,\n"
		    ". och .. är upptagna av webbsidornas adresser och kan inte användas.\n\n"
		    "Val:\n  --sex kvinna|man      kön\n  --born ÅR             födelseår\n"
		    "  --education U         förgymnasial, gymnasial, eftergymnasial eller okänd\n"
		    "  --pnr-stdin           läs personnumret från standard in\n",
		    cmd_participant_add },
	[P_EDIT] = { "participant", "edit",
		     "participant edit KOD [--code NY] [--sex K] [--born ÅR] [--education U] [--pnr-stdin|--no-pnr]",
		     "rätta en deltagares uppgifter",
		     "Rättar deltagarens uppgifter; det som inte anges behålls. Värdena prövas\n"
		     "som när deltagaren lades till. Ett nytt kön, födelseår eller utbildning\n"
		     "ändrar statistiken för varje år deltagaren varit inskriven, och vägras om\n"
		     "något av dem är stängt (årsredovisningen fastställd). Loggen får värdena\n"
		     "före och efter; personnumret bara som \"given\" eller \"none\".\n\n"
		     "Val:\n  --code NY             en ny deltagarkod\n  --sex kvinna|man      kön\n"
		     "  --born ÅR             födelseår\n"
		     "  --education U         förgymnasial, gymnasial, eftergymnasial eller okänd\n"
		     "  --pnr-stdin           läs ett nytt personnummer från standard in\n"
		     "  --no-pnr              glöm det personnummer som angetts\n"
		     "  --force               spara även om åldern hamnar utanför en insats målgrupp\n",
		     cmd_participant_edit },
	[P_REMOVE] = { "participant", "remove", "participant remove KOD",
		       "ta bort en deltagare med alla inskrivningar",
		       "Tar bort deltagaren och alla deltagarens inskrivningar, t.ex. en person\n"
		       "som registrerats av misstag. Vägras om en inskrivning hör till ett stängt\n"
		       "år. Loggen får deltagarens och varje inskrivnings värden.\n",
		       cmd_participant_remove },
	[P_ENROL] = { "participant", "enrol",
		      "participant enrol KOD --insats INSATS --date DATUM [--support-before F] [--time-in-support T]",
		      "skriv in en deltagare i en insats",
		      "Skriver in deltagaren i insatsen. Inskrivningsdagen ska ligga inom\n"
		      "insatsens deltagarperiod och inte efter i dag (utom med --planned), och\n"
		      "deltagarens ålder under året inom målgruppens åldrar (utom med --force).\n\n"
		      "Val:\n  --insats INSATS            insatsens id eller namn\n  --date DATUM               inskrivningsdag\n"
		      "  --support-before F         försörjning före, t.ex. försörjningsstöd, sjukpenning\n"
		      "  --time-in-support T        ingen, under 1 år, 1-2 år, 2-5 år eller över 5 år\n"
		      "  --planned                  en inskrivning som ännu inte skett (ett datum efter i dag)\n"
		      "  --force                    spara även om åldern är utanför målgruppens\n",
		      cmd_participant_enrol },
	[P_EXIT] = { "participant", "exit",
		     "participant exit KOD --insats INSATS (--date DATUM --reason ORSAK [--support-after F] | --undo)",
		     "avsluta en deltagare i en insats, eller ångra avslutet",
		     "Avslutar deltagarens inskrivning i insatsen. Avslutsdagen får inte ligga\n"
		     "före inskrivningen eller efter i dag (utom med --planned). Med --undo\n"
		     "ångras det senaste avslutet i insatsen: inskrivningen gäller igen. Ett\n"
		     "avslut rättas med 'participant enrolment edit ID --exited ...'.\n\n"
		     "Val:\n  --insats INSATS        insatsens id eller namn\n  --date DATUM           avslutsdag\n"
		     "  --reason ORSAK         arbete, studier, arbete och studier, annan insats, flyttat,\n"
		     "                         avbrutit, sjukdom, åldersgräns eller övrigt\n"
		     "  --support-after F      försörjning efter\n"
		     "  --planned              ett avslut som ännu inte skett (ett datum efter i dag)\n"
		     "  --undo                 ångra det senaste avslutet\n",
		     cmd_participant_exit },
	[P_E_EDIT] = { "participant", "enrolment edit",
		       "participant enrolment edit ID [--insats I] [--date D] [--support-before F] [--time-in-support T] "
		       "[--exited D --reason R --support-after F]",
		       "rätta en inskrivning eller dess avslut",
		       "Rättar inskrivningen med id ID (kolumnen Id i 'participant show KOD'); det\n"
		       "som inte anges behålls. Med --exited får en öppen inskrivning ett avslut,\n"
		       "eller ett avslut ett nytt datum. Reglerna är desamma som när\n"
		       "deltagaren skrevs in och avslutades, och en ändring som rör ett stängt år\n"
		       "vägras. Loggen får värdena före och efter.\n\n"
		       "Val:\n  --insats INSATS        insatsens id eller namn\n  --date DATUM           inskrivningsdag\n"
		       "  --support-before F     försörjning före\n  --time-in-support T    tid i försörjning\n"
		       "  --exited DATUM         avslutsdag\n  --reason ORSAK         avslutsorsak\n"
		       "  --support-after F      försörjning efter\n"
		       "  --planned              datum efter i dag är planerade\n"
		       "  --force                spara även om åldern är utanför målgruppens\n",
		       cmd_enrolment_edit },
	[P_E_REMOVE] = { "participant", "enrolment remove", "participant enrolment remove ID",
			 "ta bort en inskrivning",
			 "Tar bort inskrivningen med id ID (kolumnen Id i 'participant show KOD'),\n"
			 "t.ex. en inskrivning i fel insats. Vägras om den hör till ett stängt år.\n"
			 "Loggen får dess värden.\n",
			 cmd_enrolment_remove },
	[P_LIST] = { "participant", "list", "participant list [--format F]", "visa deltagarna",
		     "Visar deltagarna med kod, kön, födelseår, utbildning och antal inskrivningar.\n",
		     cmd_participant_list },
	[P_SHOW] = { "participant", "show", "participant show KOD [--format F]",
		     "visa allt som finns om en deltagare",
		     "Visar allt som finns sparat om deltagaren, med alla inskrivningar och\n"
		     "deras id (för 'participant enrolment edit|remove ID').\n",
		     cmd_participant_show },
	[P_AUDIT] = { "audit", NULL, "audit [--format F]", "logg över ändringar av deltagaruppgifter",
		      "Visar loggen över varje ändring av deltagaruppgifter: när, vem, vad och\n"
		      "vilken deltagare, och för varje rättelse eller borttagning posten och dess\n"
		      "värden före och efter (i --format json nycklarna record, before och after).\n"
		      "Ett personnummer finns aldrig med. Loggen kan inte ändras eller tömmas.\n",
		      cmd_audit },
	[P_IMPORT] = { "import", "participants", "import participants FIL [--force]",
		       "läs in en deltagarlista (CSV)",
		       "Läser in en deltagarlista som personalen för den, en rad per inskrivning:\n"
		       "CSV i UTF-8 eller Windows-1252, semikolon eller komma, en rubrikrad med\n"
		       "kolumnerna deltagare, personnummer (frivillig), insats, kön, födelseår,\n"
		       "utbildning, inskriven, försörjning före, tid i försörjning, avslutad,\n"
		       "avslutsorsak och försörjning efter, i valfri ordning. Varje rad prövas;\n"
		       "alla fel listas med radnummer och orsak, och då sparas ingenting.\n"
		       "Raderna prövas som 'participant enrol' och 'participant exit': inga datum\n"
		       "efter i dag, inget avslut före inskrivningen, inskrivningen inom\n"
		       "insatsens deltagarperiod och åldern inom målgruppens (utom med --force).\n"
		       "Personnummer sparas bara som kontrollvärden.\n\n"
		       "Val:\n  --force    spara även rader där åldern är utanför målgruppens\n",
		       cmd_import_participants },
	[P_REPORT] = { "report", "participants",
		       "report participants --year ÅR [--insats INSATS] [--format F] [--unprotected]",
		       "deltagarstatistik, skyddad mot små grupper",
		       "Visar deltagarstatistiken för ÅR (för en insats eller alla): inskrivna,\n"
		       "nya, avslutade och avslutade till arbete eller studier, per kön och ålder\n"
		       "(16–29 och 30 år och äldre, och åldersgrupperna 16–19, 20–24, 25–29,\n"
		       "30–39, 40–49 och 50–64; unga räknas från den ålder som inställningen\n"
		       "young-from anger, till exempel 15), andel till arbete eller studier, genomsnittlig\n"
		       "tid i insatsen, fördelningar av utbildning, tid i försörjning,\n"
		       "försörjning före och efter och avslutsorsak, och anonyma deltagare.\n\n"
		       "Grupper med 1–4 personer visas som <5, och fler uppgifter döljs (x) så\n"
		       "att de inte kan räknas fram ur summorna. Gränsen är inställningen\n"
		       "min-cell (se 'finsam setting list'). --unprotected visar allt, bara\n"
		       "för förbundets administratörer.\n\n"
		       "Val:\n  --year ÅR        året\n  --insats INSATS  en insats (id eller namn)\n"
		       "  --format F       " CLI_FORMATS "\n"
		       "  -o FIL           skriv till FIL (läsbar bara för dig)\n"
		       "  --min-cell N     minsta grupp som visas (standard: inställningen\n"
		       "                   min-cell; kan höjas men inte sänkas)\n"
		       "  --unprotected    visa små grupper (bara för administratörer)\n",
		       cmd_report_participants },
	[P_PURGE] = { "purge", NULL, "purge --exited-before DATUM",
		      "avidentifiera deltagare som slutat",
		      "Tar bort det som identifierar deltagare vars alla inskrivningar avslutades\n"
		      "före DATUM: koden ersätts av anonym-NNN och kontrollvärdet för\n"
		      "personnumret tas bort. Kön, födelseår, utbildning och inskrivningarna\n"
		      "finns kvar, så att statistiken för varje år blir exakt densamma.\n",
		      cmd_purge },
	[P_EXPORT] = { "export", "participant", "export participant KOD [-o FIL]",
		       "allt om en deltagare som JSON (registerutdrag)",
		       "Skriver allt som finns sparat om deltagaren, med alla inskrivningar, som\n"
		       "JSON: underlaget för ett registerutdrag enligt dataskyddsförordningen.\n"
		       "Personnumret finns aldrig med, eftersom det inte sparas.\n\n"
		       "Val:\n  -o FIL   skriv till FIL; filen blir läsbar bara för dig (rättighet 0600)\n",
		       cmd_export_participant },
	{ NULL, NULL, NULL, NULL, NULL, NULL }
};
