/*
 * config.h - mailpulse.conf: one table of keys, one parser, one man page.
 *
 * The file holds OpenDKIM-style lines, "Name value", '#' comments and blank
 * lines.  Every key is declared once in the table in config.c (name, type,
 * default, field, one-line doc); parsing, `mailpulse-milter -n` checks and the
 * KEYS section of mailpulse.conf(5) are all derived from it, so a key can
 * never be spelled two ways.  An unknown key or a bad value is an error that
 * names the file and the line.
 */
#ifndef MP_CONFIG_H
#define MP_CONFIG_H

#include <glib.h>
#include <stdio.h>
#include "datadir.h"

#define MP_DEFAULT_CONFIG "/etc/mailpulse/mailpulse.conf"

/* What is kept of a message (CaptureMode, CaptureModeFor), ordered from
 * the most to the least kept: when several parties of a message ask for
 * different modes, the largest value wins. */
typedef enum {
	MP_CAPTURE_FULL = 0,     /* headers, text, attachment names, signals */
	MP_CAPTURE_HEADERS_ONLY, /* envelope, participants, dates, subject, thread
	                            and automated-mail facts; no body text */
	MP_CAPTURE_OFF,          /* nothing: not spooled, not stored */
} mp_capture_mode;

typedef struct mp_config {
	char *path;                  /* file read, NULL when only defaults */
	char *database;              /* Database */
	GPtrArray *internal_domains; /* InternalDomains (char *, lowercase) */
	GPtrArray *freemail_domains; /* FreemailDomains */
	gboolean auto_create_accounts; /* AutoCreateAccounts */
	GPtrArray *never_capture;    /* NeverCapture: addresses or domains */
	char *never_capture_subjects; /* NeverCaptureSubjects: a regex, or NULL */
	int capture_mode;            /* CaptureMode (mp_capture_mode) */
	GPtrArray *capture_mode_for; /* CaptureModeFor: "who=mode" (validated) */
	guint retention_days;        /* Retention: days message text is kept */
	guint64 maximum_body_bytes;  /* MaximumBodyBytes (never 0) */
	guint maximum_participants;  /* MaximumParticipants per message */
	int log_level;               /* LogLevel (mp_log_level) */
	/* mailpulse-milter */
	char *socket;                /* Socket */
	char *spool_dir;             /* SpoolDir */
	gboolean spool_sync;         /* SpoolSync */
	char *user;                  /* User */
	char *pid_file;              /* PidFile (pidfile.h) */
	gboolean syslog;             /* Syslog */
	guint64 worker_timeout;      /* WorkerTimeout, seconds */
	guint workers;               /* Workers */
	/* hosted mail: journaling (src/journal.c) and IMAP history (src/source_imap.c) */
	GPtrArray *journal_addresses; /* JournalAddresses */
	GPtrArray *journal_sender_domains; /* JournalSenderDomains */
	gboolean journal_require_sender; /* JournalRequireSender */
	char *journal_header;        /* JournalHeader, NULL when unset */
	guint64 imap_bytes_per_day;  /* ImapBytesPerDay */
	/* analysis: health score (src/analyze_health.c) */
	guint health_window_days;    /* HealthWindowDays */
	guint baseline_days;         /* BaselineDays */
	double substantive_words;    /* SubstantiveWords */
	double health_min_messages;  /* HealthMinMessages */
	double responsiveness_min_replies; /* ResponsivenessMinReplies */
	double weight_responsiveness, weight_engagement, weight_breadth; /* Weight* */
	double weight_sentiment, weight_stability, weight_recency;
	guint breadth_days;          /* BreadthDays */
	double breadth_target;       /* BreadthTarget */
	guint sentiment_days;        /* SentimentDays */
	guint sentiment_half_life_days; /* SentimentHalfLifeDays */
	GPtrArray *sentiment_categories; /* SentimentCategories */
	double health_weakest_margin; /* HealthWeakestMargin */
	double health_risk_cap;       /* HealthRiskCap */
	double health_drop_below;     /* HealthDropBelow */
	guint renewal_risk_days;     /* RenewalRiskDays */
	guint stability_days;        /* StabilityDays */
	double departure_penalty;    /* DeparturePenalty */
	double champion_departure_penalty; /* ChampionDeparturePenalty */
	guint recency_full_days;     /* RecencyFullDays */
	guint recency_zero_days;     /* RecencyZeroDays */
	/* analysis: alerts (src/analyze_alerts.c) */
	double health_drop_enterprise, health_drop_mid, health_drop_smb; /* HealthDrop* */
	guint quiet_days;            /* QuietDays */
	double quiet_gap_factor;     /* QuietGapFactor */
	guint contact_silent_days;   /* ContactSilentDays */
	double contact_silent_factor; /* ContactSilentFactor */
	double single_threaded_min_messages; /* SingleThreadedMinMessages */
	guint alert_event_days;      /* AlertEventDays */
	guint new_stakeholder_days;  /* NewStakeholderDays */
	double new_stakeholder_max_recipients; /* NewStakeholderMaxRecipients */
	guint new_contacts_after_days; /* NewContactsAfterDays */
	double latency_drift_factor; /* LatencyDriftFactor */
	double latency_drift_min_hours; /* LatencyDriftMinHours */
	guint risk_signal_days;      /* RiskSignalDays */
	double churn_risk_min_weight, competitor_min_weight, escalation_min_weight;
	double expansion_min_weight; /* ExpansionMinWeight */
	double expansion_questions;  /* ExpansionQuestions */
	double advocacy_min_weight;  /* AdvocacyMinWeight */
	guint renewal_window_start, renewal_window_end; /* RenewalWindow* */
	double renewal_health_threshold; /* RenewalHealthThreshold */
	guint commitment_grace_days; /* CommitmentGraceDays */
	double unanswered_business_hours; /* UnansweredBusinessHours (mid) */
	double unanswered_business_hours_enterprise, unanswered_business_hours_smb; /* ...Enterprise, ...Smb */
	double unanswered_prepare_hours; /* UnansweredPrepareHours */
	guint unanswered_days;       /* UnansweredDays */
	/* analysis: DISC hint (src/analyze_disc.c) */
	gboolean disc_profiles;      /* DiscProfiles */
	double disc_min_words, disc_confident_words; /* DiscMinWords, DiscConfidentWords */
	/* analysis */
	guint silent_days;           /* SilentDays */
	/* signals */
	char *rules_dir;             /* RulesDir; unset: found by mp_datadir_find() */
	gboolean rules_dir_set;      /* RulesDir was given (then it must exist) */
	mp_data_origin rules_origin; /* where an unset RulesDir was found */
	char *model_path;            /* the sentence scorer's model, beside the rules
	                              * (mp_datadir_find_built("scorer.model")) */
	GPtrArray *competitors;      /* Competitors (char *, as written) */
	/* delivery: digest and report */
	char *digest_from;           /* DigestFrom, NULL: mailpulse@HOST */
	char *digest_transport;      /* DigestTransport: sendmail | smtp */
	char *sendmail_path;         /* SendmailPath */
	char *smtp_server;           /* SmtpServer, host:port */
	gboolean digest_when_empty;  /* DigestWhenEmpty */
	GPtrArray *report_recipients; /* ReportRecipients (addresses) */
	char *feedback_address;      /* FeedbackAddress, NULL: no feedback links */
} mp_config;

/* mp_config_new_defaults - a config holding every key's default (RulesDir:
 * the installed rules, or the checkout's, see datadir.h) */
mp_config *mp_config_new_defaults(void);

/*
 * mp_config_load - read path over the defaults.  When path is NULL the
 * default file is read if it exists, else the defaults apply.  On error
 * returns NULL and sets error to "FILE:LINE: reason" (MP_ERR_CONFIG: a
 * RulesDir that is not a directory is one), or MP_ERR_NOINPUT /
 * MP_ERR_NOPERM when the file cannot be read.
 */
mp_config *mp_config_load(const char *path, GError **error);

/* mp_config_parse_text - parse text as if read from file name (for tests) */
mp_config *mp_config_parse_text(const char *name, const char *text, GError **error);

/* mp_config_parse_data - parse len bytes as if read from file name: a NUL
 * byte or a misplaced byte order mark is an error naming its line */
mp_config *mp_config_parse_data(const char *name, const char *data, gsize len, GError **error);

void mp_config_free(mp_config *cfg);

/* mp_config_print_man_keys - the KEYS section of mailpulse.conf(5), in roff */
void mp_config_print_man_keys(FILE *out);

/* mp_config_print - every key with its current value, as a config file */
void mp_config_print(const mp_config *cfg, FILE *out);

/* mp_capture_mode_from_name - "full", "headers-only", "off" or -1 */
int mp_capture_mode_from_name(const char *name);
/* mp_capture_mode_name - the name of a mode */
const char *mp_capture_mode_name(mp_capture_mode mode);

/* mp_config_rules_from - where the phrase rules come from, in words:
 * "RulesDir in FILE", or how an unset RulesDir was found */
char *mp_config_rules_from(const mp_config *cfg);

/* mp_config_key_count / mp_config_key_name - walk the key table (tests) */
guint mp_config_key_count(void);
const char *mp_config_key_name(guint i);

#endif
