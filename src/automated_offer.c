/*
 * automated_offer.c - a person's address, a circular's words: cold
 * pitches, seminar and conference blasts, chain letters, service notices.
 *
 * SUMMARY
 *	automated_offer_cue() reads a message that neither answers nor
 *	forwards anything and that no header marked as bulk, and says whether
 *	its words are those of a circular sent from a person-like address
 *	(john@seminars.example, hema@outsourcer.example,
 *	ebillservice@utility.example): the name of the cue that decided, or
 *	NULL.  *generated is set when a program wrote it on a service's behalf
 *	(an account notice) rather than a person to many.  Such mail asks
 *	nothing of us that an Account Manager owes an answer to, and its
 *	"price", "save" and "offer" are the sender's own: stored and
 *	searchable, never signal, alert or health input (automated_broadcast.c
 *	gives it its kind).
 *
 * CUES
 *	Decisive on their own (what a reader notices first):
 *	  - a greeting with no name in it, left by a mail merge ("Hi ,",
 *	    "Dear ,", "Dear [First Name]", "%%FNAME%%");
 *	  - a greeting to a role, not a person: "Dear eBill Customer",
 *	    "Dear valued member", "Cher client", "Liebe Kunden", "Estimado
 *	    cliente", "Beste klant" (not "Dear Sir or Madam", which customers
 *	    write to a support address);
 *	  - a request to pass the message on to anyone ("please forward this
 *	    information to anyone you know who ...") or a chain letter's
 *	    ("send this to ten friends", "you have been tagged");
 *	  - a call for papers, abstracts or participation in the subject;
 *	  - an account notice: a user name line and a password line
 *	    (generated).
 *	Weak, two needed: the wording of an offer (save money, regular price,
 *	group rate, per attendee, register now, free trial, "we can offer
 *	you"); a seller presenting itself ("a leading provider", "how our
 *	services can help your company", "synergies between our two
 *	companies"); a visit-our-site call with a link; a web service's
 *	help footer ("questions about this site?", "frequently asked
 *	questions"); a service's report or notice ("the weekly report is
 *	available", "no need for you to respond"); an
 *	event in the subject (seminar, conference, webinar ...); a headline
 *	set in spaced capitals ("C A L L  F O R"); recipients in four or more
 *	organisations other than the sender's (a chain or a private list).
 *
 * TRAPS
 *	A customer's first message may name a price, a discount or a training
 *	course, and may link a page: one weak cue never decides.  "Hi," with
 *	no name is how many people start a note: only a space before the
 *	comma ("Hi ,"), the trace of an empty mail-merge field, is decisive.
 *	A reply or forward quotes whatever it answers: the caller passes only
 *	messages that do neither.
 *
 * DIAGNOSTICS
 *	None: never fails; the reason is a static string.
 */
#include <string.h>
#include "automated_internal.h"

enum {
	RX_BLANK_GREETING,
	RX_ROLE_GREETING,
	RX_PASS_ON,
	RX_CALL_FOR,
	RX_USER_LINE,
	RX_PASSWORD_LINE,
	RX_OFFER,
	RX_SELLER,
	RX_VISIT,
	RX_SITE_HELP,
	RX_REPORT_READY,
	RX_EVENT,
	RX_SPACED_CAPS,
};

static const char *const offer_patterns[] = {
	[RX_BLANK_GREETING] =
	"^[ \\t]*(hi|hello|dear|hey|greetings|bonjour|hallo|hola|beste|geachte|liebe[rs]?"
	"|sehr geehrte[rs]?|estimad[oa]s?|cher|chère)[ \\t]+[,:!]"
	"|^[ \\t]*dear[ \\t]*[,:]"
	"|\\[\\s*(first ?name|firstname|fname|name|contact name|your name)\\s*\\]"
	"|%%?\\s*(first_?name|fname|name)\\s*%%?|\\{\\{\\s*(first_?name|fname|name)\\s*\\}\\}"
	"|\\*\\|\\s*fname\\s*\\|\\*",
	[RX_ROLE_GREETING] =
	"^[ \\t]*(dear|hello|hi|greetings),?[ \\t]+(valued[ \\t]+|our[ \\t]+)?([\\w-]+[ \\t]+){0,2}"
	"(customers?|members?|subscribers?|clients?|account ?holders?|shareholders?|readers?"
	"|alumn(i|us|a|ae)|friends?|e-?bill (customers?|users?)|users?)[ \\t]*[,:!]"
	"|^[ \\t]*(cher|chère|chers|chères) (client|cliente|clients|clientes|membre|membres|abonné|abonnée"
	"|abonnés|lecteur|lectrice|lecteurs)[ \\t]*[,:]"
	"|^[ \\t]*(liebe|lieber|sehr geehrte|sehr geehrter) (kundin|kunde|kunden|mitglied|mitglieder|leser"
	"|leserin|abonnent|abonnentin)\\b"
	"|^[ \\t]*(estimad[oa]s?|querid[oa]s?) (client[ea]s?|miembros?|suscriptor(a|es)?|socios?|lector(a|es)?)\\b"
	"|^[ \\t]*(beste|geachte) (klant|klanten|lid|leden|abonnee|lezer|lezers)\\b",
	[RX_PASS_ON] =
	"\\b(forward|pass|send)( (this|it))?( (information|message|e-?mail|mail|note|announcement|notice"
	"|invitation|flyer))?( on| along)? to (any ?one|anybody|everyone|everybody|others|(your )?friends"
	"|(your )?colleagues|people) (you know|(who|that) (might|may|would|could) (benefit|be interested"
	"|enjoy|like)|interested)"
	"|\\b(send|forward|pass) (this|it) (on )?to (\\d+|three|five|seven|ten|all your) "
	"(people|friends|others|persons)\\b|\\byou('ve| have) been tagged\\b"
	"|\\btransf[ée]rez (ce|cet) (message|e-?mail|courriel) à (toute personne|vos (amis|collègues))"
	"|\\bleiten sie (diese|die) (e-?mail|nachricht|information(en)?) (bitte )?an (alle|interessierte)"
	"|\\breenv[íi](e|a) este (mensaje|correo) a (cualquier|todos|sus (amigos|colegas))"
	"|\\bstuur (deze|dit) (e-?mail|mail|bericht|informatie) (door )?(aan|naar) (iedereen|collega)",
	[RX_CALL_FOR] =
	"\\bcall for (papers|abstracts|participation|speakers|presentations|contributions|posters"
	"|nominations)\\b|\\bappel (à|a) (communications|contributions)\\b"
	"|\\bconvocatoria de (ponencias|comunicaciones)\\b|\\bcall for paper\\b",
	[RX_USER_LINE] = "^[ \\t]*(user ?name|user ?id|login( name| id)?|log-?in|benutzername"
	"|nom d'utilisateur|identifiant|usuario|gebruikersnaam)[ \\t]*:[ \\t]*\\S",
	[RX_PASSWORD_LINE] = "^[ \\t]*(password|passwort|mot de passe|contraseña|wachtwoord)[ \\t]*:[ \\t]*\\S",
	[RX_OFFER] =
	"\\bsave (money|up to|over|\\$|\\d+ ?%|\\d+ percent)"
	"|\\b(regular|normal|list|introductory|discounted|group|early[- ]bird|reduced) (price|prices"
	"|rate|rates|pricing|fee|fees|registration)\\b"
	"|\\bper (attendee|participant|delegate|registrant|seat)\\b"
	"|\\bregister (now|today|online|early)\\b"
	"|\\b(free|no[- ]obligation) (trial|consultation|demo|evaluation|assessment)\\b"
	"|\\b(we|i) can offer (you|your|\\w+ (corp|corporation|inc|company|ltd))\\b"
	"|\\blimited (seats|places|space|availability)\\b|\\bspecial offer\\b"
	"|\\bdiscount(ed)? (subscriptions?|offer)",
	[RX_SELLER] =
	"\\b(we are|is) (a|an|the) (leading|premier|global|world'?s leading|top|trusted|fast-growing)"
	" (\\w+ ){0,3}?(provider|supplier|company|firm|authority|expert|vendor)"
	"|\\bour (solutions|services|products|offerings|expertise) (can|will|could) help\\b"
	"|\\bhow (we|our (\\w+ )?(solutions|services|products|team)) (can|could) help (you|your)\\b"
	"|\\b(i|we) (would like|wanted|want) to introduce (you to )?(our|my|myself)\\b"
	"|\\bbenefits of (outsourcing|using|partnering|working) (to|with)\\b"
	"|\\bsynerg(y|ies) between our (two )?(companies|firms|organi[sz]ations)\\b",
	[RX_VISIT] =
	"\\b(visit|see|go to|check out)( us)?( at| our (web ?site|site|home ?page|page)( at)?)?"
	" (https?://|www\\.)",
	[RX_SITE_HELP] =
	"\\bquestions about this (site|service)\\b|\\bfrequently asked questions\\b"
	"|\\b(our|the) (detailed )?on-?line help\\b",
	[RX_REPORT_READY] =
	"\\b(the|your) (weekly|daily|monthly) (report|results|standings|summary) is (now )?"
	"(available|ready|online)\\b|\\bno need for you to (respond|reply|take any)"
	"|\\bplease do not (reply|respond) to this (e-?mail|message)\\b",
	[RX_EVENT] =
	"\\b(seminars?|conferences?|congress|symposium|workshops?|webinars?|summit|expo|exhibition"
	"|trade ?show|training courses?)\\b",
	[RX_SPACED_CAPS] = "\\b[A-Z] [A-Z] [A-Z] [A-Z] [A-Z]\\b",
};

static automated_rx_table offer_rx = AUTOMATED_RX_TABLE(offer_patterns);

#define MANY_ORGANISATIONS 4

/* has - regex i of the table matches text */
static gboolean has(guint i, const char *text)
{
	return automated_rx_search(&offer_rx, i, text, NULL, NULL);
}

/* offer_domain - the part of an address after '@', or "" */
static const char *offer_domain(const char *address)
{
	const char *at = address ? strrchr(address, '@') : NULL;
	return at ? at + 1 : "";
}

/* offer_spread - recipients sit in MANY_ORGANISATIONS or more domains other
 * than the sender's: a private list or a chain, not a conversation */
static gboolean offer_spread(const mp_message *msg)
{
	const char *own = offer_domain(msg->from ? msg->from->address : NULL);
	GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
	const GPtrArray *lists[] = { msg->to, msg->cc };
	for (guint l = 0; l < G_N_ELEMENTS(lists); l++)
		for (guint i = 0; lists[l] && i < lists[l]->len; i++) {
			const mp_address *a = lists[l]->pdata[i];
			const char *d = offer_domain(a->address);
			if (*d && g_ascii_strcasecmp(d, own) != 0)
				g_hash_table_add(seen, (gpointer)d);
		}
	gboolean spread = g_hash_table_size(seen) >= MANY_ORGANISATIONS;
	g_hash_table_destroy(seen);
	return spread;
}

/* offer_spaced_caps - a headline in spaced capitals; the pattern must see
 * case, which the table's compile flags ignore */
static gboolean offer_spaced_caps(const char *text)
{
	if (text == NULL || !has(RX_SPACED_CAPS, text))
		return FALSE;
	for (const char *p = text; *p; p++) {
		guint run = 0;
		const char *q = p;
		while (g_ascii_isupper(q[0]) && q[1] == ' ' && run < 5) {
			run++;
			q += 2;
		}
		if (run >= 5 && (p == text || !g_ascii_isalpha(p[-1])))
			return TRUE;
	}
	return FALSE;
}

const char *automated_offer_cue(const mp_message *msg, const char *text, gboolean *generated)
{
	*generated = FALSE;
	if (text == NULL)
		return NULL;
	if (has(RX_BLANK_GREETING, text))
		return "mail-merge greeting";
	if (has(RX_ROLE_GREETING, text))
		return "greeting to a role";
	if (has(RX_PASS_ON, text))
		return "asks to pass it on";
	if (has(RX_CALL_FOR, msg->subject))
		return "call for papers";
	if (has(RX_USER_LINE, text) && has(RX_PASSWORD_LINE, text)) {
		*generated = TRUE;
		return "account notice";
	}
	guint weak = has(RX_OFFER, text) + has(RX_SELLER, text) + has(RX_VISIT, text) +
	             has(RX_SITE_HELP, text) + has(RX_REPORT_READY, text) + has(RX_EVENT, msg->subject) +
	             has(RX_CALL_FOR, text) + offer_spaced_caps(text) + offer_spread(msg);
	return weak >= 2 ? "offer or circular" : NULL;
}
