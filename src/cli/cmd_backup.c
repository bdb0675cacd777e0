/*
 * cmd_backup.c: backup, restore and verify-backup: a copy of the database
 * and its key, taken while the server may run, brought back, and proven;
 * and migrate, the förbund moved whole into another store.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"
#include "doc/doc.h"

enum { B_BACKUP, B_RESTORE, B_VERIFY, B_MIGRATE };

/* Databases of this many pages and more (64 MB of 8 kB pages) have their
 * copying told on stderr, every tenth. */
#define PROGRESS_PAGES 8192L

struct progress {
	const char *what;
	int shown;            /* the last tenth told */
};

static void on_pages(void *ctx, long done, long total)
{
	struct progress *p = ctx;
	int tenth = total > 0 ? (int)(done * 10 / total) : 10;

	if (total < PROGRESS_PAGES || tenth <= p->shown)
		return;
	p->shown = tenth;
	fprintf(stderr, "finsam: %s: %d %% (%ld av %ld sidor)\n", p->what, tenth * 10, done, total);
}

static int cmd_backup(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &backup_cmds[B_BACKUP];
	const char *out = NULL, *pos[1];
	const struct opt opts[] = { { "o", 1, &out, NULL }, { "output", 1, &out, NULL }, { 0 } };
	struct progress p = { "kopierar databasen", 0 };
	struct err err;
	size_t n;
	int with_key, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!out || !*out)
		return cli_usage(c, "ange säkerhetskopians fil med -o FIL");
	if (!cli->db)
		return cli_usage(c, "ingen databas angiven (--db FIL eller FINSAM_DB)");
	if (app_backup(cli->db, out, on_pages, &p, &with_key, &err) < 0)
		return cli_fail(&err);
	if (with_key)
		printf("Säkerhetskopian av %s finns i %s och dess nyckel i %s.key. Förvara dem åtskilda.\n", cli->db,
		       out, out);
	else
		printf("Säkerhetskopian av %s finns i %s (databasen har inga personnummer och ingen nyckel).\n",
		       cli->db, out);
	return EXIT_OK;
}

static int cmd_restore(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &backup_cmds[B_RESTORE];
	const char *pos[1];
	int force = 0;
	const struct opt opts[] = { { "force", 0, NULL, &force }, { 0 } };
	struct progress p = { "läser kopian", 0 };
	char aside[4200];
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange säkerhetskopians fil");
	if (!cli->db)
		return cli_usage(c, "ingen databas angiven (--db FIL eller FINSAM_DB)");
	if (app_restore(pos[0], cli->db, force, aside, sizeof(aside), on_pages, &p, &err) < 0)
		return cli_fail(&err);
	printf("Återställde %s från %s.\n", cli->db, pos[0]);
	if (aside[0])
		printf("Den tidigare databasen finns kvar som %s.\n", aside);
	return EXIT_OK;
}

static int cmd_verify_backup(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &backup_cmds[B_VERIFY];
	const char *format = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
				    { "output", 1, &out_path, NULL }, { 0 } };
	struct progress p = { "läser kopian", 0 };
	struct doc *d;
	struct err err;
	size_t n;
	int failures, rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	(void)cli;
	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange säkerhetskopians fil");
	if (cli_early_checks(c, NULL, format) < 0)
		return EXIT_BAD_INPUT;
	d = app_verify_backup(pos[0], &failures, on_pages, &p, &err);
	if (!d) {
		cli_fail(&err);
		return failures ? EXIT_CHECK_FAILED : EXIT_BAD_INPUT;
	}
	rc = cli_print_doc(d, format, out_path, &err);
	doc_free(d);
	if (rc < 0)
		return cli_fail(&err);
	return failures ? EXIT_CHECK_FAILED : EXIT_OK;
}

/* A line per table copied, and one per PROGRESS_ROWS of a long one. */
static void on_table(void *ctx, const char *table, long done, long total)
{
	(void)ctx;
	if (total < 0)
		fprintf(stderr, "finsam: migrate: %s: %ld rader hittills\n", table, done);
	else
		fprintf(stderr, "finsam: migrate: %s: %ld rader\n", table, done);
}

static int cmd_migrate(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &backup_cmds[B_MIGRATE];
	const char *to = NULL, *key = NULL, *region = NULL, *host = NULL, *pos[1];
	const char *hosts[FORBUND_HOSTS_MAX];
	int quiet = 0;
	const struct opt opts[] = { { "to", 1, &to, NULL }, { "key", 1, &key, NULL }, { "region", 1, &region, NULL },
				    { "host", 1, &host, NULL }, { "quiet", 0, NULL, &quiet }, { 0 } };
	struct app_migrate m;
	char key_out[4096];
	struct err err;
	size_t n;
	int with_key, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	memset(&m, 0, sizeof(m));
	if (cli_many(c, argc, argv, opts, "host", hosts, FORBUND_HOSTS_MAX, &m.n_hosts) < 0)
		return EXIT_BAD_INPUT;
	if (!to || !*to)
		return cli_usage(c, "ange vart förbundet ska flyttas med --to FIL eller --to postgresql://…");
	if (!cli->db)
		return cli_usage(c, "ingen databas att flytta från (--db FIL eller FINSAM_DB)");
	m.from = cli->db;
	m.to = to;
	m.key_to = key;
	m.region = region;
	m.hosts = hosts;
	if (app_migrate(&m, !quiet && isatty(STDERR_FILENO) ? on_table : NULL, NULL, &with_key, key_out,
			sizeof(key_out), &err) < 0)
		return cli_fail(&err);
	if (with_key)
		printf("Flyttade förbundet från %s till %s; deltagarregistrets nyckel finns i %s.\n", cli->db, to,
		       key_out);
	else
		printf("Flyttade förbundet från %s till %s (det har inga personnummer och ingen nyckel).\n", cli->db,
		       to);
	return EXIT_OK;
}

const struct cmd backup_cmds[] = {
	[B_BACKUP] = { "backup", NULL, "backup -o FIL", "säkerhetskopiera databasen och dess nyckel",
		       "Skriver en säkerhetskopia av databasen till FIL och dess nyckel till\n"
		       "FIL.key, båda läsbara bara för ägaren. Kopian tas medan 'finsam serve'\n"
		       "kör och andra skriver: den visar databasen som den var i ett och samma\n"
		       "ögonblick. Nyckeln prövas mot databasens fingeravtryck först; saknas den\n"
		       "eller hör den inte till databasen skrivs ingen kopia. En databas utan\n"
		       "personnummer har ingen nyckel, och då skrivs bara FIL.\n\n"
		       "Varken FIL eller FIL.key får finnas. Förvara nyckeln åtskild från kopian:\n"
		       "kopian ensam kan inte sökas efter ett känt personnummer. För en stor\n"
		       "databas skrivs förloppet på standard fel. Pröva kopian med 'finsam\n"
		       "verify-backup FIL'.\n\n"
		       "Val:\n  -o FIL   säkerhetskopians fil (krävs)\n",
		       cmd_backup },
	[B_RESTORE] = { "restore", NULL, "restore FIL [--force]", "återställ databasen och nyckeln från en kopia",
			"Återställer databasen (--db eller FINSAM_DB) från säkerhetskopian FIL och\n"
			"dess nyckel FIL.key. Först prövas kopian: att den är hel och att nyckeln\n"
			"har det fingeravtryck kopian har sparat. Håller något inte ändras\n"
			"ingenting. Nyckeln läggs där databasen har sin (DATABAS.key eller\n"
			"FINSAM_KEY_FILE).\n\n"
			"En databas som redan finns skrivs bara över med --force, och den sparas då\n"
			"först bredvid som DATABAS.ÅÅÅÅMMDD-TTMMSS.bak (med sin nyckel som\n"
			".bak.key). Stoppa 'finsam serve' innan du återställer.\n\n"
			"Val:\n  --force   skriv över en databas som finns (den gamla sparas bredvid)\n",
			cmd_restore },
	[B_VERIFY] = { "verify-backup", NULL, "verify-backup FIL [--format F]",
		       "pröva en säkerhetskopia: kontrollerna, helheten och nyckeln",
		       "Prövar säkerhetskopian FIL utan att ändra den: på en tillfällig kopia körs\n"
		       "samma kontroller som 'finsam check' kör (för det senaste året med\n"
		       "bokföring), och dessutom SQLite:s integritetskontroll och en prövning av\n"
		       "att nyckeln FIL.key har kopians fingeravtryck. Slutstatus är 0 när allt\n"
		       "håller och 1 när någon kontroll visar fel, som för 'finsam check'.\n\n"
		       "Val:\n  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		       cmd_verify_backup },
	[B_MIGRATE] = { "migrate", NULL, "migrate --to MÅL [--key FIL] [--host VÄRDNAMN]... [--region REGION]",
			"flytta förbundet till en annan databas (SQLite eller PostgreSQL)",
			"Kopierar hela förbundet i databasen (--db eller FINSAM_DB) till MÅL: varje\n"
			"rad i varje tabell, med samma id, revisionsloggen som den är och nyckelns\n"
			"fingeravtryck, så att varje rapport för varje år blir densamma. Källan\n"
			"uppdateras först till den här versionens schema, som när den öppnas.\n\n"
			"MÅL är en ny fil (den får inte finnas), en PostgreSQL-databas utan finsams\n"
			"uppgifter (postgresql://…) eller ett nytt förbund på en värd\n"
			"(postgresql://…#NAMN), som flytten lägger till på värden med --host och\n"
			"--region som 'finsam forbund add'. Ett mål som redan har uppgifter vägras:\n"
			"ingenting slås ihop. Kopian skrivs i en enda transaktion; går något fel\n"
			"lämnas målet utan uppgifter (en ny fil tas bort).\n\n"
			"Deltagarregistrets nyckel följer med: den skrivs (läsbar bara för ägaren)\n"
			"där finsam letar efter målets nyckel, FIL.key bredvid en fil,\n"
			"FINSAM_KEY_FILE för en PostgreSQL-databas och FINSAM_KEY_DIR/NAMN.key för\n"
			"ett förbund på en värd, eller till --key FIL. En nyckelfil som redan finns\n"
			"där måste vara samma nyckel. Stoppa 'finsam serve' mot källan medan\n"
			"flytten pågår; ändringar efter att den börjat följer inte med.\n\n"
			"Val:\n"
			"  --to MÅL            filen eller postgresql://… att flytta till (krävs)\n"
			"  --key FIL           målets nyckelfil (annars där finsam letar efter den)\n"
			"  --host VÄRDNAMN     ett nytt förbund på en värd: dess värdnamn (flera går)\n"
			"  --region REGION     ett nytt förbund på en värd: regionen\n"
			"  --quiet             inget förlopp på standard fel (annars en rad per\n"
			"                      tabell när standard fel är en terminal)\n",
			cmd_migrate },
	{ 0 }
};
