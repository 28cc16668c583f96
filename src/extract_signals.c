/*
 * extract_signals.c - run the signal stages on one message for the store.
 *
 * SUMMARY
 *	mp_extract_signals() runs, on a message whose body is parsed, the new
 *	text split (newtext.c): what the author wrote now, without quoted
 *	history and signature, and the title in the signature.  What the stage
 *	returns is copied into plain fields of mp_extract and freed here, so
 *	that the store, `mailpulse inspect` and the tests read one structure
 *	and never call a stage's free function.
 *
 * FORWARDS
 *	A message is a forward when its subject says so (extract.c), or when
 *	newtext found a forwarded block and the subject does not claim to
 *	answer anything ("Re:"): a forward is not a reply for latency.
 */
#include <string.h>
#include "extract.h"
#include "newtext.h"

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

/* take_newtext - new text, signature and title into ex */
static void take_newtext(mp_extract *ex, const mp_message *msg)
{
	mp_newtext *nt = mp_newtext_split(ex->text, msg->from ? msg->from->name : NULL);
	ex->new_text = g_strdup(nt->body);
	ex->signature = g_strdup(nt->signature);
	ex->sig_title = g_strdup(nt->sig_title);
	if (nt->forwarded && !claims_reply(ex->subject))
		ex->forwarded = TRUE;
	mp_newtext_free(nt);
}

void mp_extract_signals(mp_extract *ex, const mp_message *msg, const mp_classification *cls,
                        mp_classifier *c, const mp_ruleset *rules)
{
	take_newtext(ex, msg);
}
