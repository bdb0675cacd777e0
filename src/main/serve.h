/*
 * serve.h: 'finsam serve', the command that starts the web pages. It lives
 * with the program, not in cli/, because it is where the command line and
 * the web server meet: neither front end depends on the other.
 */
#ifndef FINSAM_MAIN_SERVE_H
#define FINSAM_MAIN_SERVE_H

#include "cli/cli.h"

extern const struct cmd serve_cmds[];

#endif
