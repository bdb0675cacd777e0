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
	/* Interventions: a new one, changes, closing and removal; the
	 * allocations of shared accounts and the anonymous counts. */
	{ "GET", "/insatser/ny", R_ADMIN, page_insats_new_form, NULL },
	{ "POST", "/insatser/ny", R_ADMIN, page_insats_new, NULL },
	{ "GET", "/insatser/*/andra", R_ADMIN, page_insats_edit_form, NULL },
	{ "POST", "/insatser/*/andra", R_ADMIN, page_insats_edit, NULL },
	{ "GET", "/insatser/*/avsluta", R_ADMIN, page_insats_close_form, NULL },
	{ "POST", "/insatser/*/avsluta", R_ADMIN, page_insats_close, NULL },
	{ "GET", "/insatser/*/ta-bort", R_ADMIN, page_insats_remove_form, NULL },
	{ "POST", "/insatser/*/ta-bort", R_ADMIN, page_insats_remove, NULL },
	{ "POST", "/insatser/*/fordelning", R_ADMIN, page_allocation_add, NULL },
	{ "GET", "/insatser/*/fordelning/*/ta-bort", R_ADMIN, page_allocation_remove_form, NULL },
	{ "POST", "/insatser/*/fordelning/*/ta-bort", R_ADMIN, page_allocation_remove, NULL },
	{ "POST", "/insatser/*/arsredovisning", R_ADMIN, page_insats_year, NULL },
	{ "POST", "/insatser/*/anonyma", R_ADMIN | R_REG, page_anonymous_add, NULL },
	{ "GET", "/insatser/*/anonyma/*/andra", R_ADMIN | R_REG, page_anonymous_edit_form, NULL },
	{ "POST", "/insatser/*/anonyma/*/andra", R_ADMIN | R_REG, page_anonymous_edit, NULL },
	{ "GET", "/insatser/*/anonyma/*/ta-bort", R_ADMIN | R_REG, page_anonymous_remove_form, NULL },
	{ "POST", "/insatser/*/anonyma/*/ta-bort", R_ADMIN | R_REG, page_anonymous_remove, NULL },
	{ "GET", "/insatser/*", R_ALL, page_insats, NULL },
	{ "POST", "/insatser/*/beslut", R_ADMIN, page_insats_decide, NULL },
	{ "GET", "/insatser/*/beslut/*/ta-bort", R_ADMIN, page_decision_remove_form, NULL },
	{ "POST", "/insatser/*/beslut/*/ta-bort", R_ADMIN, page_decision_remove, NULL },
	/* forms: the decisions' change and the script */
	{ "GET", "/insatser/*/beslut/*/andra", R_ADMIN, page_decision_edit_form, NULL },
	{ "POST", "/insatser/*/beslut/*/andra", R_ADMIN, page_decision_edit, NULL },
	{ "GET", "/static/finsam.js", R_PUBLIC, page_js, NULL },
	{ "GET", "/inloggning", R_ALL, page_session, NULL },
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
	/* The goals, the documents' texts and the files read in: the director's. */
	{ "GET", "/mal/hantera", R_ADMIN, page_goals_manage, NULL },
	{ "POST", "/mal/nytt", R_ADMIN, page_goal_add, NULL },
	{ "POST", "/mal/resultatmal", R_ADMIN, page_result_add, NULL },
	{ "GET", "/mal/*/andra", R_ADMIN, page_goal_edit_form, NULL },
	{ "POST", "/mal/*/andra", R_ADMIN, page_goal_edit, NULL },
	{ "GET", "/mal/*/ta-bort", R_ADMIN, page_goal_remove_form, NULL },
	{ "POST", "/mal/*/ta-bort", R_ADMIN, page_goal_remove, NULL },
	{ "GET", "/mal/*/bedomning", R_ADMIN, page_goal_assess_form, NULL },
	{ "POST", "/mal/*/bedomning", R_ADMIN, page_goal_assess_one, NULL },
	{ "GET", "/mal/*/bedomning/ta-bort", R_ADMIN, page_goal_assessment_remove_form, NULL },
	{ "POST", "/mal/*/bedomning/ta-bort", R_ADMIN, page_goal_assessment_remove, NULL },
	{ "GET", "/texter", R_ADMIN, page_texts, "Texter" },
	{ "GET", "/texter/*", R_ADMIN, page_text_form, NULL },
	{ "POST", "/texter/*", R_ADMIN, page_text_save, NULL },
	{ "GET", "/texter/*/ta-bort", R_ADMIN, page_text_remove_form, NULL },
	{ "POST", "/texter/*/ta-bort", R_ADMIN, page_text_remove, NULL },
	{ "GET", "/dokument", R_ADMIN, page_docdata, NULL },
	{ "POST", "/dokument/beslut", R_ADMIN, page_docdata_adoption, NULL },
	{ "POST", "/dokument/personal", R_ADMIN, page_docdata_staff, NULL },
	{ "POST", "/dokument/historik", R_ADMIN, page_docdata_history, NULL },
	{ "POST", "/dokument/historik/ta-bort", R_ADMIN, page_docdata_history_remove, NULL },
	{ "POST", "/dokument/revisionsberattelse", R_ADMIN, page_docdata_auditors, NULL },
	{ "POST", "/dokument/revisionsberattelse/ta-bort", R_ADMIN, page_docdata_auditors_remove, NULL },
	{ "GET", "/inlasning", R_ADMIN, page_uploads, "Läs in" },
	{ "POST", "/inlasning/bokforing", R_ADMIN, page_upload_sie, NULL },
	{ "POST", "/inlasning/enkater", R_ADMIN, page_upload_survey, NULL },
	{ "GET", "/enkater", R_ADMIN, page_surveys, NULL },
	{ "GET", "/enkater/ta-bort", R_ADMIN, page_survey_remove_form, NULL },
	{ "POST", "/enkater/ta-bort", R_ADMIN, page_survey_remove, NULL },
	{ "GET", "/budget", R_ALL, page_budget, "Budget" },
	{ "POST", "/budget/prognos", R_ADMIN, page_forecast, NULL },
	/* The budget, the members, the board, the year cycle and the years
	 * (pages_budget.c): every role reads, an administrator changes. */
	{ "GET", "/budget/flera-ar", R_ALL, page_budget_years, NULL },
	{ "GET", "/budget/rader", R_ALL, page_budget_lines, NULL },
	{ "POST", "/budget/rader", R_ADMIN, page_budget_line_add, NULL },
	{ "GET", "/budget/rad", R_ADMIN, page_budget_line_form, NULL },
	{ "POST", "/budget/rad", R_ADMIN, page_budget_line_edit, NULL },
	{ "GET", "/budget/rad/ta-bort", R_ADMIN, page_budget_line_remove_form, NULL },
	{ "POST", "/budget/rad/ta-bort", R_ADMIN, page_budget_line_remove, NULL },
	{ "POST", "/budget/revidera", R_ADMIN, page_budget_revise, NULL },
	{ "GET", "/budget/import", R_ADMIN, page_budget_import_form, NULL },
	{ "POST", "/budget/import", R_ADMIN, page_budget_import, NULL },
	{ "GET", "/budget/prognoser", R_ALL, page_forecasts, NULL },
	{ "GET", "/budget/prognoser/andra", R_ADMIN, page_forecast_form, NULL },
	{ "POST", "/budget/prognoser/andra", R_ADMIN, page_forecast_edit, NULL },
	{ "GET", "/budget/prognoser/ta-bort", R_ADMIN, page_forecast_remove_form, NULL },
	{ "POST", "/budget/prognoser/ta-bort", R_ADMIN, page_forecast_remove, NULL },
	{ "GET", "/medlemmar", R_ALL, page_members, "Medlemmar" },
	{ "POST", "/medlemmar", R_ADMIN, page_member_add, NULL },
	{ "GET", "/medlemmar/*", R_ADMIN, page_member_form, NULL },
	{ "POST", "/medlemmar/*", R_ADMIN, page_member_edit, NULL },
	{ "GET", "/medlemmar/*/ta-bort", R_ADMIN, page_member_remove_form, NULL },
	{ "POST", "/medlemmar/*/ta-bort", R_ADMIN, page_member_remove, NULL },
	{ "GET", "/styrelse", R_ALL, page_board, "Styrelse" },
	{ "POST", "/styrelse", R_ADMIN, page_board_add, NULL },
	{ "GET", "/styrelse/*", R_ADMIN, page_board_form, NULL },
	{ "POST", "/styrelse/*", R_ADMIN, page_board_edit, NULL },
	{ "GET", "/styrelse/*/ta-bort", R_ADMIN, page_board_remove_form, NULL },
	{ "POST", "/styrelse/*/ta-bort", R_ADMIN, page_board_remove, NULL },
	{ "GET", "/arshjul", R_ALL, page_cycle, "Årshjul" },
	{ "POST", "/arshjul", R_ADMIN, page_cycle_add, NULL },
	{ "GET", "/arshjul/*", R_ADMIN, page_cycle_form, NULL },
	{ "POST", "/arshjul/*", R_ADMIN, page_cycle_edit, NULL },
	{ "GET", "/arshjul/*/ta-bort", R_ADMIN, page_cycle_remove_form, NULL },
	{ "POST", "/arshjul/*/ta-bort", R_ADMIN, page_cycle_remove, NULL },
	/* The governing documents (pages_policies.c): the board and the
	 * auditors read them, the director keeps them. */
	{ "GET", "/styrdokument", R_ADMIN | R_BOARD | R_AUDIT, page_policies, "Styrdokument" },
	{ "POST", "/styrdokument", R_ADMIN, page_policy_add, NULL },
	{ "GET", "/styrdokument/*", R_ADMIN, page_policy_form, NULL },
	{ "POST", "/styrdokument/*", R_ADMIN, page_policy_edit, NULL },
	{ "GET", "/styrdokument/*/revidera", R_ADMIN, page_policy_revise_form, NULL },
	{ "POST", "/styrdokument/*/revidera", R_ADMIN, page_policy_revise, NULL },
	{ "GET", "/styrdokument/*/ta-bort", R_ADMIN, page_policy_remove_form, NULL },
	{ "POST", "/styrdokument/*/ta-bort", R_ADMIN, page_policy_remove, NULL },
	/* The meetings and their decisions (pages_meetings.c): the board and
	 * the auditors read them, the director records them. */
	{ "GET", "/sammantraden", R_ADMIN | R_BOARD | R_AUDIT, page_meetings, "Sammanträden" },
	{ "POST", "/sammantraden", R_ADMIN, page_meeting_add, NULL },
	{ "GET", "/sammantraden/*", R_ADMIN | R_BOARD | R_AUDIT, page_meeting, NULL },
	{ "GET", "/sammantraden/*/andra", R_ADMIN, page_meeting_form, NULL },
	{ "POST", "/sammantraden/*/andra", R_ADMIN, page_meeting_edit, NULL },
	{ "GET", "/sammantraden/*/ta-bort", R_ADMIN, page_meeting_remove_form, NULL },
	{ "POST", "/sammantraden/*/ta-bort", R_ADMIN, page_meeting_remove, NULL },
	{ "POST", "/sammantraden/*/beslut", R_ADMIN, page_meeting_decide, NULL },
	{ "GET", "/sammantraden/beslut/*", R_ADMIN, page_meeting_decision_form, NULL },
	{ "POST", "/sammantraden/beslut/*", R_ADMIN, page_meeting_decision_edit, NULL },
	{ "GET", "/sammantraden/beslut/*/ta-bort", R_ADMIN, page_meeting_decision_remove_form, NULL },
	{ "POST", "/sammantraden/beslut/*/ta-bort", R_ADMIN, page_meeting_decision_remove, NULL },
	/* The internal control plan (pages_control.c): the board and the
	 * auditors read it, the director changes it. */
	{ "GET", "/intern-kontroll", R_ADMIN | R_BOARD | R_AUDIT, page_control, "Intern kontroll" },
	{ "POST", "/intern-kontroll", R_ADMIN, page_risk_add, NULL },
	{ "POST", "/intern-kontroll/kopiera", R_ADMIN, page_risk_copy, NULL },
	{ "POST", "/intern-kontroll/anta", R_ADMIN, page_control_adopt, NULL },
	{ "GET", "/intern-kontroll/risk/*", R_ADMIN | R_BOARD | R_AUDIT, page_risk, NULL },
	{ "GET", "/intern-kontroll/risk/*/andra", R_ADMIN, page_risk_form, NULL },
	{ "POST", "/intern-kontroll/risk/*/andra", R_ADMIN, page_risk_edit, NULL },
	{ "GET", "/intern-kontroll/risk/*/ta-bort", R_ADMIN, page_risk_remove_form, NULL },
	{ "POST", "/intern-kontroll/risk/*/ta-bort", R_ADMIN, page_risk_remove, NULL },
	{ "POST", "/intern-kontroll/risk/*/moment", R_ADMIN, page_action_add, NULL },
	{ "GET", "/intern-kontroll/moment/*", R_ADMIN, page_action, NULL },
	{ "POST", "/intern-kontroll/moment/*", R_ADMIN, page_action_edit, NULL },
	{ "POST", "/intern-kontroll/moment/*/uppfoljning", R_ADMIN, page_action_follow_up, NULL },
	{ "GET", "/intern-kontroll/moment/*/ta-bort", R_ADMIN, page_action_remove_form, NULL },
	{ "POST", "/intern-kontroll/moment/*/ta-bort", R_ADMIN, page_action_remove, NULL },
	{ "GET", "/intern-kontroll/uppfoljning/*/ta-bort", R_ADMIN, page_followup_remove_form, NULL },
	{ "POST", "/intern-kontroll/uppfoljning/*/ta-bort", R_ADMIN, page_followup_remove, NULL },
	{ "GET", "/rakenskapsar", R_ALL, page_years, "År" },
	{ "GET", "/rakenskapsar/*/stang", R_ADMIN, page_year_close_form, NULL },
	{ "POST", "/rakenskapsar/*/stang", R_ADMIN, page_year_close, NULL },
	{ "GET", "/rakenskapsar/*/oppna", R_ADMIN, page_year_reopen_form, NULL },
	{ "POST", "/rakenskapsar/*/oppna", R_ADMIN, page_year_reopen, NULL },
	{ "GET", "/rapporter", R_ALL, page_reports, "Rapporter" },
	{ "GET", "/rapporter/*/*", R_ALL, page_report, NULL },
	{ "GET", "/kontroll", R_ADMIN | R_AUDIT, page_checks, "Kontroll" },
	/* The lists that scale: the books and the log, searched in the store. */
	{ "GET", "/bokforing", R_ADMIN | R_AUDIT, page_books, "Bokföring" },
	{ "GET", "/bokforing/verifikationer", R_ADMIN | R_AUDIT, page_books_search, NULL },
	{ "GET", "/bokforing/ver/*", R_ADMIN | R_AUDIT, page_books_ver, NULL },
	{ "GET", "/logg", R_ADMIN | R_AUDIT, page_log, "Logg" },
	/* Users, settings, the register extract and purge. */
	{ "GET", "/anvandare", R_ADMIN, page_users, "Användare" },
	{ "POST", "/anvandare", R_ADMIN, page_user_add, NULL },
	{ "GET", "/anvandare/*", R_ADMIN, page_user_show, NULL },
	{ "POST", "/anvandare/*/andra", R_ADMIN, page_user_edit, NULL },
	{ "POST", "/anvandare/*/losenord", R_ADMIN, page_user_passwd, NULL },
	{ "GET", "/anvandare/*/avstang", R_ADMIN, page_user_disable_form, NULL },
	{ "POST", "/anvandare/*/avstang", R_ADMIN, page_user_disable, NULL },
	{ "POST", "/anvandare/*/pasla", R_ADMIN, page_user_enable, NULL },
	{ "GET", "/installningar", R_ADMIN, page_settings, "Inställningar" },
	{ "POST", "/installningar", R_ADMIN, page_settings_set, NULL },
	{ "GET", "/registerutdrag", R_ADMIN, page_privacy, "Registerutdrag" },
	{ "POST", "/registerutdrag", R_ADMIN, page_extract, NULL },
	{ "POST", "/registerutdrag/rensa", R_ADMIN, page_purge, NULL },
	{ "POST", "/registerutdrag/avidentifiera", R_ADMIN, page_anonymise, NULL },
};
const size_t web_routes_n = sizeof(web_routes) / sizeof(web_routes[0]);

/* A region host name serves these and nothing else. */
const struct route web_region_routes[] = {
	{ "GET", "/static/finsam.css", R_PUBLIC, page_css, NULL },
	{ "GET", "/login", R_PUBLIC, page_login_form, NULL },
	{ "POST", "/login", R_PUBLIC, page_region_login, NULL },
	{ "POST", "/logout", R_REGION, page_region_logout, NULL },
	{ "GET", "/", R_REGION, page_region_followup, "Nationell uppföljning" },
	{ "GET", "/uppfoljning/*", R_REGION, page_region_download, NULL },
};
const size_t web_region_routes_n = sizeof(web_region_routes) / sizeof(web_region_routes[0]);

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

static const struct route *find_in(const struct route *routes, size_t n, const char *method, const char *path,
				   char **params, int *other_method, char *allow, size_t allow_n);

const struct route *web_route_find(const char *method, const char *path, char **params, int *other_method,
				   char *allow, size_t allow_n)
{
	return find_in(web_routes, web_routes_n, method, path, params, other_method, allow, allow_n);
}

const struct route *web_region_route_find(const char *method, const char *path, char **params, int *other_method,
					  char *allow, size_t allow_n)
{
	return find_in(web_region_routes, web_region_routes_n, method, path, params, other_method, allow, allow_n);
}

static const struct route *find_in(const struct route *routes, size_t n, const char *method, const char *path,
				   char **params, int *other_method, char *allow, size_t allow_n)
{
	size_t i, used = 0;

	*other_method = 0;
	if (allow_n)
		allow[0] = '\0';
	for (i = 0; i < n; i++) {
		if (!match(routes[i].pattern, path, params))
			continue;
		if (strcmp(routes[i].method, method) == 0)
			return &routes[i];
		free(params[0]);
		free(params[1]);
		free(params[2]);
		params[0] = params[1] = params[2] = NULL;
		/* A more general pattern may still match with this method:
		 * "/deltagare/ny" (GET, POST) comes before "/deltagare/CODE" (GET). */
		if (!strstr(allow, routes[i].method)) {
			size_t m = strlen(routes[i].method);

			if (used + m + 3 < allow_n) {
				if (used) {
					memcpy(allow + used, ", ", 2);
					used += 2;
				}
				memcpy(allow + used, routes[i].method, m + 1);
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
