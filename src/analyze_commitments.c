/*
 * analyze_commitments.c - commitment_overdue: our promises past due and
 * not delivered.
 *
 * SUMMARY
 *	an_commitments() adds one commitment_overdue alert per promise (a
 *	commitment signal on our side, its Message-ID the subject) whose due
 *	date is CommitmentGraceDays past, within AlertEventDays, and that no
 *	later human message of ours to the account delivered.
 *
 *	Delivered: a human message of ours after the promise, in any thread
 *	of the account (the plan promised in a reply usually goes out under a
 *	subject of its own), that hands something over: an attachment, or the
 *	words of a delivery in a language mailpulse reads ("here is", "as
 *	promised", "anbei", "ci-joint", "adjunto", "bijgevoegd" ...: see
 *	an_delivers()).  An apology or "I'll send it as soon as I can"
 *	delivers nothing.
 *
 *	Not a promise that can be overdue, whatever the phrase rules found:
 *	  - a sentence that itself delivers ("anbei das Angebot ... ab 1.
 *	    April"): the date in it is not a deadline;
 *	  - a validity or start date ("valid until", "gelten bis", "valable
 *	    jusqu'au", "válido hasta", "geldig tot", "effective"): the date
 *	    ends or starts an offer;
 *	  - something we need from the customer ("we need the order by",
 *	    "bräuchten wir", "nous avons besoin", "necesitamos"): theirs to do;
 *	  - a promise on the customer's word ("if you'd rather, we'll run it
 *	    tonight", "wenn Sie", "si vous", "si usted", "als u"): not owed
 *	    until they ask;
 *	  - a call or a visit ("I'll call next week", "ich rufe an", "je vous
 *	    appelle", "le llamo", "ik bel"): mail cannot see it kept.
 *	A promise without a due date is never overdue.
 */
#include <string.h>
#include "analyze_internal.h"

/* an_delivers - the message hands something over (see the manual above) */
gboolean an_delivers(const an_msg *m)
{
	static const char *const words[] = {
		"here is", "here's", "here are", "attached", "as promised", "please find",
		"anbei", "im anhang", "wie versprochen", "hier ist", "hier sind",
		"ci-joint", "ci-jointe", "en pièce jointe", "comme promis", "voici",
		"adjunto", "como prometido", "aquí tiene",
		"bijgevoegd", "in de bijlage", "zoals beloofd", "hierbij",
	};
	return m->attachment || an_text_has_any(m->text, words, G_N_ELEMENTS(words));
}

/* comm_not_owed - the promise sentence is no deadline of ours (see the
 * manual): it delivers, dates a validity, asks the customer, waits on
 * their word, or promises a call */
static gboolean comm_not_owed(const an_signal *g)
{
	static const char *const words[] = {
		/* delivers itself */
		"here is", "here are", "attached", "please find", "anbei", "im anhang",
		"ci-joint", "en pièce jointe", "voici", "adjunto", "bijgevoegd", "in de bijlage",
		/* validity or start */
		"valid until", "valid through", "valid till", "effective", "expires",
		"gilt bis", "gelten bis", "gültig bis", "valable jusqu", "valables jusqu",
		"válido hasta", "válida hasta", "válidos hasta", "válidas hasta",
		"geldig tot", "geldig t/m",
		/* the customer's to do */
		"we need", "we'd need", "we would need", "we will need", "we'll need",
		"brauchen wir", "bräuchten wir", "benötigen wir", "nous avons besoin",
		"il nous faut", "nous aurions besoin", "necesitamos", "necesitaríamos",
		"hebben we nodig", "hebben wij nodig",
		/* on the customer's word */
		"if you", "if that", "should you", "just say", "wenn sie", "wenn ihr",
		"falls sie", "si vous", "si tu ", "s'il vous convient", "si usted",
		"si lo prefiere", "si prefiere", "als u ", "als je ", "indien u",
		/* a call */
		" call ", " call.", "give you a call", "ring you", "phone you",
		"rufe ich", "rufe sie", "anrufen", "melde mich telefonisch",
		"vous appelle", "vous appeler", "t'appelle", "le llamo", "llamaré", "te llamo",
		"bel ik", "ik bel", "bel je", "bel u", "bellen",
	};
	return an_text_has_any(g->evidence, words, G_N_ELEMENTS(words));
}

/* comm_delivered - a human message of ours to the account after the
 * promise that delivers */
static gboolean comm_delivered(const an_account *a, const an_signal *g)
{
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (!m->inbound && m->human && m->date > g->date && an_delivers(m))
			return TRUE;
	}
	return FALSE;
}

void an_commitments(an_ctx *ctx, an_account *a, GPtrArray *out)
{
	gint64 oldest = ctx->cutoff - (gint64)ctx->cfg->alert_event_days * AN_DAY;
	char *last_due = an_date(ctx->day_start - (gint64)ctx->cfg->commitment_grace_days * AN_DAY);
	char *oldest_due = an_date(oldest);
	GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint i = 0; i < a->signals->len; i++) {
		const an_signal *g = a->signals->pdata[i];
		if (g->customer || strcmp(g->category, "commitment") != 0 || g->due_date == NULL ||
		    strcmp(g->due_date, last_due) >= 0 || strcmp(g->due_date, oldest_due) < 0 ||
		    g_hash_table_contains(seen, g->message_id) || comm_not_owed(g) ||
		    comm_delivered(a, g))
			continue;
		/* one alert per promise: a message's second rule hit is the same promise */
		g_hash_table_add(seen, g->message_id);
		an_alert *al = an_alert_new("commitment_overdue", g->message_id, "medium", 1);
		al->title = g_strdup_printf("Promise due %s not delivered", g->due_date);
		json_array_append_new(al->evidence, an_evidence(g->date, g->contact, g->evidence, g->message_id));
		al->next_step = g_strdup("Deliver what was promised today, or write with a new date "
		                         "and the reason.");
		g_ptr_array_add(out, al);
	}
	g_hash_table_destroy(seen);
	g_free(last_due);
	g_free(oldest_due);
}
