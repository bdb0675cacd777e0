/*
 * cmd_policy.c: the commands of the governing documents (styrdokument):
 * policy add, list, show, revise, edit, remove and revision remove. Each
 * change is one use case of app/ (policy.c), which checks it and writes
 * the audit log.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"

enum { P_ADD, P_LIST, P_SHOW, P_REVISE, P_EDIT, P_REMOVE, P_REVISION_REMOVE };

/* The fields of a change, as the options gave them (NULL: not given). */
struct policy_change {
	const char *which, *name, *kind, *adopted, *revise_by, *note, *date;
	int64_t revision;
};

static int do_add(struct store *st, void *ctx, struct err *err)
{
	const struct policy_change *c = ctx;

	return app_policy_add(st, c->name, c->kind, c->adopted, c->revise_by, c->note, err);
}

static int do_revise(struct store *st, void *ctx, struct err *err)
{
	const struct policy_change *c = ctx;

	return app_policy_revise(st, c->which, c->date, c->revise_by, c->note, err);
}

static int do_edit(struct store *st, void *ctx, struct err *err)
{
	const struct policy_change *c = ctx;

	return app_policy_edit(st, c->which, c->name, c->kind, c->adopted, c->revise_by, c->note, err);
}

static int do_remove(struct store *st, void *ctx, struct err *err)
{
	const struct policy_change *c = ctx;

	return app_policy_remove(st, c->which, err);
}

static int do_revision_remove(struct store *st, void *ctx, struct err *err)
{
	const struct policy_change *c = ctx;

	return app_policy_revision_remove(st, c->revision, err);
}

/* The longest message after a change: a name of at most 199 bytes and
 * the words around it. */
#define DONE_MAX 320

#define WHICH "ange styrdokumentets namn eller id"

static int cmd_policy_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &policy_cmds[P_ADD];
	struct policy_change p = { 0 };
	const struct opt opts[] = { { "adopted", 1, &p.adopted, NULL }, { "revise-by", 1, &p.revise_by, NULL },
				    { "kind", 1, &p.kind, NULL }, { "note", 1, &p.note, NULL }, { 0 } };
	char done[DONE_MAX];
	int status;

	if (cli_parse_one(c, argc, argv, opts, "ange styrdokumentets namn", &p.name, &status) < 0)
		return status;
	if (!p.adopted)
		return cli_usage(c, "ange dagen då styrdokumentet antogs med --adopted");
	snprintf(done, sizeof(done), "Lade till styrdokumentet %s.", p.name);
	return cli_change(cli, do_add, &p, done);
}

static int cmd_policy_list(struct cli *cli, int argc, char **argv)
{
	return cli_doc_command(cli, &policy_cmds[P_LIST], argc, argv, app_report_policies);
}

static int cmd_policy_show(struct cli *cli, int argc, char **argv)
{
	return cli_named_doc_command(cli, &policy_cmds[P_SHOW], argc, argv, WHICH, app_report_policy);
}

static int cmd_policy_revise(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &policy_cmds[P_REVISE];
	struct policy_change p = { 0 };
	const struct opt opts[] = { { "date", 1, &p.date, NULL }, { "revise-by", 1, &p.revise_by, NULL },
				    { "note", 1, &p.note, NULL }, { 0 } };
	char done[DONE_MAX];
	int status;

	if (cli_parse_one(c, argc, argv, opts, WHICH, &p.which, &status) < 0)
		return status;
	if (!p.date)
		return cli_usage(c, "ange dagen då det reviderade styrdokumentet antogs med --date");
	snprintf(done, sizeof(done), "Registrerade revideringen %s av %s.", p.date, p.which);
	return cli_change(cli, do_revise, &p, done);
}

static int cmd_policy_edit(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &policy_cmds[P_EDIT];
	struct policy_change p = { 0 };
	const struct opt opts[] = { { "name", 1, &p.name, NULL }, { "kind", 1, &p.kind, NULL },
				    { "adopted", 1, &p.adopted, NULL }, { "revise-by", 1, &p.revise_by, NULL },
				    { "note", 1, &p.note, NULL }, { 0 } };
	char done[DONE_MAX];
	int status;

	if (cli_parse_one(c, argc, argv, opts, WHICH, &p.which, &status) < 0)
		return status;
	if (!p.name && !p.kind && !p.adopted && !p.revise_by && !p.note)
		return cli_usage(c, "ange vad som ska ändras (--name, --kind, --adopted, --revise-by eller --note)");
	snprintf(done, sizeof(done), "Ändrade styrdokumentet %s.", p.name ? p.name : p.which);
	return cli_change(cli, do_edit, &p, done);
}

static int cmd_policy_remove(struct cli *cli, int argc, char **argv)
{
	struct policy_change p = { 0 };
	char done[DONE_MAX];
	int status;

	if (cli_parse_one(&policy_cmds[P_REMOVE], argc, argv, NULL, WHICH, &p.which, &status) < 0)
		return status;
	snprintf(done, sizeof(done), "Tog bort styrdokumentet %s med dess revideringar.", p.which);
	return cli_change(cli, do_remove, &p, done);
}

static int cmd_policy_revision_remove(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &policy_cmds[P_REVISION_REMOVE];
	struct policy_change p = { 0 };
	const char *id_s;
	char done[DONE_MAX], *end;
	long long id;
	int status;

	if (cli_parse_one(c, argc, argv, NULL, "ange revideringens id", &id_s, &status) < 0)
		return status;
	errno = 0;
	id = strtoll(id_s, &end, 10);
	if (errno || end == id_s || *end || id <= 0)
		return cli_usage(c, "revideringens id är ett tal (se 'finsam policy show NAMN')");
	p.revision = id;
	snprintf(done, sizeof(done), "Tog bort revideringen %lld.", id);
	return cli_change(cli, do_revision_remove, &p, done);
}

#define KINDS_HELP                                                                          \
	"Slagen: förbundsordning, arbetsordning, delegeringsordning, attestordning,\n"     \
	"dokumenthanteringsplan, internkontrollplan, risk- och väsentlighetsanalys och\n"  \
	"övrigt.\n"

const struct cmd policy_cmds[] = {
	[P_ADD] = { "policy", "add", "policy add NAMN --adopted DATUM [--revise-by DATUM] [--kind SLAG] [--note TEXT]",
		    "registrera ett styrdokument",
		    "Registrerar styrdokumentet NAMN, till exempel förbundsordningen,\n"
		    "arbetsordningen eller delegeringsordningen, med dagen då det antogs och\n"
		    "dagen då det senast ska revideras. Namnet är unikt. Är namnet ett av slagen\n"
		    "nedan blir det dokumentets slag, annars övrigt om inte --kind anger ett.\n"
		    "Tillägget står i loggen.\n\n" KINDS_HELP "\n"
		    "Val:\n"
		    "  --adopted DATUM     dagen då styrdokumentet antogs (ÅÅÅÅ-MM-DD, krävs)\n"
		    "  --revise-by DATUM   dagen då det senast ska revideras; efter --adopted\n"
		    "  --kind SLAG         dokumentets slag (se ovan)\n"
		    "  --note TEXT         en anteckning, till exempel beslutets paragraf\n",
		    cmd_policy_add },
	[P_LIST] = { "policy", "list", "policy list [--format F]", "visa styrdokumenten och när de ska revideras",
		     "Visar varje styrdokument med id, namn, slag, dagen då det antogs, den\n"
		     "senaste revideringen, dagen då det senast ska revideras, om den dagen har\n"
		     "passerats (försenat: ja eller nej) och antalet revideringar. 'finsam\n"
		     "check' varnar för ett styrdokument som inte har reviderats i tid.\n\n"
		     "Val:\n  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		     cmd_policy_list },
	[P_SHOW] = { "policy", "show", "policy show NAMN|ID [--format F]", "visa ett styrdokument med dess revideringar",
		     "Visar styrdokumentet (namn eller id från 'policy list') med varje\n"
		     "revidering: dagen, dagen då nästa revidering ska ske och anteckningen.\n"
		     "Revideringarnas id tar 'policy revision remove'.\n\n"
		     "Val:\n  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		     cmd_policy_show },
	[P_REVISE] = { "policy", "revise", "policy revise NAMN|ID --date DATUM [--revise-by DATUM] [--note TEXT]",
		       "registrera att ett styrdokument har reviderats",
		       "Registrerar att styrelsen antog en reviderad version av styrdokumentet\n"
		       "dagen DATUM. De tidigare revideringarna finns kvar; den senaste gäller.\n"
		       "DATUM får inte ligga före den förra revideringen (eller dagen då\n"
		       "dokumentet antogs). Utan --revise-by har dokumentet ingen dag då det\n"
		       "senast ska revideras igen. Revideringen står i loggen.\n\n"
		       "Val:\n"
		       "  --date DATUM        dagen då den reviderade versionen antogs (krävs)\n"
		       "  --revise-by DATUM   dagen då den senast ska revideras igen; efter DATUM\n"
		       "  --note TEXT         en anteckning, till exempel vad som ändrades\n",
		       cmd_policy_revise },
	[P_EDIT] = { "policy", "edit",
		     "policy edit NAMN|ID [--name NAMN] [--kind SLAG] [--adopted DATUM] [--revise-by DATUM] [--note TEXT]",
		     "rätta ett styrdokument",
		     "Rättar de uppgifter om styrdokumentet som anges: namnet, slaget, dagen då\n"
		     "det antogs första gången, dagen då det då skulle revideras (--revise-by \"\"\n"
		     "tar bort den) och anteckningen. En revidering registreras med 'policy\n"
		     "revise', inte här. Dagen då dokumentet antogs får inte ligga efter en\n"
		     "revidering. Ändringen står i loggen.\n\n" KINDS_HELP,
		     cmd_policy_edit },
	[P_REMOVE] = { "policy", "remove", "policy remove NAMN|ID", "ta bort ett styrdokument",
		       "Tar bort styrdokumentet med alla dess revideringar, till exempel ett som\n"
		       "registrerades av misstag. Borttagningen står i loggen med uppgifterna.\n",
		       cmd_policy_remove },
	[P_REVISION_REMOVE] = { "policy", "revision remove", "policy revision remove ID", "ta bort en revidering",
				"Tar bort revideringen med id ID (se 'policy show NAMN'), till exempel en\n"
				"som registrerades av misstag. Styrdokumentet gäller då från revideringen\n"
				"före, eller från dagen då det antogs. Borttagningen står i loggen.\n",
				cmd_policy_revision_remove },
	{ 0 }
};
