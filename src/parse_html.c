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
 *	- quote containers are prefixed with "> " per level, so that a quoted
 *	  reply written in HTML reads like a quoted plain-text reply (the new
 *	  text stage, newtext.c, recognises quotes in one form only): every
 *	  blockquote (Apple Mail's and Thunderbird's type=cite among them),
 *	  Gmail's div.gmail_quote, Yahoo's div.yahoo_quoted, Thunderbird's
 *	  div.moz-cite-prefix attribution, and Outlook's div#divRplyFwdMsg
 *	  header together with everything after it in its parent (Outlook
 *	  does not wrap the message it answers: it just follows the header);
 *	- runs of whitespace collapse to one space outside pre; lines are
 *	  trimmed and at most one blank line is kept between paragraphs.
 *
 *	The walk uses an explicit stack, not recursion: a hostile message can
 *	nest tens of thousands of elements.
 *
 * HOSTILE NESTING
 *	gumbo itself is not safe against deep nesting: each start tag scans
 *	the stack of open elements (quadratic time: 100,000 nested <div>s
 *	take minutes) and each parse error copies that stack (quadratic
 *	memory: gigabytes).  So parse errors are not recorded (max_errors 0:
 *	we never read them), and a linear pre-scan counts how deep the
 *	unclosed elements go; past MAX_HTML_DEPTH the markup is flattened
 *	first (block tags become <br>, other tags are dropped, script and
 *	style content removed) and only that flat text goes to gumbo, which
 *	still decodes the entities.  Quote prefixes are lost in that case; no
 *	real mail client nests that deep.
 *
 * INPUT
 *	Valid UTF-8 (mp_utf8_sanitize() first); gumbo replaces anything else.
 */
#include <string.h>
#include <gumbo.h>
#include "parse.h"

/* Deeper than any real message; gumbo's cost grows with depth squared. */
#define MAX_HTML_DEPTH 512
#define MAX_TAG_NAME 16

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

/* has_class - the element's class attribute lists name */
static gboolean has_class(const GumboElement *el, const char *name)
{
	const GumboAttribute *cls = gumbo_get_attribute(&el->attributes, "class");
	if (cls == NULL)
		return FALSE;
	char **names = g_strsplit_set(cls->value, " \t\r\n", -1);
	gboolean found = g_strv_contains((const char *const *)names, name);
	g_strfreev(names);
	return found;
}

/* is_quote_container - elements whose content is quoted history */
static gboolean is_quote_container(const GumboElement *el)
{
	if (el->tag == GUMBO_TAG_BLOCKQUOTE)
		return TRUE;
	if (el->tag != GUMBO_TAG_DIV)
		return FALSE;
	return has_class(el, "gmail_quote") || has_class(el, "yahoo_quoted") ||
	       has_class(el, "moz-cite-prefix") || has_class(el, "protonmail_quote");
}

/* starts_quoted_tail - Outlook's reply header: it and its following
 * siblings are the quoted message (OWA prefixes ids with "x_") */
static gboolean starts_quoted_tail(const GumboNode *node)
{
	if (node->type != GUMBO_NODE_ELEMENT)
		return FALSE;
	const GumboAttribute *id = gumbo_get_attribute(&node->v.element.attributes, "id");
	return id != NULL && g_str_has_suffix(id->value, "divRplyFwdMsg");
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
		if (is_quote_container(el))
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
	if (is_quote_container(el) && w->quote_depth > 0)
		w->quote_depth--;
	if (el->tag == GUMBO_TAG_PRE && w->pre_depth > 0)
		w->pre_depth--;
	newline(w, el->tag == GUMBO_TAG_P || el->tag == GUMBO_TAG_BLOCKQUOTE ? 2 : 1);
}

/* A stack entry: a node to visit, or (closing) an element to close. */
typedef struct walk_item {
	const GumboNode *node;
	gboolean closing;
	gboolean quote_starts; /* visiting: the quoted tail starts here */
	gboolean quote_ends;   /* closing: a quoted tail among the children ends */
} walk_item;

/* push_children - the children in reverse order (the first on top),
 * marking where an Outlook quoted tail starts; TRUE if one does */
static gboolean push_children(GArray *stack, const GumboVector *children)
{
	guint tail = children->length;
	for (guint i = 0; i < children->length && tail == children->length; i++)
		if (starts_quoted_tail(children->data[i]))
			tail = i;
	for (guint i = children->length; i > 0; i--) {
		walk_item child = { children->data[i - 1], FALSE, i - 1 == tail, FALSE };
		g_array_append_val(stack, child);
	}
	return tail < children->length;
}

/* quote_tail_start - an Outlook quoted tail starts: one more level */
static void quote_tail_start(html_writer *w)
{
	w->newlines = 0;
	newline(w, 1);
	w->quote_depth++;
}

/* quote_tail_end - the parent of a quoted tail closes */
static void quote_tail_end(html_writer *w)
{
	if (w->quote_depth > 0)
		w->quote_depth--;
	newline(w, 1);
}

/* walk - depth-first over the tree with an explicit stack */
static void walk(html_writer *w, const GumboNode *root)
{
	GArray *stack = g_array_new(FALSE, FALSE, sizeof(walk_item));
	walk_item first = { root, FALSE, FALSE, FALSE };
	g_array_append_val(stack, first);
	while (stack->len > 0) {
		walk_item item = g_array_index(stack, walk_item, stack->len - 1);
		g_array_set_size(stack, stack->len - 1);
		const GumboNode *node = item.node;
		if (item.quote_starts)
			quote_tail_start(w);
		if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
		    node->type == GUMBO_NODE_WHITESPACE) {
			write_text(w, node->v.text.text);
			continue;
		}
		if (node->type == GUMBO_NODE_DOCUMENT) {
			push_children(stack, &node->v.document.children);
			continue;
		}
		if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
			continue; /* comments */
		const GumboElement *el = &node->v.element;
		if (item.closing) {
			close_element(w, el);
			if (item.quote_ends)
				quote_tail_end(w);
			continue;
		}
		if (is_dropped(el->tag))
			continue;
		open_element(w, el);
		guint closer_at = stack->len;
		walk_item closer = { node, TRUE, FALSE, FALSE };
		g_array_append_val(stack, closer);
		if (push_children(stack, &el->children))
			g_array_index(stack, walk_item, closer_at).quote_ends = TRUE;
	}
	g_array_free(stack, TRUE);
}

/* scan_tag - read the tag at p ('<' + letter or '/'); its lowercase name
 * into name, whether it closes or self-closes; returns the byte after
 * its '>' (quoted attribute values may hold '>'), or end */
static const char *scan_tag(const char *p, const char *end, char name[MAX_TAG_NAME],
                            gboolean *closing, gboolean *self_closing)
{
	p++; /* '<' */
	*closing = p < end && *p == '/';
	if (*closing)
		p++;
	int n = 0;
	while (p < end && (g_ascii_isalnum(*p) || *p == '-')) {
		if (n < MAX_TAG_NAME - 1)
			name[n++] = g_ascii_tolower(*p);
		p++;
	}
	name[n] = '\0';
	char quote = 0, last = 0;
	for (; p < end; p++) {
		if (quote) {
			if (*p == quote)
				quote = 0;
		} else if (*p == '"' || *p == '\'') {
			quote = *p;
		} else if (*p == '>') {
			*self_closing = last == '/';
			return p + 1;
		} else if (!g_ascii_isspace(*p)) {
			last = *p;
		}
	}
	*self_closing = FALSE;
	return end;
}

/* is_tag_start - p starts a start or end tag (not "a < b") */
static gboolean is_tag_start(const char *p, const char *end)
{
	return p + 1 < end && p[0] == '<' &&
	       (g_ascii_isalpha(p[1]) || (p[1] == '/' && p + 2 < end && g_ascii_isalpha(p[2])));
}

/* is_void - elements that never have content */
static gboolean is_void(const char *name)
{
	static const char *const voids[] = { "area", "base", "br", "col", "embed", "hr", "img",
		"input", "link", "meta", "param", "source", "track", "wbr", NULL };
	return g_strv_contains(voids, name);
}

/* too_deep - the unclosed elements nest past MAX_HTML_DEPTH (linear) */
static gboolean too_deep(const char *html, gsize len)
{
	const char *end = html + len;
	int depth = 0;
	char name[MAX_TAG_NAME];
	for (const char *p = html; p < end; ) {
		if (!is_tag_start(p, end)) {
			p++;
			continue;
		}
		gboolean closing, self_closing;
		p = scan_tag(p, end, name, &closing, &self_closing);
		if (closing)
			depth = depth > 0 ? depth - 1 : 0;
		else if (!self_closing && !is_void(name) && ++depth > MAX_HTML_DEPTH)
			return TRUE;
	}
	return FALSE;
}

/* skip_content - past the end tag of a script or style element */
static const char *skip_content(const char *p, const char *end, const char *name)
{
	char close[MAX_TAG_NAME + 2];
	g_snprintf(close, sizeof close, "</%s", name);
	gsize n = strlen(close);
	for (; p + n <= end; p++)
		if (g_ascii_strncasecmp(p, close, n) == 0)
			return p;
	return end;
}

/* flatten - the markup without nesting: block tags become <br>, other
 * tags and script/style content go, text and entities stay */
static GString *flatten(const char *html, gsize len)
{
	const char *end = html + len;
	GString *flat = g_string_sized_new(len / 2 + 16);
	char name[MAX_TAG_NAME];
	for (const char *p = html; p < end; ) {
		if (!is_tag_start(p, end)) {
			g_string_append_c(flat, *p++);
			continue;
		}
		gboolean closing, self_closing;
		p = scan_tag(p, end, name, &closing, &self_closing);
		GumboTag tag = gumbo_tag_enum(name);
		if (!closing && (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TITLE))
			p = skip_content(p, end, name);
		else if (is_block(tag) || tag == GUMBO_TAG_BR)
			g_string_append(flat, "<br>");
	}
	return flat;
}

/* trim_end - drop trailing white space and the empty quote lines (">",
 * "> >") that closing nested quotes leave */
static void trim_end(GString *out)
{
	for (;;) {
		while (out->len > 0 && g_ascii_isspace(out->str[out->len - 1]))
			g_string_truncate(out, out->len - 1);
		const char *nl = strrchr(out->str, '\n');
		gsize start = nl ? (gsize)(nl - out->str) + 1 : 0;
		if (start == out->len || strspn(out->str + start, "> ") != out->len - start)
			return;
		g_string_truncate(out, start);
	}
}

char *mp_html_to_text(const char *html, gsize len)
{
	if (html == NULL || len == 0)
		return g_strdup("");
	GumboOptions options = kGumboDefaultOptions;
	options.max_errors = 0; /* never read; recording them costs memory */
	GString *flat = too_deep(html, len) ? flatten(html, len) : NULL;
	GumboOutput *doc = flat ? gumbo_parse_with_options(&options, flat->str, flat->len)
	                        : gumbo_parse_with_options(&options, html, len);
	html_writer w = { .out = g_string_sized_new(len / 2 + 16), .at_line_start = TRUE };
	if (doc != NULL) {
		walk(&w, doc->document);
		gumbo_destroy_output(&options, doc);
	}
	if (flat)
		g_string_free(flat, TRUE);
	trim_end(w.out);
	return g_string_free(w.out, FALSE);
}
