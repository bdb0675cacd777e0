/*
 * cmd_serve.c: 'finsam serve', the web pages of the database on an
 * address, until Ctrl-C (SIGINT) or SIGTERM.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "cli/cli.h"
#include "main/serve.h"
#include "web/web.h"

static int cmd_serve(struct cli *cli, int argc, char **argv);

const struct cmd serve_cmds[] = {
	{ "serve", NULL, "serve [--listen ADRESS:PORT] [--threads N] [--idle-minutes M] [--secure-cookies] [--behind-proxy]",
	  "visa webbsidorna: inloggning, översikt, deltagare och rapporter",
	  "Startar finsams webbserver för databasen. Sidorna kräver inloggning med en\n"
	  "användare från 'finsam user add'; rollen avgör vad hen ser och får göra.\n"
	  "Servern körs tills den får Ctrl-C (SIGINT) eller SIGTERM; pågående\n"
	  "förfrågningar görs klara först.\n\n"
	  "På en värd med flera förbund (en PostgreSQL-databas från 'finsam forbund add',\n"
	  "--db utan förbund) visas varje förbund på sina värdnamn, med sina egna\n"
	  "användare och sin nyckel ur FINSAM_KEY_DIR; andra värdnamn ger 404. Med\n"
	  "--forbund NAMN visas bara det förbundet, på alla värdnamn.\n\n"
	  "Val:\n"
	  "  --listen ADRESS:PORT   var servern lyssnar (standard 127.0.0.1:8080; [::1]:8080\n"
	  "                         för IPv6). Lyssna bara på 127.0.0.1 och låt en omvänd\n"
	  "                         proxy med https (nginx, Caddy) ta emot trafik utifrån.\n"
	  "  --threads N            arbetstrådar, 2–16 (standard 4)\n"
	  "  --idle-minutes M       en inloggning utan aktivitet går ut efter M minuter\n"
	  "                         (standard 30; högst 12 timmar efter inloggningen)\n"
	  "  --secure-cookies       märk inloggningskakan Secure: webbläsaren skickar den\n"
	  "                         bara över https (använd bakom en https-proxy)\n"
	  "  --behind-proxy         ta klientens adress ur X-Forwarded-For (för spärren mot\n"
	  "                         upprepade felaktiga inloggningar); bara bakom en proxy\n"
	  "  --quiet                skriv ingen rad per förfrågan på standard fel\n\n"
	  "Se docs/operations.md om drift, roller, kakor och säkerhetshuvuden.\n",
	  cmd_serve },
	{ 0 }
};

static int cmd_serve(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &serve_cmds[0];
	const char *listen = NULL, *threads = NULL, *idle = NULL, *pos[1];
	int secure = 0, proxy = 0, quiet = 0;
	const struct opt opts[] = { { "listen", 1, &listen, NULL }, { "threads", 1, &threads, NULL },
				    { "idle-minutes", 1, &idle, NULL }, { "secure-cookies", 0, NULL, &secure },
				    { "behind-proxy", 0, NULL, &proxy }, { "quiet", 0, NULL, &quiet }, { 0 } };
	struct web_config cfg;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 0, &n);
	char *end;

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!cli->db)
		return cli_usage(c, "ingen databas angiven (--db FIL eller FINSAM_DB)");
	memset(&cfg, 0, sizeof(cfg));
	cfg.db = cli->db;
	cfg.listen = listen;
	cfg.secure_cookies = secure;
	cfg.behind_proxy = proxy;
	cfg.quiet = quiet;
	if (threads) {
		long v = strtol(threads, &end, 10);

		if (*end || v < 2 || v > 16)
			return cli_usage(c, "--threads ska vara 2–16");
		cfg.threads = (int)v;
	}
	if (idle) {
		long v = strtol(idle, &end, 10);

		if (*end || v < 1 || v > 720)
			return cli_usage(c, "--idle-minutes ska vara 1–720");
		cfg.idle_minutes = (int)v;
	}
	if (web_serve(&cfg, &err) < 0)
		return cli_fail(&err);
	return EXIT_OK;
}
