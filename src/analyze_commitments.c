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
 *	promised", "anbei", "ci-joint", "adjunto", "bijgevoegd" ...), or of a
 *	fix or release now out ("is now live", "ausgerollt", "est en
 *	production", "staat live"), in its text or its subject: see
 *	an_delivers().  Elsewhere, an apology or "I'll send it as soon as I
 *	can" delivers nothing; in the promise's own thread any later human
 *	message of ours closes it: the AM wrote again where they promised (a
 *	new date, the reason, the thing itself), which is what the alert
 *	would ask of them.
 *
 *	Not a promise that can be overdue, whatever the phrase rules found
 *	(mp_rules_commitment_owed(), rules_commit.c: the signal stage stores
 *	no such commitment; a database filled before it may hold some): a
 *	sentence that delivers itself, dates a validity or start, asks the
 *	customer, waits on their word, invites to a meeting, or asks.  Nor a
 *	call, a visit or reaching out to someone ("I'll call next week", "ich
 *	rufe an", "je vous appelle", "le llamo", "ik bel", "I'll reach out to
 *	Eoin"): mail to the account cannot show it kept.
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
		/* done where the customer can see it: a fix or a release is out */
		"is now live", "is live", "went live", "has been deployed", "is deployed",
		"rolled out", "has been released", "ausgerollt", "ist aktiv", "ist live",
		"ist jetzt aktiv", "eingespielt", "ist behoben", "wurde behoben",
		"est en production", "a été déployé", "est déployé", "est corrigé",
		"ha sido desplegad", "está activo", "está activa", "ya está disponible",
		"staat live", "is uitgerold", "is opgelost", "is geïnstalleerd",
	};
	/* the subject says it as often as the text ("Hotfix 4.12.1 ausgerollt") */
	return m->attachment || an_text_has_any(m->text, words, G_N_ELEMENTS(words)) ||
	       an_text_has_any(m->subject, words, G_N_ELEMENTS(words));
}

/* comm_unseen - the promise is a call, a visit or reaching out to
 * someone: mail to the account cannot show it kept */
static gboolean comm_unseen(const an_signal *g)
{
	static const char *const words[] = {
		"reach out to", "get in touch", "put you in touch", "in kontakt",
		"mettre en relation", "en contacto con", "in contact met",
		" call ", " call.", "give you a call", "ring you", "phone you",
		"rufe ich", "rufe sie", "anrufen", "melde mich telefonisch",
		"vous appelle", "vous appeler", "t'appelle", "le llamo", "llamaré", "te llamo",
		"bel ik", "ik bel", "bel je", "bel u", "bellen",
	};
	return an_text_has_any(g->evidence, words, G_N_ELEMENTS(words));
}

/* comm_delivered - a human message of ours to the account after the
 * promise that delivers, or any later word of ours in the promise's own
 * thread: the alert asks the AM to deliver or to write with a new date,
 * and a follow-up there has done one of the two ("the fix slips to
 * Monday, here is why" is no broken silence) */
static gboolean comm_delivered(const an_account *a, const an_signal *g)
{
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (!m->inbound && m->human && m->date > g->date &&
		    (an_delivers(m) || (g->thread_id && m->thread_id == g->thread_id)))
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
		    g_hash_table_contains(seen, g->message_id) || !mp_rules_commitment_owed(g->evidence) ||
		    comm_unseen(g) ||
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
