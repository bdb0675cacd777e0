/*
 * route.c: the pages as one table of method, path, the roles allowed and
 * handler (kcgi's pages[]): the only place that says who may do what. The
 * server looks every request up here before it runs a handler, and the
 * menu shows only the pages the user's role allows.
 */
#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"
#include "web/web_int.h"

const struct route web_routes[] = {
	{ "GET", "/static/finsam.css", R_PUBLIC, page_css, NULL },
	{ "GET", "/login", R_PUBLIC, page_login_form, NULL },
	{ "POST", "/login", R_PUBLIC, page_login, NULL },
	{ "POST", "/logout", R_ALL, page_logout, NULL },
	{ "GET", "/", R_ALL, page_dashboard, "Översikt" },
	{ "GET", "/insatser", R_ALL, page_insatser, "Insatser" },
	{ "GET", "/insatser/*", R_ALL, page_insats, NULL },
	{ "POST", "/insatser/*/beslut", R_ADMIN, page_insats_decide, NULL },
	{ "GET", "/insatser/*/beslut/*/ta-bort", R_ADMIN, page_decision_remove_form, NULL },
	{ "POST", "/insatser/*/beslut/*/ta-bort", R_ADMIN, page_decision_remove, NULL },
	{ "GET", "/deltagare", R_ADMIN | R_REG | R_AUDIT, page_deltagare, "Deltagare" },
	{ "GET", "/deltagare/ny", R_ADMIN | R_REG, page_deltagare_ny, NULL },
	{ "POST", "/deltagare/ny", R_ADMIN | R_REG, page_deltagare_add, NULL },
	{ "GET", "/deltagare/import", R_ADMIN, page_import_form, NULL },
	{ "POST", "/deltagare/import", R_ADMIN, page_import, NULL },
	{ "GET", "/deltagare/*", R_ADMIN | R_REG | R_AUDIT, page_deltagare_show, NULL },
	{ "POST", "/deltagare/*/inskrivning", R_ADMIN | R_REG, page_enrol, NULL },
	{ "POST", "/deltagare/*/avslut", R_ADMIN | R_REG, page_exit, NULL },
	/* The registrar's pages: corrections of the register, ready marks. */
	{ "GET", "/deltagare/*/andra", R_ADMIN | R_REG, page_participant_edit_form, NULL },
	{ "POST", "/deltagare/*/andra", R_ADMIN | R_REG, page_participant_edit, NULL },
	{ "GET", "/deltagare/*/ta-bort", R_ADMIN, page_participant_remove_form, NULL },
	{ "POST", "/deltagare/*/ta-bort", R_ADMIN, page_participant_remove, NULL },
	{ "GET", "/deltagare/*/inskrivning/*/andra", R_ADMIN | R_REG, page_enrolment_edit_form, NULL },
	{ "POST", "/deltagare/*/inskrivning/*/andra", R_ADMIN | R_REG, page_enrolment_edit, NULL },
	{ "GET", "/deltagare/*/inskrivning/*/ta-bort", R_ADMIN | R_REG, page_enrolment_remove_form, NULL },
	{ "POST", "/deltagare/*/inskrivning/*/ta-bort", R_ADMIN | R_REG, page_enrolment_remove, NULL },
	{ "GET", "/deltagare/*/inskrivning/*/angra-avslut", R_ADMIN | R_REG, page_exit_undo_form, NULL },
	{ "POST", "/deltagare/*/inskrivning/*/angra-avslut", R_ADMIN | R_REG, page_exit_undo, NULL },
	{ "GET", "/klar", R_ADMIN | R_REG | R_AUDIT, page_ready, "Klarmarkering" },
	{ "POST", "/klar", R_ADMIN | R_REG, page_ready_mark, NULL },
	{ "POST", "/klar/ta-bort", R_ADMIN | R_REG, page_ready_unmark, NULL },
	{ "GET", "/mal", R_ALL, page_goals, "Mål" },
	{ "POST", "/mal/bedomning", R_ADMIN, page_goal_assess, NULL },
	{ "GET", "/budget", R_ALL, page_budget, "Budget" },
	{ "POST", "/budget/prognos", R_ADMIN, page_forecast, NULL },
	{ "GET", "/rapporter", R_ALL, page_reports, "Rapporter" },
	{ "GET", "/rapporter/*/*", R_ALL, page_report, NULL },
	{ "GET", "/kontroll", R_ADMIN | R_AUDIT, page_checks, "Kontroll" },
	{ "GET", "/logg", R_ADMIN | R_AUDIT, page_log, "Logg" },
	{ "GET", "/anvandare", R_ADMIN, page_users, "Användare" },
	{ "POST", "/anvandare", R_ADMIN, page_user_add, NULL },
	{ "POST", "/anvandare/*/losenord", R_ADMIN, page_user_passwd, NULL },
	{ "POST", "/anvandare/*/avstang", R_ADMIN, page_user_disable, NULL },
};
const size_t web_routes_n = sizeof(web_routes) / sizeof(web_routes[0]);

/* Matches path against pattern; the '*' segments (non-empty, no '/') go
 * to params as new strings. */
static int match(const char *pattern, const char *path, char **params)
{
	size_t k = 0, i;

	while (*pattern && *path) {
		if (*pattern == '*') {
			size_t len = strcspn(path, "/");

			if (len == 0 || k == 3)
				goto no;
			params[k++] = xstrndup(path, len);
			path += len;
			pattern++;
		} else if (*pattern++ != *path++) {
			goto no;
		}
	}
	if (*pattern || *path)
		goto no;
	return 1;
no:
	for (i = 0; i < k; i++) {
		free(params[i]);
		params[i] = NULL;
	}
	return 0;
}

const struct route *web_route_find(const char *method, const char *path, char **params, int *other_method,
				   char *allow, size_t allow_n)
{
	size_t i, used = 0;

	*other_method = 0;
	if (allow_n)
		allow[0] = '\0';
	for (i = 0; i < web_routes_n; i++) {
		if (!match(web_routes[i].pattern, path, params))
			continue;
		if (strcmp(web_routes[i].method, method) == 0)
			return &web_routes[i];
		free(params[0]);
		free(params[1]);
		free(params[2]);
		params[0] = params[1] = params[2] = NULL;
		/* A more general pattern may still match with this method:
		 * "/deltagare/ny" (GET, POST) comes before "/deltagare/CODE" (GET). */
		if (!strstr(allow, web_routes[i].method)) {
			size_t m = strlen(web_routes[i].method);

			if (used + m + 3 < allow_n) {
				if (used) {
					memcpy(allow + used, ", ", 2);
					used += 2;
				}
				memcpy(allow + used, web_routes[i].method, m + 1);
				used += m;
			}
		}
		*other_method = 1;
	}
	return NULL;
}

int web_route_allows(const struct route *r, enum role role)
{
	return r->roles == R_PUBLIC || (r->roles & ROLE_BIT(role)) != 0;
}
