/*
 * automated_bulk.c - is this a newsletter, an advert or another mass mailing?
 *
 * SUMMARY
 *	automated_bulk_detect() reads the cues that bulk senders leave on a message
 *	that carries no list header (automated.c step 5 handles Precedence,
 *	List-Id and List-Unsubscribe) and answers MP_AUTO_LIST, MP_AUTO_GENERATED
 *	or MP_AUTO_NONE with the cue that decided.  Airline offers, shop
 *	promotions, news digests and vendor campaigns say "price", "save 40%",
 *	"discount", "layoffs" and "renew" in every issue: left to the phrase
 *	rules they drown an account's real signals.
 *
 * CUES
 *	Decisive on their own:
 *	  - a header only mass-mailing software writes: Feedback-ID (the
 *	    campaign id Gmail asks bulk senders for), X-Campaign*, the
 *	    headers of Mailchimp, Constant Contact, Salesforce Marketing Cloud,
 *	    Marketo, the CSA complaint address, X-Newsletter, X-Mailing-List;
 *	  - an X-Mailer or User-Agent naming mass-mailing software;
 *	  - a sender whose local part is a broadcast address (newsletter@,
 *	    offers@, deals@ ...): list; a no-reply sender: auto_generated;
 *	  - in a message that answers and forwards nothing, a subscription
 *	    footer: "to unsubscribe", "you are receiving this e-mail because",
 *	    "if you no longer wish to receive", "to be removed from our list"
 *	    (EN FR DE).
 *	Weak, two needed: in a message that answers nothing, the word
 *	"unsubscribe" or "opt out", the small print of an offer ("offer
 *	expires", "limited-time offer", "view this e-mail in your browser"),
 *	a publisher's copyright line ("All rights reserved"); a sender address
 *	made by a program (a run of six digits, '#'); a sender domain whose first label is a mailing
 *	subdomain (email., news., info., lists. ... with at least three
 *	labels); a bounce-handling Return-Path on another domain than From
 *	(VERP: bounce-, long tokens); undisclosed recipients.
 *
 * TRAPS
 *	A corporate footer ("confidential ... if you received this in error")
 *	is not a subscription footer.  A person who replies to or forwards a
 *	newsletter quotes its footer: footers count only in a message that
 *	neither answers (Re:, In-Reply-To, References) nor forwards (Fw:)
 *	anything.  A person's mail from mail.example.com carries one weak cue,
 *	never two by itself.
 *
 * DIAGNOSTICS
 *	None: never fails; the reason is a static string.
 */
#include <string.h>
#include "automated_internal.h"

enum {
	RX_FOOTER,        /* a subscription footer */
	RX_UNSUBSCRIBE,   /* the bare word, a weak cue */
	RX_BULK_MAILER,   /* X-Mailer / User-Agent of mass-mailing software */
	RX_ANSWER_SUBJECT, /* Re:, Fw: and their kin */
	RX_MAILING_HOST,  /* email.example.com, news.example.com ... */
	RX_VERP,          /* a bounce-handling return path */
	RX_UNDISCLOSED,   /* undisclosed-recipients:; */
	RX_PROMOTION,     /* the small print of an offer */
	RX_COPYRIGHT,     /* a publisher's copyright line */
	RX_MACHINE_LOCAL, /* a sender made by a program: 1.10043390.-3@ */
};

static const char *const bulk_patterns[] = {
	[RX_FOOTER] =
	"\\bto unsubscribe\\b|\\bunsubscribe (here|now|at any ?time|anytime|from (this|these|our|the|all)\\b)"
	"|\\b(click|visit|go to|follow)\\b[^.\\n]{0,60}\\bunsubscribe"
	"|\\byou (are receiving|received|have received|receive) (this|these) (\\S+\\s+){0,3}?(because|as a|since)"
	"|\\bchange your subscription\\b"
	"|\\bif you (no longer|do not|don'?t) (wish|want) to receive"
	"|\\bto (stop|cease) receiving (these|this|our|future|further)"
	"|\\bto be removed from (our|this|the|future|further)\\b[^.\\n]{0,30}\\b(list|mailings?|e-?mails?)"
	"|\\bremove (yourself|me|your (e-?mail( address)?|name|address)) from (this|our|the|future|all)\\b"
	"|\\b(reply|respond)\\b[^.\\n]{0,60}\\bwith (the word )?\\W?unsubscribe"
	"|\\brather not receive (future|these|our|further|such)"
	"|\\benjoy(ed)? receiving this (e-?mail|message|newsletter)"
	"|\\b(e-?mail|mail|messages?) sent to this address (can ?not|will not|won'?t) be (answered|read)"
	"|\\b(manage|update) your (e-?mail |subscription |newsletter )?(preferences|subscriptions?)\\b"
	"|\\bopt[- ]out of (future|these|further|receiving|our)\\b"
	"|\\b(vous|se) d[ée]s(abonner|inscrire)\\b|\\blien de d[ée]sinscription"
	"|\\bnewsletter (abbestellen|abmelden)|\\bvom newsletter abmelden",
	[RX_UNSUBSCRIBE] = "\\bunsubscrib|\\bopt[- ]out\\b|\\bd[ée]sabonne|\\babbestellen\\b",
	[RX_BULK_MAILER] =
	"accucast|messagemaker|lyris|listmanager|mailchimp|constant ?contact|exacttarget|campaign ?monitor"
	"|sendgrid|mailjet|sendinblue|brevo|strongmail|responsys|silverpop|eloqua|marketo|hubspot"
	"|icontact|aweber|getresponse|bronto|cheetahmail|emailvision|dotmailer|dotdigital|phplist"
	"|sendblaster|groupmail|mailking|massmail|bulk ?mail|newsletter|listserv|majordomo|e-?dialog"
	"|campaigner|mailgun|sparkpost|acoustic|emarsys|selligent|experian cheetah",
	[RX_ANSWER_SUBJECT] =
	"^\\s*(\\[[^]]*\\]\\s*)?(re|fw|fwd|aw|wg|tr|sv|vs|rif|r|i|doorst|antw|rv|enc)\\s*(\\[\\d+\\])?\\s*:",
	[RX_MAILING_HOST] =
	"^(e|em|email|e-?mail|mail[0-9]*|news|enews|newsletters?|info|lists?|offers?|reply|bounces?|mkt"
	"|marketing|promo|promotions?|specials?|deals|campaigns?|mailings?|updates?|communications?|comms)"
	"\\.[^.]+\\.[^.]+",
	[RX_VERP] = "^[^@]*(bounce|return|owner-|[#=]|\\d{6,}|[a-z0-9]{20,})[^@]*@",
	[RX_UNDISCLOSED] = "undisclosed|recipient list (suppressed|not shown)|valued (customer|member)",
	[RX_PROMOTION] =
	"\\b(offer|sale|promotion|deal)s? (expires?|ends?)\\b"
	"|\\blimited[- ]time (offer|only)|\\bcannot be combined with (any )?other (offers|promotions|discounts)"
	"|\\bwhile supplies last\\b|\\bif you (cannot|can'?t|are unable to|have trouble) (see|view|read)(ing)? this"
	" (e-?mail|message|newsletter)|\\bview (this|it) (e-?mail |message )?(online|in (a|your) (web )?browser)",
	[RX_COPYRIGHT] = "\\ball rights reserved\\b|(©|\\(c\\)|copyright)\\s*(19|20)\\d\\d",
	[RX_MACHINE_LOCAL] = "^[^@]*(\\d{6,}|#)[^@]*@",
};

static automated_rx_table bulk_rx = AUTOMATED_RX_TABLE(bulk_patterns);

/* Headers that only mass-mailing software writes (prefixes, lowercase). */
static const char *const campaign_headers[] = {
	"feedback-id", "x-campaign", "x-mc-user", "x-mailchimp", "x-roving-", "x-sfmc-",
	"x-marketo", "x-mkto", "x-csa-complaints", "x-newsletter", "x-mailing-list",
	"x-mailer-recptid", "x-listmember", "x-list-unsubscribe", "x-mailgun-tag",
};

/* Broadcast local parts: a list or campaign address, never a person. */
static const char *const broadcast_locals[] = {
	"newsletter", "newsletters", "news", "enews", "e-news", "offers", "offer", "deals",
	"specials", "promo", "promos", "promotions", "promotion", "marketing", "campaigns",
	"announce", "announcements", "mailings", "mailing", "digest", "bulletin",
};

/* No-reply local parts: a program sent it and nobody reads the answer. */
static const char *const noreply_locals[] = {
	"noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply",
};

/* campaign_header - the first header a mass-mailing program wrote, or NULL */
static const char *campaign_header(const mp_message *msg)
{
	for (guint i = 0; msg->headers && i < msg->headers->len; i++) {
		const mp_header *h = msg->headers->pdata[i];
		for (guint k = 0; k < G_N_ELEMENTS(campaign_headers); k++)
			if (g_ascii_strncasecmp(h->name, campaign_headers[k],
			                        strlen(campaign_headers[k])) == 0)
				return campaign_headers[k];
	}
	return NULL;
}

/* local_is - the local part of address is one of list, whole or followed by
 * a separator (newsletter-fr@, noreply.billing@) */
static gboolean local_is(const char *address, const char *const *list, guint n)
{
	const char *at = address ? strrchr(address, '@') : NULL;
	if (at == NULL)
		return FALSE;
	size_t len = (size_t)(at - address);
	for (guint i = 0; i < n; i++) {
		size_t l = strlen(list[i]);
		if (len >= l && g_ascii_strncasecmp(address, list[i], l) == 0 &&
		    (len == l || strchr("-+_.=", address[l]) != NULL))
			return TRUE;
	}
	return FALSE;
}

/* answers_something - a reply or forward: its footer may be quoted */
static gboolean answers_something(const mp_message *msg)
{
	return msg->in_reply_to != NULL || (msg->references && msg->references->len > 0) ||
	       automated_rx_search(&bulk_rx, RX_ANSWER_SUBJECT, msg->subject, NULL, NULL);
}

/* domain_of - the part of an address after '@', or "" */
static const char *domain_of(const char *address)
{
	const char *at = address ? strrchr(address, '@') : NULL;
	return at ? at + 1 : "";
}

/* verp_return_path - a bounce-handling Return-Path on another domain than
 * the sender's (the ESP's bounce processor) */
static gboolean verp_return_path(const mp_message *msg, const char *from)
{
	const char *rp = mp_message_header(msg, "Return-Path");
	if (rp == NULL)
		return FALSE;
	while (*rp == ' ' || *rp == '<')
		rp++;
	char *path = g_strndup(rp, strcspn(rp, ">\r\n "));
	const char *d = domain_of(path);
	gboolean other = *d && g_ascii_strcasecmp(d, domain_of(from)) != 0;
	gboolean verp = automated_rx_search(&bulk_rx, RX_VERP, path, NULL, NULL);
	g_free(path);
	return verp && (other || strchr(rp, '#') || strchr(rp, '='));
}

/* undisclosed - no visible recipient, or a mass-mailing placeholder */
static gboolean undisclosed(const mp_message *msg)
{
	const char *to = mp_message_header(msg, "To");
	if (to == NULL)
		return (msg->cc == NULL || msg->cc->len == 0);
	return automated_rx_search(&bulk_rx, RX_UNDISCLOSED, to, NULL, NULL) ||
	       (msg->to && msg->to->len == 0 && (msg->cc == NULL || msg->cc->len == 0));
}

/* weak_cues - how many weak cues the message carries */
static guint weak_cues(const mp_message *msg, const char *text, const char *from, gboolean answer)
{
	guint n = 0;
	n += !answer && automated_rx_search(&bulk_rx, RX_UNSUBSCRIBE, text, NULL, NULL);
	n += automated_rx_search(&bulk_rx, RX_MAILING_HOST, domain_of(from), NULL, NULL);
	n += verp_return_path(msg, from);
	n += undisclosed(msg);
	n += automated_rx_search(&bulk_rx, RX_MACHINE_LOCAL, from, NULL, NULL);
	n += !answer && automated_rx_search(&bulk_rx, RX_PROMOTION, text, NULL, NULL);
	n += !answer && automated_rx_search(&bulk_rx, RX_COPYRIGHT, text, NULL, NULL);
	return n;
}

/* mailer_header - the X-Mailer or User-Agent when it names mass-mailing
 * software, else NULL */
static const char *mailer_header(const mp_message *msg)
{
	static const char *const names[] = { "X-Mailer", "User-Agent", "X-Mailer-Version" };
	for (guint i = 0; i < G_N_ELEMENTS(names); i++)
		if (automated_rx_search(&bulk_rx, RX_BULK_MAILER, mp_message_header(msg, names[i]), NULL, NULL))
			return names[i];
	return NULL;
}

mp_automated_kind automated_bulk_detect(const mp_message *msg, const char **reason)
{
	const char *from = msg->from ? msg->from->address : NULL;
	if ((*reason = campaign_header(msg)) != NULL)
		return MP_AUTO_LIST;
	if ((*reason = mailer_header(msg)) != NULL)
		return MP_AUTO_LIST;
	*reason = "no-reply sender";
	if (local_is(from, noreply_locals, G_N_ELEMENTS(noreply_locals)))
		return MP_AUTO_GENERATED;
	*reason = "broadcast sender";
	if (local_is(from, broadcast_locals, G_N_ELEMENTS(broadcast_locals)))
		return MP_AUTO_LIST;
	const char *text = mp_message_text(msg);
	gboolean answer = answers_something(msg);
	*reason = "subscription footer";
	if (!answer && automated_rx_search(&bulk_rx, RX_FOOTER, text, NULL, NULL))
		return MP_AUTO_LIST;
	*reason = "bulk cues";
	if (weak_cues(msg, text, from, answer) >= 2)
		return MP_AUTO_LIST;
	*reason = "";
	return MP_AUTO_NONE;
}
