/*
 * automated_verdict.c - status, action, permanent and mailbox_gone of one
 * failed recipient.
 *
 * SUMMARY
 *	automated_bounce_complete() reads what a recipient's report fields left open
 *	from its diagnostic (Diagnostic-Code, or the MTA's sentence about that
 *	recipient):
 *	  status  the Status field; when missing or only "X.0.0", the first
 *	          enhanced code of the diagnostic ("550 5.1.1 ...", qmail's
 *	          "(#5.1.1)"); else a code derived from the wording (user
 *	          unknown 5.1.1, host unknown 5.1.2, mailbox full 5.2.2, ...);
 *	          else the SMTP reply code's class (5.0.0 / 4.0.0).
 *	  action  the Action field; else "delayed" for delay notices, else
 *	          "failed".
 *	  permanent  action "failed", a 5.x.x status, and nothing in the
 *	          wording that is temporary in effect: "552 mailbox full" or
 *	          "over quota" is a 5.x.x that clears by itself, as do
 *	          "retry timeout exceeded" and rate limits.
 *	  mailbox_gone  permanent, and either a 5.1.1 / 5.1.10 / 5.1.6 / 5.1.0
 *	          status or wording that says the mailbox does not exist
 *	          ("user unknown", "no such user", "mailbox unavailable",
 *	          "recipient address rejected" ...); and no word of a policy,
 *	          spam or reputation block, quota, relaying, a disabled
 *	          account or a sender problem; and no status that names
 *	          another cause (5.7.x policy, 5.2.2 full, 5.1.2 host, 5.1.8
 *	          sender ...).
 *
 * DECISIONS
 *	5.1.2 "host not found" is permanent but NOT mailbox_gone: a domain
 *	that does not resolve is far more often a typo, an expired domain
 *	being renewed or a DNS outage than a contact who left, and
 *	mailbox_gone turns a contact into "left".  A disabled account (5.2.1,
 *	"account is disabled") is not mailbox_gone either: it is often
 *	temporary (unpaid, suspended for abuse).  Precision comes first.
 *
 * DIAGNOSTICS
 *	None.
 */
#include <string.h>
#include "automated_internal.h"

#define MAX_DIAGNOSTIC 400
#define MAX_CONTEXT 600

enum {
	RX_ENHANCED,
	RX_SMTP_CODE,
	RX_TEMPORARY_EFFECT,
	RX_USER_UNKNOWN,
	RX_HOST_UNKNOWN,
	RX_MAILBOX_FULL,
	RX_EXPIRED,
	RX_TOO_BIG,
	RX_BLOCKED,
	RX_DISABLED,
	RX_GONE_VETO,
	RX_AFTER_DATA,
	RX_AT_RCPT,
	RX_USER_UNKNOWN_STRONG,
};

static const char *const verdict_patterns[] = {
	[RX_ENHANCED] = "(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?!\\.?\\d)",
	[RX_SMTP_CODE] = "(?<![\\d.#-])([245])[0-5]\\d(?=[ -]|$)(?!-\\d)",
	[RX_TEMPORARY_EFFECT] =
	"(mailbox (is )?full|mailbox.{0,20}(over|exceeded|reached).{0,20}(quota|limit|size)"
	"|over ?quota|quota (exceeded|full|reached)|mailbox exceeds|exceeds allowed size|exceed(s|ed)? (the |his |her |its )?(storage|quota)"
	"|insufficient (disk|storage|system storage)|disk full|mail ?box (size )?(limit|full)"
	"|storage (quota|limit|full)|not enough (disk )?space|user is over|is full\\b|too much mail"
	"|retry time(out)? (not reached|exceeded)|delivery time expired|message expired|expired after"
	"|could not be delivered (within|for) \\d+|cannot send message for \\d+|has been delayed"
	"|too many (connections|messages|recipients|sessions)|rate limit|try again later"
	"|temporar(il)?y (rejected|deferred|unavailable|blocked)|greylist"
	"|could not deliver for the last|after multiple retries|failing for a long time|envelope expired"
	"|did not accept our requests to connect|frequency limited|at a rate that|not accepting connections)",
	[RX_USER_UNKNOWN] =
	"(user (unknown|not found|doesn't exist|does not exist|invalid)|unknown (user|recipient|address|mailbox|local[- ]part)"
	"|no such (user|mailbox|recipient|account|address|local user|person)"
	"|(recipient|mailbox|address|account|user|addressee)(s)? (not found|unknown|does not exist|doesn't exist|not exist|is unknown|not valid|invalid)"
	"|(mailbox|email account|account|address|recipient) (that you tried to reach )?does not exist"
	"|does not exist|doesn't exist|invalid (recipient|mailbox|address|user)|not a valid (mailbox|user|recipient|address)"
	"|recipient address rejected|address rejected|mailbox unavailable|mailbox not available"
	"|mailbox (is )?(unavailable|not found|inactive|disabled)|unrouteable mail domain is unknown"
	"|recipient name is not recognized|not listed in|addressee unknown|no mailbox here|unknown or illegal alias"
	"|err\\.nosuchuser|user.{0,40} not known|has no account|n'existe pas|existiert nicht|unbekannt)",
	[RX_HOST_UNKNOWN] =
	"(host (or domain name )?not found|host unknown|unknown host|domain (not found|does not exist|unknown)"
	"|name service error|no mx|nxdomain|unrouteable address|unroutable address|mail exchanger|dns error|domain name not found)",
	[RX_MAILBOX_FULL] =
	"(mailbox (is )?full|over ?quota|quota|storage|disk full|mail ?box (size )?(limit|full)|is full\\b|too much mail)",
	[RX_EXPIRED] =
	"(retry time(out)? (not reached|exceeded)|delivery time expired|message expired|expired after"
	"|could not be delivered (within|for) \\d+|cannot send message for \\d+|timed? ?out|time(d)?-out)",
	[RX_TOO_BIG] = "(message (is )?too (big|large)|size limit|exceeds? (the )?(maximum )?(message )?size|message size exceeds)",
	[RX_BLOCKED] =
	"(spam|blocked|block ?list|black ?list|\\brbl\\b|spamhaus|spamcop|policy|reputation|not permitted"
	"|relay(ing)? (denied|not permitted|access denied)|denied|refused|prohibited|rejected (due|for|because)"
	"|virus|malware|dmarc|\\bspf\\b|dkim|authenticat|ptr record|reverse dns|rdns)",
	[RX_DISABLED] =
	"(disabled|suspended|inactive|deactivated|locked|expired account|account (has been )?(closed|terminated))",
	[RX_GONE_VETO] =
	"\\b(quota|mailbox (is )?full|storage|spam\\w*|blocked|block ?list\\w*|black ?list\\w*|rbl"
	"|spamhaus|policy|policies|reputation|relay(ing)?|sender|authenticat\\w*|spf|dkim|dmarc|ptr"
	"|reverse dns|rate limit\\w*|too many|temporar\\w*|try again later|virus|suspend\\w*|disabled"
	"|inactive|deactivated|locked|greylist\\w*|preferences|not permitted|prohibited|denied by"
	"|mail loop|loop detected|mailing list|moderat\\w*|groups?|groupe|not authori[sz]ed|autoris\\w*"
	"|permission|domain (does not exist|not found|unknown)|host (unknown|not found)|unknown host"
	"|name service|no mx|unroutable|unrouteable address)",
	/* refused after DATA: the address was accepted at RCPT, so it exists
	 * and a filter refused the content ("user unknown" there is a lie
	 * some carriers tell) */
	[RX_AFTER_DATA] = "(end\\s+of\\s+data|after\\s+data|>>>\\s*data|command:?\\s+data\\b|data\\s+command"
	                  "|in\\s+reply\\s+to\\s+data)",
	/* refused at RCPT TO: the receiving server said the address is bad */
	[RX_USER_UNKNOWN_STRONG] =
	"(recipient name is not recognized|not listed in (the )?(domino |public )?directory"
	"|address couldn't be found|recipnotfound|no such (user|mailbox|recipient) here"
	"|destinataire invalide|invalid recipient)",
	[RX_AT_RCPT] = "(rcpt\\s+to|rcpt\\s+command|recipient\\s+command|>>>\\s*rcpt)",
};

static automated_rx_table verdict_rx = AUTOMATED_RX_TABLE(verdict_patterns);

/* statuses that name another cause than a missing mailbox */
static const char *const not_gone_statuses[] = {
	"5.7.", "5.2.2", "5.2.3", "5.3.", "5.1.2", "5.1.3", "5.1.7", "5.1.8", "5.4.4", "5.6.",
};

/* statuses that by themselves say the mailbox does not exist (any more) */
static const char *const gone_statuses[] = { "5.1.1", "5.1.10", "5.1.6", "5.1.0" };

/* status_in - status is one of list: an entry ending in '.' names a
 * whole class ("5.7."), any other entry one exact code ("5.1.3" is not
 * "5.1.351") */
static gboolean status_in(const char *status, const char *const *list, guint n)
{
	for (guint i = 0; status && i < n; i++) {
		gboolean cls = g_str_has_suffix(list[i], ".");
		if (cls ? g_str_has_prefix(status, list[i]) : strcmp(status, list[i]) == 0)
			return TRUE;
	}
	return FALSE;
}

/* generic_status - missing, or "X.0.0" (says nothing but the class) */
static gboolean generic_status(const char *status)
{
	return status == NULL || g_str_has_suffix(status, ".0.0");
}

/* matches - pattern i of the verdict table matches text */
static gboolean matches(guint i, const char *text)
{
	return automated_rx_search(&verdict_rx, i, text, NULL, NULL);
}

/* enhanced_code - the first "d.d.d" of text whose class agrees with want
 * ('\0' for any), or NULL */
static char *enhanced_code(const char *text, char want)
{
	GMatchInfo *mi = NULL;
	char *out = NULL;
	g_regex_match(automated_rx_get(&verdict_rx, RX_ENHANCED), text ? text : "", 0, &mi);
	while (out == NULL && g_match_info_matches(mi)) {
		char *code = g_match_info_fetch(mi, 0);
		if (want == '\0' || code[0] == want)
			out = code;
		else
			g_free(code);
		g_match_info_next(mi, NULL);
	}
	g_match_info_free(mi);
	return out;
}

/* worded_status - a status read from the wording, by the reply code's
 * class (default permanent); NULL when nothing is recognised */
static char *worded_status(const char *text, char cls)
{
	const char *detail = NULL;
	if (matches(RX_MAILBOX_FULL, text))
		detail = "2.2";
	else if (matches(RX_USER_UNKNOWN, text) && !matches(RX_GONE_VETO, text))
		detail = "1.1";
	else if (matches(RX_HOST_UNKNOWN, text))
		detail = "1.2";
	else if (matches(RX_EXPIRED, text))
		return g_strdup("4.4.7");
	else if (matches(RX_TOO_BIG, text))
		detail = "3.4";
	else if (matches(RX_DISABLED, text))
		detail = "2.1";
	else if (matches(RX_BLOCKED, text))
		detail = "7.1";
	if (detail != NULL)
		return g_strdup_printf("%c.%s", cls, detail);
	char *smtp = automated_rx_group(&verdict_rx, RX_SMTP_CODE, text, 1);
	if (smtp == NULL)
		return NULL;
	char *status = g_strdup_printf("%c.0.0", smtp[0]);
	g_free(smtp);
	return status;
}

/* choose_status - the most specific status the report and text give;
 * TRUE when it is written (a Status field or an enhanced code in the
 * text), FALSE when it was read from the wording or the reply code */
static gboolean choose_status(mp_bounce *b, const char *evidence, gboolean delayed)
{
	if (!generic_status(b->status))
		return TRUE;
	char want = b->status ? b->status[0] : '\0';
	char *code = enhanced_code(evidence, want);
	gboolean written = code != NULL;
	if (code == NULL && want == '\0') {
		char *smtp = automated_rx_group(&verdict_rx, RX_SMTP_CODE, evidence, 1);
		char cls = smtp ? smtp[0] : (delayed ? '4' : '5');
		g_free(smtp);
		code = worded_status(evidence, cls == '2' ? '5' : cls);
	} else if (code == NULL) {
		code = worded_status(evidence, want);
		if (code && code[0] != want) { /* "expired" on a 5.0.0: keep 5.0.0 */
			g_free(code);
			code = NULL;
		}
	}
	if (code != NULL) {
		g_free(b->status);
		b->status = code;
	}
	if (b->status == NULL)
		b->status = g_strdup(delayed ? "4.0.0" : "5.0.0");
	return written;
}

/* short_diagnostic - the diagnostic as stored: one line, bounded */
static void short_diagnostic(mp_bounce *b)
{
	if (b->diagnostic == NULL)
		return;
	char *d = g_strdup(b->diagnostic);
	g_strdelimit(d, "\r\n\t", ' ');
	GString *s = g_string_new(NULL);
	for (const char *p = d; *p; p++) /* collapse runs of blanks */
		if (*p != ' ' || (s->len > 0 && s->str[s->len - 1] != ' '))
			g_string_append_c(s, *p);
	g_free(d);
	if (s->len > MAX_DIAGNOSTIC) {
		const char *end = s->str + MAX_DIAGNOSTIC;
		g_utf8_validate(s->str, MAX_DIAGNOSTIC, &end); /* cut on a character */
		g_string_truncate(s, (gsize)(end - s->str));
	}
	g_free(b->diagnostic);
	b->diagnostic = g_strstrip(g_string_free(s, FALSE));
}

/* any_code - some enhanced code of text is in list */
static gboolean any_code(const char *text, const char *const *list, guint n)
{
	gboolean found = FALSE;
	GMatchInfo *mi = NULL;
	g_regex_match(automated_rx_get(&verdict_rx, RX_ENHANCED), text, 0, &mi);
	while (!found && g_match_info_matches(mi)) {
		char *c = g_match_info_fetch(mi, 0);
		found = status_in(c, list, n);
		g_free(c);
		g_match_info_next(mi, NULL);
	}
	g_match_info_free(mi);
	return found;
}

/* policy_code - the remote server's own words carry a 5.7.x code */
static gboolean policy_code(const char *evidence)
{
	static const char *const policy[] = { "5.7." };
	return any_code(evidence, policy, G_N_ELEMENTS(policy));
}

/* stated_gone_code - the text about the recipient carries a 5.1.1-class
 * code of its own */
static gboolean stated_gone_code(const char *stage)
{
	return any_code(stage, gone_statuses, G_N_ELEMENTS(gone_statuses));
}

/* mailbox_gone - the rule of the SUMMARY (permanent already checked);
 * written says the status was written, not read from the wording */
static gboolean mailbox_gone(const mp_bounce *b, const char *evidence, const char *stage,
                             gboolean written)
{
	if (status_in(b->status, not_gone_statuses, G_N_ELEMENTS(not_gone_statuses)))
		return FALSE;
	if (matches(RX_GONE_VETO, evidence) || policy_code(evidence))
		return FALSE;
	if (written && status_in(b->status, gone_statuses, G_N_ELEMENTS(gone_statuses)))
		return TRUE;
	if (stated_gone_code(stage))  /* sendmail's "550 5.1.1 <a>... User unknown" */
		return TRUE;
	/* wording alone: only when it came in answer to RCPT TO, or in the
	 * words only a directory lookup uses */
	if (matches(RX_AFTER_DATA, stage))
		return FALSE;
	return matches(RX_USER_UNKNOWN_STRONG, evidence) ||
	       (matches(RX_USER_UNKNOWN, evidence) && matches(RX_AT_RCPT, stage));
}

/* context - what the text says about the recipient: from the line that
 * first names it to the first line naming another address, at most
 * MAX_CONTEXT bytes (newly allocated, "" when absent) */
static char *context(const char *region, const char *recipient)
{
	const char *at = region ? strcasestr(region, recipient) : NULL;
	if (at == NULL)
		return g_strdup("");
	while (at > region && at[-1] != '\n')
		at--;
	const char *end = at;
	while (*end && end - at < MAX_CONTEXT) {
		const char *nl = strchr(end, '\n');
		gsize len = nl ? (gsize)(nl - end) : strlen(end);
		char *line = g_strndup(end, len);
		gboolean other = end > at && strchr(line, '@') && !strcasestr(line, recipient);
		g_free(line);
		if (other)
			break;
		end += len + (nl ? 1 : 0);
	}
	char *raw = g_strndup(at, MIN((gsize)(end - at), MAX_CONTEXT));
	char *valid = g_utf8_make_valid(raw, -1);
	g_free(raw);
	return valid;
}

void automated_bounce_complete(mp_bounce *b, const char *region, gboolean delayed_report,
                        gboolean sole)
{
	/* What is said about this recipient: its diagnostic, else the text
	 * around its address, else the whole text.  The text around also
	 * tells at which SMTP stage the diagnostic came (RCPT or DATA). */
	char *around = context(region, b->recipient);
	const char *evidence = b->diagnostic ? b->diagnostic : *around ? around : region ? region : "";
	char *stage = g_strconcat(evidence, "\n", around, NULL);
	gboolean delayed = b->action ? strcmp(b->action, "delayed") == 0
	                             : delayed_report || (b->status && b->status[0] == '4' &&
	                                                  automated_text_says_delay(region));
	gboolean written = choose_status(b, evidence, delayed);
	if (b->action == NULL)
		b->action = g_strdup(delayed ? "delayed" : "failed");
	gboolean failed = strcmp(b->action, "failed") == 0;
	gboolean clears = matches(RX_TEMPORARY_EFFECT, evidence) ||
	                  (sole && region && matches(RX_TEMPORARY_EFFECT, region));
	b->permanent = failed && b->status[0] == '5' && !clears;
	b->mailbox_gone = b->permanent && mailbox_gone(b, evidence, stage, written);
	if (b->diagnostic == NULL && *around) /* say what was read */
		b->diagnostic = g_strdup(around);
	short_diagnostic(b);
	g_free(stage);
	g_free(around);
}
