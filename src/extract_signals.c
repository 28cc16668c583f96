/*
 * extract_signals.c - run the signal stages on one message for the store.
 *
 * SUMMARY
 *	mp_extract_signals() runs, on a message whose body is parsed:
 *	1. automated-mail detection (automated.c): the kind, the bounces with
 *	   their recipients, an out-of-office's return date, and whether an
 *	   auto-reply says its sender left and whom it names instead (that
 *	   address is classified like a participant, so that the store can make
 *	   a contact of it);
 *	2. the new text (newtext.c): what the author wrote now, without quoted
 *	   history and signature, the title in the signature, and the name in
 *	   it for a sender whose From has no display name, when the name fits
 *	   the mailbox (sig_name_fits: "Alex Avalos" for aavalos@, "Brian
 *	   Gore" for brian.gore@; a company name or a colleague's signature
 *	   does not): people are named by name, never by mailbox;
 *	   and then (automated_broadcast.c) whether mail a person wrote is a
 *	   broadcast or a notification: forwarded publications, mail to many
 *	   or to undisclosed recipients, calendar, ticketing, e-cards, e-bills;
 *	   and (automated_personal.c) whether it speaks of private life only;
 *	3. the phrase rules (rules.c) on the new text only, for the author's
 *	   side: inbound mail is written by the customer, outbound by us.
 *	   Rules never run on automated mail: an out-of-office that quotes
 *	   "we plan to cancel" says nothing about the account.
 *	What the stages return is copied into plain fields of mp_extract and
 *	freed here, so that the store, `mailpulse inspect` and the tests read
 *	one structure and never call a stage's free function.
 *
 * RIVALS
 *	A competitor hit that names its rival ("a quote from X") names no
 *	rival when X is a party of the message: our own company or the
 *	customer's (the first label of a party's registrable domain, either a
 *	prefix of the other: "Velocare" for velocare.nl, "Harbor Point" for
 *	harborpointcr.com) or a person on it (a word of a party's display name
 *	or mailbox: "a proposal from Megan" to megan.doyle@...).  Such hits
 *	are dropped (signals_rival_is_party).
 *
 * FORWARDS
 *	A message is a forward when its subject says so (extract.c), or when
 *	newtext found a forwarded block and the subject does not claim to
 *	answer anything ("Re:"): a forward is not a reply for latency.
 */
#include <string.h>
#include "extract.h"
#include "lang.h"
#include "newtext.h"
#include "relevance.h"

/* bounce_copy - a deep copy of one bounce for ex->bounces */
static mp_bounce *bounce_copy(const mp_bounce *b)
{
	mp_bounce *c = g_new0(mp_bounce, 1);
	c->recipient = g_strdup(b->recipient);
	c->status = g_strdup(b->status);
	c->action = g_strdup(b->action);
	c->permanent = b->permanent;
	c->mailbox_gone = b->mailbox_gone;
	c->diagnostic = g_strdup(b->diagnostic);
	return c;
}

/* take_automated - the verdict of automated.c into ex */
static void take_automated(mp_extract *ex, const mp_message *msg, mp_classifier *c)
{
	mp_automated *a = mp_automated_detect(msg);
	ex->automated = a->kind;
	ex->automated_name = mp_automated_kind_name(a->kind);
	ex->automated_reason = a->reason;
	ex->ooo_return = a->return_date;
	for (guint i = 0; i < a->bounces->len; i++)
		g_ptr_array_add(ex->bounces, bounce_copy(a->bounces->pdata[i]));
	ex->departed = a->departed;
	if (a->replacement)
		ex->replacement = mp_participant_new(c, a->replacement, a->replacement_name, MP_ROLE_TO);
	mp_automated_free(a);
}

/* claims_reply - the subject starts with a reply prefix */
static gboolean claims_reply(const char *subject)
{
	static const char *const prefixes[] = { "re:", "aw:", "sv:", "antw:", "réf:" };
	const char *s = subject + strspn(subject, " \t");
	for (guint i = 0; i < G_N_ELEMENTS(prefixes); i++)
		if (g_ascii_strncasecmp(s, prefixes[i], strlen(prefixes[i])) == 0)
			return TRUE;
	return FALSE;
}

/* rules_speak - a phrase rule itself (not the scorer) finds a signal in
 * the hits of a message: the precise layer says it is about our business */
static gboolean rules_speak(const GPtrArray *hits)
{
	for (guint i = 0; i < hits->len; i++)
		if (strcmp(((const mp_rule_hit *)hits->pdata[i])->rule, "model") != 0)
			return TRUE;
	return FALSE;
}

/* relevance_text - what the relevance model reads: the new text, and for
 * a short reply (fewer than SHORT_REPLY_WORDS words) also the message it
 * answers, quoted below it.  "That's very kind - she'll be thrilled" says
 * nothing by itself; under an invitation to the rugby it is personal, under
 * a question about the contract it is business.  A forward is judged on
 * its own words: what it passes on is not what the author says. */
#define SHORT_REPLY_WORDS 25
static char *relevance_text(const char *body, const char *quoted, gboolean forwarded)
{
	if (quoted == NULL || *quoted == '\0' || forwarded ||
	    mp_newtext_words(body) >= SHORT_REPLY_WORDS)
		return g_strdup(body);
	return g_strconcat(body, "\n", quoted, NULL);
}

/* is_personal - mail a person wrote that is not about our business: the
 * relevance model when the rules came with one, unless a phrase rule
 * finds a signal in it (measured on tests/data/signals: the model alone
 * took 3% of that business mail, customers asking to be a reference among
 * them), nor when a customer opens a conversation asking us to lunch or
 * coffee (a lunch invitation the real-mail reader judged worth acting on
 * was lost); the word lists of automated_personal.c when there is no model (a
 * rules-only install).  The phrase rules' hits, when it had to match them,
 * are left in ex->hits and *matched is set: the signal stage does not
 * match the same text twice. */
static gboolean is_personal(mp_extract *ex, const mp_newtext *nt, const mp_ruleset *rules,
                            mp_side writer, const char **why, gboolean *matched)
{
	const char *body = nt->body;
	mp_scorer *model = mp_rules_relevance(rules);
	if (model == NULL) {
		*why = "private life, no business";
		return mp_automated_personal(ex->subject, body);
	}
	/* a customer who opens a conversation asking us to lunch asks for an
	 * account manager's time, however private the rest of it reads */
	if (writer == MP_SIDE_CUSTOMER && !claims_reply(ex->subject) &&
	    mp_automated_meeting_asked(ex->subject, body))
		return FALSE;
	const char *lang = mp_lang_detect(body, -1, "en");
	*why = "not about our business (relevance model)";
	char *text = relevance_text(body, nt->quoted, nt->forwarded);
	double personal = mp_relevance_personal(model, ex->subject, text, lang, writer);
	g_free(text);
	if (personal < mp_relevance_threshold(model))
		return FALSE;
	g_ptr_array_unref(ex->hits);
	ex->hits = mp_rules_match(rules, body, writer, ex->date);
	*matched = TRUE;
	return !rules_speak(ex->hits);
}

/* sig_name_fits - the signature's name is the mailbox's owner: the
 * local part, letters only, is their first or last name, both joined,
 * or an initial and the last name either way round */
static gboolean sig_name_fits(const char *name, const char *address)
{
	if (name == NULL || address == NULL || strchr(address, '@') == NULL)
		return FALSE;
	char *ascii = g_str_to_ascii(name, NULL);
	char *low = g_ascii_strdown(ascii, -1);
	char **split = g_strsplit_set(low, " -'.", -1);
	GPtrArray *words = g_ptr_array_new(); /* the non-empty words of split */
	for (guint i = 0; split[i]; i++)
		if (*split[i])
			g_ptr_array_add(words, split[i]);
	GString *local = g_string_new(NULL);
	for (const char *a = address; *a && *a != '@'; a++)
		if (g_ascii_isalpha(*a))
			g_string_append_c(local, g_ascii_tolower(*a));
	gboolean fits = FALSE;
	if (words->len >= 2 && local->len >= 2) {
		const char *first = words->pdata[0], *last = words->pdata[words->len - 1];
		char *forms[] = {
			g_strdup(first), g_strdup(last), g_strconcat(first, last, NULL),
			g_strconcat(last, first, NULL), g_strdup_printf("%c%s", first[0], last),
			g_strdup_printf("%s%c", last, first[0]),
		};
		for (guint i = 0; i < G_N_ELEMENTS(forms); i++) {
			fits = fits || strcmp(local->str, forms[i]) == 0;
			g_free(forms[i]);
		}
	}
	g_string_free(local, TRUE);
	g_ptr_array_unref(words);
	g_strfreev(split);
	g_free(ascii);
	g_free(low);
	return fits;
}

/* take_newtext - new text, signature and title into ex; then, for mail a
 * person wrote, whether it is a broadcast (it needs the forwarded part)
 * or personal; TRUE when ex->hits already holds the rules' hits */
static gboolean take_newtext(mp_extract *ex, const mp_message *msg, const mp_ruleset *rules,
                             mp_side writer)
{
	gboolean matched = FALSE;
	mp_newtext *nt = mp_newtext_split(ex->text, msg->from ? msg->from->name : NULL);
	ex->new_text = g_strdup(nt->body);
	ex->signature = g_strdup(nt->signature);
	ex->sig_title = g_strdup(nt->sig_title);
	const mp_address *from = msg->from;
	if (from && (from->name == NULL || *from->name == '\0' || strchr(from->name, '@')) &&
	    sig_name_fits(nt->sig_name, from->address))
		ex->sig_name = g_strdup(nt->sig_name);
	if (nt->forwarded && !claims_reply(ex->subject))
		ex->forwarded = TRUE;
	if (ex->automated == MP_AUTO_NONE) {
		const char *why = "";
		ex->automated = mp_automated_broadcast(msg, nt->quoted, ex->forwarded, &why);
		if (ex->automated == MP_AUTO_NONE &&
		    is_personal(ex, nt, rules, writer, &why, &matched))
			ex->automated = MP_AUTO_PERSONAL;
		if (ex->automated != MP_AUTO_NONE) {
			ex->automated_name = mp_automated_kind_name(ex->automated);
			ex->automated_reason = why;
		}
	}
	mp_newtext_free(nt);
	return matched;
}

/* signals_squash - the letters and digits of s, lowercase (NULL-safe) */
static char *signals_squash(const char *s, gssize len)
{
	GString *out = g_string_new(NULL);
	if (s) {
		char *down = g_utf8_strdown(s, len);
		for (const char *p = down; *p; p = g_utf8_next_char(p)) {
			gunichar ch = g_utf8_get_char(p);
			if (g_unichar_isalnum(ch))
				g_string_append_unichar(out, ch);
		}
		g_free(down);
	}
	return g_string_free(out, FALSE);
}

/* signals_word_of - whether the squashed rival r is one word of text
 * (words split at anything but a letter or digit) */
static gboolean signals_word_of(const char *r, const char *text)
{
	if (text == NULL)
		return FALSE;
	gboolean found = FALSE;
	char **words = g_regex_split_simple("[^\\p{L}\\p{N}]+", text, 0, 0);
	for (guint i = 0; words[i] && !found; i++) {
		char *w = signals_squash(words[i], -1);
		found = *w && strcmp(w, r) == 0;
		g_free(w);
	}
	g_strfreev(words);
	return found;
}

/* signals_rival_is_party - see RIVALS above */
static gboolean signals_rival_is_party(const char *rival, const mp_classification *cls)
{
	char *r = signals_squash(rival, -1);
	gboolean party = FALSE;
	for (guint i = 0; cls->participants && i < cls->participants->len && !party && *r; i++) {
		const mp_participant *p = cls->participants->pdata[i];
		const char *host = p->registrable ? p->registrable : p->domain;
		const char *dot = host ? strchr(host, '.') : NULL;
		char *org = host ? signals_squash(host, dot ? dot - host : -1) : g_strdup("");
		gsize n = MIN(strlen(org), strlen(r));
		party = (n >= 4 && strncmp(org, r, n) == 0) || signals_word_of(r, p->name);
		if (!party && p->address) {
			const char *at = strchr(p->address, '@');
			char *local = g_strndup(p->address, at ? (gsize)(at - p->address) : strlen(p->address));
			party = signals_word_of(r, local);
			g_free(local);
		}
		g_free(org);
	}
	g_free(r);
	return party;
}

/* signals_drop_party_rivals - the hits whose rival is a party, removed */
static void signals_drop_party_rivals(GPtrArray *hits, const mp_classification *cls)
{
	for (guint i = hits ? hits->len : 0; i-- > 0;) {
		const mp_rule_hit *h = hits->pdata[i];
		if (h->rival && signals_rival_is_party(h->rival, cls))
			g_ptr_array_remove_index(hits, i);
	}
}

void mp_extract_signals(mp_extract *ex, const mp_message *msg, const mp_classification *cls,
                        mp_classifier *c, const mp_ruleset *rules)
{
	mp_side side = cls->direction == MP_DIRECTION_OUTBOUND ? MP_SIDE_US : MP_SIDE_CUSTOMER;
	take_automated(ex, msg, c);
	/* mail between colleagues here is nobody's account evidence: the
	 * model's cost is spent on mail with a customer only */
	gboolean matched =
	        take_newtext(ex, msg, cls->direction == MP_DIRECTION_NONE ? NULL : rules, side);
	if (ex->automated != MP_AUTO_NONE && matched) {
		/* personal after all: its hits were only the evidence for that */
		g_ptr_array_set_size(ex->hits, 0);
		return;
	}
	if (matched)
		signals_drop_party_rivals(ex->hits, cls);
	if (rules == NULL || ex->automated != MP_AUTO_NONE || cls->direction == MP_DIRECTION_NONE ||
	    matched)
		return;
	g_ptr_array_unref(ex->hits);
	ex->hits = mp_rules_match(rules, ex->new_text, side, ex->date);
	signals_drop_party_rivals(ex->hits, cls);
}
