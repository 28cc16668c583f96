/*
 * parse_html.c - text/html to the text a reader sees (gumbo, the HTML5 parser).
 *
 * SUMMARY
 *	mp_html_to_text() parses with gumbo (the same tree a browser builds,
 *	so broken markup, unclosed tags and entities come out right) and
 *	walks it, writing text nodes and turning layout into line breaks:
 *
 *	- head, script, style, template, noscript, svg and object content is
 *	  dropped (it is code or metadata, never what the author wrote);
 *	- block elements (p, div, li, tr, h1-h6, table ...) start and end a
 *	  line; br is a line break; td and th are separated by a space; li
 *	  gets a "- " bullet; img contributes its alt text only;
 *	- blockquote content is prefixed with "> " per level, so that a
 *	  quoted reply written in HTML reads like a quoted plain-text reply
 *	  (later stages recognise quotes in one form only);
 *	- runs of whitespace collapse to one space outside pre; lines are
 *	  trimmed and at most one blank line is kept between paragraphs.
 *
 *	The walk uses an explicit stack, not recursion: a hostile message can
 *	nest tens of thousands of elements.
 *
 * INPUT
 *	Valid UTF-8 (mp_utf8_sanitize() first); gumbo replaces anything else.
 */
#include <string.h>
#include <gumbo.h>
#include "parse.h"

typedef struct html_writer {
	GString *out;
	int quote_depth;     /* blockquote levels open */
	int pre_depth;       /* pre elements open */
	gboolean at_line_start;
	gboolean pending_space;
	int newlines;        /* consecutive newlines just written */
} html_writer;

/* is_dropped - elements whose content is not text for a reader */
static gboolean is_dropped(GumboTag tag)
{
	switch (tag) {
	case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
	case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_SVG:
	case GUMBO_TAG_OBJECT: case GUMBO_TAG_IFRAME: case GUMBO_TAG_TITLE:
	case GUMBO_TAG_MATH:
		return TRUE;
	default:
		return FALSE;
	}
}

/* is_block - elements that sit on lines of their own */
static gboolean is_block(GumboTag tag)
{
	switch (tag) {
	case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
	case GUMBO_TAG_OL: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_H1:
	case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
	case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_HR:
	case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION:
	case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
	case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_FORM:
	case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGURE: case GUMBO_TAG_CENTER:
	case GUMBO_TAG_MAIN: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TBODY:
	case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
		return TRUE;
	default:
		return FALSE;
	}
}

/* start_line - write the blockquote prefix if nothing is on this line yet */
static void start_line(html_writer *w)
{
	if (!w->at_line_start)
		return;
	for (int i = 0; i < w->quote_depth; i++)
		g_string_append(w->out, "> ");
	w->at_line_start = FALSE;
}

/* newline - end the current line; at most `max` newlines in a row */
static void newline(html_writer *w, int max)
{
	w->pending_space = FALSE;
	if (w->out->len == 0 || w->newlines >= max)
		return;
	/* Trim trailing spaces of the line just ended. */
	while (w->out->len > 0 && w->out->str[w->out->len - 1] == ' ')
		g_string_truncate(w->out, w->out->len - 1);
	if (w->newlines > 0 && w->quote_depth > 0) /* a blank line inside a quote */
		for (int i = 0; i < w->quote_depth; i++)
			g_string_append(w->out, i ? " >" : ">");
	g_string_append_c(w->out, '\n');
	w->newlines++;
	w->at_line_start = TRUE;
}

/* write_text - a text node: collapse whitespace unless inside pre */
static void write_text(html_writer *w, const char *text)
{
	for (const char *p = text; *p; p++) {
		char c = *p;
		if (w->pre_depth > 0) {
			if (c == '\n') {
				w->newlines = 0;
				newline(w, 1);
				continue;
			}
		} else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
			if (!w->at_line_start)
				w->pending_space = TRUE;
			continue;
		}
		start_line(w);
		if (w->pending_space) {
			g_string_append_c(w->out, ' ');
			w->pending_space = FALSE;
		}
		g_string_append_c(w->out, c);
		w->newlines = 0;
	}
}

/* open_element - what an element writes before its children */
static void open_element(html_writer *w, const GumboElement *el)
{
	GumboTag tag = el->tag;
	if (tag == GUMBO_TAG_BR) {
		w->newlines = 0;
		newline(w, 1);
	} else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
		if (!w->at_line_start)
			w->pending_space = TRUE;
	} else if (tag == GUMBO_TAG_IMG) {
		GumboAttribute *alt = gumbo_get_attribute(&el->attributes, "alt");
		if (alt && alt->value[0]) {
			if (!w->at_line_start)
				w->pending_space = TRUE;
			write_text(w, alt->value);
			w->pending_space = TRUE;
		}
	} else if (is_block(tag)) {
		newline(w, tag == GUMBO_TAG_P || tag == GUMBO_TAG_BLOCKQUOTE ? 2 : 1);
		if (tag == GUMBO_TAG_BLOCKQUOTE)
			w->quote_depth++;
		if (tag == GUMBO_TAG_PRE)
			w->pre_depth++;
		if (tag == GUMBO_TAG_LI)
			write_text(w, "- ");
		if (tag == GUMBO_TAG_HR)
			write_text(w, "----");
	}
}

/* close_element - what an element writes after its children */
static void close_element(html_writer *w, const GumboElement *el)
{
	if (!is_block(el->tag))
		return;
	if (el->tag == GUMBO_TAG_BLOCKQUOTE && w->quote_depth > 0)
		w->quote_depth--;
	if (el->tag == GUMBO_TAG_PRE && w->pre_depth > 0)
		w->pre_depth--;
	newline(w, el->tag == GUMBO_TAG_P || el->tag == GUMBO_TAG_BLOCKQUOTE ? 2 : 1);
}

/* A stack entry: a node to visit, or (closing) an element to close. */
typedef struct walk_item {
	const GumboNode *node;
	gboolean closing;
} walk_item;

/* walk - depth-first over the tree with an explicit stack */
static void walk(html_writer *w, const GumboNode *root)
{
	GArray *stack = g_array_new(FALSE, FALSE, sizeof(walk_item));
	walk_item first = { root, FALSE };
	g_array_append_val(stack, first);
	while (stack->len > 0) {
		walk_item item = g_array_index(stack, walk_item, stack->len - 1);
		g_array_set_size(stack, stack->len - 1);
		const GumboNode *node = item.node;
		if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
		    node->type == GUMBO_NODE_WHITESPACE) {
			write_text(w, node->v.text.text);
			continue;
		}
		if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT &&
		    node->type != GUMBO_NODE_TEMPLATE)
			continue; /* comments */
		if (node->type == GUMBO_NODE_DOCUMENT) {
			const GumboVector *children = &node->v.document.children;
			for (guint i = children->length; i > 0; i--) {
				walk_item child = { children->data[i - 1], FALSE };
				g_array_append_val(stack, child);
			}
			continue;
		}
		const GumboElement *el = &node->v.element;
		if (item.closing) {
			close_element(w, el);
			continue;
		}
		if (is_dropped(el->tag))
			continue;
		open_element(w, el);
		walk_item closer = { node, TRUE };
		g_array_append_val(stack, closer);
		for (guint i = el->children.length; i > 0; i--) {
			walk_item child = { el->children.data[i - 1], FALSE };
			g_array_append_val(stack, child);
		}
	}
	g_array_free(stack, TRUE);
}

char *mp_html_to_text(const char *html, gsize len)
{
	if (html == NULL || len == 0)
		return g_strdup("");
	GumboOutput *doc = gumbo_parse_with_options(&kGumboDefaultOptions, html, len);
	html_writer w = { .out = g_string_sized_new(len / 2 + 16), .at_line_start = TRUE };
	if (doc != NULL) {
		walk(&w, doc->document);
		gumbo_destroy_output(&kGumboDefaultOptions, doc);
	}
	/* Trim trailing whitespace. */
	while (w.out->len > 0 && g_ascii_isspace(w.out->str[w.out->len - 1]))
		g_string_truncate(w.out, w.out->len - 1);
	return g_string_free(w.out, FALSE);
}
