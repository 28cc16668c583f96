/*
 * classify_policy.c - the capture policy: what is never captured, and how.
 *
 * SUMMARY
 *	Every rule that keeps mail out of mailpulse, in one place, applied by
 *	the milter before a byte is spooled and by the pipeline again when it
 *	stores (in case the configuration changed in between):
 *	- NeverCapture: an address, or a domain matching an address's domain
 *	  or one of its parents, excludes the whole message.
 *	- CaptureModeFor / CaptureMode (see CAPTURE MODE): off excludes the
 *	  message; otherwise the mode says whether its body text may be stored.
 *	- NeverCaptureSubjects: a subject the pattern matches excludes it.
 *	- X-Mailpulse-Digest: mailpulse's own digests are never captured.
 *
 *	classify_policy_message() is the pipeline's check of a parsed message
 *	(classify.c); mp_classify_envelope() is the milter's decision at DATA
 *	from the SMTP envelope, mp_classify_header() its check of each header
 *	as it arrives (From, To, Cc, Subject, X-Mailpulse-Digest).
 *
 * CAPTURE MODE
 *	Each party (author, To, Cc, envelope sender and recipients) is looked
 *	up in CaptureModeFor: an entry naming its address wins over domain
 *	entries, and the longest matching domain over its parents.  A party
 *	in NeverCapture counts as off.  The message takes the most restrictive
 *	mode among its listed parties (off > headers-only > full), and
 *	CaptureMode when no party is listed: so "CaptureMode off" with
 *	"CaptureModeFor acme.com=full" captures acme.com's mail only, and one
 *	off party is enough to keep a message out, wherever it appears.  A
 *	party only named in a header can make the message more private, never
 *	less.
 *
 * DIAGNOSTICS
 *	None: each check answers with a static reason ("NeverCapture",
 *	"CaptureMode off", "NeverCaptureSubjects", "mailpulse's own digest",
 *	"all internal", "no internal party", "InternalDomains not configured")
 *	that the caller logs.  config.c validated every entry and pattern.
 */
#include <string.h>
#include "classify_internal.h"

/* One CaptureModeFor entry. */
typedef struct classify_mode_entry {
	char *who;            /* address (with '@') or domain, lowercase */
	mp_capture_mode mode;
} classify_mode_entry;

/* The most restrictive mode found so far among a message's listed
 * parties (-1: none listed yet) and the reason to give if it is off. */
typedef struct mode_verdict {
	int listed;
	const char *reason;
} mode_verdict;

/* classify_policy_init - CaptureModeFor entries and the subject pattern */
void classify_policy_init(mp_classifier *c)
{
	const mp_config *cfg = c->cfg;
	c->modes = g_array_new(FALSE, FALSE, sizeof(classify_mode_entry));
	for (guint i = 0; cfg->capture_mode_for && i < cfg->capture_mode_for->len; i++) {
		/* config.c checked every entry is WHO=MODE with a known MODE */
		const char *entry = cfg->capture_mode_for->pdata[i];
		const char *eq = strchr(entry, '=');
		classify_mode_entry e = { g_strndup(entry, (gsize)(eq - entry)),
		                          (mp_capture_mode)mp_capture_mode_from_name(eq + 1) };
		g_array_append_val(c->modes, e);
	}
	/* Checked by config.c too; a subject is one short line, so no match
	 * limit beyond PCRE2's own is needed. */
	if (cfg->never_capture_subjects)
		c->subjects = g_regex_new(cfg->never_capture_subjects, G_REGEX_CASELESS, 0, NULL);
}

/* classify_policy_free - the tables of classify_policy_init */
void classify_policy_free(mp_classifier *c)
{
	for (guint i = 0; i < c->modes->len; i++)
		g_free(g_array_index(c->modes, classify_mode_entry, i).who);
	g_array_free(c->modes, TRUE);
	if (c->subjects)
		g_regex_unref(c->subjects);
}

/* never_capture - address or its domain is listed in NeverCapture */
static gboolean never_capture(mp_classifier *c, const char *address)
{
	const GPtrArray *list = c->cfg->never_capture;
	for (guint i = 0; list && i < list->len; i++) {
		const char *entry = list->pdata[i];
		if (strchr(entry, '@') ? g_ascii_strcasecmp(entry, address) == 0
		                       : classify_domain_matches(classify_domain_of(address), entry))
			return TRUE;
	}
	return FALSE;
}

/* listed_mode - the CaptureModeFor mode of address (the entry naming it,
 * else the longest domain entry above it), or -1 when none applies */
static int listed_mode(mp_classifier *c, const char *address)
{
	int mode = -1;
	size_t best = 0;
	for (guint i = 0; i < c->modes->len; i++) {
		const classify_mode_entry *e = &g_array_index(c->modes, classify_mode_entry, i);
		if (strchr(e->who, '@')) {
			if (g_ascii_strcasecmp(e->who, address) == 0)
				return (int)e->mode;
		} else if (strlen(e->who) > best &&
		           classify_domain_matches(classify_domain_of(address), e->who)) {
			best = strlen(e->who);
			mode = (int)e->mode;
		}
	}
	return mode;
}

/* verdict_add - fold one party of a message into the verdict */
static void verdict_add(mp_classifier *c, mode_verdict *v, const char *address)
{
	if (address == NULL || *address == '\0')
		return;
	if (never_capture(c, address)) {
		v->listed = MP_CAPTURE_OFF;
		v->reason = "NeverCapture";
		return;
	}
	int mode = listed_mode(c, address);
	if (mode > v->listed) {
		v->listed = mode;
		v->reason = "CaptureMode off";
	}
}

/* verdict_mode - the message's mode: its listed parties', else CaptureMode */
static mp_capture_mode verdict_mode(mp_classifier *c, const mode_verdict *v)
{
	if (v->listed >= 0)
		return (mp_capture_mode)v->listed;
	return (mp_capture_mode)c->cfg->capture_mode;
}

/* verdict_reason - why a message whose mode is off is not captured */
static const char *verdict_reason(const mode_verdict *v)
{
	return v->listed == MP_CAPTURE_OFF ? v->reason : "CaptureMode off";
}

/* subject_excluded - NeverCaptureSubjects matches the decoded subject */
static gboolean subject_excluded(mp_classifier *c, const char *subject)
{
	return c->subjects && subject && g_regex_match(c->subjects, subject, 0, NULL);
}

/* classify_policy_message - the pipeline's check of a parsed message */
mp_capture_mode classify_policy_message(mp_classifier *c, const GPtrArray *participants,
                                        const char *envelope_sender, const char *subject,
                                        const char **skip_reason)
{
	*skip_reason = NULL;
	mode_verdict v = { -1, NULL };
	for (guint i = 0; i < participants->len; i++)
		verdict_add(c, &v, ((const mp_participant *)participants->pdata[i])->address);
	verdict_add(c, &v, envelope_sender);
	mp_capture_mode mode = verdict_mode(c, &v);
	if (mode == MP_CAPTURE_OFF)
		*skip_reason = verdict_reason(&v);
	else if (subject_excluded(c, subject))
		*skip_reason = "NeverCaptureSubjects";
	return mode;
}

mp_direction mp_classify_envelope(mp_classifier *c, const char *sender,
                                  const GPtrArray *recipients, const char **skip_reason)
{
	*skip_reason = NULL;
	if (c->cfg->internal_domains == NULL || c->cfg->internal_domains->len == 0) {
		*skip_reason = "InternalDomains not configured";
		return MP_DIRECTION_NONE;
	}
	gboolean sender_internal = sender && *sender &&
	                           mp_is_internal_domain(c, classify_domain_of(sender));
	mode_verdict v = { -1, NULL };
	verdict_add(c, &v, sender);
	for (guint i = 0; recipients && i < recipients->len; i++)
		verdict_add(c, &v, recipients->pdata[i]);
	if (verdict_mode(c, &v) == MP_CAPTURE_OFF) {
		*skip_reason = verdict_reason(&v);
		return MP_DIRECTION_NONE;
	}
	gboolean any_internal = FALSE, any_external = FALSE;
	for (guint i = 0; recipients && i < recipients->len; i++) {
		const char *rcpt = recipients->pdata[i];
		if (mp_is_internal_domain(c, classify_domain_of(rcpt)))
			any_internal = TRUE;
		else
			any_external = TRUE;
	}
	if (sender_internal && any_external)
		return MP_DIRECTION_OUTBOUND;
	if (!sender_internal && any_internal)
		return MP_DIRECTION_INBOUND;
	*skip_reason = sender_internal ? "all internal" : "no internal party";
	return MP_DIRECTION_NONE;
}

const char *mp_classify_header(mp_classifier *c, const char *name, const char *raw_value)
{
	const char *reason = NULL;
	if (g_ascii_strcasecmp(name, MP_DIGEST_HEADER) == 0)
		return "mailpulse's own digest";
	if (g_ascii_strcasecmp(name, "Subject") == 0) {
		if (c->subjects == NULL)
			return NULL;
		char *subject = mp_parse_header_text(raw_value);
		if (subject_excluded(c, subject))
			reason = "NeverCaptureSubjects";
		g_free(subject);
		return reason;
	}
	gboolean any_policy = c->modes->len > 0 ||
	                      (c->cfg->never_capture && c->cfg->never_capture->len > 0);
	if (!any_policy || (g_ascii_strcasecmp(name, "From") != 0 &&
	                    g_ascii_strcasecmp(name, "To") != 0 && g_ascii_strcasecmp(name, "Cc") != 0))
		return NULL;
	/* A party only listed in a header can make the message more private,
	 * never less: only an off verdict matters here. */
	mp_parse_init(); /* GMime decodes the words of display names */
	GPtrArray *addresses = mp_parse_addresses(raw_value ? raw_value : "");
	mode_verdict v = { -1, NULL };
	for (guint i = 0; i < addresses->len; i++)
		verdict_add(c, &v, ((const mp_address *)addresses->pdata[i])->address);
	g_ptr_array_unref(addresses);
	return v.listed == MP_CAPTURE_OFF ? v.reason : NULL;
}
