/*
 * rules_commit.c - is a promise of ours a deadline we owe?
 *
 * SUMMARY
 *	A commitment signal is a promise made by us with its due date
 *	(../shared/EVAL.md).  The commitment rules and the sentence scorer
 *	find sentences that promise; rules_promise_owed() keeps only those
 *	that name a due date (rules_date.c) and that mp_rules_commitment_owed()
 *	takes for a deadline of ours.  Not one, whatever promised:
 *	  - a sentence that opens by delivering ("anbei das Angebot ... ab 1.
 *	    April", "ci-joint le guide"): the date in it is not a deadline;
 *	  - a validity or start date ("valid until", "gelten bis", "valable
 *	    jusqu'au", "válido hasta", "geldig tot", "an effective date of"):
 *	    the date ends or starts an offer;
 *	  - something we need from the customer ("we need the order by",
 *	    "bräuchten wir", "nous avons besoin", "necesitaríamos", "hebben we
 *	    nodig"): theirs to do;
 *	  - an offer on the customer's word ("if you'd rather, we'll run it
 *	    tonight", "wenn Sie möchten", "si vous préférez", "als u wilt"):
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
 *	    dinsdag 14 juli?"): it asks, it promises nothing.
 *	Without this a third to a half of the commitment signals on the
 *	development scenario sets were date-less courtesies ("I'll send an
 *	invite", "je vous envoie la procédure") or dates of something else.
 *
 *	A promised call stays a commitment ("ich rufe Sie am Donnerstag an"):
 *	the AM wants it; analysis never calls it overdue, as mail cannot see
 *	a call made (analyze_commitments.c).  mp_rules_commitment_owed() is
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

/* mp_rules_commitment_owed - see rules.h */
gboolean mp_rules_commitment_owed(const char *sentence)
{
	static const char *const words[] = {
		/* validity or start */
		"valid until", "valid through", "valid till", "effective date", "expires",
		"gilt bis", "gelten bis", "gültig bis", "valable jusqu", "valables jusqu",
		"válido hasta", "válida hasta", "válidos hasta", "válidas hasta",
		"geldig tot", "geldig t/m",
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
		/* an event announced: the date is the event's */
		"there will be a", "will be held", "will be hosting", "will take place",
		"aura lieu", "se tiendra", "findet am", "findet statt", "tendrá lugar",
		"se celebrará", "vindt plaats", "zal plaatsvinden",
		/* an absence announced: the date starts it */
		"will be on holiday", "will be on vacation", "will be out of the office",
		"will be out of office", "will be away", "will be on leave",
		"serai en congé", "serai absent", "bin im urlaub", "estaré de vacaciones",
		"estaré fuera", "ben met vakantie", "ben afwezig",
	};
	if (sentence == NULL || owed_question(sentence))
		return FALSE;
	char *low = g_utf8_strdown(sentence, -1);
	gboolean owed = !owed_has_any(low, words, G_N_ELEMENTS(words)) && !owed_delivers(low) &&
	                !owed_meeting(low) && !owed_request(low);
	g_free(low);
	return owed;
}

/* rules_promise_owed - see rules_internal.h */
gboolean rules_promise_owed(const mp_ruleset *rs, const char *sentence, gsize anchor,
                            gint64 date)
{
	char *due = rules_due_date(rs, sentence, anchor, date);
	gboolean owed = due != NULL && mp_rules_commitment_owed(sentence);
	g_free(due);
	return owed;
}
