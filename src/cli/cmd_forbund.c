/*
 * cmd_forbund.c: the host's administrator's commands, on a PostgreSQL
 * database holding many förbund: forbund add and forbund list. They work
 * on the host's register (--db without a förbund), never inside a
 * förbund's records; each förbund's own users do that, with --forbund.
 */
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"

enum { F_ADD, F_LIST };

static int need_host(const struct cmd *c, const struct cli *cli)
{
	if (!cli->host)
		return cli_usage(c, "ingen databas angiven (--db postgresql://… eller FINSAM_DB)");
	return 0;
}

static int cmd_forbund_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &forbund_cmds[F_ADD];
	const char *title = NULL, *orgnr = NULL, *region = NULL, *host = NULL, *user = NULL, *pos[1];
	const char *hosts[FORBUND_HOSTS_MAX];
	const struct opt opts[] = { { "name", 1, &title, NULL }, { "orgnr", 1, &orgnr, NULL },
				    { "region", 1, &region, NULL }, { "host", 1, &host, NULL },
				    { "user", 1, &user, NULL }, { 0 } };
	struct app_forbund_new nf;
	char pw[PASSWORD_MAX + 2];
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	memset(&nf, 0, sizeof(nf));
	if (cli_many(c, argc, argv, opts, "host", hosts, FORBUND_HOSTS_MAX, &nf.n_hosts) < 0)
		return EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange förbundets namn på värden");
	if (!title || !orgnr || !user)
		return cli_usage(c, "ange --name, --orgnr och --user");
	if (need_host(c, cli))
		return EXIT_BAD_INPUT;
	if (forbund_name_check(pos[0], &err) < 0 || user_name_check(user, &err) < 0)
		return cli_usage(c, err.msg);
	nf.name = pos[0];
	nf.title = title;
	nf.orgnr = orgnr;
	nf.region = region;
	nf.hosts = hosts;
	nf.user = user;
	if (cli_read_password(pw, sizeof(pw)) < 0)
		return EXIT_BAD_INPUT;
	nf.password = pw;
	rc = app_forbund_add(cli->host, &nf, &err);
	memset(pw, 0, sizeof(pw));
	if (rc < 0)
		return cli_fail(&err);
	printf("Lade till förbundet %s med administratören %s.\n", pos[0], user);
	return EXIT_OK;
}

static int cmd_forbund_list(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &forbund_cmds[F_LIST];
	const char *format = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
				    { "output", 1, &out_path, NULL }, { 0 } };
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (need_host(c, cli) || cli_early_checks(c, NULL, format) < 0)
		return EXIT_BAD_INPUT;
	return cli_finish_doc(NULL, app_report_forbund(cli->host, &err), format, out_path, &err);
}

const struct cmd forbund_cmds[] = {
	[F_ADD] = { "forbund", "add",
		    "forbund add NAMN --name NAMN --orgnr NR --user ANVÄNDARE [--host VÄRDNAMN]... [--region REGION]",
		    "lägg till ett förbund på en värd med flera förbund",
		    "Lägger till ett förbund på en värd: en PostgreSQL-databas (--db) med flera\n"
		    "förbund, vart och ett för sig. Förbundet får ett eget schema i databasen, en\n"
		    "egen nyckel för deltagarregistret (NAMN.key i mappen FINSAM_KEY_DIR) och sin\n"
		    "första användare, en administratör, vars lösenord frågas efter som vid\n"
		    "'finsam user add'. Värdens register görs första gången. Allt eller inget: går\n"
		    "något fel tas det som hunnit göras bort.\n\n"
		    "NAMN är förbundets namn på värden: 2–40 tecken a–z, 0–9 och '-' (till exempel\n"
		    "kalmar-lan). Förbundets användare arbetar sedan med --forbund NAMN (eller\n"
		    "FINSAM_FORBUND), och webbsidorna visar förbundet på dess värdnamn.\n\n"
		    "Val:\n"
		    "  --name NAMN       förbundets namn, som i rapporterna\n"
		    "  --orgnr NR        förbundets organisationsnummer\n"
		    "  --user ANVÄNDARE  den första användaren (administratör)\n"
		    "  --host VÄRDNAMN   ett värdnamn webbsidorna visar förbundet på\n"
		    "                    (till exempel kalmar.finsam.example); kan upprepas\n"
		    "  --region REGION   regionen förbundet hör till i den nationella uppföljningen\n",
		    cmd_forbund_add },
	[F_LIST] = { "forbund", "list", "forbund list [--format F] [-o FIL]", "visa förbunden på värden",
		     "Visar förbunden på värden (--db): namnet på värden, förbundets namn och\n"
		     "organisationsnummer, regionen, värdnamnen och när det lades till.\n\n"
		     "Val:\n"
		     "  --format F   " CLI_FORMATS "\n"
		     "  -o FIL       skriv till FIL\n",
		     cmd_forbund_list },
	{ 0 }
};
