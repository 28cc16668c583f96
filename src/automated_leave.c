/*
 * automated_leave.c - "X no longer works here, please contact Y".
 *
 * SUMMARY
 *	automated_departure_find() looks in an auto-reply's own text (the caller has
 *	already decided the message is automated: a person writing "Bob has
 *	left the company" is never read here) for a sentence saying its author
 *	left: EN "no longer with Acme", "has left the company", "is no longer
 *	employed"; FR "ne fait plus partie de", "n'est plus en poste", "a
 *	quitté la société"; DE "ist nicht mehr im Unternehmen", "hat das
 *	Unternehmen verlassen", "nicht mehr für Acme tätig"; and ES IT NL PT
 *	equivalents.  Then, from that sentence on, the replacement: the first
 *	address after a contact phrase ("please contact", "merci de
 *	contacter", "wenden Sie sich bitte an", "póngase en contacto con" ...),
 *	else the first address after the departure sentence; never the
 *	author's own address.  The name is the capitalised words between the
 *	contact phrase and the address ("contact Jane Doe at jane@acme.com"),
 *	without courtesy titles (Mr, Mme, Herrn, Frau ...), or the display
 *	name of "Jane Doe <jane@acme.com>".
 *
 * EDGE CASES
 *	"has left for the day" and "has left the office" are absences, not
 *	departures.  A sentence in the quoted original is never read: the
 *	caller passes automated_own_text().
 *
 * DIAGNOSTICS
 *	None.
 */
#include <string.h>
#include "automated_internal.h"

#define CONTACT_REACH 200   /* bytes after a contact phrase searched for an address */
#define FALLBACK_REACH 400  /* bytes after a departure searched without a phrase */
#define MAX_NAME_WORDS 5

enum {
	RX_DEPARTURE,
	RX_CONTACT,
	RX_NAME_LEAD,
	RX_NAME_TAIL,
	RX_ANGLE_NAME,
};

static const char *const leave_patterns[] = {
	[RX_DEPARTURE] =
	/* EN */
	"(\\bno longer (with|at|employed|working|works|a member of|an employee|part of"
	"|associated with|affiliated with|in (the|this|that) (company|role|position)|on the team)"
	"|\\b(has|have|had) (now |since |recently )?(left|departed|exited) (the|our|this) "
	"(company|firm|organi[sz]ation|business|group|team|agency|employ)"
	"|\\b(has|have) (now |since |recently )?left (?!the office|for\\b|on\\b|the building|today|early)"
	"(?-i:[A-Z])[\\w&.-]+"
	"|\\bmy (last|final) day (at|with) (?!the office)"
	"|\\bis no longer employed"
	/* FR */
	"|ne (fait|fais) plus partie (de|du|des|d')|n'est plus (en poste|employée?|salariée?|au sein"
	"|chez|membre|en fonction|dans (la|l'|notre|nos|le))|ne suis plus (en poste|chez|au sein"
	"|employée?|salariée?)|ne travaille plus (chez|pour|au sein|dans|avec)"
	"|(a|ai|avons) quitté (la société|l'entreprise|le groupe|notre|nos|la compagnie|ses fonctions"
	"|mes fonctions|l'agence|le cabinet)"
	/* DE */
	"|nicht mehr (im|in unserem|in diesem|bei uns im) (unternehmen|hause|haus|konzern|team|firma)"
	"|nicht mehr (bei|für) [^.\\n]{1,60}?(tätig|beschäftigt|angestellt)"
	"|nicht mehr (tätig|beschäftigt|angestellt|mitarbeiter)"
	"|(hat|haben|habe) (das|unser) (unternehmen|haus|team) verlassen|(hat|habe) die firma verlassen"
	"|(ist|bin) (aus dem unternehmen |bei uns |aus unserem unternehmen )?ausgeschieden"
	/* ES IT NL PT */
	"|ya no (trabaja|forma parte|está) (en|con|de|para)|ha dejado (la empresa|la compañía)"
	"|non fa più parte|non lavora più (presso|per|con|in)|ha lasciato (l'azienda|la società)"
	"|niet meer (werkzaam|in dienst)|is uit dienst|heeft (het bedrijf|ons) verlaten"
	"|já não (trabalha|faz parte)|não (trabalha|faz parte) mais|deixou a empresa)",
	[RX_CONTACT] =
	"(\\bcontact(er|ez|ar|are|e)?\\b|reach out to|get in touch with|write to|e-?mail|direct (your |all |any )?\\w+ to"
	"|send (your |all |any )?\\w+ to|forward (your |all |any )?\\w+ to|successor|replacement"
	"|contacter|vous adresser (à|a)|écrire (à|a)|joindre|adressez-vous (à|a)|contactez"
	"|wenden sie sich (bitte )?an|kontaktieren sie|schreiben sie (bitte )?an|nachfolger(in)?"
	"|kollegin|kollegen|contacte|contactar|contacto con|dirigirse a|dirija|contattare|rivolgersi a"
	"|contatta|contact opnemen met|neem contact op met|contato com|contatar|contate)",
	[RX_NAME_LEAD] =
	"^[\\s,:]*((please|my|our|the|new|colleague|collègue|mon|ma|notre|meine[nr]?|unsere[nr]?"
	"|kollegin|kollegen|nachfolger(in)?|mi|la|il|el|nuestro|nuestra|mijn|onze|o|a|minha|meu"
	"|herrn?|frau|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|m\\.|mme|mlle|madame|monsieur|sr\\.?|sra\\.?"
	"|sig\\.?|sig\\.ra|dhr\\.?|mevr\\.?)\\s+)*",
	[RX_NAME_TAIL] =
	"(\\s+(at|on|via|by e-?mail|by mail|à l'adresse|a l'adresse|à|au|unter|per e-?mail|en|a|em"
	"|all'indirizzo|op|email|e-mail|mail|courriel))*[\\s,:(<\\[-]*$",
	[RX_ANGLE_NAME] = "([^<>\\n,;:]{2,60})<\\s*$",
};

static automated_rx_table leave_rx = AUTOMATED_RX_TABLE(leave_patterns);

/* is_name - one to MAX_NAME_WORDS words, each starting with a capital */
static gboolean is_name(const char *s)
{
	char **words = g_strsplit_set(s, " \t", -1);
	guint n = 0;
	gboolean ok = TRUE;
	for (char **w = words; *w && ok; w++) {
		if (**w == '\0')
			continue;
		gunichar c = g_utf8_get_char_validated(*w, -1);
		ok = c != (gunichar)-1 && c != (gunichar)-2 && g_unichar_isupper(c) &&
		     strpbrk(*w, "@/0123456789") == NULL;
		n++;
	}
	g_strfreev(words);
	return ok && n >= 1 && n <= MAX_NAME_WORDS;
}

/* name_between - the name written between a contact phrase and the
 * address, or NULL */
static char *name_between(const char *between)
{
	char *s = g_strdup(between);
	g_strdelimit(s, "\n\r", ' ');
	char *angle = automated_rx_group(&leave_rx, RX_ANGLE_NAME, s, 1); /* Jane Doe <jane@...> */
	int start = 0, end = 0;
	if (angle != NULL) {
		g_free(s);
		s = angle;
	}
	if (automated_rx_search(&leave_rx, RX_NAME_TAIL, s, &start, NULL))
		s[start] = '\0';
	const char *name = s;
	if (automated_rx_search(&leave_rx, RX_NAME_LEAD, s, NULL, &end))
		name = s + end;
	char *clean = g_strstrip(g_strdup(name));
	g_strdelimit(clean, "\"'", ' ');
	g_strstrip(clean);
	g_free(s);
	if (*clean == '\0' || !is_name(clean)) {
		g_free(clean);
		return NULL;
	}
	return clean;
}

/* first_other_address - the first address of text[from, from+reach) that
 * is not self; its byte offset in *at */
static char *first_other_address(const char *text, gsize from, gsize reach, const char *self,
                                 gsize *at)
{
	gsize len = strlen(text);
	if (from >= len)
		return NULL;
	char *window = g_strndup(text + from, MIN(reach, len - from));
	GPtrArray *all = automated_find_addresses(window);
	char *found = NULL;
	for (guint i = 0; i < all->len && found == NULL; i++)
		if (self == NULL || g_ascii_strcasecmp(all->pdata[i], self) != 0)
			found = g_strdup(all->pdata[i]);
	g_ptr_array_unref(all);
	if (found != NULL) {
		char *lower = g_ascii_strdown(window, -1);
		const char *p = strstr(lower, found);
		*at = from + (p ? (gsize)(p - lower) : 0);
		g_free(lower);
	}
	g_free(window);
	return found;
}

/* find_replacement - address and name named from offset from on */
static void find_replacement(const char *text, gsize from, const char *self,
                             char **replacement, char **name)
{
	GMatchInfo *mi = NULL;
	gsize at = 0;
	g_regex_match_full(automated_rx_get(&leave_rx, RX_CONTACT), text, -1, (gint)from, 0, &mi, NULL);
	while (*replacement == NULL && g_match_info_matches(mi)) {
		int s, e;
		g_match_info_fetch_pos(mi, 0, &s, &e);
		*replacement = first_other_address(text, (gsize)e, CONTACT_REACH, self, &at);
		if (*replacement != NULL) {
			char *between = g_strndup(text + e, at - (gsize)e);
			*name = name_between(between);
			g_free(between);
		}
		g_match_info_next(mi, NULL);
	}
	g_match_info_free(mi);
	if (*replacement == NULL) {
		*replacement = first_other_address(text, from, FALLBACK_REACH, self, &at);
		if (*replacement != NULL && at > from) {
			char *between = g_strndup(text + from, at - from);
			char *angle = automated_rx_group(&leave_rx, RX_ANGLE_NAME, between, 1);
			*name = angle ? name_between(between) : NULL;
			g_free(angle);
			g_free(between);
		}
	}
}

/* sentence_end - a sentence ends just before offset i: a line break, or
 * ".!?" then a blank (the dot of "acme.com" ends nothing) */
static gboolean sentence_end(const char *text, gsize i)
{
	if (text[i - 1] == '\n')
		return TRUE;
	return i >= 2 && strchr(".!?", text[i - 2]) != NULL && g_ascii_isspace(text[i - 1]);
}

gboolean automated_departure_find(const char *text, const char *self, char **replacement,
                           char **replacement_name)
{
	int start = 0;
	if (text == NULL || !automated_rx_search(&leave_rx, RX_DEPARTURE, text, &start, NULL))
		return FALSE;
	if (replacement == NULL || replacement_name == NULL)
		return TRUE;
	/* from the start of the departure sentence: "Please contact X, as
	 * Jane is no longer with us" names X before the departure */
	gsize from = (gsize)start;
	while (from > 0 && !sentence_end(text, from))
		from--;
	find_replacement(text, from, self, replacement, replacement_name);
	return TRUE;
}
