/*
 * cmd_region.c: the host's administrator's commands for the readers of
 * the summed national follow-up: region user add, list, disable, enable
 * and password, region host add and list, and region audit, the host's
 * audit log; the host names the web shows the region
 * pages on. They work on the host's register (--db without a förbund),
 * never in a förbund; a file or a förbund is refused.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"

enum { R_USER_ADD, R_USER_LIST, R_USER_DISABLE, R_USER_ENABLE, R_USER_PASSWORD, R_HOST_ADD, R_HOST_LIST, R_AUDIT };

static int need_host(const struct cmd *c, const struct cli *cli)
{
	if (!cli->host)
		return cli_usage(c, "ingen databas angiven (--db postgresql://… eller FINSAM_DB)");
	if (cli->forbund)
		return cli_usage(c, "regionernas användare och värdnamn kräver en värd: ange databasen utan förbund "
				    "(inget --forbund eller '#NAMN')");
	return 0;
}

/* Exactly one of --region R and --all. */
static int need_scope(const struct cmd *c, const char *region, int all)
{
	if (region && all)
		return cli_usage(c, "ange antingen --region eller --all, inte båda");
	if (!region && !all)
		return cli_usage(c, "ange --region REGION eller --all");
	return 0;
}

/* Parses a command on one name on the host (missing: what to say when
 * there is none) into *name: 0, or -1 with the exit status in *status. */
static int parse_named(struct cli *cli, const struct cmd *c, int argc, char **argv, const struct opt *opts,
		       const char *missing, const char **name, int *status)
{
	if (cli_parse_one(c, argc, argv, opts, missing, name, status) < 0)
		return -1;
	if (need_host(c, cli)) {
		*status = EXIT_BAD_INPUT;
		return -1;
	}
	return 0;
}

static int cmd_region_user_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &region_cmds[R_USER_ADD];
	const char *region = NULL, *name;
	int all = 0, rc;
	const struct opt opts[] = { { "region", 1, &region, NULL }, { "all", 0, NULL, &all }, { 0 } };
	char pw[PASSWORD_MAX + 2];
	struct err err;

	if (parse_named(cli, c, argc, argv, opts, "ange användarnamnet", &name, &rc) < 0)
		return rc;
	if (need_scope(c, region, all))
		return EXIT_BAD_INPUT;
	if (user_name_check(name, &err) < 0)
		return cli_usage(c, err.msg);
	if (cli_read_password(pw, sizeof(pw)) < 0)
		return EXIT_BAD_INPUT;
	rc = app_region_user_add(cli->host, name, region, all, pw, &err);
	memset(pw, 0, sizeof(pw));
	if (rc < 0)
		return cli_fail(&err);
	printf("Lade till regionanvändaren %s (%s), som läser %s.\n", name, REGION_ROLE,
	       all ? "alla förbund på värden" : region);
	return EXIT_OK;
}

/* region user disable, enable and password: a change of one user. */
static int user_change(struct cli *cli, int which, int argc, char **argv)
{
	const struct cmd *c = &region_cmds[which];
	const char *name;
	char pw[PASSWORD_MAX + 2];
	struct err err;
	int rc;

	if (parse_named(cli, c, argc, argv, NULL, "ange användarnamnet", &name, &rc) < 0)
		return rc;
	if (which == R_USER_PASSWORD) {
		if (cli_read_password(pw, sizeof(pw)) < 0)
			return EXIT_BAD_INPUT;
		rc = app_region_user_password(cli->host, name, pw, &err);
		memset(pw, 0, sizeof(pw));
	} else {
		rc = which == R_USER_DISABLE ? app_region_user_disable(cli->host, name, &err)
					     : app_region_user_enable(cli->host, name, &err);
	}
	if (rc < 0)
		return cli_fail(&err);
	if (which == R_USER_DISABLE)
		printf("Regionanvändaren %s är avstängd och utloggad.\n", name);
	else if (which == R_USER_ENABLE)
		printf("Regionanvändaren %s kan logga in igen.\n", name);
	else
		printf("Nytt lösenord för regionanvändaren %s; hens inloggningar är avslutade.\n", name);
	return EXIT_OK;
}

static int cmd_region_user_disable(struct cli *cli, int argc, char **argv)
{
	return user_change(cli, R_USER_DISABLE, argc, argv);
}

static int cmd_region_user_enable(struct cli *cli, int argc, char **argv)
{
	return user_change(cli, R_USER_ENABLE, argc, argv);
}

static int cmd_region_user_password(struct cli *cli, int argc, char **argv)
{
	return user_change(cli, R_USER_PASSWORD, argc, argv);
}

static int cmd_region_host_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &region_cmds[R_HOST_ADD];
	const char *region = NULL, *name;
	int all = 0, rc;
	const struct opt opts[] = { { "region", 1, &region, NULL }, { "all", 0, NULL, &all }, { 0 } };
	struct err err;

	if (parse_named(cli, c, argc, argv, opts, "ange värdnamnet", &name, &rc) < 0)
		return rc;
	if (need_scope(c, region, all))
		return EXIT_BAD_INPUT;
	if (app_region_host_add(cli->host, name, region, all, &err) < 0)
		return cli_fail(&err);
	printf("Regionsidorna visas nu på %s (%s).\n", name, all ? "alla förbund på värden" : region);
	return EXIT_OK;
}

/* region user list, host list and audit: a table of the host's, in a
 * format; the audit log takes --limit too. */
static int list(struct cli *cli, int which, int argc, char **argv)
{
	const struct cmd *c = &region_cmds[which];
	const char *format = NULL, *out_path = NULL, *limit_s = NULL, *pos[1];
	struct opt opts[] = { { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
			      { "output", 1, &out_path, NULL }, { "limit", 1, &limit_s, NULL }, { 0 } };
	struct doc *d;
	struct err err;
	long long limit = 0;
	size_t n;
	int rc;

	if (which != R_AUDIT)
		memset(&opts[3], 0, sizeof(opts[3]));
	rc = cli_parse(c, argc, argv, opts, pos, 0, &n);
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (limit_s) {
		char *end;

		errno = 0;
		limit = strtoll(limit_s, &end, 10);
		if (errno || end == limit_s || *end || limit < 1 || limit > 1000000)
			return cli_usage(c, "--limit ska vara ett antal rader, 1–1000000");
	}
	if (need_host(c, cli) || cli_early_checks(c, NULL, format) < 0)
		return EXIT_BAD_INPUT;
	if (which == R_USER_LIST)
		d = app_report_region_users(cli->host, &err);
	else if (which == R_HOST_LIST)
		d = app_report_region_hosts(cli->host, &err);
	else
		d = app_report_host_audit(cli->host, limit, &err);
	return cli_finish_doc(NULL, d, format, out_path, &err);
}

static int cmd_region_user_list(struct cli *cli, int argc, char **argv)
{
	return list(cli, R_USER_LIST, argc, argv);
}

static int cmd_region_host_list(struct cli *cli, int argc, char **argv)
{
	return list(cli, R_HOST_LIST, argc, argv);
}

static int cmd_region_audit(struct cli *cli, int argc, char **argv)
{
	return list(cli, R_AUDIT, argc, argv);
}

const struct cmd region_cmds[] = {
	[R_USER_ADD] = { "region", "user add", "region user add NAMN (--region REGION | --all)",
			 "lägg till en regionanvändare på värden",
			 "Lägger till en användare på värden (--db, en PostgreSQL-databas med flera\n"
			 "förbund) med rollen region. En regionanvändare hör inte till något förbund:\n"
			 "hen loggar in på regionsidornas värdnamn ('finsam region host add') och läser\n"
			 "den nationella uppföljningen summerad över förbunden i en region, eller över\n"
			 "alla förbund på värden, men inget av förbundens egna uppgifter. Lösenordet\n"
			 "frågas efter som vid 'finsam user add' (en rad på standard in i ett skript).\n\n"
			 "NAMN är användarnamnet: 2–63 tecken a–z, A–Z, 0–9, '.', '_', '-' och '@'.\n\n"
			 "Val:\n"
			 "  --region REGION   användaren läser regionens förbund (regionen som\n"
			 "                    'finsam forbund add --region' gav dem)\n"
			 "  --all             användaren läser alla förbund på värden\n",
			 cmd_region_user_add },
	[R_USER_LIST] = { "region", "user list", "region user list [--format F] [-o FIL]",
			  "visa värdens regionanvändare",
			  "Visar värdens regionanvändare: namnet, rollen, regionen de läser (eller alla\n"
			  "förbund), om de är avstängda och när de lades till.\n\n"
			  "Val:\n"
			  "  --format F   " CLI_FORMATS "\n"
			  "  -o FIL       skriv till FIL\n",
			  cmd_region_user_list },
	[R_USER_DISABLE] = { "region", "user disable", "region user disable NAMN",
			     "stäng av en regionanvändare",
			     "Stänger av regionanvändaren: hen kan inte logga in, och pågående\n"
			     "inloggningar avslutas. Användaren finns kvar i värdens logg.\n",
			     cmd_region_user_disable },
	[R_USER_ENABLE] = { "region", "user enable", "region user enable NAMN",
			    "slå på en avstängd regionanvändare igen",
			    "Slår på en avstängd regionanvändare igen ('finsam region user disable'), så\n"
			    "att hen kan logga in. Ändringen skrivs i värdens logg.\n",
			    cmd_region_user_enable },
	[R_USER_PASSWORD] = { "region", "user password", "region user password NAMN",
			      "byt en regionanvändares lösenord",
			      "Ger regionanvändaren ett nytt lösenord, med samma regler som 'finsam user\n"
			      "add': det frågas efter två gånger utan eko, eller läses som en rad från\n"
			      "standard in i ett skript. Användarens alla inloggningar avslutas och de\n"
			      "misslyckade inloggningsförsöken glöms. Ändringen skrivs i värdens logg.\n",
			      cmd_region_user_password },
	[R_HOST_ADD] = { "region", "host add", "region host add VÄRDNAMN (--region REGION | --all)",
			 "visa regionsidorna på ett värdnamn",
			 "Lägger till ett värdnamn som 'finsam serve' visar regionsidorna på: inloggningen\n"
			 "för regionanvändare och den nationella uppföljningen summerad över regionens\n"
			 "förbund (--region) eller alla förbund på värden (--all). Där loggar bara de\n"
			 "regionanvändare in som läser just det: regionens egna, eller de som läser\n"
			 "alla förbund. Ett värdnamn som ett förbund har kan inte också vara\n"
			 "regionsidornas.\n\n"
			 "Val:\n"
			 "  --region REGION   sidorna visar regionens förbund\n"
			 "  --all             sidorna visar alla förbund på värden\n",
			 cmd_region_host_add },
	[R_HOST_LIST] = { "region", "host list", "region host list [--format F] [-o FIL]",
			  "visa regionsidornas värdnamn",
			  "Visar värdnamnen som regionsidorna visas på, med regionen (eller alla\n"
			  "förbund) och när de lades till.\n\n"
			  "Val:\n"
			  "  --format F   " CLI_FORMATS "\n"
			  "  -o FIL       skriv till FIL\n",
			  cmd_region_host_list },
	[R_AUDIT] = { "region", "audit", "region audit [--limit N] [--format F] [-o FIL]",
		      "visa värdens logg",
		      "Visar värdens logg, för värdens administratör: varje 'finsam forbund add'\n"
		      "(och 'migrate' till värden) och varje ändring av regionanvändarna och\n"
		      "regionsidornas värdnamn, med numret, tiden (UTC), vem som gjorde den, vad\n"
		      "och detaljerna, äldst först. Förbundens egna loggar visar 'finsam audit'.\n"
		      "Loggen kan inte ändras eller tömmas.\n\n"
		      "Val:\n"
		      "  --limit N    bara de N senaste raderna\n"
		      "  --format F   " CLI_FORMATS "\n"
		      "  -o FIL       skriv till FIL\n",
		      cmd_region_audit },
	{ 0 }
};
