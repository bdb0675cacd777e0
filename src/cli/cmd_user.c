/*
 * cmd_user.c: the commands that manage the users of the web pages: user
 * add, passwd, list, disable, enable and edit. A password is never an argument (shell
 * histories and process lists would keep it): it is asked for on the
 * terminal without echo, twice, or read as one line from standard input
 * when that is not a terminal, so that scripts can create users.
 */
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"

enum { U_ADD, U_PASSWD, U_LIST, U_DISABLE, U_ENABLE, U_EDIT };

static int cmd_user_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &user_cmds[U_ADD];
	const char *role = NULL, *insats = NULL, *pos[1], *insatser[USER_INSATS_MAX];
	size_t n_insatser = 0, n;
	const struct opt opts[] = { { "role", 1, &role, NULL }, { "insats", 1, &insats, NULL }, { 0 } };
	char pw[PASSWORD_MAX + 2];
	struct store *st = NULL;
	struct err err;
	enum role r;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (cli_many(c, argc, argv, opts, "insats", insatser, USER_INSATS_MAX, &n_insatser) < 0)
		return EXIT_BAD_INPUT;
	if (n != 1 || !role)
		return cli_usage(c, "ange användarnamnet och --role");
	if (role_parse(role, &r, &err) < 0 || user_name_check(pos[0], &err) < 0)
		return cli_usage(c, err.msg);
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	if (cli_read_password(pw, sizeof(pw)) < 0) {
		app_close(st);
		return EXIT_BAD_INPUT;
	}
	rc = app_user_add(st, pos[0], role, insatser, n_insatser, pw, &err);
	memset(pw, 0, sizeof(pw));
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Lade till användaren %s (%s).\n", pos[0], role_label(r));
	return EXIT_OK;
}

static int cmd_user_passwd(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &user_cmds[U_PASSWD];
	const char *pos[1];
	char pw[PASSWORD_MAX + 2];
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, NULL, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange användarnamnet");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	if (cli_read_password(pw, sizeof(pw)) < 0) {
		app_close(st);
		return EXIT_BAD_INPUT;
	}
	rc = app_user_passwd(st, pos[0], pw, &err);
	memset(pw, 0, sizeof(pw));
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Nytt lösenord för %s; användarens inloggningar är avslutade.\n", pos[0]);
	return EXIT_OK;
}

static int cmd_user_list(struct cli *cli, int argc, char **argv)
{
	return cli_doc_command(cli, &user_cmds[U_LIST], argc, argv, app_report_users);
}

static int cmd_user_disable(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &user_cmds[U_DISABLE];
	const char *pos[1];
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, NULL, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange användarnamnet");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_user_disable(st, pos[0], &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Användaren %s är avstängd och utloggad.\n", pos[0]);
	return EXIT_OK;
}

static int cmd_user_enable(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &user_cmds[U_ENABLE];
	const char *pos[1];
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, NULL, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange användarnamnet");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_user_enable(st, pos[0], &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Användaren %s kan logga in igen.\n", pos[0]);
	return EXIT_OK;
}

static int cmd_user_edit(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &user_cmds[U_EDIT];
	const char *role = NULL, *insats = NULL, *pos[1], *insatser[USER_INSATS_MAX];
	size_t n_insatser = 0, n;
	const struct opt opts[] = { { "role", 1, &role, NULL }, { "insats", 1, &insats, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (cli_many(c, argc, argv, opts, "insats", insatser, USER_INSATS_MAX, &n_insatser) < 0)
		return EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange användarnamnet");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_user_edit(st, pos[0], role, insatser, n_insatser, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Användaren %s är ändrad.\n", pos[0]);
	return EXIT_OK;
}

const struct cmd user_cmds[] = {
	[U_ADD] = { "user", "add", "user add NAMN --role admin|registrar|board|auditor [--insats INSATS]...",
		    "lägg till en användare av webbsidorna",
		    "Lägger till en användare av webbsidorna (finsam serve). Lösenordet frågas\n"
		    "efter på terminalen (två gånger, utan eko) eller läses som en rad från\n"
		    "standard in när den inte är en terminal. Det ska ha minst 10 tecken och\n"
		    "inte vara lätt att gissa; det sparas bara som ett Argon2id-kontrollvärde.\n\n"
		    "Roller:\n"
		    "  admin        administratör: allt\n"
		    "  registrar    registrerare: deltagarna i de egna insatserna, inget annat\n"
		    "               om personer (ange insatserna med --insats)\n"
		    "  board        styrelse: dokument och skyddad statistik, aldrig personuppgifter\n"
		    "  auditor      revisor: läser allt, också loggen, men ändrar inget\n\n"
		    "Val:\n  --role ROLL          rollen\n"
		    "  --insats INSATS      en registrerares insats (id eller namn); kan upprepas\n"
		    "                       eller ges som en lista med kommatecken\n",
		    cmd_user_add },
	[U_PASSWD] = { "user", "passwd", "user passwd NAMN", "byt en användares lösenord",
		       "Byter användarens lösenord (frågas efter som vid 'user add') och avslutar\n"
		       "användarens alla inloggningar.\n",
		       cmd_user_passwd },
	[U_LIST] = { "user", "list", "user list [--format F]", "visa användarna",
		     "Visar användarna med roll, insatser och om de är avstängda.\n\n"
		     "Val:\n  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		     cmd_user_list },
	[U_DISABLE] = { "user", "disable", "user disable NAMN", "stäng av en användare",
			"Stänger av användaren: hen kan inte logga in, och pågående inloggningar\n"
			"avslutas. Användaren finns kvar i loggen.\n",
			cmd_user_disable },
	[U_ENABLE] = { "user", "enable", "user enable NAMN", "slå på en avstängd användare igen",
		       "Slår på en avstängd användare igen, så att hen kan logga in.\n",
		       cmd_user_enable },
	[U_EDIT] = { "user", "edit", "user edit NAMN [--role ROLL] [--insats INSATS]...",
		     "ändra en användares roll och insatser",
		     "Ger användaren en ny roll (utan --role behålls den) och insatserna i\n"
		     "--insats i stället för dem hen hade, med samma regler som 'user add': en\n"
		     "registrerare har minst en insats, de andra rollerna ingen. Förbundet har\n"
		     "alltid minst en aktiv administratör.\n\n"
		     "Val:\n  --role ROLL          admin, registrar, board eller auditor\n"
		     "  --insats INSATS      en registrerares insats (id eller namn); kan upprepas\n",
		     cmd_user_edit },
	{ 0 }
};
