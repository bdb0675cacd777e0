/*
 * pdf_finish.c: cairo's PDF read and written again through libqpdf's C
 * API (see pdf_finish.h). The file is read from memory and written to
 * memory, one extra pass over bytes already made; the content streams
 * keep the compression cairo gave them.
 *
 * The structure tree is walked once along /K, in document order: the n-th
 * Figure element is given the n-th alternative text, and a TH in the first
 * row of a Table is a column's header, a TH further down a row's.
 */
#include <string.h>

#include <qpdf/qpdf-c.h>

#include "base/err.h"
#include "render/pdf_finish.h"

struct walk {
	qpdf_data q;
	const struct pdf_finish *f;
	size_t figure;              /* the Figure elements met so far */
};

enum scope { SCOPE_NONE, SCOPE_COLUMN, SCOPE_ROW };

static void visit(struct walk *w, qpdf_oh e, enum scope scope);

/* Each child of e (its /K: one, or an array of them). A Table's rows tell
 * their cells whether they are the header row. */
static void visit_kids(struct walk *w, qpdf_oh e, int table, enum scope scope)
{
	qpdf_data q = w->q;
	qpdf_oh k = qpdf_oh_get_key(q, e, "/K");
	int rows = 0;

	if (qpdf_oh_is_array(q, k)) {
		int i, n = qpdf_oh_get_array_n_items(q, k);

		for (i = 0; i < n; i++) {
			qpdf_oh kid = qpdf_oh_get_array_item(q, k, i);

			if (table && qpdf_oh_is_dictionary(q, kid)) {
				qpdf_oh s = qpdf_oh_get_key(q, kid, "/S");

				if (qpdf_oh_is_name_and_equals(q, s, "/TR"))
					scope = rows++ == 0 ? SCOPE_COLUMN : SCOPE_ROW;
				qpdf_oh_release(q, s);
			}
			visit(w, kid, scope);
			qpdf_oh_release(q, kid);
		}
	} else {
		visit(w, k, table ? SCOPE_COLUMN : scope);
	}
	qpdf_oh_release(q, k);
}

static void visit(struct walk *w, qpdf_oh e, enum scope scope)
{
	qpdf_data q = w->q;
	qpdf_oh s;

	if (qpdf_oh_is_array(q, e)) {
		int i, n = qpdf_oh_get_array_n_items(q, e);

		for (i = 0; i < n; i++) {
			qpdf_oh kid = qpdf_oh_get_array_item(q, e, i);

			visit(w, kid, scope);
			qpdf_oh_release(q, kid);
		}
		return;
	}
	/* A marked-content reference (an integer) or an annotation's. */
	if (!qpdf_oh_is_dictionary(q, e) || !qpdf_oh_has_key(q, e, "/S"))
		return;
	s = qpdf_oh_get_key(q, e, "/S");
	if (qpdf_oh_is_name_and_equals(q, s, "/Figure")) {
		if (w->figure < w->f->n_alt)
			qpdf_oh_replace_key(q, e, "/Alt",
					    qpdf_oh_new_unicode_string(q, w->f->alt[w->figure]));
		w->figure++;
	} else if (qpdf_oh_is_name_and_equals(q, s, "/TH") && scope != SCOPE_NONE) {
		qpdf_oh a = qpdf_oh_new_dictionary(q);

		qpdf_oh_replace_key(q, a, "/O", qpdf_oh_new_name(q, "/Table"));
		qpdf_oh_replace_key(q, a, "/Scope",
				    qpdf_oh_new_name(q, scope == SCOPE_COLUMN ? "/Column" : "/Row"));
		qpdf_oh_replace_key(q, e, "/A", a);
	}
	if (qpdf_oh_is_name_and_equals(q, s, "/Table"))
		visit_kids(w, e, 1, SCOPE_NONE);
	else
		visit_kids(w, e, 0, qpdf_oh_is_name_and_equals(q, s, "/TR") ? scope : SCOPE_NONE);
	qpdf_oh_release(q, s);
}

/* The catalog's entries for a tagged document in f->lang. */
static void catalog(struct walk *w)
{
	qpdf_data q = w->q;
	qpdf_oh root = qpdf_get_root(q), d, tree;

	qpdf_oh_replace_key(q, root, "/Lang", qpdf_oh_new_string(q, w->f->lang));
	d = qpdf_oh_new_dictionary(q);
	qpdf_oh_replace_key(q, d, "/Marked", qpdf_oh_new_bool(q, QPDF_TRUE));
	qpdf_oh_replace_key(q, root, "/MarkInfo", d);
	d = qpdf_oh_new_dictionary(q);
	qpdf_oh_replace_key(q, d, "/DisplayDocTitle", qpdf_oh_new_bool(q, QPDF_TRUE));
	qpdf_oh_replace_key(q, root, "/ViewerPreferences", d);
	tree = qpdf_oh_get_key(q, root, "/StructTreeRoot");
	if (qpdf_oh_is_dictionary(q, tree))
		visit_kids(w, tree, 0, SCOPE_NONE);
}

/* err's message from qpdf's first error, with what it says in detail. */
static int failed(qpdf_data q, const char *what, struct err *err)
{
	qpdf_error e = qpdf_get_error(q);

	return err_set(err, "kunde inte skriva rapporten som PDF: %s (%s)", what,
		       e ? qpdf_get_error_message_detail(q, e) : "okänt fel");
}

int pdf_pages(const char *pdf, size_t n, int *pages, struct err *err)
{
	qpdf_data q = qpdf_init();
	int rc = 0;

	qpdf_silence_errors(q);
	qpdf_set_suppress_warnings(q, QPDF_TRUE);
	*pages = 0;
	if (n < 5 || memcmp(pdf, "%PDF-", 5) != 0 ||
	    (qpdf_read_memory(q, "bilaga.pdf", pdf, (unsigned long long)n, NULL) & QPDF_ERRORS) ||
	    (*pages = qpdf_get_num_pages(q)) < 1)
		rc = err_set(err, "filen är inte en PDF som går att läsa");
	qpdf_cleanup(&q);
	return rc;
}

/* Adds the pages of the PDF in f->append after q's own, from a, which
 * stays open until q is written. */
static int append_pages(qpdf_data q, qpdf_data a, const struct pdf_finish *f, struct err *err)
{
	int i, n;

	if (qpdf_read_memory(a, "bilaga.pdf", f->append, (unsigned long long)f->n_append, NULL) & QPDF_ERRORS)
		return failed(a, "bilagan går inte att läsa", err);
	n = qpdf_get_num_pages(a);
	if (n < 0)
		return failed(a, "bilagans sidor går inte att läsa", err);
	for (i = 0; i < n; i++)
		if (qpdf_add_page(q, a, qpdf_get_page_n(a, (size_t)i), QPDF_FALSE) & QPDF_ERRORS)
			return failed(q, "bilagans sidor kan inte läggas till", err);
	return 0;
}

int pdf_finish_write(const char *pdf, size_t n, const struct pdf_finish *f, FILE *out, struct err *err)
{
	qpdf_data q = qpdf_init(), a = qpdf_init();
	struct walk w = { q, f, 0 };
	size_t len;
	int rc = 0;

	qpdf_silence_errors(a);
	qpdf_set_suppress_warnings(a, QPDF_TRUE);

	qpdf_silence_errors(q);
	qpdf_set_suppress_warnings(q, QPDF_TRUE);
	if (qpdf_read_memory(q, "rapport.pdf", pdf, (unsigned long long)n, NULL) & QPDF_ERRORS) {
		rc = failed(q, "filen cairo skrev går inte att läsa", err);
		goto out;
	}
	catalog(&w);
	if (qpdf_has_error(q)) {
		rc = failed(q, "strukturen går inte att läsa", err);
		goto out;
	}
	if (f->append && (rc = append_pages(q, a, f, err)) < 0)
		goto out;
	if (qpdf_init_write_memory(q) & QPDF_ERRORS) {
		rc = failed(q, "filen kan inte skrivas", err);
		goto out;
	}
	qpdf_set_object_stream_mode(q, qpdf_o_generate);
	qpdf_set_deterministic_ID(q, QPDF_TRUE);
	if (qpdf_write(q) & QPDF_ERRORS) {
		rc = failed(q, "filen kan inte skrivas", err);
		goto out;
	}
	len = qpdf_get_buffer_length(q);
	if (fwrite(qpdf_get_buffer(q), 1, len, out) != len)
		rc = err_set(err, "kunde inte skriva rapporten");
out:
	qpdf_cleanup(&q);
	qpdf_cleanup(&a);
	return rc;
}
