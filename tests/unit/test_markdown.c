/*
 * test_markdown.c: the users' Markdown as document blocks: headings as
 * nested sections, paragraphs, lists, and raw HTML kept as text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "doc/reports.h"

static const struct doc_block *child(const struct doc_block *b, size_t i)
{
	assert_true(i < b->n_children);
	return b->children[i];
}

static void test_structure(void **state)
{
	struct doc *d = doc_new("T");
	const struct doc_block *s, *sub;

	(void)state;
	doc_markdown(d, NULL,
		     "Inledning med *betoning* och **fetstil**\nsom fortsätter.\n\n"
		     "# Organisation\n\nFörbundet har fyra medlemmar:\n\n"
		     "- Försäkringskassan\n- Arbetsförmedlingen\n\n"
		     "## Styrelse\n\n1. Ordförande\n2. Vice ordförande\n\n"
		     "# Ekonomi\n\nSe [hemsidan](https://example.se) och `kod`.  \nNy rad.\n");
	assert_int_equal(d->body.n_children, 3);
	assert_int_equal(child(&d->body, 0)->kind, DOC_BLOCK_PARAGRAPH);
	assert_string_equal(child(&d->body, 0)->text, "Inledning med betoning och fetstil som fortsätter.");
	s = child(&d->body, 1);
	assert_int_equal(s->kind, DOC_BLOCK_SECTION);
	assert_string_equal(s->text, "Organisation");
	assert_string_equal(child(s, 0)->text, "Förbundet har fyra medlemmar:");
	assert_string_equal(child(s, 1)->text, "– Försäkringskassan");
	assert_string_equal(child(s, 2)->text, "– Arbetsförmedlingen");
	sub = child(s, 3);
	assert_string_equal(sub->text, "Styrelse");
	assert_string_equal(child(sub, 0)->text, "1. Ordförande");
	assert_string_equal(child(sub, 1)->text, "2. Vice ordförande");
	s = child(&d->body, 2);
	assert_string_equal(s->text, "Ekonomi");
	assert_string_equal(child(s, 0)->text, "Se hemsidan (https://example.se) och kod.\nNy rad.");
	doc_free(d);
}

static void test_html_is_text(void **state)
{
	struct doc *d = doc_new("T");
	struct doc_block *sec = doc_section_add(d, NULL, "Avsnitt");

	(void)state;
	doc_markdown(d, sec, "<script>alert(1)</script>\n\nText med <b>fet</b> & mer.\n\n### Djup rubrik\n\nX");
	assert_int_equal(sec->n_children, 3);
	assert_string_equal(child(sec, 0)->text, "<script>alert(1)</script>");
	assert_string_equal(child(sec, 1)->text, "Text med <b>fet</b> & mer.");
	/* A heading deeper than the next level is taken as the next level. */
	assert_int_equal(child(sec, 2)->kind, DOC_BLOCK_SECTION);
	assert_string_equal(child(sec, 2)->text, "Djup rubrik");
	assert_string_equal(child(child(sec, 2), 0)->text, "X");
	doc_markdown(d, sec, "");
	doc_markdown(d, sec, NULL);
	assert_int_equal(sec->n_children, 3);
	doc_free(d);
}

/* Headings keep their order of rank however the text starts: two "##"
 * are siblings, and a "###" after them lies under the second. */
static void test_second_heading_is_sibling(void **state)
{
	struct doc *d = doc_new("T");
	struct doc_block *sec = doc_section_add(d, NULL, "Förvaltningsberättelse");
	const struct doc_block *b;

	(void)state;
	doc_markdown(d, sec, "Inledning.\n\n## Första\n\nEtt.\n\n## Andra\n\nTvå.\n\n### Del\n\nTre.\n\n## Tredje\n");
	assert_int_equal(sec->n_children, 4);
	assert_int_equal(child(sec, 0)->kind, DOC_BLOCK_PARAGRAPH);
	assert_string_equal(child(sec, 1)->text, "Första");
	assert_int_equal(child(sec, 1)->n_children, 1);
	b = child(sec, 2);
	assert_int_equal(b->kind, DOC_BLOCK_SECTION);
	assert_string_equal(b->text, "Andra");
	assert_int_equal(b->n_children, 2);
	assert_string_equal(child(b, 0)->text, "Två.");
	assert_string_equal(child(b, 1)->text, "Del");
	assert_string_equal(child(child(b, 1), 0)->text, "Tre.");
	assert_string_equal(child(sec, 3)->text, "Tredje");
	assert_int_equal(child(sec, 3)->n_children, 0);
	doc_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_structure),
		cmocka_unit_test(test_html_is_text),
		cmocka_unit_test(test_second_heading_is_sibling),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
