/*
 * rules_commit.c - is a promise of ours a deadline we owe?
 *
 * SUMMARY
 *	A commitment signal is a promise made by us with its due date
 *	(../shared/EVAL.md).  The commitment rules and the sentence scorer
 *	find sentences that promise; rules_promise_due() keeps only those
 *	that name a due date (rules_date.c) and that mp_rules_commitment_owed()
 *	takes for a deadline of ours.  Not one, whatever promised:
 *	  - a sentence that opens by delivering ("anbei das Angebot ... ab 1.
 *	    April", "ci-joint le guide"): the date in it is not a deadline;
 *	  - a validity, start or end date ("valid until", "gelten bis",
 *	    "valable jusqu'au", "válido hasta", "geldig tot", "an effective
 *	    date of", "from 1 October", "que vence el 15 de enero"): the date
 *	    ends or starts an offer or a contract;
 *	  - something in place since a moment past ("seit heute", "since
 *	    today", "desde hoy"): delivered, not promised;
 *	  - something we need from the customer ("we need the order by",
 *	    "bräuchten wir", "nous avons besoin", "necesitaríamos", "hebben we
 *	    nodig"): theirs to do;
 *	  - an offer on the customer's word or act ("if you'd rather, we'll
 *	    run it tonight", "wenn Sie möchten", "si vous renouvelez ... au 30
 *	    novembre", "bij ondertekening voor 1 juli"):
 *	    not owed until they ask ("if you send me access, Tom will have
 *	    the plan by Monday" is a promise);
 *	  - an invitation to a meeting on a date ("I'll send an invite for
 *	    Tuesday", "een uitnodiging voor dinsdag 12 mei"): the date is the
 *	    meeting's;
 *	  - an event or an absence announced ("There will be a conference call
 *	    on Thursday May 3", "the event will be held on May 2", "I will be
 *	    on holidays from Friday 21st"): the date is the event's;
 *	  - a request that opens the sentence ("Please have the vessel set for
 *	    arrival by June 9"): the reader's to do;
 *	  - a question ("Hätten Sie vor Ende Juli 30 Minuten?", "schikt
 *	    dinsdag 14 juli?"): it asks, it promises nothing;
 *	  - a sentence that only proposes ("je vous propose un appel de prise
 *	    de contact la semaine prochaine", "I suggest", "ich schlage vor"):
 *	    the customer says yes or picks.
 *	Without this a third to a half of the commitment signals on the
 *	development scenario sets were date-less courtesies ("I'll send an
 *	invite", "je vous envoie la procédure") or dates of something else.
 *
 *	  - a call, a visit or an introduction ("ich rufe Sie am Donnerstag
 *	    an", "I'll reach out to Eoin"): no writer of the scenario sets
 *	    tracks one, and mail cannot show it kept;
 *	  - an appointment confirmed for a time of day ("te confirmo ... a
 *	    las 8:00", "à partir de 14 h"),
 *	    someone's free time offered ("hätte am 29. September Zeit"), or a
 *	    delivery under way ("salieron hoy"): the date is not a deadline.
 *	mp_rules_commitment_owed() is
 *	public: analysis asks it again of signals stored before it existed.
 */
#include <string.h>
#include "rules_internal.h"

/* owed_has_any - text (any case) contains one of words */
static gboolean owed_has_any(const char *low, const char *const *words, guint n)
{
	for (guint i = 0; i < n; i++)
		if (strstr(low, words[i]))
			return TRUE;
	return FALSE;
}

/* owed_question - the sentence asks: it ends with a question mark, or
 * opens a Spanish question */
static gboolean owed_question(const char *s)
{
	gsize n = strlen(s);
	while (n > 0 && g_ascii_isspace(s[n - 1]))
		n--;
	return (n > 0 && s[n - 1] == '?') || strstr(s, "\xc2\xbf") != NULL; /* ¿ */
}

/* owed_meeting - an invitation to a meeting on a date ("I'll send an
 * invite for Tuesday", "een uitnodiging voor dinsdag 12 mei"): the date
 * is the meeting's.  Sending the invitation by a date ("te envío la
 * invitación mañana") stays a promise. */
static gboolean owed_meeting(const char *low)
{
	static const char *const invites[] = { "invite", "invitation", "einladung",
	                                       "invitación", "uitnodiging" };
	static const char *const fors[] = { " for ", " voor ", " pour ", " für ", " zum ",
	                                    " para ", " op " };
	for (guint i = 0; i < G_N_ELEMENTS(invites); i++) {
		const char *at = strstr(low, invites[i]);
		if (at == NULL)
			continue;
		at += strlen(invites[i]);
		/* the preposition right after the word, within a few letters */
		char window[40];
		g_strlcpy(window, at, sizeof window);
		for (guint j = 0; j < G_N_ELEMENTS(fors); j++)
			if (strstr(window, fors[j]))
				return TRUE;
	}
	return FALSE;
}

/* owed_delivers - the sentence opens by handing something over ("anbei
 * das Angebot ... ab 1. April", "attached is", "ci-joint"): the date in it
 * is not a deadline.  "Here is what we'll do" hands nothing over, and a
 * promise after an attachment ("the invoice is attached, and I'll issue
 * a credit note by Friday") is still one. */
static gboolean owed_delivers(const char *low)
{
	static const char *const opens[] = {
		"here is", "here are", "here's", "attached", "please find", "anbei", "im anhang",
		"beigefügt", "ci-joint", "en pièce jointe", "voici", "adjunto", "te adjunto",
		"le adjunto", "bijgevoegd", "in de bijlage", "hierbij",
	};
	static const char *const nothing[] = { "here is what", "here's what", "voici ce que" };
	while (*low && !g_ascii_isalpha(*low))
		low++;
	for (guint i = 0; i < G_N_ELEMENTS(nothing); i++)
		if (g_str_has_prefix(low, nothing[i]))
			return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(opens); i++)
		if (g_str_has_prefix(low, opens[i]))
			return TRUE;
	return FALSE;
}

/* owed_request - the sentence opens by asking the reader to act
 * ("Please have the vessel set for arrival by June 9"): theirs to do */
static gboolean owed_request(const char *low)
{
	static const char *const opens[] = { "please ", "pls ", "kindly ", "bitte ", "merci de ",
	                                     "por favor", "graag ", "gelieve " };
	while (*low && !g_ascii_isalpha(*low))
		low++;
	for (guint i = 0; i < G_N_ELEMENTS(opens); i++)
		if (g_str_has_prefix(low, opens[i]))
			return TRUE;
	return FALSE;
}

/* owed_appointment - the date is an appointment's: a step confirmed for
 * a time of day ("Te confirmo la actualización ... mañana jueves a las
 * 8:00", "je vous confirme l'intervention jeudi à 9 h", "c'est noté :
 * ...") or a window that opens at one ("le samedi 6 juin à partir de 14
 * h", "from 2 pm", "ab 14 Uhr"): scheduled with the customer, kept or
 * moved on the spot, not a deadline.  "By 5pm today", "der Bericht liegt
 * morgen um 7 Uhr in Ihrem Ordner" stay promises. */
static gboolean owed_appointment(const char *low)
{
	static const char *const confirms[] = { "te confirmo", "le confirmo", "les confirmo",
	                                        "je vous confirme", "je te confirme",
	                                        "i can confirm", "i confirm", "confirmed for",
	                                        "c'est noté", "ich bestätige", "bestätige ich",
	                                        "ik bevestig", "bevestig ik" };
	static GRegex *at_time, *from_time;
	if (g_once_init_enter(&at_time))
		g_once_init_leave(&at_time, g_regex_new(
			"(?:^|\\s)(?:at|a\\s+las?|um|à|om)\\s+\\d{1,2}(?:(?:[:.h]\\d{2})|\\s*(?:h|uhr|uur"
			"|am|pm|a\\.m\\.|p\\.m\\.)(?![a-z]))", G_REGEX_OPTIMIZE, 0, NULL));
	if (g_once_init_enter(&from_time))
		g_once_init_leave(&from_time, g_regex_new(
			"(?:^|\\s)(?:from|ab|vanaf|à\\s+partir\\s+de|a\\s+partir\\s+de(?:\\s+las?)?)"
			"\\s+\\d{1,2}(?:(?:[:.h]\\d{2})|\\s*(?:h|uhr|uur|am|pm|a\\.m\\.|p\\.m\\.)(?![a-z]))",
			G_REGEX_OPTIMIZE, 0, NULL));
	return g_regex_match(from_time, low, 0, NULL) ||
	       (g_regex_match(at_time, low, 0, NULL) &&
	        owed_has_any(low, confirms, G_N_ELEMENTS(confirms)));
}

/* owed_available - someone's free time offered ("Lukas Meier hätte am 29.
 * oder 30. September Zeit", "Tom is available on Tuesday", "je serais
 * disponible le 12"): the customer picks, nothing is owed by then */
static gboolean owed_available(const char *low)
{
	static const char *const words[] = {
		"would be available", "would be free", "serait disponible", "seraient disponibles",
		"tendría tiempo", "tendríamos tiempo", "estaría disponible", "zou beschikbaar",
		"heeft tijd", "hebben tijd",
	};
	return owed_has_any(low, words, G_N_ELEMENTS(words)) ||
	       ((strstr(low, "hätte") || strstr(low, "hätten")) && strstr(low, " zeit"));
}

/* owed_call - the promise itself is a call, a visit or an introduction
 * ("I'll call you next week", "ich rufe Sie am Donnerstag an", "je vous
 * appelle demain", "I'll reach out to Eoin"): the writers of every
 * scenario set leave them out of the promises an AM tracks (one files "I'll
 * call next week" among the messages that must raise nothing), and mail
 * cannot show one kept.  Only the words where the promise starts count:
 * "Lucie vous appelle demain et la correction sera en place avant lundi"
 * still promises the correction. */
static gboolean owed_call(const char *sentence, gsize anchor)
{
	static const char *const words[] = {
		"call you", "give you a call", "ring you", "phone you", "i'll call", "we'll call",
		"i will call", "we will call", "reach out to", "get in touch", "put you in touch",
		"rufe sie", "rufe ich", "rufe dich", "anrufen", "melde mich telefonisch",
		"in kontakt", "vous appelle", "vous appeler", "vous rappelle", "t'appelle",
		"mettre en relation", "le llamo", "te llamo", "llamaré", "les llamo",
		"en contacto con", "bel ik", "ik bel", "bel je", "bel u", "in contact met",
	};
	if (anchor >= strlen(sentence))
		return FALSE;
	const char *at = sentence + anchor;
	glong chars = g_utf8_strlen(at, -1);
	char *window = g_utf8_substring(at, 0, MIN(chars, 32));
	char *low = g_utf8_strdown(window, -1);
	gboolean call = owed_has_any(low, words, G_N_ELEMENTS(words));
	g_free(low);
	g_free(window);
	return call;
}

/* owed_proposal - the sentence only proposes ("je vous propose un appel
 * de prise de contact la semaine prochaine", "I suggest we meet next
 * week", "ich schlage vor"): the customer says yes or picks, nothing is
 * owed yet.  A promise joined to it ("je vous propose un rendez-vous mardi
 * et vous aurez notre grille avant cette date") is still one. */
static gboolean owed_proposal(const char *low)
{
	static const char *const words[] = {
		"je vous propose", "je te propose", "nous vous proposons", "je propose",
		"i suggest", "i'd suggest", "i would suggest", "we suggest", "i propose",
		"we propose", "how about", "ich schlage vor", "schlage ich vor", "schlagen wir vor",
		"wir schlagen vor", "würde ich vorschlagen", "le propongo", "les propongo",
		"te propongo", "os propongo", "le proponemos", "les proponemos", "ik stel voor",
		"stel ik voor", "wij stellen voor", "we stellen voor",
	};
	static const char *const joins[] = { " and ", " et ", " und ", " y ", " en " };
	if (!owed_has_any(low, words, G_N_ELEMENTS(words)))
		return FALSE;
	/* only a proposal: no second clause joined to it */
	return !owed_has_any(low, joins, G_N_ELEMENTS(joins));
}

/* mp_rules_commitment_owed - see rules.h */
gboolean mp_rules_commitment_owed(const char *sentence)
{
	static const char *const words[] = {
		/* validity or start */
		"valid until", "valid through", "valid till", "effective date", "expires",
		"gilt bis", "gelten bis", "gültig bis", "valable jusqu", "valables jusqu",
		"válido hasta", "válida hasta", "válidos hasta", "válidas hasta",
		"geldig tot", "geldig t/m",
		"à partir du", "a partir del", "vanaf", "starting from", "as of ",
		/* the customer's to do */
		"we need", "we'd need", "we would need", "we will need", "we'll need",
		"brauchen wir", "bräuchten wir", "benötigen wir", "nous avons besoin",
		"il nous faut", "nous aurions besoin", "necesitamos", "necesitaríamos",
		"necesitaría", "necesito", "hebben we nodig", "hebben wij nodig",
		/* an offer on the customer's word */
		"if you'd", "if you would", "if you prefer", "if you want", "if you like",
		"if that works", "just say", "should you", "wenn sie möchten", "wenn sie wollen",
		"falls sie möchten", "falls gewünscht", "si vous le souhaitez", "si vous préférez",
		"si vous voulez", "si tu veux", "s'il vous convient", "si lo prefiere",
		"si prefiere", "si quiere", "si lo desea", "als u wilt", "als je wilt",
		"als u dat wilt", "indien gewenst",
		/* an offer on the customer's act: the date is theirs to meet ("if
		 * you renew by 30 November", "bij ondertekening voor 1 juli") */
		"if you sign", "if you renew", "if you order", "upon signing", "on signing",
		"si vous renouvelez", "si vous signez", "si vous commandez", "si tu renouvelles",
		"à la signature", "wenn sie verlängern", "wenn sie unterschreiben",
		"wenn sie bestellen", "bei unterschrift", "bei verlängerung", "si renuevan",
		"si renueva", "si firman", "si firma", "al firmar", "als u verlengt", "als u tekent",
		"als jullie tekenen", "bij ondertekening", "bij verlenging",
		/* an event announced: the date is the event's */
		"there will be a", "will be held", "will be hosting", "will take place",
		"aura lieu", "se tiendra", "findet am", "findet statt", "tendrá lugar",
		"se celebrará", "vindt plaats", "zal plaatsvinden",
		/* an absence announced: the date starts it */
		"will be on holiday", "will be on vacation", "will be out of the office",
		"will be out of office", "will be away", "will be on leave",
		"serai en congé", "serai absent", "bin im urlaub", "estaré de vacaciones",
		"estaré fuera", "ben met vakantie", "ben afwezig",
		/* done already: the thing is on its way ("Los 12 equipos salieron
		 * hoy y llegan mañana"): a delivery told, not a promise */
		"salieron hoy", "salió hoy", "enviamos hoy", "shipped today", "dispatched today",
		"went out today", "heute verschickt", "heute versandt", "heute versendet",
		"expédiés aujourd'hui", "expédié aujourd'hui", "vandaag verzonden",
		"vandaag verstuurd",
		/* in place since a moment past ("wie zugesagt ist der CSV-Export
		 * seit heute in Ihrer Umgebung aktiv"): delivered, not promised */
		"seit heute", "seit gestern", "seit heute morgen", "since today",
		"since this morning", "since yesterday", "depuis aujourd'hui", "depuis ce matin",
		"depuis hier", "desde hoy", "desde esta mañana", "desde ayer", "sinds vandaag",
		"sinds vanochtend", "sinds gisteren",
		/* an end of term: the date ends a contract or a subscription
		 * ("su suscripción, que vence el 15 de enero") */
		"vence el", "vencen el", "expira el", "expire le", "expirera le",
		"arrive à échéance", "arrivera à échéance", "expires on", "läuft am", "läuft zum",
		"endet am", "verloopt op", "loopt af op",
	};
	/* "ab 1. Januar", "ab dem 15.", "from 1 October", "from October 1st":
	 * a start date (German, English) */
	static GRegex *ab_date;
	if (g_once_init_enter(&ab_date))
		g_once_init_leave(&ab_date, g_regex_new(
			"\\bab\\s+(?:dem\\s+|den\\s+)?\\d{1,2}\\."
			"|\\bfrom\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
			"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
			"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d)",
			G_REGEX_OPTIMIZE | G_REGEX_CASELESS, 0, NULL));
	if (sentence == NULL || owed_question(sentence) || g_regex_match(ab_date, sentence, 0, NULL))
		return FALSE;
	char *low = g_utf8_strdown(sentence, -1);
	gboolean owed = !owed_has_any(low, words, G_N_ELEMENTS(words)) && !owed_delivers(low) &&
	                !owed_meeting(low) && !owed_request(low) && !owed_appointment(low) &&
	                !owed_available(low) && !owed_proposal(low);
	g_free(low);
	return owed;
}

/* rules_promise_due - see rules_internal.h */
char *rules_promise_due(const mp_ruleset *rs, const char *sentence, gsize anchor, gint64 date,
                        gboolean *call)
{
	gboolean is_call = owed_call(sentence, anchor);
	if (call)
		*call = is_call;
	if (is_call || !mp_rules_commitment_owed(sentence))
		return NULL;
	return rules_due_date(rs, sentence, anchor, date);
}
