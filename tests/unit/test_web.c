/*
 * test_web.c: what the web pages rest on, without a server: query strings
 * and form bodies (percent escapes good and bad, '+', limits, huge
 * inputs), cookies, paths, HTML escaping, the constant-time token compare,
 * and the page table: every page with the roles that may and may not use
 * it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "app/app.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "web/form.h"
#include "web/web_int.h"

static int parse(struct form *f, const char *s)
{
	struct err err;

	form_init(f);
	return form_parse(f, s, strlen(s), &err);
}

static void test_form_basic(void **state)
{
	struct form f;

	(void)state;
	assert_int_equal(parse(&f, "a=1&b=x+y%21&c=&d&&e=%C3%A5r%20%2B%261"), 0);
	assert_int_equal(f.n, 5);
	assert_string_equal(form_get(&f, "a"), "1");
	assert_string_equal(form_get(&f, "b"), "x y!");
	assert_string_equal(form_get(&f, "c"), "");
	assert_string_equal(form_get(&f, "d"), "");
	assert_string_equal(form_get(&f, "e"), "år +&1");
	assert_null(form_get(&f, "f"));
	form_release(&f);
	/* Repeated names are kept in order; form_get gives the first. */
	assert_int_equal(parse(&f, "insats=1&insats=3&n%61me=x"), 0);
	assert_int_equal(f.n, 3);
	assert_string_equal(form_get(&f, "insats"), "1");
	assert_string_equal(f.f[1].value, "3");
	assert_string_equal(form_get(&f, "name"), "x");
	form_release(&f);
	assert_int_equal(parse(&f, ""), 0);
	assert_int_equal(f.n, 0);
	assert_int_equal(parse(&f, "&&&"), 0);
	assert_int_equal(f.n, 0);
	assert_int_equal(parse(&f, "=v"), 0);
	assert_string_equal(form_get(&f, ""), "v");
	form_release(&f);
}

static void bad(const char *s, const char *why)
{
	struct form f;
	struct err err;

	form_init(&f);
	assert_int_equal(form_parse(&f, "keep=1", 6, &err), 0);
	assert_int_equal(form_parse(&f, s, strlen(s), &err), -1);
	if (!strstr(err.msg, why))
		fail_msg("'%s': '%s' has no '%s'", s, err.msg, why);
	/* What was there before stays; nothing of the bad input is added. */
	assert_int_equal(f.n, 1);
	form_release(&f);
}

static void test_form_malformed(void **state)
{
	(void)state;
	bad("a=%", "procentkodning");
	bad("a=%4", "procentkodning");
	bad("a=%zz", "procentkodning");
	bad("a=%4g", "procentkodning");
	bad("ok=1&a=%%41", "procentkodning");
	bad("a=%00", "styrtecken");
	bad("a%00=1", "styrtecken");
	bad("a=%ff%fe", "UTF-8");
	bad("a=%C3", "UTF-8");
	bad("a=%C0%AF", "UTF-8");              /* an overlong '/' */
}

static void test_form_limits(void **state)
{
	struct form f;
	struct err err;
	struct buf b;
	size_t i;
	char *big;

	(void)state;
	/* As many fields as allowed, and one more. */
	buf_init(&b);
	for (i = 0; i < FORM_MAX_FIELDS; i++)
		buf_addf(&b, "f%zu=%zu&", i, i);
	form_init(&f);
	assert_int_equal(form_parse(&f, b.s, b.len, &err), 0);
	assert_int_equal(f.n, FORM_MAX_FIELDS);
	form_release(&f);
	buf_adds(&b, "one=more");
	assert_int_equal(form_parse(&f, b.s, b.len, &err), -1);
	assert_non_null(strstr(err.msg, "för många fält"));
	assert_int_equal(f.n, 0);
	buf_release(&b);

	/* A name at the limit and over it. */
	buf_init(&b);
	for (i = 0; i < FORM_MAX_NAME; i++)
		buf_addc(&b, 'n');
	buf_adds(&b, "=1");
	assert_int_equal(form_parse(&f, b.s, b.len, &err), 0);
	form_release(&f);
	buf_reset(&b);
	for (i = 0; i <= FORM_MAX_NAME; i++)
		buf_addc(&b, 'n');
	buf_adds(&b, "=1");
	assert_int_equal(form_parse(&f, b.s, b.len, &err), -1);
	buf_release(&b);

	/* A value at the limit, encoded three bytes per byte, and over it. */
	big = xmalloc(3 * (FORM_MAX_VALUE + 1) + 3);
	memcpy(big, "v=", 2);
	for (i = 0; i < FORM_MAX_VALUE; i++)
		memcpy(big + 2 + 3 * i, "%41", 3);
	assert_int_equal(form_parse(&f, big, 2 + 3 * (size_t)FORM_MAX_VALUE, &err), 0);
	assert_int_equal(strlen(form_get(&f, "v")), FORM_MAX_VALUE);
	form_release(&f);
	memcpy(big + 2 + 3 * (size_t)FORM_MAX_VALUE, "%41", 3);
	assert_int_equal(form_parse(&f, big, 2 + 3 * ((size_t)FORM_MAX_VALUE + 1), &err), -1);
	assert_non_null(strstr(err.msg, "för lång"));
	free(big);

	/* A huge input of one value: refused at once, without decoding it. */
	big = xmalloc(8 * 1024 * 1024);
	memset(big, 'a', 8 * 1024 * 1024);
	big[0] = 'x';
	big[1] = '=';
	assert_int_equal(form_parse(&f, big, 8 * 1024 * 1024, &err), -1);
	/* Many tiny fields in a huge input stop at the field limit. */
	for (i = 0; i + 1 < 8 * 1024 * 1024; i += 2) {
		big[i] = 'a';
		big[i + 1] = '&';
	}
	assert_int_equal(form_parse(&f, big, 8 * 1024 * 1024, &err), -1);
	assert_int_equal(f.n, 0);
	free(big);
}

static void test_cookies(void **state)
{
	struct form f;
	struct err err;

	(void)state;
	form_init(&f);
	assert_int_equal(form_parse_cookies(&f, "finsam_session=abc123; theme=dark;other=\"q\"", &err), 0);
	assert_int_equal(f.n, 3);
	assert_string_equal(form_get(&f, "finsam_session"), "abc123");
	assert_string_equal(form_get(&f, "theme"), "dark");
	assert_string_equal(form_get(&f, "other"), "q");
	form_release(&f);
	assert_int_equal(form_parse_cookies(&f, "", &err), 0);
	assert_int_equal(form_parse_cookies(&f, " ; ;", &err), 0);
	assert_int_equal(form_parse_cookies(&f, "a=", &err), 0);
	assert_string_equal(form_get(&f, "a"), "");
	form_release(&f);
	assert_int_equal(form_parse_cookies(&f, "a b=1", &err), -1);
	assert_int_equal(form_parse_cookies(&f, "=1", &err), -1);
	assert_int_equal(form_parse_cookies(&f, "a=1 2", &err), -1);
	assert_int_equal(form_parse_cookies(&f, "a=\"1", &err), -1);
	assert_int_equal(form_parse_cookies(&f, "novalue", &err), -1);
	assert_int_equal(form_parse_cookies(&f, "a=\x01", &err), -1);
	assert_int_equal(form_parse_cookies(&f, "a=\xc3\xa5", &err), -1);
	assert_int_equal(f.n, 0);
	{
		struct buf b;
		int i;

		buf_init(&b);
		for (i = 0; i <= COOKIE_MAX_COOKIES; i++)
			buf_addf(&b, "c%d=%d; ", i, i);
		assert_int_equal(form_parse_cookies(&f, b.s, &err), -1);
		buf_reset(&b);
		buf_adds(&b, "a=");
		for (i = 0; i <= COOKIE_MAX_VALUE; i++)
			buf_addc(&b, 'x');
		assert_int_equal(form_parse_cookies(&f, b.s, &err), -1);
		buf_release(&b);
	}
	assert_int_equal(f.n, 0);
}

static void test_path(void **state)
{
	struct err err;
	char *p;

	(void)state;
	p = form_decode_path("/deltagare/N%C3%85+1", 20, &err);
	assert_string_equal(p, "/deltagare/NÅ+1");
	free(p);
	assert_null(form_decode_path("/%00", 4, &err));
	assert_null(form_decode_path("/%0a", 4, &err));
	assert_null(form_decode_path("/%", 2, &err));
	assert_null(form_decode_path("/%ff", 4, &err));
}

static void test_token_equal(void **state)
{
	(void)state;
	assert_true(form_token_equal("abc", "abc"));
	assert_false(form_token_equal("abc", "abd"));
	assert_false(form_token_equal("abc", "abcd"));
	assert_false(form_token_equal("", "a"));
	assert_true(form_token_equal("", ""));
	assert_false(form_token_equal(NULL, "a"));
	assert_false(form_token_equal("a", NULL));
	assert_false(form_token_equal(NULL, NULL));
}

static void test_escape(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b);
	web_esc(&b, "<script>alert('x') & \"y\"</script>");
	assert_string_equal(b.s, "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
	buf_reset(&b);
	web_esc(&b, NULL);
	web_esc(&b, "åäö plain");
	assert_string_equal(b.s, "åäö plain");
	buf_reset(&b);
	web_printf(&b, "<p title=\"%s\">%d %ld %lld %zu 100%% %s</p>", "a\"b", -1, 2L, 3LL, (size_t)4, "<i>");
	assert_string_equal(b.s, "<p title=\"a&quot;b\">-1 2 3 4 100% &lt;i&gt;</p>");
	buf_release(&b);
	assert_int_equal(web_int("2025", 1990, 2200), 2025);
	assert_int_equal(web_int("1989", 1990, 2200), -1);
	assert_int_equal(web_int("20x5", 1990, 2200), -1);
	assert_int_equal(web_int("", 0, 10), -1);
	assert_int_equal(web_int(NULL, 0, 10), -1);
	assert_int_equal(web_int("99999999999999999999", 0, 10), -1);
	assert_int_equal(web_int("-1", -5, 10), -1);
}

/* A form's errors: sentences, beside their field, in a summary that
 * links to each field and takes the focus. */
static void test_page_errors(void **state)
{
	struct page_errors pe;
	struct web_req r;
	struct err err;

	(void)state;
	memset(&r, 0, sizeof(r));
	buf_init(&r.out);
	page_errors_init(&pe);
	page_errors_summary(&r, &pe);
	assert_string_equal(r.out.s ? r.out.s : "", "");
	err_set(&err, "beslutet är daterat 2099-01-01, efter i dag");
	err_field(&err, "date");
	page_errors_add_err(&pe, &err);
	page_errors_add(&pe, NULL, "ärendet är <stängt>");
	page_errors_add(&pe, "amount", "Ange ett belopp.");
	assert_string_equal(page_errors_for(&pe, "date"), "Beslutet är daterat 2099-01-01, efter i dag.");
	assert_string_equal(page_errors_for(&pe, "amount"), "Ange ett belopp.");
	assert_null(page_errors_for(&pe, "years"));
	page_errors_summary(&r, &pe);
	assert_non_null(strstr(r.out.s, "<h2>Formuläret har 3 fel</h2>"));
	assert_non_null(strstr(r.out.s, "<li><a href=\"#date\">Beslutet är daterat"));
	assert_non_null(strstr(r.out.s, "<li>Ärendet är &lt;stängt&gt;.</li>"));
	assert_non_null(strstr(r.out.s, "autofocus"));
	page_errors_release(&pe);
	buf_release(&r.out);
}

/* Every page starts with a link past the menu to <main id="main">, has
 * one <h1>, and has each table in a frame that scrolls sideways on a
 * phone: a region named after the table's caption or the heading above
 * it, every name once in the page. */
static void test_page_frames(void **state)
{
	struct web_req r;
	const char *frame = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"";
	const char *p;
	size_t tables = 0, frames = 0;

	(void)state;
	memset(&r, 0, sizeof(r));
	buf_init(&r.out);
	page_begin(&r, "Sidan");
	buf_adds(&r.out, "<h2>Deltagare <small>2025</small></h2>\n<table class=\"app\" id=\"a\"><tr><th>Kod</th></tr>"
			 "</table>\n<table class=\"app\"><caption>Med &lt;rubrik&gt;</caption><tr><td>1</td></tr>"
			 "</table>\n");
	/* A document's tables come framed (render/html.c); one has the same
	 * name as a table before it, one has no name of its own. */
	buf_adds(&r.out, frame);
	buf_adds(&r.out, "Deltagare 2025\">\n<table class=\"figures\"><tr><td>2</td></tr></table>\n</div>\n"
			 "<h3>Logg</h3>\n");
	buf_adds(&r.out, frame);
	buf_adds(&r.out, "Tabell\">\n<table class=\"records\"><tr><td>3</td></tr></table>\n</div>\n");
	page_end(&r);

	p = strstr(r.out.s, "<body>\n");
	assert_non_null(p);
	assert_non_null(strstr(p, "<body>\n<a class=\"skip-link\" href=\"#main\">Hoppa till innehållet</a>"));
	assert_non_null(strstr(r.out.s, "<main id=\"main\">\n<h1>Sidan</h1>"));
	assert_null(strstr(strstr(r.out.s, "<h1>") + 1, "<h1>"));
	for (p = r.out.s; (p = strstr(p, "<table")); p++)
		tables++;
	for (p = r.out.s; (p = strstr(p, frame)); p++)
		frames++;
	assert_int_equal(tables, 4);
	assert_int_equal(frames, 4);
	assert_non_null(strstr(r.out.s, "aria-label=\"Deltagare 2025\"><table class=\"app\" id=\"a\">"));
	assert_non_null(strstr(r.out.s, "aria-label=\"Med &lt;rubrik&gt;\"><table class=\"app\"><caption>"));
	assert_non_null(strstr(r.out.s, "aria-label=\"Deltagare 2025 (2)\">\n<table class=\"figures\">"));
	assert_non_null(strstr(r.out.s, "aria-label=\"Logg\">\n<table class=\"records\">"));
	/* The frames the document brought are not framed again. */
	assert_null(strstr(r.out.s, "</div></div>"));
	buf_release(&r.out);
}

/* ---- the page table ---- */

static const char *const role_names[ROLE__MAX] = { "admin", "registrar", "board", "auditor" };

/* expect METHOD PATH ROLES: the page exists, and exactly the roles in
 * ROLES ("ARBU" letters; "*" for a public page) may use it. */
static void expect(const char *method, const char *path, const char *roles)
{
	char *params[3] = { NULL, NULL, NULL }, allow[32];
	const struct route *rt;
	int other, i;

	rt = web_route_find(method, path, params, &other, allow, sizeof(allow));
	if (!rt)
		fail_msg("%s %s: no page", method, path);
	for (i = 0; i < 3; i++)
		free(params[i]);
	if (strcmp(roles, "*") == 0) {
		assert_int_equal(rt->roles, R_PUBLIC);
		return;
	}
	assert_int_not_equal(rt->roles, R_PUBLIC);
	for (i = 0; i < ROLE__MAX; i++) {
		int want = strchr(roles, "ARBU"[i]) != NULL;

		if (web_route_allows(rt, (enum role)i) != want)
			fail_msg("%s %s: %s %s", method, path, role_names[i], want ? "refused" : "allowed");
	}
}

static void test_routes_roles(void **state)
{
	(void)state;
	expect("GET", "/static/finsam.css", "*");
	expect("GET", "/login", "*");
	expect("POST", "/login", "*");
	expect("POST", "/logout", "ARBU");
	expect("GET", "/", "ARBU");
	expect("GET", "/insatser", "ARBU");
	expect("GET", "/insatser/3", "ARBU");
	expect("POST", "/insatser/3/beslut", "A");
	expect("GET", "/deltagare", "ARU");
	expect("GET", "/deltagare/ny", "AR");
	expect("POST", "/deltagare/ny", "AR");
	expect("GET", "/deltagare/D017", "ARU");
	expect("POST", "/deltagare/D017/inskrivning", "AR");
	expect("POST", "/deltagare/D017/avslut", "AR");
	expect("GET", "/mal", "ARBU");
	expect("POST", "/mal/bedomning", "A");
	expect("GET", "/budget", "ARBU");
	expect("POST", "/budget/prognos", "A");
	expect("GET", "/rapporter", "ARBU");
	expect("GET", "/rapporter/arsredovisning/2025.pdf", "ARBU");
	expect("GET", "/logg", "AU");
	expect("GET", "/anvandare", "A");
	expect("POST", "/anvandare", "A");
	expect("POST", "/anvandare/bo/losenord", "A");
	expect("POST", "/anvandare/bo/avstang", "A");
	/* Interventions, users, settings and the register. */
	expect("GET", "/insatser/ny", "A");
	expect("POST", "/insatser/ny", "A");
	expect("GET", "/insatser/3/andra", "A");
	expect("POST", "/insatser/3/andra", "A");
	expect("GET", "/insatser/3/avsluta", "A");
	expect("POST", "/insatser/3/avsluta", "A");
	expect("GET", "/insatser/3/ta-bort", "A");
	expect("POST", "/insatser/3/ta-bort", "A");
	expect("POST", "/insatser/3/fordelning", "A");
	expect("GET", "/insatser/3/fordelning/2/ta-bort", "A");
	expect("POST", "/insatser/3/fordelning/2/ta-bort", "A");
	expect("POST", "/insatser/3/anonyma", "AR");
	expect("GET", "/insatser/3/anonyma/2/andra", "AR");
	expect("POST", "/insatser/3/anonyma/2/andra", "AR");
	expect("GET", "/insatser/3/anonyma/2/ta-bort", "AR");
	expect("POST", "/insatser/3/anonyma/2/ta-bort", "AR");
	expect("GET", "/anvandare/bo", "A");
	expect("POST", "/anvandare/bo/andra", "A");
	expect("GET", "/anvandare/bo/avstang", "A");
	expect("POST", "/anvandare/bo/pasla", "A");
	expect("GET", "/installningar", "A");
	expect("POST", "/installningar", "A");
	expect("GET", "/registerutdrag", "A");
	expect("POST", "/registerutdrag", "A");
	expect("POST", "/registerutdrag/rensa", "A");
	expect("POST", "/registerutdrag/avidentifiera", "A");
}

/* Every page that changes something is a POST for someone other than the
 * auditor and the board, except logging in and out; no GET writes. */
static void test_routes_writers(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < web_routes_n; i++) {
		const struct route *rt = &web_routes[i];

		if (strcmp(rt->method, "POST") != 0 || strcmp(rt->pattern, "/login") == 0 ||
		    strcmp(rt->pattern, "/logout") == 0)
			continue;
		if (rt->roles & (R_AUDIT | R_BOARD))
			fail_msg("POST %s is open to the auditor or the board", rt->pattern);
	}
}

static void test_routes_match(void **state)
{
	char *params[3] = { NULL, NULL, NULL }, allow[32];
	const struct route *rt;
	int other;

	(void)state;
	rt = web_route_find("GET", "/rapporter/arsredovisning/2025.pdf", params, &other, allow, sizeof(allow));
	assert_non_null(rt);
	assert_string_equal(params[0], "arsredovisning");
	assert_string_equal(params[1], "2025.pdf");
	free(params[0]);
	free(params[1]);
	params[0] = params[1] = NULL;
	/* "ny" is the form, not a participant. */
	rt = web_route_find("GET", "/deltagare/ny", params, &other, allow, sizeof(allow));
	assert_ptr_equal(rt->fn, page_deltagare_ny);
	assert_null(params[0]);
	/* A path for another method: 405 with what it allows. */
	assert_null(web_route_find("DELETE", "/deltagare/ny", params, &other, allow, sizeof(allow)));
	assert_int_equal(other, 1);
	assert_string_equal(allow, "GET, POST");
	assert_null(web_route_find("POST", "/", params, &other, allow, sizeof(allow)));
	assert_int_equal(other, 1);
	assert_string_equal(allow, "GET");
	/* No such page: 404. */
	assert_null(web_route_find("GET", "/nej", params, &other, allow, sizeof(allow)));
	assert_int_equal(other, 0);
	assert_null(web_route_find("GET", "/insatser/", params, &other, allow, sizeof(allow)));
	assert_null(web_route_find("GET", "/insatser/1/2", params, &other, allow, sizeof(allow)));
	assert_null(web_route_find("GET", "/deltagare//avslut", params, &other, allow, sizeof(allow)));
	assert_null(web_route_find("GET", "/logg/", params, &other, allow, sizeof(allow)));
	assert_null(params[0]);
	assert_null(params[1]);
}

/* Every fixed page under /deltagare/ is a code no participant may have
 * (the app refuses it), so that every participant's page can be reached;
 * any other code is a participant's page. */
static void test_routes_reserved_codes(void **state)
{
	char *params[3] = { NULL, NULL, NULL }, allow[32], seg[64];
	const struct route *rt;
	size_t i, j, found = 0;
	int other;

	(void)state;
	for (i = 0; i < web_routes_n; i++) {
		const char *p = web_routes[i].pattern;

		if (strncmp(p, "/deltagare/", 11) != 0 || p[11] == '*')
			continue;
		snprintf(seg, sizeof(seg), "%.*s", (int)strcspn(p + 11, "/"), p + 11);
		for (j = 0; app_participant_reserved_codes[j] && strcmp(app_participant_reserved_codes[j], seg); j++)
			;
		if (!app_participant_reserved_codes[j])
			fail_msg("the page %s is not among the reserved participant codes", p);
		found++;
	}
	assert_true(found >= 4);   /* ny and import, each for GET and POST */
	rt = web_route_find("GET", "/deltagare/N001", params, &other, allow, sizeof(allow));
	assert_ptr_equal(rt->fn, page_deltagare_show);
	assert_string_equal(params[0], "N001");
	free(params[0]);
}

static void test_multipart(void **state)
{
	static const char body[] = "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc123\r\n"
				   "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lista.csv\"\r\n"
				   "Content-Type: text/csv\r\n\r\ndeltagare;kön\r\nN1;man\r\n"
				   "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nåäö\r\n--XyZ--\r\n";
	struct form f;
	struct form_file file;
	struct err err;

	(void)state;
	form_init(&f);
	assert_int_equal(form_parse_multipart(&f, &file, "multipart/form-data; boundary=XyZ", body,
					      sizeof(body) - 1, &err), 0);
	assert_int_equal(f.n, 2);
	assert_string_equal(form_get(&f, "csrf"), "abc123");
	assert_string_equal(form_get(&f, "note"), "åäö");
	assert_string_equal(file.field, "file");
	assert_string_equal(file.name, "lista.csv");
	assert_int_equal(file.len, strlen("deltagare;kön\r\nN1;man"));
	assert_memory_equal(file.data, "deltagare;kön\r\nN1;man", file.len);
	form_file_release(&file);
	form_release(&f);

	/* A quoted boundary; a body cut short; no boundary; text that is not UTF-8. */
	form_init(&f);
	assert_int_equal(form_parse_multipart(&f, &file, "multipart/form-data; boundary=\"XyZ\"", body,
					      sizeof(body) - 1, &err), 0);
	form_file_release(&file);
	form_release(&f);
	assert_int_equal(form_parse_multipart(&f, &file, "multipart/form-data; boundary=XyZ", body, 60, &err), -1);
	assert_int_equal(f.n, 0);
	assert_null(file.data);
	assert_int_equal(form_parse_multipart(&f, &file, "multipart/form-data", body, sizeof(body) - 1, &err), -1);
	assert_string_equal(err.msg, "formuläret saknar en giltig gräns (boundary)");
	assert_int_equal(form_parse_multipart(&f, &file, "multipart/form-data; boundary=XyZ",
					      "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\xff\r\n--XyZ--",
					      strlen("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\xff\r\n--XyZ--"),
					      &err), -1);
	assert_int_equal(f.n, 0);
	assert_int_equal(form_parse_multipart(&f, &file, "multipart/form-data; boundary=XyZ",
					      "--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--", 42, &err), -1);
	form_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_form_basic),
		cmocka_unit_test(test_form_malformed),
		cmocka_unit_test(test_form_limits),
		cmocka_unit_test(test_multipart),
		cmocka_unit_test(test_cookies),
		cmocka_unit_test(test_path),
		cmocka_unit_test(test_token_equal),
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_page_errors),
		cmocka_unit_test(test_page_frames),
		cmocka_unit_test(test_routes_roles),
		cmocka_unit_test(test_routes_writers),
		cmocka_unit_test(test_routes_match),
		cmocka_unit_test(test_routes_reserved_codes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
