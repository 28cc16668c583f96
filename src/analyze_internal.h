/*
 * analyze_internal.h - what the analyze_*.c files share and nobody else sees.
 *
 * Analysis is a reader of the store: it queries through the store's
 * prepared-statement cache (store_internal.h) rather than through a
 * public query per question, because its questions are many, change with
 * the scoring and have no use outside analysis.  One account is loaded
 * once per analysis day (an_account_load: its messages of the lookback
 * window, signals, contacts with their departures) and every component,
 * momentum figure and alert is computed in C from that, so a day's
 * snapshot of thousands of accounts costs a handful of indexed queries
 * per account.
 */
#ifndef MP_ANALYZE_INTERNAL_H
#define MP_ANALYZE_INTERNAL_H

#include <math.h>
#include "analyze.h"
#include "store_internal.h"

#define AN_DAY 86400
#define AN_HOUR 3600.0

typedef enum {
	AN_RESPONSIVENESS,
	AN_ENGAGEMENT,
	AN_BREADTH,
	AN_SENTIMENT,
	AN_STABILITY,
	AN_RECENCY,
	AN_N_COMPONENTS,
} an_component;

/* an_component_names - "responsiveness" ... in an_component order */
extern const char *const an_component_names[AN_N_COMPONENTS];

/* One message of the account within the lookback window. */
typedef struct an_msg {
	gint64 id, date, thread_id;
	gboolean inbound;     /* customer -> us */
	gboolean human;       /* automated = none */
	guint words;          /* words of the new text */
	gboolean question;    /* the new text asks something ('?') */
	gboolean attachment;  /* it carries an attachment */
	gboolean away;        /* a customer's out-of-office reply */
	gboolean personal;    /* set aside as personal (relevance.c): no business */
	gboolean written;     /* a person wrote it: human, a forward or personal */
	gint64 parent_date;   /* the other side's human message it answers; 0: none */
	int offset;           /* its Date header's zone, seconds east of UTC: the writer's clock */
	char *from, *from_name, *subject, *message_id;
	char *text;           /* new text */
} an_msg;

/* One phrase-rule hit of the account. */
typedef struct an_signal {
	gint64 date, thread_id;
	gboolean customer;    /* side = customer */
	double weight;
	char *category, *rule, *label, *evidence, *due_date, *contact, *message_id;
} an_signal;

/* One customer contact of the account. */
typedef struct an_contact {
	gint64 id, first_seen;
	char *address, *name, *title;
	guint human_msgs;     /* human messages from them in the lookback window */
	gint64 last_human;    /* date of their last one, 0: none */
	gint64 departed;      /* date of their last departure event, 0: none */
	gint64 departed_first; /* date of the first one (its text is the evidence) */
	char *departure_text, *departure_msgid, *replacement;
	gboolean executive;   /* title names an executive */
	gboolean champion;    /* the most active contact before the recent window */
} an_contact;

/* One account as of the analysis day, and what was computed about it. */
typedef struct an_account {
	gint64 id;
	char *name, *slug, *owner, *segment, *renewal_date;
	double arr;
	gint64 days_to_renewal; /* G_MININT64 when no renewal date */
	GPtrArray *msgs;      /* an_msg *, oldest first */
	GPtrArray *signals;   /* an_signal *, oldest first */
	GPtrArray *contacts;  /* an_contact * */
	/* analyze_health.c */
	int comp[AN_N_COMPONENTS]; /* 0-100, -1: not judged */
	int health;                /* 0-100, -1: too little mail */
	double recent_latency_h, baseline_latency_h; /* NAN: none */
	guint recent_replies;      /* latencies and waits the recent median rests on */
	guint recent_answered;     /* of which replies that came (not waits) */
	guint baseline_answered;   /* replies that came in the baseline window */
	guint recent_substantive;  /* substantive customer messages, recent window */
	double baseline_substantive; /* the same per window length, baseline */
	guint active_contacts;
	guint human_recent;        /* human messages (both ways) within BreadthDays */
	const an_msg *last_substantive;
	gboolean chased;           /* we asked since their last word, no answer */
	an_contact *champion;
} an_account;

/* An analysis day. */
typedef struct an_ctx {
	mp_store *st;
	const mp_config *cfg;
	gint64 cutoff;        /* mail dated before this is seen */
	gint64 day_start;     /* 00:00 UTC of the analysis day */
	char day[11];         /* YYYY-MM-DD */
	GHashTable *segment_ref; /* segment -> double *: median substantive count */
} an_ctx;

/* One alert as detected on the analysis day (analyze_alerts*.c). */
typedef struct an_alert {
	char *kind, *subject;   /* subject: what it is about within the kind ("" none) */
	char *severity;         /* "high" "medium" "low" */
	double magnitude;       /* grows when it worsens */
	char *title, *next_step, *draft;
	json_t *evidence;       /* array of {date, contact, text, message_id} */
} an_alert;

/* analyze_answered.c: answers the thread does not show.  An an_answered
 * caches our people's names for one account and day. */
typedef struct an_answered {
	GPtrArray *names;     /* of GPtrArray * of lowercase words; NULL: not loaded */
} an_answered;
void an_answered_init(an_answered *ans);
void an_answered_clear(an_answered *ans);
/* an_quote_from_us - the first quoted header block of text names one of
 * us (an address at or below one of domains, "@LABEL" as Notes writes
 * it, or every word of one of names) */
gboolean an_quote_from_us(const char *text, const GPtrArray *domains, GPtrArray *names);
/* an_answered_elsewhere - we wrote to address after since, or their later
 * message of the conversation (thread, else subject) quotes us or says a
 * call took place */
gboolean an_answered_elsewhere(an_ctx *ctx, const an_account *a, an_answered *ans,
                               const char *address, gint64 since, gint64 thread,
                               const char *subject);
/* an_answered_by_call - the text announces a call or fixes a meeting */
gboolean an_answered_by_call(const char *text);
/* an_call_took_place - the text says a call or meeting took place ("as
 * discussed", "wie besprochen", "zoals besproken" ...) or fixes one */
gboolean an_call_took_place(const char *text);

/* analyze_load.c */
void an_ctx_init(an_ctx *ctx, mp_store *st, const mp_config *cfg, gint64 as_of);
void an_ctx_clear(an_ctx *ctx);
/* an_account_ids - ids of every account (of am when not NULL) */
GArray *an_account_ids(an_ctx *ctx, const char *am, GError **error);
/* an_account_id - id of the account named name (case-insensitive), 0: none */
gint64 an_account_id(an_ctx *ctx, const char *name, GError **error);
an_account *an_account_load(an_ctx *ctx, gint64 id, GError **error);
void an_account_free(an_account *a);
/* an_segment_refs - fill ctx->segment_ref once (median recent substantive
 * customer messages per segment) */
gboolean an_segment_refs(an_ctx *ctx, GError **error);
/* an_slug - lowercase letters and digits joined by '-' (alert ids) */
char *an_slug(const char *name);
/* an_words - words in text */
guint an_words(const char *text);
/* an_text_has_any - text, lowercased, holds one of n lowercase words
 * (phrases of request or delivery; a substring test, so "attached"
 * also finds "attachedfile": the lists hold words that do not occur
 * inside others by chance) */
gboolean an_text_has_any(const char *text, const char *const *words, guint n);
/* an_date - "YYYY-MM-DD" of a unix time; caller frees */
char *an_date(gint64 t);
/* an_person - "Name <address>" or the address; caller frees */
char *an_person(const char *name, const char *address);
/* an_first_name - "Ann" of "Ann Lee", "Lee, Ann" or "Dr. Ann Lee"; the
 * address when there is no name (analyze_alerts.c); caller frees */
char *an_first_name(const char *name, const char *address);
/* an_contact_by_address - the account's contact with this address, or NULL */
an_contact *an_contact_by_address(const an_account *a, const char *address);
/* an_evidence - one evidence object */
json_t *an_evidence(gint64 date, const char *contact, const char *text, const char *message_id);
/* an_substantive - a human customer message of SubstantiveWords or more */
gboolean an_substantive(const an_ctx *ctx, const an_msg *m);
/* an_median - median of a GArray of double, NAN when empty (sorts it) */
double an_median(GArray *values);

/* analyze_health.c */
void an_health_compute(an_ctx *ctx, an_account *a);
/* an_components_json - {"responsiveness": n|null, ...} */
json_t *an_components_json(const int comp[AN_N_COMPONENTS]);
/* an_reply_hours - median customer reply hours of the messages in [from,
 * to) (only from `from_address` when not NULL), counting our unanswered
 * questions as waits still running at `to` (censored observations, a
 * Kaplan-Meier median); NAN when none.  *n: how many. */
double an_reply_hours(const an_account *a, gint64 from, gint64 to, const char *from_address,
                      guint *n);
/* an_replies_in_two_threads - the customer's human replies dated in
 * [from, to) come from two threads at least */
gboolean an_replies_in_two_threads(const an_account *a, gint64 from, gint64 to);
/* What an_latency_drift() found. */
typedef struct an_drift {
	double usual;         /* the baseline's median reply, weekday hours */
	double limit;         /* a reply slower than this is slow */
	double now;           /* the slow replies' median */
	guint base_replies, slow;
	gint64 latest;        /* date of the latest slow reply */
} an_drift;
/* an_latency_drift - the customer answers much slower than they used to,
 * on evidence a reader accepts (the latency_drift condition, also risk
 * evidence for the health) */
gboolean an_latency_drift(an_ctx *ctx, const an_account *a, an_drift *d);
/* an_reply_hours_km - the same, with the waits asked for: none, the
 * window's, or also our questions from before `from` still waiting at
 * `to` with no customer message since (an account going dark); *replies:
 * how many of *n are replies that came */
typedef enum {
	AN_WAITS_NONE,    /* replies only */
	AN_WAITS_WINDOW,  /* and our unanswered questions of the window */
	AN_WAITS_RUNNING, /* and older ones with no customer word since */
} an_waits;
double an_reply_hours_km(const an_account *a, gint64 from, gint64 to, const char *from_address,
                         an_waits waits, guint *n, guint *replies);
/* an_weekday_hours - hours from t0 to t1 that fall on Monday to Friday
 * (UTC days): what reply times are measured in, so that a Friday question
 * answered on Monday is a day's wait, not three */
double an_weekday_hours(gint64 t0, gint64 t1);
/* an_business_hours - hours from t0 to t1 of Monday to Friday 09:00-17:00
 * on the clock of a zone offset seconds east of UTC: how long a customer
 * has waited, in their own business hours (the zone of the Date header of
 * the message that waits: a question sent from Santiago at 17:30 its time
 * has not waited through the European evening) */
double an_business_hours(gint64 t0, gint64 t1, int offset);
/* an_km_median - Kaplan-Meier median of a GArray of {double hours,
 * gboolean censored} (sorts it): the first reply time where the share
 * still waiting falls to one half; the longest time seen when more than
 * half are still waiting; NAN when empty.  *events: uncensored ones. */
double an_km_median(GArray *obs, guint *events);

/* an_usual_gap_days - median days between the days that had a
 * substantive customer message, before the recent window; NAN with fewer
 * than three such days (a question and its answer the same day are one
 * exchange) */
double an_usual_gap_days(an_ctx *ctx, const an_account *a);

/* an_risk_signal - the first customer signal of the risk category c (0
 * churn_risk, 1 competitor) within SentimentDays when that category's
 * weights there add up to its alert's *MinWeight; NULL otherwise */
const an_signal *an_risk_signal(an_ctx *ctx, const an_account *a, int c);

/* an_chasing - our human messages after t that ask something ('?') and
 * that no out-of-office reply answered within two days (a customer who
 * said they are away is not ignoring us); *first: the earliest one */
guint an_chasing(const an_account *a, gint64 t, const an_msg **first);

/* analyze_momentum.c */
json_t *an_momentum_json(an_ctx *ctx, const an_account *a);
/* an_days_since_positive - days since the last positive customer signal, -1 none */
gint64 an_days_since_positive(an_ctx *ctx, const an_account *a);

/* analyze_alerts.c, analyze_alerts_signals.c */
an_alert *an_alert_new(const char *kind, const char *subject, const char *severity,
                       double magnitude);
void an_alert_free(gpointer alert);
/* an_alerts_detect - every alert whose condition holds; history: health
 * of the previous HealthWindowDays days (int, -1 unknown), oldest first */
GPtrArray *an_alerts_detect(an_ctx *ctx, an_account *a, GArray *history);
void an_alerts_from_signals(an_ctx *ctx, an_account *a, GPtrArray *out);
/* an_asks_something - the new text asks a question or makes a request,
 * in one of the languages mailpulse reads: a signed order or a thank-you
 * that opens a thread waits for nothing (analyze_alerts.c) */
gboolean an_asks_something(const an_msg *m);
/* an_customer_waits - a customer message waits for an answer of ours:
 * a question or a request, not a courtesy "please", a thank-you, a need
 * denied or a request to hold off (the unanswered alert's test) */
gboolean an_customer_waits(const an_msg *m);
/* an_asks_document - the message asks us for something we must prepare
 * (an offer, a quote, a proposal, a statement of work, contract terms) */
gboolean an_asks_document(const an_msg *m);
/* analyze_alerts_contacts.c: new_contacts, title_change, contact_departed,
 * contact_silent */
void an_alerts_contacts(an_ctx *ctx, an_account *a, GPtrArray *out);
/* an_contact_silent - the contact has left our asks unanswered (the
 * contact_silent condition): those asks, oldest first (caller unrefs);
 * *last their last own message, *reply their median reply days (NAN);
 * NULL when they are not silent */
GPtrArray *an_contact_silent(an_ctx *ctx, const an_account *a, const an_contact *c,
                             const an_msg **last, double *reply);
/* an_account_start - date of the account's first stored message (analyze_alerts.c) */
gint64 an_account_start(an_ctx *ctx, const an_account *a);
/* an_expansion_topics_json - [{topic, questions, people[, evidence]}]:
 * question topics and expansion signals since a date */
json_t *an_expansion_topics_json(const an_account *a, gint64 since);
/* an_commitments - commitment_overdue alerts (analyze_commitments.c) */
void an_commitments(an_ctx *ctx, an_account *a, GPtrArray *out);
/* an_followed_up - a human message of ours in thread after t */
gboolean an_followed_up(const an_account *a, gint64 thread, gint64 t);

/* analyze_ledger.c: the alerts and snoozes tables */
/* an_ledger_record - upsert today's alerts of a, resolve the ones gone for
 * a week */
gboolean an_ledger_record(an_ctx *ctx, const an_account *a, GPtrArray *alerts, GError **error);
/* an_ledger_alerts - the account's alerts open on the analysis day, as
 * DIGEST-MODEL objects (with "new"); *new_count adds the new ones */
json_t *an_ledger_alerts(an_ctx *ctx, gint64 account_id, guint *new_count, GError **error);
/* an_snoozed - TRUE when the account is snoozed on the analysis day */
gboolean an_snoozed(an_ctx *ctx, gint64 account_id);

/* analyze_snapshot.c */
/* an_snapshot_history - health of the days [day - n, day - 1], oldest
 * first, -1 where no snapshot */
GArray *an_snapshot_history(an_ctx *ctx, gint64 account_id, guint n, GError **error);
/* an_snapshot_has_day - TRUE when every account (of am) has a snapshot
 * for the analysis day */
gboolean an_snapshot_has_day(an_ctx *ctx, const char *am);
/* an_snapshot_read - health and components stored for the day; FALSE none */
gboolean an_snapshot_read(an_ctx *ctx, gint64 account_id, int *health, int comp[AN_N_COMPONENTS]);
/* an_trend_json - health of the last n days ending on the analysis day */
json_t *an_trend_json(an_ctx *ctx, gint64 account_id, guint n, int today, GError **error);

/* analyze_disc.c */
/* an_disc_json - the DISC hint of a contact, or null (off, too few words) */
json_t *an_disc_json(an_ctx *ctx, const an_account *a, const an_contact *c);

/* analyze_model.c */
/* an_account_core_json - the fields the digest, brief and report share */
json_t *an_account_core_json(an_ctx *ctx, an_account *a, GError **error);

#endif
