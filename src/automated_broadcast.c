/*
 * automated_broadcast.c - mail a person sent that is not a conversation
 * with us: broadcasts, forwarded publications, notifications.
 *
 * SUMMARY
 *	mp_automated_broadcast() runs after the new text is known (it reads
 *	the forwarded or quoted part newtext.c split off) on a message that
 *	automated.c found written by a person, and answers MP_AUTO_BROADCAST,
 *	MP_AUTO_GENERATED or MP_AUTO_NONE with the cue that decided.  Such
 *	mail is stored and searchable like any other, but its kind keeps it
 *	out of phrase signals, alerts and health (every reader of the store
 *	takes automated = 'none' only): a market report forwarded by a
 *	customer says "price", "cut" and "renew" in every issue, an invitation
 *	to eighty people is no question to us, and an e-bill notice is no
 *	pricing talk.
 *
 * CUES (first that applies)
 *	auto_generated (a program wrote it on someone's behalf):
 *	  - calendar: a calendar answer ("Accepted:", "Declined:",
 *	    "Tentative:", "Angenommen:", "Accepté :", "Aceptado:",
 *	    "Geaccepteerd:" ...), the client's reply to an invitation, or a
 *	    calendar part in a message that says nothing of its own (a bare
 *	    invitation, no text);
 *	  - ticketing: a ticketing system's header (RT, Zendesk, Jira,
 *	    Freshdesk, OTRS, ServiceNow, Help Scout) or a ticket notification
 *	    subject ("[Ticket #123]", "Case 42 has been updated");
 *	  - e-card: "has sent you an e-card" and its kin;
 *	  - billing notice: "your e-bill is ready", "your statement is now
 *	    available online", "view and pay your bill online".
 *	broadcast (a person sent it to many, or passed on a publication):
 *	  - undisclosed recipients ("undisclosed-recipients:;"), or a message
 *	    the sender addressed to themself alone, the others blind-copied;
 *	  - MANY_RECIPIENTS or more addresses in To, Cc and Bcc together;
 *	  - a periodical's subject: an issue date beside a periodical's word
 *	    ("The Morning Market Call - Tuesday October 2nd", "Daily news
 *	    digest 05/14/2001", "Revue de presse du 3 mars");
 *	  - a forwarded publication: the forwarded part of a forward carries
 *	    one publisher cue (a subscription footer, image placeholders of a
 *	    web page, "print this story", a news agency's credit); a message
 *	    that neither answers nor forwards anything needs two of them, or
 *	    one and a copyright line (a pasted article);
 *	  - in a message that neither answers nor forwards anything, the words
 *	    of a circular from a person-like address: a cold pitch, a seminar
 *	    or conference blast, a chain letter, a notice to "Dear eBill
 *	    Customer" (automated_offer.c; an account notice with a user name
 *	    and a password is auto_generated).
 *
 * TRAPS
 *	An invitation a person wrote (a text/calendar part beside their own
 *	words) is someone arranging a meeting with us: engagement, which
 *	the analysis must see (measured on dev-2: taking invitations out
 *	made accounts that meet often look gone quiet).  Only the client's
 *	answers and wordless invitations are notifications.
 *	A corporate footer with a copyright line is not a publication by
 *	itself: the copyright line only counts beside a stronger cue.  A reply
 *	quotes what it answers: the pasted-article test skips messages that
 *	answer something (Re:, In-Reply-To, References).  A business thread
 *	with ten people copied is a conversation: MANY_RECIPIENTS is set
 *	above the broadcasts judged in the real mail (15 to 20 people) and
 *	above any project thread's copy list in the scenario sets.
 *
 * DIAGNOSTICS
 *	None: never fails; the reason is a static string.
 */
#include <string.h>
#include "automated_internal.h"

#define MANY_RECIPIENTS 15
#define IMAGE_PLACEHOLDERS 3   /* "[IMAGE]" lines of a web page pasted as text */

enum {
	RX_CALENDAR_SUBJECT,
	RX_TICKET_SUBJECT,
	RX_ECARD,
	RX_BILLING,
	RX_ISSUE_DATE,
	RX_PERIODICAL,
	RX_PUB_FOOTER,
	RX_STORY_TOOLS,
	RX_WIRE_CREDIT,
	RX_COPYRIGHT_LINE,
	RX_IMAGE,
	RX_ANSWER,
	RX_UNDISCLOSED_TO,
};

static const char *const broadcast_patterns[] = {
	[RX_CALENDAR_SUBJECT] =
	"^\\s*(accepted|declined|tentative|tentatively accepted|new time proposed"
	"|angenommen|abgelehnt|mit vorbehalt angenommen|vorläufig angenommen|neuer zeitvorschlag"
	"|accepté|refusé|provisoire|accepté provisoirement|nouvelle heure proposée"
	"|aceptado|rechazado|provisional|aceptado provisionalmente|nueva hora propuesta"
	"|geaccepteerd|geweigerd|voorlopig|voorlopig geaccepteerd|nieuwe tijd voorgesteld)\\s*:",
	[RX_TICKET_SUBJECT] =
	"\\[\\s*(ticket|case|request|incident|issue|support)?\\s*#\\s*\\d+\\s*\\]"
	"|\\b(ticket|case|request|incident)\\s*#?\\s*\\d+\\s+(has been|was|is)\\s+"
	"(created|opened|received|updated|resolved|closed|assigned|solved)\\b",
	[RX_ECARD] =
	"\\b(has sent you|sent you|you('ve| have) (received|been sent)|is sending you) an? "
	"(e-?card|electronic (greeting )?card|greeting card|virtual card|animated card)"
	"|\\b(vous a envoyé une (carte|e-?carte)|hat (ihnen|dir) eine (e-?card|grußkarte) geschickt"
	"|te ha enviado una (tarjeta|postal)|heeft (u|je) een (e-?card|wenskaart) gestuurd)",
	[RX_BILLING] =
	"\\byour (new |latest |monthly |online |electronic )?(e-?bill|bill|statement|invoice)"
	"( for [^.\\n]{1,40})? (is|are|has been posted and is) (now )?(ready|available|posted)"
	"|\\bview (and pay )?your (e-?bill|bill|statement) online\\b|\\be-?bill(ing)? notification\\b"
	"|\\bvotre facture (électronique )?est (disponible|prête)|\\bihre (online-)?rechnung ist (verfügbar|bereit)"
	"|\\bsu factura (electrónica )?(está|ya está) disponible|\\buw (nieuwe )?factuur (staat|is) (klaar|beschikbaar)",
	[RX_ISSUE_DATE] =
	"\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
	"|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep"
	"|sept|oct|nov|dec)\\.?,?\\s+(\\w+\\s+)?\\d{1,2}(st|nd|rd|th)?\\b"
	"|\\b\\d{1,2}(er|\\.)?\\s+(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
	"|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril"
	"|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januari|februari|maart"
	"|mei|augustus|oktober)\\b"
	"|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b",
	[RX_PERIODICAL] =
	"\\b(morning|evening|market|markets|news|newsletter|digest|bulletin|briefing|commentary"
	"|headlines|roundup|round-up|recap|edition|wrap|lettre d'information|revue de presse"
	"|nachrichten|marktbericht|pressespiegel|boletín|noticias|resumen de prensa|nieuwsbrief"
	"|nieuwsoverzicht|persoverzicht)\\b",
	[RX_PUB_FOOTER] =
	"\\bto unsubscribe\\b|\\bunsubscribe (here|now|at any ?time|from)\\b"
	"|\\byou (are receiving|received|have received) (this|these) (\\S+\\s+){0,3}?(because|as a)"
	"|\\bif you (no longer|do not|don'?t) (wish|want) to receive"
	"|\\bto be removed from (our|this|the) (mailing |distribution |e-?mail )?list"
	"|\\b(subscription services|subscribe to (our|the) (newsletter|paper|magazine))\\b"
	"|\\b(vous|se) d[ée]s(abonner|inscrire)\\b|\\bnewsletter (abbestellen|abmelden)\\b"
	"|\\bdarse de baja\\b|\\bafmelden voor (deze|de) nieuwsbrief\\b",
	[RX_STORY_TOOLS] =
	"\\b(print|e-?mail|send|save) this (story|article|page)\\b|\\bmost (e-?mailed|popular) (stories|articles)\\b"
	"|\\bclick here (to|for) (read|the full|more|subscribe)|\\bback to (top|headlines)\\b"
	"|\\bimprimer cet article\\b|\\bartikel (drucken|versenden)\\b|\\bimprimir (esta noticia|este art[íi]culo)\\b",
	[RX_WIRE_CREDIT] =
	"\\((AP|Reuters|AFP|Bloomberg|UPI|dpa|EFE|ANP)\\)\\s*[-—–]|\\bcopyright [^.\\n]{0,30}(associated press|reuters"
	"|dow jones|bloomberg|new york times|los angeles times|wall street journal)"
	"|\\b(dow jones newswires|associated press writer|reuters (staff|news))\\b",
	[RX_COPYRIGHT_LINE] = "\\ball rights reserved\\b|(©|\\(c\\)|copyright)\\s*(19|20)\\d\\d",
	[RX_IMAGE] = "\\[IMAGE\\]",
	[RX_ANSWER] =
	"^\\s*(\\[[^]]*\\]\\s*)?(re|aw|sv|vs|antw|r|rif|réf)\\s*(\\[\\d+\\])?\\s*:",
	[RX_UNDISCLOSED_TO] = "undisclosed|recipient list (suppressed|not shown)|unlisted recipients",
};

static automated_rx_table broadcast_rx = AUTOMATED_RX_TABLE(broadcast_patterns);

/* Headers only a ticketing system writes (prefixes, lowercase). */
static const char *const ticket_headers[] = {
	"x-rt-ticket", "rt-ticket", "x-zendesk-", "x-jira-", "x-freshdesk-", "x-otrs-",
	"x-servicenow", "x-helpscout-", "x-kayako-", "x-desk-",
};

/* has - regex i of the table matches text */
static gboolean has(guint i, const char *text)
{
	return automated_rx_search(&broadcast_rx, i, text, NULL, NULL);
}

/* calendar_part - a text/calendar part or an .ics attachment */
static gboolean calendar_part(const mp_message *msg)
{
	for (guint i = 0; msg->attachments && i < msg->attachments->len; i++) {
		const mp_attachment *a = msg->attachments->pdata[i];
		if ((a->content_type && (strcmp(a->content_type, "text/calendar") == 0 ||
		                         strcmp(a->content_type, "application/ics") == 0)) ||
		    (a->filename && g_str_has_suffix(a->filename, ".ics")))
			return TRUE;
	}
	const char *ct = mp_message_header(msg, "Content-Type");
	return ct && g_ascii_strncasecmp(ct, "text/calendar", 13) == 0;
}

/* has_words - text holds a few words of its own, not only a calendar's
 * lines ("BEGIN:VCALENDAR", "When: ...") or white space */
static gboolean has_words(const char *text)
{
	guint words = 0;
	for (const char *p = text; p && *p && words < 8; ) {
		while (*p && !g_ascii_isalpha(*p))
			p++;
		const char *start = p;
		while (*p && (g_ascii_isalpha(*p) || (guchar)*p >= 0x80))
			p++;
		gboolean field = *p == ':' || (g_ascii_isupper(start[0]) && g_ascii_isupper(start[1]));
		if (p - start >= 2 && !field)
			words++;
	}
	return words >= 8;
}

/* ticket_header - a header a ticketing system wrote */
static gboolean ticket_header(const mp_message *msg)
{
	for (guint i = 0; msg->headers && i < msg->headers->len; i++) {
		const mp_header *h = msg->headers->pdata[i];
		for (guint k = 0; k < G_N_ELEMENTS(ticket_headers); k++)
			if (g_ascii_strncasecmp(h->name, ticket_headers[k], strlen(ticket_headers[k])) == 0)
				return TRUE;
	}
	return FALSE;
}

/* count_into - add the addresses of list to seen (a set) */
static void count_into(GHashTable *seen, const GPtrArray *list)
{
	for (guint i = 0; list && i < list->len; i++) {
		const mp_address *a = list->pdata[i];
		if (a->address && *a->address)
			g_hash_table_add(seen, a->address);
	}
}

/* recipients - distinct addresses in To, Cc and the Bcc header (archives
 * keep the sender's Bcc list); *to_self: To names the sender alone while
 * others are copied or nobody is */
static guint recipients(const mp_message *msg, gboolean *to_self)
{
	GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
	count_into(seen, msg->to);
	count_into(seen, msg->cc);
	GPtrArray *bcc = NULL;
	const char *raw = mp_message_header(msg, "Bcc");
	if (raw != NULL) {
		bcc = mp_parse_addresses(raw);
		count_into(seen, bcc);
	}
	guint n = g_hash_table_size(seen);
	const char *self = msg->from ? msg->from->address : NULL;
	*to_self = self && msg->to && msg->to->len == 1 &&
	           g_ascii_strcasecmp(((mp_address *)msg->to->pdata[0])->address, self) == 0 &&
	           n >= 2;
	g_hash_table_destroy(seen);
	if (bcc)
		g_ptr_array_unref(bcc);
	return n;
}

/* image_placeholders - "[IMAGE]" occurrences, up to the bound */
static guint image_placeholders(const char *text)
{
	guint n = 0;
	for (const char *p = text; p && n < IMAGE_PLACEHOLDERS && (p = strstr(p, "[IMAGE]")); p += 7)
		n++;
	return n;
}

/* publisher_cues - how many distinct publisher cues text carries (the
 * copyright line not among them) */
static guint publisher_cues(const char *text)
{
	if (text == NULL)
		return 0;
	return has(RX_PUB_FOOTER, text) + has(RX_STORY_TOOLS, text) + has(RX_WIRE_CREDIT, text) +
	       (image_placeholders(text) >= IMAGE_PLACEHOLDERS);
}

/* answers - the message answers another (its quote may carry anything) */
static gboolean answers(const mp_message *msg)
{
	return msg->in_reply_to != NULL || (msg->references && msg->references->len > 0) ||
	       has(RX_ANSWER, msg->subject);
}

/* generated_cue - steps of the auto_generated kind; the reason or NULL */
static const char *generated_cue(const mp_message *msg, const char *text)
{
	if (has(RX_CALENDAR_SUBJECT, msg->subject) || (calendar_part(msg) && !has_words(text)))
		return "calendar";
	if (ticket_header(msg) || has(RX_TICKET_SUBJECT, msg->subject))
		return "ticketing notification";
	if (has(RX_ECARD, msg->subject) || has(RX_ECARD, text))
		return "e-card";
	if (!answers(msg) && (has(RX_BILLING, msg->subject) || has(RX_BILLING, text)))
		return "billing notice";
	return NULL;
}

mp_automated_kind mp_automated_broadcast(const mp_message *msg, const char *quoted,
                                         gboolean forwarded, const char **reason)
{
	*reason = "";
	if (msg == NULL)
		return MP_AUTO_NONE;
	const char *text = mp_message_text(msg);
	if ((*reason = generated_cue(msg, text)) != NULL)
		return MP_AUTO_GENERATED;
	gboolean to_self = FALSE;
	guint n = recipients(msg, &to_self);
	*reason = "undisclosed recipients";
	if (has(RX_UNDISCLOSED_TO, mp_message_header(msg, "To")) || to_self)
		return MP_AUTO_BROADCAST;
	*reason = "many recipients";
	if (n >= MANY_RECIPIENTS)
		return MP_AUTO_BROADCAST;
	*reason = "periodical";
	if (has(RX_ISSUE_DATE, msg->subject) && has(RX_PERIODICAL, msg->subject))
		return MP_AUTO_BROADCAST;
	*reason = "forwarded publication";
	if (forwarded && publisher_cues(quoted) >= 1)
		return MP_AUTO_BROADCAST;
	if (!forwarded && !answers(msg)) {
		guint cues = publisher_cues(text);
		if (cues >= 2 || (cues == 1 && has(RX_COPYRIGHT_LINE, text)))
			return MP_AUTO_BROADCAST;
		gboolean generated = FALSE;
		if ((*reason = automated_offer_cue(msg, text, &generated)) != NULL)
			return generated ? MP_AUTO_GENERATED : MP_AUTO_BROADCAST;
	}
	*reason = "";
	return MP_AUTO_NONE;
}
