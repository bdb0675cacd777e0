/*
 * markdown.c: the users' texts (Markdown, one per section and year) into
 * document blocks, with cmark (CommonMark). Headings become sections,
 * paragraphs paragraphs, list items paragraphs that start with "– " or
 * their number; emphasis, links and inline code keep their text. Raw HTML
 * is kept as text: a renderer escapes it like any other text, so nothing
 * a user writes can become markup in a published document.
 */
#include <cmark.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "doc/reports.h"

/* Appends the text of n's inlines to b. */
static void inline_text(struct buf *b, cmark_node *n)
{
	cmark_node *c;

	for (c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
		case CMARK_NODE_HTML_INLINE:
			buf_adds(b, cmark_node_get_literal(c) ? cmark_node_get_literal(c) : "");
			break;
		case CMARK_NODE_SOFTBREAK:
			buf_addc(b, ' ');
			break;
		case CMARK_NODE_LINEBREAK:
			buf_addc(b, '\n');
			break;
		case CMARK_NODE_LINK: {
			const char *url = cmark_node_get_url(c);
			size_t before = b->len;

			inline_text(b, c);
			/* A link shows its address when the text does not. */
			if (url && *url && !strstr(b->s + before, url))
				buf_addf(b, " (%s)", url);
			break;
		}
		case CMARK_NODE_IMAGE:
			inline_text(b, c);
			break;
		default:
			inline_text(b, c);
			break;
		}
	}
}

/* Trailing blanks and newlines off, so that paragraphs compare cleanly. */
static void trim(struct buf *b)
{
	while (b->len && (b->s[b->len - 1] == ' ' || b->s[b->len - 1] == '\n'))
		b->s[--b->len] = '\0';
}

struct walk {
	struct doc *d;
	struct doc_block *stack[7];   /* the section for each heading level; [0] the parent */
	int depth;                    /* the deepest level open */
	int top;                      /* the text's highest heading level (1 for
					 "#", 2 when its highest is "##") */
};

static struct doc_block *current(struct walk *w)
{
	return w->stack[w->depth];
}

static void blocks(struct walk *w, cmark_node *n, const char *prefix);

static void list(struct walk *w, cmark_node *n)
{
	cmark_node *item;
	int ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST, no = cmark_node_get_list_start(n);

	for (item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
		char prefix[16];

		if (ordered)
			snprintf(prefix, sizeof(prefix), "%d. ", no++);
		else
			snprintf(prefix, sizeof(prefix), "– ");
		blocks(w, item, prefix);
	}
}

/* The blocks under n; prefix goes before the first paragraph (a list item's mark). */
static void blocks(struct walk *w, cmark_node *n, const char *prefix)
{
	cmark_node *c;
	struct buf b;

	buf_init(&b);
	for (c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
		buf_reset(&b);
		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_HEADING: {
			int level = cmark_node_get_heading_level(c);

			/* The text's highest level is a section of the
			 * parent, whether the user wrote "#" or "##":
			 * two "##" are siblings, never one inside the
			 * other. */
			level -= w->top - 1;
			if (level < 1)
				level = 1;
			if (level > 6)
				level = 6;
			if (level > w->depth + 1)
				level = w->depth + 1;
			inline_text(&b, c);
			trim(&b);
			w->depth = level - 1;
			w->stack[level] = doc_section_add(w->d, current(w), b.s);
			w->depth = level;
			break;
		}
		case CMARK_NODE_PARAGRAPH:
			if (prefix) {
				buf_adds(&b, prefix);
				prefix = NULL;
			}
			inline_text(&b, c);
			trim(&b);
			doc_paragraph_add(w->d, current(w), b.s);
			break;
		case CMARK_NODE_CODE_BLOCK:
		case CMARK_NODE_HTML_BLOCK:
			if (prefix) {
				buf_adds(&b, prefix);
				prefix = NULL;
			}
			buf_adds(&b, cmark_node_get_literal(c) ? cmark_node_get_literal(c) : "");
			trim(&b);
			if (b.len)
				doc_paragraph_add(w->d, current(w), b.s);
			break;
		case CMARK_NODE_LIST:
			list(w, c);
			break;
		case CMARK_NODE_BLOCK_QUOTE:
		case CMARK_NODE_ITEM:
			blocks(w, c, prefix);
			prefix = NULL;
			break;
		default:
			break;    /* thematic breaks and custom blocks carry no text */
		}
	}
	buf_release(&b);
}

/* The highest (smallest) heading level anywhere in the text; 1 when it
 * has no heading. */
static int top_level(cmark_node *root)
{
	cmark_iter *it = cmark_iter_new(root);
	cmark_event_type ev;
	int top = 7;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);

		if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_HEADING &&
		    cmark_node_get_heading_level(n) < top)
			top = cmark_node_get_heading_level(n);
	}
	cmark_iter_free(it);
	return top == 7 ? 1 : top;
}

void doc_markdown(struct doc *d, struct doc_block *parent, const char *markdown)
{
	cmark_node *root;
	struct walk w;

	if (!markdown || !*markdown)
		return;
	root = cmark_parse_document(markdown, strlen(markdown), CMARK_OPT_DEFAULT);
	if (!root)
		return;
	memset(&w, 0, sizeof(w));
	w.d = d;
	w.top = top_level(root);
	w.stack[0] = parent ? parent : &d->body;
	blocks(&w, root, NULL);
	cmark_node_free(root);
}
