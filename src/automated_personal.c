/*
 * automated_personal.c - mail between people at a customer and people
 * here that is not about our business with them.
 *
 * SUMMARY
 *	mp_automated_personal() reads what a reader would: the subject and
 *	the new text (what the author wrote now, without quotes and
 *	signature).  It answers TRUE when they speak of private life (family,
 *	a wedding, a dinner, a job interview, football, a favour among
 *	friends) and of nothing a business relationship is made of (a
 *	contract, an order, a price, a project, a meeting, a problem ...).
 *	Such a message is stored and searchable, with kind "personal": no
 *	phrase signal, no alert, no health input, like every kind but "none".
 *
 * DECISION
 *	At least PERSONAL_MIN distinct private-life words and not one
 *	business word, in English, French, German, Spanish or Dutch.  The
 *	share is deliberately lopsided: one business word keeps a message as
 *	evidence, because missing a customer's real message costs more than
 *	keeping a personal one.  Measured on the judged Enron mail and the
 *	scenario sets (docs/signals.md, "Personal mail").
 *
 *	mp_automated_meeting_asked() says whether a message asks for its
 *	reader's time over lunch, coffee or dinner ("when you might have a
 *	slot open for lunch", "time for a coffee"): a customer who opens a
 *	conversation that way is asking for an account manager's time, which
 *	the real-mail reader judged worth acting on even beside a book tip
 *	and holiday wishes (extract_signals.c keeps such a message as
 *	business).  An invitation to a group's own event ("coming to the
 *	club dinner on Friday?") asks for no slot: it stays personal (dev-4
 *	raised a false unanswered alert on one when any meal question
 *	counted).
 *
 * DIAGNOSTICS
 *	None.
 */
#include <string.h>
#include "automated_internal.h"

#define PERSONAL_MIN 2

enum { RX_PERSONAL, RX_BUSINESS, RX_MEETING_ASK };

static const char *const personal_patterns[] = {
	[RX_PERSONAL] =
	"\\b(wife|husband|kids|son|daughter|baby|mom|dad|family|wedding|birthday|funeral"
	"|condolences?|sympathy|prayers?|hospital|church|vacation|weekend|dinners?|drinks?|beers?|golf"
	"|football|fantasy|league|tee time|party|congratulations|resume|interview|laid off"
	"|friends?|miss you|hugs|recipe|movie|concert|job (offer|opening|search|hunt)"
	"|enfants|bébé|famille|mariage|anniversaire|vacances|week-end|dîner|apéro|amis?|amitiés"
	"|entretien d'embauche|kinder|sohn|tochter|familie|hochzeit|geburtstag|urlaub|wochenende"
	"|abendessen|fußball|vorstellungsgespräch|freunde?|esposa|esposo|hijos?|hija|familia|boda"
	"|cumpleaños|vacaciones|fin de semana|cena|fútbol|entrevista de trabajo|amigos?"
	"|kinderen|zoon|dochter|bruiloft|verjaardag|vakantie|voetbal|sollicitatiegesprek|vrienden?)\\b",
	[RX_BUSINESS] =
	"\\b(contracts?|agreements?|invoices?|billing|payments?|prices?|pricing|quotes?|quotation"
	"|proposals?|orders?|purchas\\w*|deals?|renewals?|renew|licen[cs]es?|subscriptions?"
	"|accounts?|customers?|clients?|services?|products?|projects?|deliver\\w*|shipments?"
	"|schedul\\w*|volumes?|capacity|trades?|trading|transactions?|budgets?|costs?|fees?"
	"|rates?|terms|legal|compliance|reports?|data|systems?|deadlines?|approv\\w*|sign(ed)?"
	"|credit|suppl(y|ier)|vendors?|platform|software|implementation|integration|support"
	"|tickets?|outage|migration|rollout|training|modules?|seats?|users?|upgrade|demo|pilot"
	"|rfp|sla|meetings?|calls?|review|plans?|forecasts?|business|company|companies|team|board"
	"|offer|discount|market|sales|revenue|margin|pipeline|negotiat\\w*|issues?|problems?"
	"|contrat|accord|facture|paiement|prix|devis|commande|renouvellement|projet|livraison"
	"|réunion|rendez-vous|équipe|entreprise|société|vertrag|rechnung|zahlung|preis|angebot"
	"|bestellung|verlängerung|projekt|lieferung|termin|besprechung|firma|unternehmen"
	"|contrato|factura|pago|precio|presupuesto|pedido|renovación|proyecto|entrega|reunión"
	"|empresa|factuur|betaling|prijs|offerte|bestelling|verlenging|levering"
	"|vergadering|bedrijf)\\b",
	[RX_MEETING_ASK] =
	"\\b(when|whether|if) you (might |would |will |could )?(have|be free|be available|have time"
	"|have a (free )?(slot|moment|minute))\\b[^.?!]{0,60}\\b(lunch|coffee|breakfast|dinner|a drink|meet)"
	"|\\b(time|slot|free|available|availability|room in your (calendar|schedule)) (for|to (have|grab|get))"
	" (a |an )?(quick )?(lunch|coffee|breakfast|dinner|drink)"
	"|\\b(auriez|avez|aurais|as)[- ](vous|tu) (le temps|un moment|un créneau)\\b[^.?!]{0,40}"
	"\\b(déjeuner|café|dîner)"
	"|\\bzeit für (ein |einen )?(mittagessen|kaffee|abendessen)\\b"
	"|\\b(tienes|tiene|tendrías|tendría) (tiempo|un hueco|un rato)\\b[^.?!]{0,40}\\b(almuerzo|comida|café|cena)"
	"|\\btijd voor (een )?(lunch|koffie|diner)\\b",
};

static automated_rx_table personal_rx = AUTOMATED_RX_TABLE(personal_patterns);

/* distinct_personal - distinct private-life words in text, up to the bound */
static guint distinct_personal(const char *text, GHashTable *seen)
{
	if (text == NULL)
		return g_hash_table_size(seen);
	GMatchInfo *mi = NULL;
	g_regex_match(automated_rx_get(&personal_rx, RX_PERSONAL), text, 0, &mi);
	while (g_match_info_matches(mi) && g_hash_table_size(seen) < PERSONAL_MIN) {
		char *w = g_match_info_fetch(mi, 1);
		char *low = g_utf8_strdown(w, -1);
		g_free(w);
		g_hash_table_add(seen, low);
		g_match_info_next(mi, NULL);
	}
	g_match_info_free(mi);
	return g_hash_table_size(seen);
}

gboolean mp_automated_personal(const char *subject, const char *new_text)
{
	if (automated_rx_search(&personal_rx, RX_BUSINESS, subject, NULL, NULL) ||
	    automated_rx_search(&personal_rx, RX_BUSINESS, new_text, NULL, NULL))
		return FALSE;
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	distinct_personal(subject, seen);
	guint n = distinct_personal(new_text, seen);
	g_hash_table_destroy(seen);
	return n >= PERSONAL_MIN;
}

gboolean mp_automated_meeting_asked(const char *subject, const char *new_text)
{
	return automated_rx_search(&personal_rx, RX_MEETING_ASK, subject, NULL, NULL) ||
	       automated_rx_search(&personal_rx, RX_MEETING_ASK, new_text, NULL, NULL);
}
