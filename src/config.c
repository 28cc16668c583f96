/*
 * config.c - read mailpulse.conf through one table of keys.
 *
 * SUMMARY
 *	The table config_keys[] below is the only place a key exists: its
 *	name, value type, default (written as it would appear in the file),
 *	the field it sets and a one-line description.  mp_config_load() parses
 *	the defaults and then the file through the same code, so a default can
 *	never disagree with what the parser accepts; mp_config_print_man_keys()
 *	prints the KEYS section of mailpulse.conf(5) from the same table, and a
 *	test checks the man page against it.
 *
 * FILE FORMAT
 *	UTF-8 text: a NUL byte anywhere, or a byte order mark anywhere but at
 *	the very start of the file (where it is skipped: editors write one),
 *	is an error naming its line, never the silent end of the file.
 *	One "Name value" per line (OpenDKIM style); names are matched without
 *	regard to case; '#' starts a comment at the start of a line or after
 *	whitespace; blank lines are ignored.  A key given twice: the last one
 *	wins (as in OpenDKIM).  List values are separated by commas and/or
 *	whitespace.  A regex value is the rest of the line as written (so it
 *	may hold spaces and commas, but not " #", which starts a comment).
 *
 * DIAGNOSTICS
 *	Every error names "FILE:LINE: " and the reason (unknown key, missing
 *	value, bad boolean/size/level, NUL byte, misplaced byte order mark)
 *	with MP_ERR_CONFIG; the text it echoes has its control characters
 *	escaped (mp_escape_text), so a terminal escape sequence in a config
 *	file cannot drive the admin's terminal; an unreadable file
 *	is MP_ERR_NOINPUT or MP_ERR_NOPERM and says which group to join.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <glib.h>
#include "config.h"
#include "log.h"
#include "status.h"

typedef enum {
	KEY_STRING,   /* any text */
	KEY_PATH,     /* a file name */
	KEY_DIR,      /* a directory that must exist */
	KEY_LIST,     /* comma/space separated words, lowercased */
	KEY_NAMES,    /* comma separated names, spaces and case kept */
	KEY_BOOL,     /* yes/no, true/false, on/off, 1/0 */
	KEY_SIZE,     /* bytes (not 0), with optional k/m/g suffix */
	KEY_LOGLEVEL, /* error warning notice info debug */
	KEY_SECONDS,  /* a duration: seconds, or with s/m/h suffix */
	KEY_COUNT,    /* a whole number from 1 to 64 */
	KEY_DAYS,     /* a number of days from 1 to 3650 */
	KEY_MODE,     /* a capture mode: full, headers-only, off */
	KEY_MODE_LIST, /* ADDRESS-or-DOMAIN=MODE entries, as a list */
	KEY_REGEX,    /* a PCRE2 pattern (the rest of the line), caseless */
	KEY_REAL,     /* a decimal number from 0 to 1000000 (weights, factors, hours) */
	KEY_NUMBER,   /* a whole number from 1 to 1000000 */
} key_type;

typedef struct config_key {
	const char *name;
	key_type type;
	const char *default_value;
	size_t offset;
	const char *doc;
} config_key;

#define FIELD(f) offsetof(mp_config, f)

/* Freemail providers: mail from these never creates an account, because
 * the domain names a mailbox provider, not a customer. */
#define FREEMAIL_DEFAULT \
	"gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de " \
	"hotmail.com hotmail.co.uk hotmail.fr hotmail.de outlook.com outlook.fr " \
	"outlook.de live.com live.fr live.de msn.com aol.com icloud.com me.com " \
	"mac.com proton.me protonmail.com pm.me gmx.com gmx.de gmx.net gmx.at " \
	"gmx.ch web.de t-online.de freenet.de posteo.de mailbox.org orange.fr " \
	"wanadoo.fr free.fr laposte.net sfr.fr bluewin.ch libero.it virgilio.it " \
	"mail.ru yandex.ru yandex.com qq.com 163.com 126.com naver.com " \
	"zoho.com mail.com fastmail.com hey.com tutanota.com " CONSUMER_ISP_DEFAULT

/* Consumer internet providers, whose mail domains are people's home
 * mailboxes (san.rr.com, earthlink.net ...): an account made of one would
 * gather a customer's employees' private mail with strangers'.  Part of
 * the FreemailDomains default; subdomains match (houston.rr.com). */
#define CONSUMER_ISP_DEFAULT \
	"rr.com earthlink.net earthlink.com home.com att.net attbi.com worldnet.att.net " \
	"swbell.net sbcglobal.net pacbell.net bellsouth.net ameritech.net verizon.net " \
	"comcast.net cox.net charter.net optonline.net adelphia.net mediaone.net " \
	"qwest.net uswest.net centurylink.net frontier.com windstream.net alltel.net " \
	"mindspring.com juno.com netzero.net netzero.com prodigy.net flash.net " \
	"compuserve.com cs.com netscape.net netcom.com erols.com concentric.net " \
	"peoplepc.com sprintmail.com excite.com lycos.com usa.net email.com " \
	"ymail.com rocketmail.com aol.co.uk btinternet.com virginmedia.com ntlworld.com " \
	"blueyonder.co.uk sky.com talktalk.net shaw.ca rogers.com sympatico.ca " \
	"telus.net bigpond.com optusnet.com.au xtra.co.nz arcor.de online.de " \
	"alice.it tin.it tiscali.it neuf.fr club-internet.fr skynet.be telenet.be " \
	"hetnet.nl planet.nl home.nl ziggo.nl kpnmail.nl xs4all.nl chello.nl " \
	"telefonica.net terra.es wp.pl o2.pl onet.pl seznam.cz"

static const config_key config_keys[] = {
	{ "Database", KEY_PATH, "/var/lib/mailpulse/mailpulse.db", FIELD(database),
	  "SQLite database file (created on first use; WAL mode)." },
	{ "InternalDomains", KEY_LIST, "", FIELD(internal_domains),
	  "Domains of the company itself; subdomains included. Decides direction." },
	{ "FreemailDomains", KEY_LIST, FREEMAIL_DEFAULT, FIELD(freemail_domains),
	  "Mailbox providers and consumer internet providers whose domain never names an account (a value starting with '+' adds to the built-in list, any other replaces it)." },
	{ "AutoCreateAccounts", KEY_BOOL, "yes", FIELD(auto_create_accounts),
	  "Create an account for an unknown customer domain once the company writes to a person there (never for freemail)." },
	{ "NeverCapture", KEY_LIST, "", FIELD(never_capture),
	  "Addresses or domains whose mail is never spooled nor stored (e.g. hr.example.com, ceo@example.com)." },
	{ "NeverCaptureSubjects", KEY_REGEX, "", FIELD(never_capture_subjects),
	  "A regular expression (PCRE2, case-insensitive, the rest of the line): mail whose subject matches is never spooled nor stored." },
	{ "CaptureMode", KEY_MODE, "full", FIELD(capture_mode),
	  "What is kept of customer mail: full, headers-only (no body text) or off (nothing); CaptureModeFor overrides it." },
	{ "CaptureModeFor", KEY_MODE_LIST, "", FIELD(capture_mode_for),
	  "ADDRESS-or-DOMAIN=MODE entries (e.g. lawfirm.example=headers-only); a message takes the most restrictive mode of its listed parties." },
	{ "Retention", KEY_DAYS, "730", FIELD(retention_days),
	  "Days message text is kept; `mailpulse purge` then removes texts, evidence and attachment names, and keeps dates, people and aggregates." },
	{ "MaximumBodyBytes", KEY_SIZE, "10M", FIELD(maximum_body_bytes),
	  "Bytes of a message kept for parsing (capture and ingest); the rest is dropped, the message marked truncated and its real size kept. At least 1 (there is no unlimited: 0 is refused)." },
	{ "MaximumParticipants", KEY_NUMBER, "1000", FIELD(maximum_participants),
	  "Participants (author and recipients) stored per message; past it they are counted and logged once, not stored (direction and NeverCapture still see them all)." },
	{ "LogLevel", KEY_LOGLEVEL, "notice", FIELD(log_level),
	  "error, warning, notice, info or debug: info adds a line per captured message, debug customer text; a SIGHUP to mailpulse-milter applies a change." },
	{ "Socket", KEY_STRING, "local:/run/mailpulse/milter.sock", FIELD(socket),
	  "Where mailpulse-milter listens: local:/path or inet:port@host (e.g. inet:8891@127.0.0.1)." },
	{ "SpoolDir", KEY_PATH, "/var/spool/mailpulse", FIELD(spool_dir),
	  "Captured messages wait here (tmp/, new/, quarantine/) until the worker stores them." },
	{ "SpoolSync", KEY_BOOL, "yes", FIELD(spool_sync),
	  "Sync each capture to disk before answering the MTA, so it survives power loss, not only "
	  "crashes (grouped: one sync of new/ for the captures that end together)." },
	{ "User", KEY_STRING, "mailpulse", FIELD(user),
	  "mailpulse-milter started as root drops to this user once its socket is open." },
	{ "PidFile", KEY_PATH, "/run/mailpulse/mailpulse-milter.pid", FIELD(pid_file),
	  "File mailpulse-milter writes its process id to: signals go to that process. Started as root, the daemon creates the file's directory for User; `mailpulse-milter -n` checks that it can be written." },
	{ "Syslog", KEY_BOOL, "yes", FIELD(syslog),
	  "mailpulse-milter logs to syslog (mail facility); with -f, or when off, to stderr." },
	{ "Workers", KEY_COUNT, "1", FIELD(workers),
	  "Pipeline worker processes draining the spool (they parse in parallel; SQLite commits one at a time)." },
	{ "WorkerTimeout", KEY_SECONDS, "60", FIELD(worker_timeout),
	  "Seconds the worker may spend on one message before it is moved to SpoolDir/quarantine." },
	/* hosted mail: journaling and IMAP history (docs/admin-guide.md "Hosted mail") */
	{ "JournalAddresses", KEY_LIST, "", FIELD(journal_addresses),
	  "Addresses that receive journal reports (Microsoft 365) and routing copies (Google Workspace): always captured, unwrapped, stored as the original message." },
	{ "JournalSenderDomains", KEY_LIST, "onmicrosoft.com", FIELD(journal_sender_domains),
	  "Domains a journal report must come from (its From, or its envelope sender), subdomains included; name your tenant, e.g. example.onmicrosoft.com." },
	{ "JournalRequireSender", KEY_BOOL, "yes", FIELD(journal_require_sender),
	  "Unwrap only journal reports sent from JournalSenderDomains; others are quarantined, never stored." },
	{ "JournalHeader", KEY_STRING, "", FIELD(journal_header),
	  "Header a Google Workspace routing rule adds to its copies (e.g. X-Mailpulse-Journal); its value may say inbound or outbound." },
	{ "ImapBytesPerDay", KEY_SIZE, "2500M", FIELD(imap_bytes_per_day),
	  "Most bytes `mailpulse ingest imaps://...` downloads per day (Gmail allows 2500M); --rate overrides it." },
	/* analysis: the health score (docs/signals.md "Health score") */
	{ "HealthWindowDays", KEY_DAYS, "21", FIELD(health_window_days),
	  "The recent window of the health score and of momentum, compared with the window before it and with the baseline." },
	{ "BaselineDays", KEY_DAYS, "180", FIELD(baseline_days),
	  "The account's own baseline: the days before the recent window that responsiveness and engagement are compared with." },
	{ "SubstantiveWords", KEY_REAL, "8", FIELD(substantive_words),
	  "A human customer message is substantive when its new text has at least this many words (\"thanks!\" is not)." },
	{ "HealthMinMessages", KEY_REAL, "5", FIELD(health_min_messages),
	  "Human messages the baseline and recent window need before an account gets a health score (else: unknown)." },
	{ "ResponsivenessMinReplies", KEY_REAL, "2", FIELD(responsiveness_min_replies),
	  "Customer replies (or waits on our questions) the recent window needs before responsiveness is judged and latency_drift can fire: one late answer is an anecdote, not a trend." },
	{ "WeightResponsiveness", KEY_REAL, "25", FIELD(weight_responsiveness),
	  "Weight of responsiveness (customer reply latency against the account's own baseline) in the health score." },
	{ "WeightEngagement", KEY_REAL, "20", FIELD(weight_engagement),
	  "Weight of engagement (substantive customer messages against the baseline and the segment)." },
	{ "WeightBreadth", KEY_REAL, "15", FIELD(weight_breadth),
	  "Weight of breadth (customer contacts who wrote within BreadthDays)." },
	{ "WeightSentiment", KEY_REAL, "15", FIELD(weight_sentiment),
	  "Weight of sentiment (phrase-rule weights of customer mail, recency-weighted)." },
	{ "WeightStability", KEY_REAL, "10", FIELD(weight_stability),
	  "Weight of stability (departures; a departed champion or executive weighs more)." },
	{ "WeightRecency", KEY_REAL, "15", FIELD(weight_recency),
	  "Weight of recency (days since the last substantive customer message)." },
	{ "BreadthDays", KEY_DAYS, "90", FIELD(breadth_days),
	  "A customer contact is active for breadth when they wrote within this many days." },
	{ "BreadthTarget", KEY_REAL, "3", FIELD(breadth_target),
	  "Active customer contacts that make breadth 100 (fewer score proportionally)." },
	{ "SentimentDays", KEY_DAYS, "90", FIELD(sentiment_days),
	  "Customer signals of this many days count for sentiment." },
	{ "SentimentHalfLifeDays", KEY_DAYS, "21", FIELD(sentiment_half_life_days),
	  "A signal's weight halves every this many days (recency weighting of sentiment)." },
	{ "SentimentCategories", KEY_LIST, "churn_risk competitor escalation advocacy expansion", FIELD(sentiment_categories),
	  "Signal categories sentiment counts: those whose precision on real mail passes the bar (pricing, renewal and commitment words say little about how the customer feels)." },
	{ "HealthWeakestMargin", KEY_REAL, "35", FIELD(health_weakest_margin),
	  "The health is at most the weakest of responsiveness, sentiment, stability and recency plus this many points: one alarming component is a risk whatever the others say." },
	{ "HealthRiskCap", KEY_REAL, "55", FIELD(health_risk_cap),
	  "The health is at most this while the mail says the account is at risk: churn-risk or competitor language of the customer within SentimentDays (at ChurnRiskMinWeight / CompetitorMinWeight), or the champion or an executive departed within StabilityDays with no successor named." },
	{ "StabilityDays", KEY_DAYS, "180", FIELD(stability_days),
	  "Departures within this many days lower stability." },
	{ "DeparturePenalty", KEY_REAL, "15", FIELD(departure_penalty),
	  "Stability points a departed contact costs." },
	{ "ChampionDeparturePenalty", KEY_REAL, "40", FIELD(champion_departure_penalty),
	  "Stability points a departed champion (the most active contact) or executive costs." },
	{ "RecencyFullDays", KEY_DAYS, "7", FIELD(recency_full_days),
	  "Recency is 100 while the last substantive customer message is at most this many days old." },
	{ "RecencyZeroDays", KEY_DAYS, "90", FIELD(recency_zero_days),
	  "Recency falls linearly from 100 to 0 at this many days since the last substantive customer message." },
	/* analysis: alerts (docs/signals.md "Alerts") */
	{ "HealthDropEnterprise", KEY_REAL, "10", FIELD(health_drop_enterprise),
	  "health_drop alert: points an enterprise account's health may lose within HealthWindowDays." },
	{ "HealthDropMid", KEY_REAL, "15", FIELD(health_drop_mid),
	  "health_drop alert: the same for mid-market accounts (and accounts with no segment)." },
	{ "HealthDropSmb", KEY_REAL, "20", FIELD(health_drop_smb),
	  "health_drop alert: the same for small-business accounts." },
	{ "HealthDropBelow", KEY_REAL, "70", FIELD(health_drop_below),
	  "A health_drop alert needs the health to have fallen below this: a fall that leaves the account healthy is no news." },
	{ "QuietDays", KEY_DAYS, "30", FIELD(quiet_days),
	  "quiet alert: no substantive customer message for this many days, and for QuietGapFactor times the usual gap." },
	{ "QuietGapFactor", KEY_REAL, "3", FIELD(quiet_gap_factor),
	  "quiet alert: the silence must also last this many times the account's usual gap between substantive messages (a quiet account stays silent)." },
	{ "ContactSilentDays", KEY_DAYS, "14", FIELD(contact_silent_days),
	  "contact_silent alert: days our first unanswered question to a customer contact must have waited (twice as long when we asked only once), and at least ContactSilentFactor times their usual reply time." },
	{ "ContactSilentFactor", KEY_REAL, "3", FIELD(contact_silent_factor),
	  "contact_silent alert: the wait must also last this many times the contact's median reply time to us (a slow writer is not silent after two weeks)." },
	{ "SingleThreadedMinMessages", KEY_REAL, "10", FIELD(single_threaded_min_messages),
	  "single_threaded alert: one active customer contact, on an account with at least this many human messages within BreadthDays." },
	{ "AlertEventDays", KEY_DAYS, "30", FIELD(alert_event_days),
	  "Departures and new stakeholders older than this many days raise no alert." },
	{ "NewStakeholderDays", KEY_DAYS, "3", FIELD(new_stakeholder_days),
	  "new_stakeholder_unanswered alert: days a new customer person may wait for someone of ours to write to them." },
	{ "NewStakeholderMaxRecipients", KEY_REAL, "4", FIELD(new_stakeholder_max_recipients),
	  "new_stakeholder_unanswered alert: a person the customer addressed (To or Cc, not the writer) counts only on a message to us with at most this many recipients; the copies of a broadcast or a big thread do not. The unanswered alert counts a customer question only on such a small message too, and contact_silent only our asks to at most this many customer people." },
	{ "NewContactsAfterDays", KEY_DAYS, "60", FIELD(new_contacts_after_days),
	  "new_contacts alert: only people first seen after the account's first this many days of mail (before, everyone is new)." },
	{ "LatencyDriftFactor", KEY_REAL, "3", FIELD(latency_drift_factor),
	  "latency_drift alert: two customer replies or more of the last two HealthWindowDays (from two threads) each took this many times their usual reply time (the median of BaselineDays before), at least LatencyDriftMinHours, and longer than their slowest reply of that baseline." },
	{ "LatencyDriftMinHours", KEY_REAL, "48", FIELD(latency_drift_min_hours),
	  "latency_drift alert: each of those slow replies must also take at least this many weekday hours (hours of Monday to Friday): an answer within two working days is business as usual." },
	{ "RiskSignalDays", KEY_DAYS, "14", FIELD(risk_signal_days),
	  "churn_risk, competitor, escalation, expansion and advocacy alerts look at the signals of this many days." },
	{ "ChurnRiskMinWeight", KEY_REAL, "4", FIELD(churn_risk_min_weight),
	  "churn_risk alert: summed (absolute) rule weight of churn-risk signals needed." },
	{ "CompetitorMinWeight", KEY_REAL, "3", FIELD(competitor_min_weight),
	  "competitor alert: summed (absolute) rule weight of competitor signals needed." },
	{ "EscalationMinWeight", KEY_REAL, "3", FIELD(escalation_min_weight),
	  "escalation alert: summed (absolute) rule weight of escalation signals needed." },
	{ "ExpansionMinWeight", KEY_REAL, "4", FIELD(expansion_min_weight),
	  "expansion alert: summed rule weight of expansion signals needed (or ExpansionQuestions questions about one module)." },
	{ "ExpansionQuestions", KEY_REAL, "5", FIELD(expansion_questions),
	  "expansion alert: this many customer questions naming one module, add-on or feature within RiskSignalDays also raise it." },
	{ "AdvocacyMinWeight", KEY_REAL, "3", FIELD(advocacy_min_weight),
	  "advocacy alert: summed rule weight of advocacy signals needed." },
	{ "RenewalWindowStart", KEY_DAYS, "75", FIELD(renewal_window_start),
	  "renewal_window alert: the window opens this many days before the renewal date." },
	{ "RenewalWindowEnd", KEY_DAYS, "45", FIELD(renewal_window_end),
	  "renewal_window alert: the window closes this many days before the renewal date." },
	{ "RenewalRiskDays", KEY_DAYS, "90", FIELD(renewal_risk_days),
	  "renewal_window alert: within this many days of the renewal, risk behaviour (churn or competitor language, a departed champion, going quiet, slowing replies) raises it whatever the health." },
	{ "RenewalHealthThreshold", KEY_REAL, "70", FIELD(renewal_health_threshold),
	  "renewal_window alert: raised inside the window when health is below this." },
	{ "CommitmentGraceDays", KEY_DAYS, "1", FIELD(commitment_grace_days),
	  "commitment_overdue alert: days past a promise's due date with no message of ours in its thread." },
	{ "UnansweredBusinessHours", KEY_REAL, "16", FIELD(unanswered_business_hours),
	  "unanswered alert: business hours (Monday to Friday, 09:00-17:00 on the clock of the zone in its Date header) a customer question of a mid-segment account (or one without a segment) may wait for any answer from us." },
	{ "UnansweredBusinessHoursEnterprise", KEY_REAL, "16", FIELD(unanswered_business_hours_enterprise),
	  "unanswered alert: the same for an enterprise account." },
	{ "UnansweredBusinessHoursSmb", KEY_REAL, "24", FIELD(unanswered_business_hours_smb),
	  "unanswered alert: the same for an smb account (a small customer expects a day more)." },
	{ "UnansweredPrepareHours", KEY_REAL, "40", FIELD(unanswered_prepare_hours),
	  "unanswered alert: a first request for something we must prepare (an offer, a quote, a proposal, a statement of work, contract terms) may wait this many business hours more than a question (a working week: it is answered by the thing itself; a reminder of it waits no longer than a question)." },
	{ "UnansweredDays", KEY_DAYS, "14", FIELD(unanswered_days),
	  "Customer messages older than this many days raise no unanswered alert (history, not news)." },
	/* analysis: DISC hint (docs/signals.md "DISC style") */
	{ "DiscProfiles", KEY_BOOL, "yes", FIELD(disc_profiles),
	  "Show a DISC communication-style hint per contact (from their own words and reply speed)." },
	{ "DiscMinWords", KEY_REAL, "600", FIELD(disc_min_words),
	  "Words of a contact's own new text below which no DISC hint is given." },
	{ "DiscConfidentWords", KEY_REAL, "1200", FIELD(disc_confident_words),
	  "Below this many words the DISC hint is marked low confidence." },
	{ "SilentDays", KEY_DAYS, "45", FIELD(silent_days),
	  "A contact who has written nothing for this many days is silent (mailpulse contacts, as of a date)." },
	{ "RulesDir", KEY_DIR, "", FIELD(rules_dir),
	  "Directory of the phrase rule files (*.rules; see `mailpulse rules check`); set, it must exist. Unset: the rules installed with mailpulse (/usr/share/mailpulse/rules in the Debian package, PREFIX/share/mailpulse/rules after make install), or the rules/ of the checkout a program runs from when none are installed; `mailpulse config` shows which." },
	{ "Competitors", KEY_NAMES, "", FIELD(competitors),
	  "Competitor products or companies, separated by commas (e.g. Looker, Power BI); @competitors in rules." },
	{ "DigestFrom", KEY_STRING, "", FIELD(digest_from),
	  "From of digests and reports, e.g. mailpulse <mailpulse@example.com> (unset: mailpulse@ this host's name)." },
	{ "DigestTransport", KEY_STRING, "sendmail", FIELD(digest_transport),
	  "How digests and reports leave: sendmail (SendmailPath) or smtp (SmtpServer; plain SMTP, no TLS: a relay on this host or network)." },
	{ "SendmailPath", KEY_PATH, "/usr/sbin/sendmail", FIELD(sendmail_path),
	  "sendmail(1) run as SendmailPath -oi -f FROM -- RCPT with the message on its input." },
	{ "SmtpServer", KEY_STRING, "127.0.0.1:25", FIELD(smtp_server),
	  "host:port (or [IPv6]:port) of the SMTP relay for DigestTransport smtp." },
	{ "DigestWhenEmpty", KEY_BOOL, "no", FIELD(digest_when_empty),
	  "Send a digest even when nothing is new for the Account Manager that day." },
	{ "ReportRecipients", KEY_LIST, "", FIELD(report_recipients),
	  "Addresses `mailpulse report --send` mails the portfolio report to when no address is given." },
	{ "FeedbackAddress", KEY_STRING, "", FIELD(feedback_address),
	  "Where the digest's Useful and Wrong links write to (an address Postfix pipes to `mailpulse feedback`; admin guide); unset: no links." },
};

static const char *const capture_mode_names[] = {
	[MP_CAPTURE_FULL] = "full",
	[MP_CAPTURE_HEADERS_ONLY] = "headers-only",
	[MP_CAPTURE_OFF] = "off",
};

int mp_capture_mode_from_name(const char *name)
{
	for (guint i = 0; i < G_N_ELEMENTS(capture_mode_names); i++)
		if (g_ascii_strcasecmp(name, capture_mode_names[i]) == 0)
			return (int)i;
	return -1;
}

const char *mp_capture_mode_name(mp_capture_mode mode)
{
	return (guint)mode < G_N_ELEMENTS(capture_mode_names) ? capture_mode_names[mode] : "?";
}

/* is_text_key / is_list_key - how a key's field is held (char * or GPtrArray *) */
static gboolean is_text_key(key_type t)
{
	return t == KEY_STRING || t == KEY_PATH || t == KEY_DIR || t == KEY_REGEX;
}

static gboolean is_list_key(key_type t)
{
	return t == KEY_LIST || t == KEY_NAMES || t == KEY_MODE_LIST;
}

/* find_key - the table entry for name (case-insensitive), or NULL */
static const config_key *find_key(const char *name)
{
	for (guint i = 0; i < G_N_ELEMENTS(config_keys); i++)
		if (g_ascii_strcasecmp(config_keys[i].name, name) == 0)
			return &config_keys[i];
	return NULL;
}

/* parse_bool - accept the usual spellings of a boolean */
static gboolean parse_bool(const char *v, gboolean *out)
{
	static const char *const yes[] = { "yes", "true", "on", "1" };
	static const char *const no[] = { "no", "false", "off", "0" };
	for (guint i = 0; i < G_N_ELEMENTS(yes); i++) {
		if (g_ascii_strcasecmp(v, yes[i]) == 0) {
			*out = TRUE;
			return TRUE;
		}
		if (g_ascii_strcasecmp(v, no[i]) == 0) {
			*out = FALSE;
			return TRUE;
		}
	}
	return FALSE;
}

/* parse_size - "1048576", "512k", "10M", "1g" to bytes; not 0, no sign */
static gboolean parse_size(const char *v, guint64 *out)
{
	char *end = NULL;
	if (!g_ascii_isdigit(*v)) /* strtoull would take "-1" as 2^64-1 */
		return FALSE;
	errno = 0;
	guint64 n = g_ascii_strtoull(v, &end, 10);
	if (end == v || errno != 0)
		return FALSE;
	guint64 mult = 1;
	switch (g_ascii_tolower(*end)) {
	case '\0': break;
	case 'k': mult = 1024; end++; break;
	case 'm': mult = 1024 * 1024; end++; break;
	case 'g': mult = 1024ULL * 1024 * 1024; end++; break;
	default: return FALSE;
	}
	if (*end != '\0' || n == 0 || n > G_MAXUINT64 / mult)
		return FALSE;
	*out = n * mult;
	return TRUE;
}

/* parse_seconds - "90", "90s", "5m", "1h" to seconds (not 0) */
static gboolean parse_seconds(const char *v, guint64 *out)
{
	char *end = NULL;
	errno = 0;
	guint64 n = g_ascii_strtoull(v, &end, 10);
	if (end == v || errno != 0 || n == 0)
		return FALSE;
	guint64 mult = 1;
	switch (g_ascii_tolower(*end)) {
	case '\0': break;
	case 's': end++; break;
	case 'm': mult = 60; end++; break;
	case 'h': mult = 3600; end++; break;
	default: return FALSE;
	}
	if (*end != '\0' || n > G_MAXUINT32 / mult)
		return FALSE;
	*out = n * mult;
	return TRUE;
}

/* parse_list - split on commas and whitespace into a new lowercase array */
static GPtrArray *parse_list(const char *v)
{
	GPtrArray *list = g_ptr_array_new_with_free_func(g_free);
	char **words = g_strsplit_set(v, ", \t", -1);
	for (char **w = words; *w; w++)
		if (**w != '\0')
			g_ptr_array_add(list, g_ascii_strdown(*w, -1));
	g_strfreev(words);
	return list;
}

/* valid_mode_list - every entry is WHO=MODE with a known mode */
static gboolean valid_mode_list(const GPtrArray *list)
{
	for (guint i = 0; i < list->len; i++) {
		const char *entry = list->pdata[i];
		const char *eq = strchr(entry, '=');
		if (eq == NULL || eq == entry || mp_capture_mode_from_name(eq + 1) < 0)
			return FALSE;
	}
	return TRUE;
}

/* valid_regex - pattern compiles as the classifier will compile it */
static gboolean valid_regex(const char *pattern)
{
	GRegex *re = g_regex_new(pattern, G_REGEX_CASELESS, 0, NULL);
	if (re == NULL)
		return FALSE;
	g_regex_unref(re);
	return TRUE;
}

/* parse_names - split on commas only: "Power BI, Looker" is two names */
static GPtrArray *parse_names(const char *v)
{
	GPtrArray *list = g_ptr_array_new_with_free_func(g_free);
	char **names = g_strsplit(v, ",", -1);
	for (char **n = names; *n; n++) {
		char *name = g_strstrip(*n);
		if (*name != '\0')
			g_ptr_array_add(list, g_strdup(name));
	}
	g_strfreev(names);
	return list;
}

/* set_value - store value into cfg per key's type; FALSE with a reason */
static gboolean set_value(mp_config *cfg, const config_key *key,
                          const char *value, const char **reason)
{
	void *field = (char *)cfg + key->offset;
	switch (key->type) {
	case KEY_STRING:
	case KEY_PATH:
	case KEY_DIR:
	case KEY_REGEX:
		if (*value == '\0') {
			*reason = "missing value";
			return FALSE;
		}
		/* GLib hands the pattern to PCRE2 as checked UTF-8: bytes that
		 * are not crashed the parser (found by tests/fuzz/fuzz_config) */
		if (key->type == KEY_REGEX && !g_utf8_validate(value, -1, NULL)) {
			*reason = "not UTF-8 (a pattern is UTF-8 text)";
			return FALSE;
		}
		if (key->type == KEY_REGEX && !valid_regex(value)) {
			*reason = "not a valid regular expression (PCRE2 syntax)";
			return FALSE;
		}
		/* Checked here, so the error names the line: a daemon or a command
		 * that ran on without its rules would see nothing, quietly. */
		if (key->type == KEY_DIR && !g_file_test(value, G_FILE_TEST_IS_DIR)) {
			*reason = g_file_test(value, G_FILE_TEST_EXISTS) ? "not a directory"
			                                                 : "no such directory";
			return FALSE;
		}
		g_free(*(char **)field);
		*(char **)field = g_strdup(value);
		return TRUE;
	case KEY_LIST:
	case KEY_NAMES:
	case KEY_MODE_LIST: {
		GPtrArray *parsed = key->type == KEY_NAMES ? parse_names(value) : parse_list(value);
		*reason = "expected ADDRESS-or-DOMAIN=MODE entries, MODE one of full, headers-only, off";
		if (key->type == KEY_MODE_LIST && !valid_mode_list(parsed)) {
			g_ptr_array_unref(parsed);
			return FALSE;
		}
		GPtrArray **list = field;
		if (key->type == KEY_LIST && *value == '+' && *list) {
			/* "+ a.net b.net": add to what is there (the built-in
			 * list), so an admin need not copy it to extend it */
			for (guint i = 0; i < parsed->len; i++) {
				const char *w = parsed->pdata[i];
				while (*w == '+')
					w++;
				if (*w != '\0')
					g_ptr_array_add(*list, g_strdup(w));
			}
			g_ptr_array_unref(parsed);
			return TRUE;
		}
		if (*list)
			g_ptr_array_unref(*list);
		*list = parsed;
		return TRUE;
	}
	case KEY_MODE: {
		int mode = mp_capture_mode_from_name(value);
		*reason = "expected full, headers-only or off";
		if (mode < 0)
			return FALSE;
		*(int *)field = mode;
		return TRUE;
	}
	case KEY_BOOL:
		*reason = "expected yes or no";
		return parse_bool(value, (gboolean *)field);
	case KEY_SIZE:
		*reason = "expected a size of at least 1 byte, e.g. 10485760, 512k or 10M "
		          "(no sign; 0 is not \"no limit\")";
		return parse_size(value, (guint64 *)field);
	case KEY_SECONDS:
		*reason = "expected a duration, e.g. 60, 90s, 5m or 1h";
		return parse_seconds(value, (guint64 *)field);
	case KEY_COUNT: {
		char *end = NULL;
		guint64 n = g_ascii_strtoull(value, &end, 10);
		*reason = "expected a whole number from 1 to 64";
		if (end == value || *end != '\0' || n < 1 || n > 64)
			return FALSE;
		*(guint *)field = (guint)n;
		return TRUE;
	}
	case KEY_DAYS: {
		char *end = NULL;
		guint64 n = g_ascii_strtoull(value, &end, 10);
		*reason = "expected a number of days from 1 to 3650";
		if (end == value || *end != '\0' || n < 1 || n > 3650)
			return FALSE;
		*(guint *)field = (guint)n;
		return TRUE;
	}
	case KEY_NUMBER: {
		char *end = NULL;
		guint64 n = g_ascii_isdigit(*value) ? g_ascii_strtoull(value, &end, 10) : 0;
		*reason = "expected a whole number from 1 to 1000000";
		if (end == NULL || end == value || *end != '\0' || n < 1 || n > 1000000)
			return FALSE;
		*(guint *)field = (guint)n;
		return TRUE;
	}
	case KEY_REAL: {
		char *end = NULL;
		double d = g_ascii_strtod(value, &end);
		*reason = "expected a decimal number from 0 to 1000000";
		if (end == value || *end != '\0' || !(d >= 0 && d <= 1e6))
			return FALSE;
		*(double *)field = d;
		return TRUE;
	}
	case KEY_LOGLEVEL: {
		int level = mp_log_level_from_name(value);
		*reason = "expected error, warning, notice, info or debug";
		if (level < 0)
			return FALSE;
		*(int *)field = level;
		return TRUE;
	}
	}
	*reason = "internal error: unknown key type";
	return FALSE;
}

/* strip_comment - cut a '#' comment that starts the line or follows space */
static void strip_comment(char *line)
{
	for (char *p = line; *p; p++)
		if (*p == '#' && (p == line || g_ascii_isspace(p[-1]))) {
			*p = '\0';
			return;
		}
}

/* parse_line - apply one line; FALSE with error naming name:lineno */
static gboolean parse_line(mp_config *cfg, const char *name, guint lineno,
                           char *line, GError **error)
{
	strip_comment(line);
	g_strstrip(line);
	if (*line == '\0')
		return TRUE;
	char *value = line;
	while (*value && !g_ascii_isspace(*value))
		value++;
	if (*value)
		*value++ = '\0';
	g_strstrip(value);
	const config_key *key = find_key(line);
	const char *reason = NULL;
	if (key == NULL) {
		char *shown = mp_escape_text(line, -1); /* an escape sequence is shown, not run */
		g_set_error(error, MP_ERROR, MP_ERR_CONFIG, "%s:%u: unknown key \"%s\"",
		            name, lineno, shown);
		g_free(shown);
		return FALSE;
	}
	if (!set_value(cfg, key, value, &reason)) {
		char *shown = mp_escape_text(value, -1);
		g_set_error(error, MP_ERROR, MP_ERR_CONFIG, "%s:%u: %s: %s (got \"%s\")",
		            name, lineno, key->name, reason, shown);
		g_free(shown);
		return FALSE;
	}
	if (key->offset == FIELD(rules_dir))
		cfg->rules_dir_set = TRUE;
	return TRUE;
}

/* mp_config_new_defaults - every key at its default; cannot fail */
mp_config *mp_config_new_defaults(void)
{
	mp_config *cfg = g_new0(mp_config, 1);
	for (guint i = 0; i < G_N_ELEMENTS(config_keys); i++) {
		const char *reason = NULL;
		if (!set_value(cfg, &config_keys[i], config_keys[i].default_value, &reason)) {
			/* An empty default string is "unset" for strings. */
			if (!is_text_key(config_keys[i].type))
				g_error("config: default of %s is invalid: %s",
				        config_keys[i].name, reason);
		}
	}
	cfg->rules_dir = mp_datadir_find("rules", &cfg->rules_origin);
	cfg->model_path = mp_datadir_find_built("scorer.model", NULL);
	return cfg;
}

/* bad_bytes - a NUL or a byte order mark in one line of a file: NULL when
 * there is none, else the reason.  A NUL used to end the file silently (a
 * NeverCapture line after it was ignored); a BOM before a key made it
 * "unknown" with the BOM invisible. */
static const char *bad_bytes(const char *line, gsize len, gboolean file_start)
{
	if (memchr(line, '\0', len) != NULL)
		return "a NUL byte: the file is binary or corrupt, not a text file";
	const char *bom = g_strstr_len(line, (gssize)len, MP_UTF8_BOM);
	if (bom != NULL && !(file_start && bom == line))
		return "a byte order mark (U+FEFF) inside the file (only the very start of a file may have one)";
	return NULL;
}

/* mp_config_parse_data - parse len bytes of a file over the defaults */
mp_config *mp_config_parse_data(const char *name, const char *data, gsize len, GError **error)
{
	mp_config *cfg = mp_config_new_defaults();
	cfg->path = g_strdup(name);
	gboolean ok = TRUE;
	const char *p = data, *end = data + len;
	for (guint lineno = 1; ok && p < end; lineno++) {
		const char *nl = memchr(p, '\n', (gsize)(end - p));
		gsize n = nl ? (gsize)(nl - p) : (gsize)(end - p);
		const char *bad = bad_bytes(p, n, p == data);
		if (bad) {
			g_set_error(error, MP_ERROR, MP_ERR_CONFIG, "%s:%u: %s", name, lineno, bad);
			ok = FALSE;
		} else {
			gsize skip = p == data && n >= 3 && memcmp(p, MP_UTF8_BOM, 3) == 0 ? 3 : 0;
			char *line = g_strndup(p + skip, n - skip);
			ok = parse_line(cfg, name, lineno, line, error);
			g_free(line);
		}
		p += n + 1;
	}
	if (!ok) {
		mp_config_free(cfg);
		return NULL;
	}
	return cfg;
}

/* mp_config_parse_text - parse a whole file's text over the defaults */
mp_config *mp_config_parse_text(const char *name, const char *text, GError **error)
{
	return mp_config_parse_data(name, text, strlen(text), error);
}

/* mp_config_load - read path (or the default file if present) */
mp_config *mp_config_load(const char *path, GError **error)
{
	gboolean explicit = path != NULL;
	if (!explicit)
		path = MP_DEFAULT_CONFIG;
	char *text = NULL;
	gsize len = 0;
	GError *read_error = NULL;
	if (!g_file_get_contents(path, &text, &len, &read_error)) {
		gboolean missing = g_error_matches(read_error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
		gboolean denied = g_error_matches(read_error, G_FILE_ERROR, G_FILE_ERROR_ACCES);
		g_error_free(read_error);
		if (missing && !explicit)
			return mp_config_new_defaults();
		if (denied)
			g_set_error(error, MP_ERROR, MP_ERR_NOPERM,
			            "%s: permission denied (the file is readable by the "
			            "mailpulse group: ask an admin to add you to it)", path);
		else
			g_set_error(error, MP_ERROR, MP_ERR_NOINPUT, "%s: %s", path,
			            missing ? "no such file" : "cannot read");
		return NULL;
	}
	mp_config *cfg = mp_config_parse_data(path, text, len, error);
	g_free(text);
	return cfg;
}

/* mp_config_free - release cfg and everything it holds; NULL is fine */
void mp_config_free(mp_config *cfg)
{
	if (cfg == NULL)
		return;
	for (guint i = 0; i < G_N_ELEMENTS(config_keys); i++) {
		void *field = (char *)cfg + config_keys[i].offset;
		if (is_text_key(config_keys[i].type))
			g_free(*(char **)field);
		else if (is_list_key(config_keys[i].type) && *(GPtrArray **)field)
			g_ptr_array_unref(*(GPtrArray **)field);
	}
	g_free(cfg->model_path);
	g_free(cfg->path);
	g_free(cfg);
}

static const char *const type_names[] = {
	[KEY_STRING] = "string", [KEY_PATH] = "path", [KEY_DIR] = "directory", [KEY_LIST] = "list", [KEY_NAMES] = "names",
	[KEY_BOOL] = "boolean", [KEY_SIZE] = "size", [KEY_LOGLEVEL] = "level",
	[KEY_SECONDS] = "seconds", [KEY_COUNT] = "number", [KEY_DAYS] = "days",
	[KEY_MODE] = "mode", [KEY_MODE_LIST] = "list", [KEY_REGEX] = "regex",
	[KEY_REAL] = "decimal", [KEY_NUMBER] = "number",
};

/* roff_escape - a copy safe to put in a man page line */
static char *roff_escape(const char *s)
{
	GString *out = g_string_new(NULL);
	for (; *s; s++) {
		if (*s == '\\')
			g_string_append(out, "\\e");
		else if (*s == '-')
			g_string_append(out, "\\-");
		else
			g_string_append_c(out, *s);
	}
	return g_string_free(out, FALSE);
}

/* mp_config_print_man_keys - one .TP entry per key, from the table */
void mp_config_print_man_keys(FILE *out)
{
	for (guint i = 0; i < G_N_ELEMENTS(config_keys); i++) {
		const config_key *k = &config_keys[i];
		char *doc = roff_escape(k->doc);
		char *def = roff_escape(k->default_value);
		fprintf(out, ".TP\n.B %s \\fI(%s)\\fR\n%s\n", k->name, type_names[k->type], doc);
		if (k->type == KEY_LIST && strlen(k->default_value) > 60)
			fprintf(out, "Default: a built\\-in list (see \\fBmailpulse config\\fR).\n");
		else if (is_text_key(k->type) && *def == '\0')
			fprintf(out, "Default: unset.\n");
		else
			fprintf(out, "Default: \\fB%s\\fR.\n", *def ? def : "(empty)");
		g_free(doc);
		g_free(def);
	}
}

/* mp_config_print - the effective configuration, one key per line */
void mp_config_print(const mp_config *cfg, FILE *out)
{
	for (guint i = 0; i < G_N_ELEMENTS(config_keys); i++) {
		const config_key *k = &config_keys[i];
		const void *field = (const char *)cfg + k->offset;
		if (is_text_key(k->type) && *(char *const *)field == NULL) {
			fprintf(out, "# %-18s (unset)\n", k->name); /* re-readable as a file */
			continue;
		}
		/* RulesDir found by the lookup (installed, or the checkout's) is
		 * shown as a comment: printed as a key it would pin that place,
		 * and a print read back on another machine would stop at it */
		if (k->offset == FIELD(rules_dir) && !cfg->rules_dir_set) {
			fprintf(out, "# %-18s %s (found, not set)\n", k->name,
			        cfg->rules_dir ? cfg->rules_dir : "(none)");
			continue;
		}
		fprintf(out, "%-20s ", k->name);
		switch (k->type) {
		case KEY_STRING:
		case KEY_PATH:
		case KEY_DIR:
		case KEY_REGEX:
			fputs(*(char *const *)field ? *(char *const *)field : "", out);
			break;
		case KEY_MODE:
			fputs(mp_capture_mode_name(*(const int *)field), out);
			break;
		case KEY_LIST:
		case KEY_NAMES:
		case KEY_MODE_LIST: {
			const GPtrArray *l = *(GPtrArray *const *)field;
			/* ", " reads better, but before a '#' the space would make
			 * the rest a comment when the print is read back (found by
			 * tests/fuzz/fuzz_config) */
			for (guint j = 0; l && j < l->len; j++) {
				const char *item = l->pdata[j];
				fprintf(out, "%s%s", j == 0 ? "" : item[0] == '#' ? "," : ", ", item);
			}
			break;
		}
		case KEY_BOOL:
			fputs(*(const gboolean *)field ? "yes" : "no", out);
			break;
		case KEY_SIZE:
		case KEY_SECONDS:
			fprintf(out, "%" G_GUINT64_FORMAT, *(const guint64 *)field);
			break;
		case KEY_COUNT:
		case KEY_DAYS:
		case KEY_NUMBER:
			fprintf(out, "%u", *(const guint *)field);
			break;
		case KEY_REAL:
			fprintf(out, "%g", *(const double *)field);
			break;
		case KEY_LOGLEVEL: {
			static const char *const names[] = { "error", "warning", "notice", "info", "debug" };
			fputs(names[*(const int *)field], out);
			break;
		}
		}
		fputc('\n', out);
	}
}

char *mp_config_rules_from(const mp_config *cfg)
{
	if (cfg->rules_dir_set)
		return g_strdup_printf("RulesDir in %s", cfg->path ? cfg->path : "the configuration");
	return g_strdup_printf("RulesDir unset: %s", mp_data_origin_text(cfg->rules_origin));
}

guint mp_config_key_count(void)
{
	return G_N_ELEMENTS(config_keys);
}

const char *mp_config_key_name(guint i)
{
	return i < G_N_ELEMENTS(config_keys) ? config_keys[i].name : NULL;
}
