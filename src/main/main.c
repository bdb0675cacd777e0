/*
 * main.c: the finsam program: the command line's command groups and the
 * web server's 'serve', run by the command line. Exit statuses: 0 done,
 * 1 a check failed, 2 bad usage or bad input, 3 the database was busy.
 */
#include <stddef.h>

#include "cli/cli.h"
#include "main/serve.h"

static const struct cmd *const groups[] = { books_cmds, year_cmds, budget_cmds, plan_cmds, insats_cmds,
					     participant_cmds, goal_cmds, docs_cmds, survey_cmds,
					     user_cmds, serve_cmds, correct_cmds, documents_cmds, backup_cmds,
					     meeting_cmds, policy_cmds, risk_cmds, control_cmds, forbund_cmds,
					     region_cmds };

int main(int argc, char **argv)
{
	return cli_main(argc, argv, groups, sizeof(groups) / sizeof(groups[0]));
}
