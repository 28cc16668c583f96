/*
 * newtext_signature.c - where a message's signature starts, and what it
 * says about its author.
 *
 * SUMMARY
 *	nt_signature_start() looks at the last lines written now and returns
 *	the first that starts a signature:
 *
 *	- a separator line: "-- " (RFC 3676), "--", "—", "____";
 *	- a mobile footer ("Sent from my iPhone", "Von meinem iPhone
 *	  gesendet", "Envoyé de mon iPhone", "Get Outlook for iOS" ...);
 *	- a legal disclaimer ("This email and any attachments are
 *	  confidential", "Der Inhalt dieser E-Mail ist vertraulich", "Ce
 *	  message et toutes les pièces jointes" ...);
 *	- a sign-off alone on its line ("Best regards,", "Thanks,",
 *	  "Cordialement", "Mit freundlichen Grüßen", "Saludos" ...), a
 *	  "-Name" line or a line that is the sender's display name, when only
 *	  a short block (name, title, phone, company: at most 8 short lines)
 *	  follows it.  Once that block has shown a name and a contact line
 *	  (a title that is not a sentence, a phone, an address), long lines
 *	  may close it: marketing slogans ("20% off additional seats until
 *	  September 30"), fraud warnings, registry lines and disclaimers
 *	  that no pattern knows are signature furniture, not new text.
 *
 *	nt_signature_fields() reads the block: the name (a line of one to
 *	five capitalised words, preferring one that contains the sender's
 *	display name), the job title (a line with a title word: "VP",
 *	"Head of", "Directeur", "Contrôleuse", "Leiter" and German compounds
 *	such as "Teamleiterin"; or a short line that starts with a department:
 *	"Controlling", "Accounts Payable", "Service des achats"; "Name |
 *	Title" lines are split) and the first phone number (a "Title |
 *	Company | phone" line gives both).
 *
 * EDGE CASES
 *	A sign-off must be the whole line: "Thanks, that works for us. We want
 *	20 more seats." stays in the body.  A "P.S." after a sign-off is new
 *	text, so the sign-off is then not taken as the start of a signature.
 *	A line of dashes longer than two ("-----") is a table rule, not a
 *	separator.  A department starts its line: "Northwind Analytics" or
 *	"Finance Partners Ltd" is a company, not a title.
 */
#include <string.h>
#include "newtext_internal.h"

#define SIG_WINDOW 40        /* lines from the end where a signature may start */
#define SIG_MAX_AFTER_SEPARATOR 20
#define SIG_MAX_BLOCK_LINES 8  /* after a sign-off: name, title, phone ... */
#define SIG_MAX_LINE_CHARS 80
#define SIG_MAX_LINE_WORDS 10
#define NAME_MAX_WORDS 5
#define PHONE_MIN_DIGITS 7
#define DEPARTMENT_MAX_WORDS 4 /* "Service des achats", "Customer Success" */

/* Lower-case words a name may contain (de Gaulle, van Dijk ...). */
static const char *const name_particles[] = {
	"de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "del", "y", "e",
	"bin", "al", "dos", "das", "ten", "zu",
};

gboolean nt_is_mobile_footer(const char *line)
{
	return nt_match(nt_patterns_get()->mobile_footer, line);
}

static char *clean_line(const char *line);
static gboolean is_name_like(const char *s);
static gboolean is_job_line(const char *s);
static char *phone_in(const char *line);
static gboolean mentions(const char *s, const char *from_name);
static char **split_fields(const char *clean);
static gboolean is_particle(const char *word);

/* is_sig_separator - "-- ", "--", em dashes, underscores on their own */
static gboolean is_sig_separator(const char *line)
{
	char *s = g_strstrip(g_strdup(line));
	gboolean sep = strcmp(s, "--") == 0;
	if (!sep && *s) {
		sep = TRUE;
		for (const char *p = s; *p && sep; p = g_utf8_next_char(p)) {
			gunichar c = g_utf8_get_char(p);
			sep = c == '_' || c == 0x2014;
		}
		if (sep && s[0] == '_' && s[1] != '_')
			sep = FALSE; /* a lone underscore */
	}
	g_free(s);
	return sep;
}

/* is_disclaimer - a legal notice starts on this line */
static gboolean is_disclaimer(const char *line)
{
	return nt_match(nt_patterns_get()->disclaimer, line);
}

guint mp_newtext_words(const char *line)
{
	guint n = 0;
	gboolean in_word = FALSE;
	for (const char *p = line; *p; p++) {
		gboolean space = g_ascii_isspace(*p);
		if (!space && !in_word)
			n++;
		in_word = !space;
	}
	return n;
}

/* is_postscript - "P.S." or "PS:" starts new text after a sign-off */
static gboolean is_postscript(const char *line)
{
	while (g_ascii_isspace(*line))
		line++;
	return g_ascii_strncasecmp(line, "P.S", 3) == 0 || g_ascii_strncasecmp(line, "PS:", 3) == 0 ||
	       g_ascii_strncasecmp(line, "PS ", 3) == 0;
}

/* nonblank_from - non-blank lines in lines[from..n) */
static guint nonblank_from(char **lines, guint n, guint from)
{
	guint count = 0;
	for (guint i = from; i < n; i++)
		count += !nt_is_blank(lines[i]);
	return count;
}

/* is_title_shaped - a job line that reads as a title, not a sentence: it
 * starts with the job word ("Chef de projet data", "Head of Finance") or
 * all its words are capitalised ("Senior Account Manager, Acme") but for
 * small linking words; "The CFO approved it" is a sentence */
static gboolean is_title_shaped(const char *s)
{
	const nt_patterns *p = nt_patterns_get();
	GMatchInfo *m = NULL;
	gint start = -1;
	if (g_regex_match(p->title_word, s, 0, &m))
		g_match_info_fetch_pos(m, 0, &start, NULL);
	g_match_info_free(m);
	if (start == 0 || nt_match(p->department_word, s))
		return TRUE;
	char **words = g_strsplit_set(s, " \t", -1);
	gboolean capitalised = TRUE;
	for (guint i = 0; words[i] && capitalised; i++) {
		gunichar c = g_utf8_get_char(words[i]);
		capitalised = *words[i] == '\0' || !g_unichar_islower(c) || is_particle(words[i]) ||
		              nt_match(p->linking_word, words[i]);
	}
	g_strfreev(words);
	return capitalised;
}

/* is_contact_line - a line only a signature holds: a job title (not a
 * sentence), a phone number, an address or a web site */
static gboolean is_contact_line(const char *line)
{
	char *phone = phone_in(line);
	gboolean yes = phone != NULL || strchr(line, '@') || strstr(line, "www.") || strstr(line, "http");
	g_free(phone);
	if (!yes && is_job_line(line)) {
		char *s = g_strstrip(g_strdup(line));
		gsize len = strlen(s);
		yes = len > 0 && !strchr(".!?", s[len - 1]) && is_title_shaped(s);
		g_free(s);
	}
	return yes;
}

/* is_furniture_from - lines[from..n) may close a signature whose name and
 * contact lines came above: slogans, registry lines, fraud warnings and
 * disclaimers are long, but they are no P.S., no quote and not many */
static gboolean is_furniture_from(char **lines, guint n, guint from)
{
	for (guint i = from; i < n; i++)
		if (is_postscript(lines[i]) || nt_is_quote_line(lines[i]))
			return FALSE;
	return nonblank_from(lines, n, from) <= SIG_MAX_AFTER_SEPARATOR;
}

/* short_block_from - lines[from..n) look like a name/title/phone block
 * (or end in a separator, footer or disclaimer); once a name and a
 * contact line have been seen, what follows may be long furniture */
static gboolean short_block_from(char **lines, guint n, guint from, gboolean named)
{
	guint count = 0;
	gboolean contact = FALSE;
	for (guint i = from; i < n; i++) {
		const char *line = lines[i];
		if (nt_is_blank(line))
			continue;
		if (is_sig_separator(line) || nt_is_mobile_footer(line) || is_disclaimer(line))
			return TRUE;
		if (is_postscript(line) || nt_is_quote_line(line))
			return FALSE;
		if (++count > SIG_MAX_BLOCK_LINES || g_utf8_strlen(line, -1) > SIG_MAX_LINE_CHARS ||
		    mp_newtext_words(line) > SIG_MAX_LINE_WORDS)
			return named && contact && is_furniture_from(lines, n, i);
		char *clean = clean_line(line);
		char **fields = split_fields(clean);
		named = named || (fields[0] && is_name_like(fields[0]));
		contact = contact || (named && is_contact_line(clean));
		g_strfreev(fields);
		g_free(clean);
	}
	return TRUE;
}

/* is_closing - a sign-off or "-Name" line */
static gboolean is_closing(const char *line)
{
	const nt_patterns *p = nt_patterns_get();
	return nt_match(p->signoff, line) || nt_match(p->dash_name, line);
}

/* starts_signature - lines[i] is where the signature begins */
static gboolean starts_signature(char **lines, guint n, guint i)
{
	const nt_patterns *p = nt_patterns_get();
	const char *line = lines[i];
	if (is_sig_separator(line))
		return nonblank_from(lines, n, i + 1) <= SIG_MAX_AFTER_SEPARATOR;
	if (nt_is_mobile_footer(line) || is_disclaimer(line))
		return TRUE;
	if (nt_match(p->signoff, line))
		return short_block_from(lines, n, i + 1, FALSE);
	if (nt_match(p->dash_name, line))
		return short_block_from(lines, n, i, FALSE);
	return FALSE;
}

/* is_sender_name_line - the line is the sender's name, alone */
static gboolean is_sender_name_line(const char *line, const char *from_name)
{
	if (from_name == NULL)
		return FALSE;
	char *clean = clean_line(line);
	gboolean yes = is_name_like(clean) && mentions(clean, from_name);
	g_free(clean);
	return yes;
}

guint nt_signature_start(char **lines, guint n, const char *from_name)
{
	gboolean text_above = FALSE;
	for (guint i = 0; i < n; i++) {
		if (nt_is_blank(lines[i]))
			continue;
		/* A message that is only "Thank you!" is its own new text. */
		if (i + SIG_WINDOW >= n && starts_signature(lines, n, i) &&
		    (text_above || !is_closing(lines[i])))
			return i;
		/* "Stavros Xxxxxx\nvia mobile": the sender's name opens a block */
		if (i + SIG_WINDOW >= n && text_above && is_sender_name_line(lines[i], from_name) &&
		    short_block_from(lines, n, i + 1, TRUE))
			return i;
		text_above = TRUE;
	}
	return n;
}

/* clean_line - a signature line without markup, dashes and spaces around */
static char *clean_line(const char *line)
{
	GString *s = g_string_new(NULL);
	for (const char *p = line; *p; p++)
		if (*p != '*' && *p != '_')
			g_string_append_c(s, *p);
	char *out = g_strstrip(g_string_free(s, FALSE));
	const char *start = out;
	while (*start == '-' || *start == '~' || g_str_has_prefix(start, "—") || g_str_has_prefix(start, "–"))
		start = g_utf8_next_char(start);
	char *result = g_strstrip(g_strdup(start));
	g_free(out);
	return result;
}

/* is_particle - a lower-case word that may sit inside a name */
static gboolean is_particle(const char *word)
{
	for (guint i = 0; i < G_N_ELEMENTS(name_particles); i++)
		if (strcmp(word, name_particles[i]) == 0)
			return TRUE;
	return FALSE;
}

/* is_name_like - one to five capitalised words, no digits, no title */
static gboolean is_name_like(const char *s)
{
	const nt_patterns *p = nt_patterns_get();
	if (*s == '\0' || g_utf8_strlen(s, -1) > 50 || strpbrk(s, "0123456789@:,;/()<>!?") ||
	    is_job_line(s) || nt_match(p->signoff, s))
		return FALSE;
	char **words = g_strsplit_set(s, " \t", -1);
	guint n = 0;
	gboolean ok = TRUE;
	for (guint i = 0; words[i] && ok; i++) {
		if (*words[i] == '\0')
			continue;
		n++;
		ok = g_unichar_isupper(g_utf8_get_char(words[i])) || (n > 1 && is_particle(words[i]));
	}
	g_strfreev(words);
	return ok && n >= 1 && n <= NAME_MAX_WORDS;
}

/* phone_in - the phone number on a line, or NULL */
static char *phone_in(const char *line)
{
	GMatchInfo *m = NULL;
	char *phone = NULL;
	if (g_regex_match(nt_patterns_get()->phone, line, 0, &m)) {
		char *found = g_match_info_fetch(m, 0);
		guint digits = 0;
		for (const char *c = found; *c; c++)
			digits += g_ascii_isdigit(*c) != 0;
		if (digits >= PHONE_MIN_DIGITS)
			phone = g_strstrip(found);
		else
			g_free(found);
	}
	g_match_info_free(m);
	return phone;
}

/* mentions - does s contain the first word of from_name (any case) */
static gboolean mentions(const char *s, const char *from_name)
{
	if (from_name == NULL)
		return FALSE;
	char **words = g_strsplit_set(from_name, " ,\t\"", -1);
	gboolean found = FALSE;
	char *hay = g_utf8_casefold(s, -1);
	for (guint i = 0; words[i] && !found; i++) {
		if (g_utf8_strlen(words[i], -1) < 2)
			continue;
		char *needle = g_utf8_casefold(words[i], -1);
		found = strstr(hay, needle) != NULL;
		g_free(needle);
	}
	g_free(hay);
	g_strfreev(words);
	return found;
}

/* is_skipped - lines of a signature block that hold no author fact */
static gboolean is_skipped(const char *line)
{
	return nt_is_blank(line) || is_sig_separator(line) || nt_is_mobile_footer(line) ||
	       nt_match(nt_patterns_get()->signoff, line);
}

/* split_fields - "Name | Title · Company" as its parts */
static char **split_fields(const char *clean)
{
	return g_regex_split(nt_patterns_get()->field_separator, clean, 0);
}

/* count_fields_words - words of a line, the separators between fields not counted */
static guint count_field_words(char **fields)
{
	guint n = 0;
	for (guint i = 0; fields[i]; i++)
		n += mp_newtext_words(fields[i]);
	return n;
}

/* is_department_line - a short line naming a department or a function
 * ("Controlling", "Contrôle de gestion", "Finance | Acme"), not a
 * company ("Acme Finance Ltd") */
static gboolean is_department_line(const char *s)
{
	const nt_patterns *p = nt_patterns_get();
	char **fields = split_fields(s);
	gboolean yes = fields[0] && nt_match(p->department_word, fields[0]) &&
	               !nt_match(p->company_form, fields[0]) &&
	               mp_newtext_words(fields[0]) <= DEPARTMENT_MAX_WORDS &&
	               count_field_words(fields) <= SIG_MAX_LINE_WORDS;
	g_strfreev(fields);
	return yes;
}

/* is_job_line - the line says what its author does: a title word
 * ("VP", "Leiterin", "Contrôleuse") or a department alone */
static gboolean is_job_line(const char *s)
{
	return nt_match(nt_patterns_get()->title_word, s) || is_department_line(s);
}

/* take_name_title - "Name | Title" or "Name" or "Title" from one line */
static void take_name_title(const char *clean, gboolean want_name, char **name, char **title)
{
	char **parts = split_fields(clean);
	gboolean named = parts[0] && is_name_like(parts[0]);
	if (named && ((want_name && *name == NULL) || parts[1])) {
		if (want_name && *name == NULL)
			*name = g_strdup(parts[0]);
		if (parts[1] && *title == NULL) {
			char *rest = g_strjoinv(" | ", parts + 1);
			if (is_job_line(rest))
				*title = rest;
			else
				g_free(rest);
		}
	} else if (*title == NULL && is_job_line(clean)) {
		*title = g_strdup(clean);
	}
	g_strfreev(parts);
}

/* without_field_of - the fields of a "A | B | C" line that do not hold
 * needle, joined again ("" when none is left) */
static char *without_field_of(const char *clean, const char *needle)
{
	char **fields = split_fields(clean);
	GString *out = g_string_new(NULL);
	for (guint i = 0; fields[i]; i++) {
		if (*fields[i] == '\0' || strstr(fields[i], needle))
			continue;
		if (out->len)
			g_string_append(out, " | ");
		g_string_append(out, fields[i]);
	}
	g_strfreev(fields);
	return g_string_free(out, FALSE);
}

/* scan_block - one pass over the block; names must mention from_name
 * when only_sender is set */
static void scan_block(char **lines, guint n, const char *from_name, gboolean only_sender,
                       char **name, char **title, char **phone)
{
	for (guint i = 0; i < n && !is_disclaimer(lines[i]); i++) {
		if (is_skipped(lines[i]))
			continue;
		char *clean = clean_line(lines[i]);
		char *number = phone_in(clean);
		if (number) {
			if (*phone == NULL)
				*phone = g_strdup(number);
			/* "Account Manager | Acme | +1 555 0170": the other fields */
			char *rest = without_field_of(clean, number);
			g_free(clean);
			clean = rest;
			g_free(number);
		}
		if (*clean && !strchr(clean, '@') && !strstr(clean, "http") && !strstr(clean, "www.")) {
			gboolean want_name = !only_sender || mentions(clean, from_name);
			take_name_title(clean, want_name, name, title);
		}
		g_free(clean);
	}
}

void nt_signature_fields(char **lines, guint n, const char *from_name,
                         char **name, char **title, char **phone)
{
	*name = *title = *phone = NULL;
	if (from_name) {
		scan_block(lines, n, from_name, TRUE, name, title, phone);
		if (*name)
			return;
		g_clear_pointer(title, g_free);
		g_clear_pointer(phone, g_free);
	}
	scan_block(lines, n, NULL, FALSE, name, title, phone);
}
