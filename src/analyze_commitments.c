/*
 * analyze_commitments.c - commitment_overdue: our promises past due and
 * not delivered.
 *
 * SUMMARY
 *	an_commitments() adds one alert per promise (a commitment signal on
 *	our side with a due date, its Message-ID the subject) that nothing
 *	delivered: commitment_open from the day it is made, low, medium in
 *	the last two weekdays before its due date (the digest shows it again
 *	as new); commitment_overdue once the due date is CommitmentGraceDays
 *	past (within AlertEventDays), when the open alert is no longer seen:
 *	never both for one promise.
 *
 *	Delivered: a human message of ours after the promise, in a thread of
 *	the account begun after it (the plan promised in a reply usually goes
 *	out under a subject of its own, often from a colleague or support@;
 *	a reply in a thread running since before the promise answers that
 *	thread's matter: comm_thread_after()), that hands
 *	the thing over: an attachment, the words of a delivery in a language
 *	mailpulse reads ("here is", "as promised", "anbei", "ci-joint",
 *	"adjunto", "bijgevoegd", "est disponible dans", "salieron", "wie
 *	besprochen das ...", "are in your portal", "seit heute"), or a
 *	subject that says it went or is ready ("– livré", "despachados",
 *	"Reporting pack ready"): comm_thing_out(); a meeting invitation
 *	carries a calendar, not the thing.  A promise to let the customer know
 *	("je hoort vóór 31 juli of ...") is kept by any such later message of
 *	ours (comm_answer_promised()).  A fix or release announced as out
 *	("is now live", "ausgerollt", "Correctif déployé"; comm_fix_out())
 *	delivers a promised fix only, not the incident report promised beside
 *	it.  Or the customer's answer to a later message of ours saying it
 *	came ("Bien reçu", "Llegaron ayer", "got it"; comm_received()), their
 *	word that a promised fix works (comm_works(), in a message of their
 *	own too), or the offer signed (comm_signed(), even in answer to the
 *	promise).
 *	Elsewhere, an apology or "I'll send it as soon as I can" delivers
 *	nothing; in the promise's own thread any later human message of ours
 *	closes it: the AM wrote again where they promised (a new date, the
 *	reason, the thing itself), which is what the alert would ask of them.
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

/* comm_fix_out - the message (text or subject) says a fix or a release
 * is out where the customer sees it ("is now live", "ausgerollt", "est en
 * production", "Correctif déployé"): it delivers a fix promised, not a
 * report or an offer */
static gboolean comm_fix_out(const an_msg *m)
{
	static const char *const words[] = {
		"is now live", "is live", "went live", "has been deployed", "is deployed",
		"rolled out", "has been released", "ausgerollt", "ist aktiv", "ist live",
		"ist jetzt aktiv", "eingespielt", "ist behoben", "wurde behoben",
		"est en production", "a été déployé", "est déployé", "est corrigé",
		"ha sido desplegad", "está activo", "está activa",
		"staat live", "is uitgerold", "is opgelost", "is geïnstalleerd",
	};
	static const char *const subject_words[] = { "déployé", "deployed", "desplegad" };
	return an_text_has_any(m->text, words, G_N_ELEMENTS(words)) ||
	       an_text_has_any(m->subject, words, G_N_ELEMENTS(words)) ||
	       an_text_has_any(m->subject, subject_words, G_N_ELEMENTS(subject_words));
}

/* comm_thing_out - the message hands the thing itself over: an
 * attachment, delivery words in its text or subject, or a subject that
 * says it went */
static gboolean comm_thing_out(const an_msg *m)
{
	static const char *const words[] = {
		"here is", "here's", "here are", "attached", "as promised", "please find",
		"anbei", "im anhang", "wie versprochen", "hier ist", "hier sind",
		"ci-joint", "ci-jointe", "en pièce jointe", "comme promis", "voici",
		"adjunto", "como prometido", "aquí tiene",
		"bijgevoegd", "in de bijlage", "zoals beloofd", "hierbij",
		/* made available where the customer works ("est disponible dans votre
		 * environnement", "steht in Ihrem Mandanten bereit") */
		"is now available", "is available in your", "are now available",
		"est disponible dans", "sont disponibles dans", "ist jetzt verfügbar",
		"steht in ihrem", "ya está disponible", "está disponible en",
		"staat klaar", "is nu beschikbaar",
		/* where the customer finds it ("Corrected statements ... are in your
		 * portal", "ist seit heute in Ihrer Testumgebung verfügbar"), or
		 * said kept ("wie zugesagt") */
		"is in your", "are in your", "est dans votre", "sont dans votre", "ist in ihrem",
		"sind in ihrem", "liegt in ihrem", "liegen in ihrem", "está en su", "están en su",
		"staat in uw", "staan in uw", "staat in je", "staan in je", "seit heute",
		"since today", "depuis aujourd'hui", "desde hoy", "sinds vandaag", "wie zugesagt",
		/* sent off: the goods on their way */
		"on its way", "on their way", "salieron", "en camino", "sont partis", "est parti",
		/* the thing itself, named as discussed ("wie besprochen das angepasste
		 * Angebot:"): an article right after the phrase, no comma ("As
		 * discussed, the report will follow" promises again) */
		"wie besprochen das", "wie besprochen die", "wie besprochen den",
		"wie vereinbart das", "wie vereinbart die", "zoals besproken de",
		"zoals besproken het", "zoals afgesproken de", "zoals afgesproken het",
	};
	/* what a subject line says of a delivery ("Rapport de traçabilité –
	 * livré", "Equipos de reemplazo – despachados"); in a text these words
	 * as often tell of the past ("the training we delivered last year") */
	static const char *const subject_words[] = {
		"delivered", "shipped", "dispatched", "livré", "expédié", "geliefert", "verschickt",
		"versandt", "entregad", "despachad", "enviad", "geleverd", "verzonden", "verstuurd",
	};
	/* a subject that ends on the thing being ready where the customer
	 * works ("Reporting pack ready", "Schnittstelle in Testumgebung
	 * verfügbar"; not "Lista de precios cargada", "Service unavailable
	 * tonight" is no delivery either) */
	static const char *const ready[] = {
		" ready", " prêt", " prête", " prêts", " bereit", " verfügbar", " available",
		" disponible", " disponibles", " listo", " lista", " klaar", " beschikbaar",
	};
	/* a meeting invitation carries a calendar, not the thing promised */
	static const char *const invitations[] = {
		"invitation:", "einladung:", "invitation :", "invitación:", "uitnodiging:",
		"updated invitation", "aktualisierte einladung",
	};
	if (an_text_has_any(m->subject, invitations, G_N_ELEMENTS(invitations)))
		return FALSE;
	if (m->subject) {
		char *low = g_utf8_strdown(m->subject, -1);
		g_strchomp(low);
		gboolean said_ready = FALSE;
		for (guint i = 0; i < G_N_ELEMENTS(ready) && !said_ready; i++)
			said_ready = g_str_has_suffix(low, ready[i]);
		g_free(low);
		if (said_ready)
			return TRUE;
	}
	return m->attachment || an_text_has_any(m->text, words, G_N_ELEMENTS(words)) ||
	       an_text_has_any(m->subject, words, G_N_ELEMENTS(words)) ||
	       an_text_has_any(m->subject, subject_words, G_N_ELEMENTS(subject_words));
}

/* comm_fix_promised - the promise is a fix, an update or a release ("the
 * HSN fix", "le correctif", "einen Hotfix", "la actualización"): a fix
 * announced as out keeps it; any other promise (a report, an offer)
 * wants the thing itself, and a fix out the same evening delivers no
 * incident report */
static gboolean comm_fix_promised(const an_signal *g)
{
	static const char *const words[] = {
		"fix", "patch", "deploy", "release", "update", "upgrade", "install",
		"correctif", "corrig", "déploie", "déploy", "mise à jour", "behoben", "beheb",
		"ausroll", "einspiel", "korrigier", "solución", "solucion", "corregi", "despleg",
		"actualiza", "oploss", "oplos", "uitrol", "installeer",
	};
	return an_text_has_any(g->evidence, words, G_N_ELEMENTS(words));
}

/* comm_says - a sentence of text holds one of words, or ends on one of
 * finals, and denies nothing ("not received yet", "noch nicht erhalten",
 * "still doesn't work"): a denial counts only in the sentence where it is
 * said */
static gboolean comm_says(const char *text, const char *const *words, guint nwords,
                          const char *const *finals, guint nfinals)
{
	static const char *const denials[] = {
		"not ", "n't", "nicht", "noch kein", "pas ", "jamais", "no ", "todavía", "aún",
		"niet", "nog geen", "nog steeds", "never", "nie ", "still",
	};
	char **sentences = g_regex_split_simple("[.!?\n]+", text ? text : "", 0, 0);
	gboolean says = FALSE;
	for (guint i = 0; sentences[i] && !says; i++) {
		char *low = g_utf8_strdown(g_strstrip(sentences[i]), -1);
		gboolean final = FALSE;
		for (guint j = 0; j < nfinals && !final; j++)
			final = g_str_has_suffix(low, finals[j]);
		says = (final || an_text_has_any(low, words, nwords)) &&
		       !an_text_has_any(low, denials, G_N_ELEMENTS(denials));
		g_free(low);
	}
	g_strfreev(sentences);
	return says;
}

/* comm_received - a customer's message saying what we sent arrived or
 * works ("Bien reçu, testé", "Llegaron ayer y ya están operando", "got it,
 * thanks", "haben wir erhalten"): they confirm the delivery we may not
 * have seen (a colleague's mail, support@, a parcel).  A sentence that
 * denies it ("not received yet", "noch nicht erhalten", "pas encore reçu")
 * confirms nothing. */
static gboolean comm_received(const an_msg *m)
{
	static const char *const words[] = {
		"got it", "received it", "received the", "have received", "arrived", "it works",
		"bien reçu", "reçu, merci", "avons reçu", "ai reçu", "bien arrivé", "est arrivé",
		"sont arrivés", "haben wir erhalten", "habe ich erhalten", "dankend erhalten",
		"gut erhalten", "erhalten, danke", "ist angekommen", "sind angekommen",
		"llegaron", "llegó", "ha llegado", "han llegado", "recibido", "recibimos",
		"goed ontvangen", "in goede orde ontvangen", "hebben we ontvangen",
		"heb ik ontvangen", "ontvangen, dank", "is aangekomen", "zijn aangekomen",
	};
	return comm_says(m->text, words, G_N_ELEMENTS(words), NULL, 0);
}

/* comm_signed - the customer signed what we were to send ("offre
 * signée, merci", "Angebot unterschrieben"): it came, by mail or by a
 * signing service, even when they answer the promise itself */
static gboolean comm_signed(const an_msg *m)
{
	static const char *const words[] = {
		"offer signed", "signed offer", "signed the offer", "signed the order",
		"signed the proposal", "quote signed", "offre signée", "devis signé",
		"bon de commande signé", "angebot unterschrieben", "angebot unterzeichnet",
		"unterschriebene angebot", "oferta firmada", "propuesta firmada",
		"presupuesto firmado", "offerte getekend", "offerte ondertekend",
		"getekende offerte",
	};
	return an_text_has_any(m->text, words, G_N_ELEMENTS(words));
}

/* comm_works - the customer says the fix or feature works ("5.4 staat
 * erop, ontkistingsalarm werkt", "it works now"); not where a sentence
 * denies it ("funktioniert immer noch nicht"); "that works for us" agrees
 * to a date and says nothing of a fix */
static gboolean comm_works(const an_msg *m)
{
	static const char *const words[] = {
		"works now", "now works", "works again", "working again", "is working", "works fine",
		"works perfectly", "funktioniert wieder", "funktioniert jetzt", "funktioniert einwandfrei",
		"läuft wieder", "fonctionne à nouveau", "fonctionne maintenant", "fonctionne bien",
		"ya funciona", "funciona bien", "funciona de nuevo", "werkt weer", "werkt nu",
		"werkt prima",
	};
	/* or a sentence that ends on the verb ("ontkistingsalarm werkt", "the
	 * export works") */
	static const char *const finals[] = { " works", " funktioniert", " fonctionne",
	                                      " funciona", " werkt" };
	return comm_says(m->text, words, G_N_ELEMENTS(words), finals, G_N_ELEMENTS(finals));
}

/* comm_answer_promised - the promise is an answer, not a thing: to let
 * the customer know ("je hoort vóór 31 juli of het in de volgende release
 * komt", "I'll let you know by Friday", "ich gebe Ihnen bis Freitag
 * Bescheid"): any later word of ours keeps it, often a colleague's under
 * a subject of its own ("Joost passed on your request. Good news: ...").
 * "I'll get back to you with the offer", "ich melde mich mit einem
 * Angebot" want the offer. */
static gboolean comm_answer_promised(const an_signal *g)
{
	static const char *const words[] = {
		"let you know", "you'll hear", "you will hear", "je vous tiens au courant",
		"je vous dirai", "je vous informe", "gebe ihnen bescheid", "geben ihnen bescheid",
		"gebe ich ihnen bescheid", "geben wir ihnen bescheid", "je hoort", "u hoort",
		"laat ik je weten", "laat ik u weten", "laten we je weten", "le aviso", "te aviso",
		"les aviso", "le informo", "te informo",
	};
	return an_text_has_any(g->evidence, words, G_N_ELEMENTS(words));
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

/* comm_thread_after - the thread of m began after the promise: a
 * message of its own (a colleague's, support's) may hand the promised
 * thing over.  A reply in a thread that was running before the promise
 * answers that thread's matter: the revised offer attached in the renewal
 * thread two days after "den Testexport stellen wir bis Freitag, den 25.
 * September, bereit" delivers no test export. */
static gboolean comm_thread_after(const an_account *a, const an_msg *m, const an_signal *g)
{
	if (m->thread_id == 0)
		return TRUE;
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *o = a->msgs->pdata[i];
		if (o->thread_id == m->thread_id && o->date <= g->date)
			return FALSE;
	}
	return TRUE;
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
		if (!m->human || m->date <= g->date)
			continue;
		/* the customer: an answer to a later message of ours says it came
		 * (their answer to the promise itself thanks for it); a message of
		 * their own says a promised fix works; a signed offer came,
		 * whatever it answers */
		gboolean later_ours = m->parent_date > g->date;
		if (m->inbound &&
		    ((later_ours && comm_received(m)) ||
		     ((later_ours || m->parent_date == 0) && comm_fix_promised(g) && comm_works(m)) ||
		     (m->parent_date >= g->date && comm_signed(m))))
			return TRUE;
		if (!m->inbound &&
		    ((g->thread_id && m->thread_id == g->thread_id) ||
		     (comm_thread_after(a, m, g) &&
		      (comm_answer_promised(g) || comm_thing_out(m) ||
		       (comm_fix_out(m) && comm_fix_promised(g))))))
			return TRUE;
	}
	return FALSE;
}

/* comm_reminder - the promise falls due within the next two weekdays
 * after today:
 * the AM hears of it again in time to keep it (two, as the digest comes
 * once a working day and a delivery takes a day to prepare) */
static gboolean comm_reminder(const an_ctx *ctx, const char *due)
{
	GDate d;
	g_date_clear(&d, 1);
	gint64 t = ctx->day_start + AN_DAY;
	for (int weekdays = 0; weekdays < 2; t += AN_DAY) {
		GDateTime *dt = g_date_time_new_from_unix_utc(t);
		g_date_set_dmy(&d, (GDateDay)g_date_time_get_day_of_month(dt),
		               (GDateMonth)g_date_time_get_month(dt), (GDateYear)g_date_time_get_year(dt));
		g_date_time_unref(dt);
		if (g_date_get_weekday(&d) <= G_DATE_FRIDAY)
			weekdays++;
	}
	char *last = an_date(t - AN_DAY);
	gboolean soon = strcmp(due, last) <= 0;
	g_free(last);
	return soon;
}

/* comm_alert - the alert of one promise: overdue, or still open */
static an_alert *comm_alert(const an_ctx *ctx, const an_signal *g, gboolean overdue)
{
	an_alert *al;
	if (overdue) {
		al = an_alert_new("commitment_overdue", g->message_id, "medium", 1);
		al->title = g_strdup_printf("Promise due %s not delivered", g->due_date);
		al->next_step = g_strdup("Deliver what was promised today, or write with a new date "
		                         "and the reason.");
	} else {
		gboolean soon = comm_reminder(ctx, g->due_date);
		al = an_alert_new("commitment_open", g->message_id, soon ? "medium" : "low", 1);
		al->title = g_strdup_printf("Promise open, due %s", g->due_date);
		al->next_step = g_strdup_printf("Deliver by %s, or write with a new date before then.",
		                                g->due_date);
	}
	json_array_append_new(al->evidence, an_evidence(g->date, g->contact, g->evidence, g->message_id));
	return al;
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
		    g->date >= ctx->cutoff || strcmp(g->due_date, oldest_due) < 0 ||
		    g_hash_table_contains(seen, g->message_id) || !mp_rules_commitment_owed(g->evidence) ||
		    comm_unseen(g) ||
		    comm_delivered(a, g))
			continue;
		/* one alert per promise: a message's second rule hit is the same
		 * promise; open until the grace after its due date, overdue from
		 * then on (the open alert is no longer seen: never both at once) */
		g_hash_table_add(seen, g->message_id);
		g_ptr_array_add(out, comm_alert(ctx, g, strcmp(g->due_date, last_due) < 0));
	}
	g_hash_table_destroy(seen);
	g_free(last_due);
	g_free(oldest_due);
}
