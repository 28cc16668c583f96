/*
 * cmd_inspect.c - `mailpulse inspect FILE...`: what the pipeline makes of a
 * message, without storing it.
 *
 * The admin's "why did it say that?": runs parse -> classify -> extract and
 * the signal stages (automated mail, new text and signature, the phrase
 * rules of RulesDir) on each file exactly as ingest and the worker do, and
 * prints the verdicts.
 * A spool file (from SpoolDir/new or quarantine) is recognised by its
 * envelope trailer and inspected with its envelope, as the worker would.
 * A journal report or a routing copy is shown as what is stored: the
 * original message, with the envelope the report gave (journal.h).
 * Any other path is read as ingest reads it (source.c): an mbox gives one
 * verdict per message, named path:offset; a message longer than
 * MaximumBodyBytes is cut there (and said to be); a FIFO or other
 * non-regular file is reported, never opened for reading.
 * Needs no database (when there is one, it names the account of the
 * customer domain); the configuration file is read when there is one
 * (InternalDomains decides direction), else the defaults apply, and
 * --internal DOMAIN,... supplies InternalDomains on the spot.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include "classify.h"
#include "cli.h"
#include "extract.h"
#include "journal.h"
#include "parse.h"
#include "scorer.h"
#include "source.h"
#include "spool.h"
#include "status.h"

/* addresses_json - participants as objects */
static json_t *participants_json(const mp_classification *cls)
{
	json_t *a = json_array();
	for (guint i = 0; i < cls->participants->len; i++) {
		const mp_participant *p = cls->participants->pdata[i];
		json_t *o = json_object();
		json_object_set_new(o, "address", json_string(p->address));
		json_object_set_new(o, "name", p->name ? json_string(p->name) : json_null());
		json_object_set_new(o, "role", json_string(mp_role_name(p->role)));
		json_object_set_new(o, "internal", json_boolean(p->internal));
		json_object_set_new(o, "robot", json_boolean(p->robot));
		json_object_set_new(o, "freemail", json_boolean(p->freemail));
		json_object_set_new(o, "registrable_domain", json_string(p->registrable));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *string_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* date_text - ISO 8601 UTC, or NULL */
static json_t *date_json(gint64 t)
{
	if (t <= 0)
		return json_null();
	GDateTime *dt = g_date_time_new_from_unix_utc(t);
	char *s = g_date_time_format_iso8601(dt);
	g_date_time_unref(dt);
	json_t *v = json_string(s);
	g_free(s);
	return v;
}

/* bounces_json - the failed recipients of a delivery report */
static json_t *bounces_json(const mp_extract *ex)
{
	json_t *a = json_array();
	for (guint i = 0; i < ex->bounces->len; i++) {
		const mp_bounce *b = ex->bounces->pdata[i];
		json_array_append_new(a, json_pack("{s:o s:o s:o s:b s:b s:o}",
			"recipient", string_or_null(b->recipient), "status", string_or_null(b->status),
			"action", string_or_null(b->action), "permanent", b->permanent,
			"mailbox_gone", b->mailbox_gone, "diagnostic", string_or_null(b->diagnostic)));
	}
	return a;
}

/* signals_json - the phrase-rule hits on the new text */
static json_t *signals_json(const mp_extract *ex)
{
	json_t *a = json_array();
	for (guint i = 0; i < ex->hits->len; i++) {
		const mp_rule_hit *h = ex->hits->pdata[i];
		json_array_append_new(a, json_pack("{s:o s:o s:o s:f s:o s:o}",
			"category", string_or_null(h->category), "rule", string_or_null(h->rule),
			"label", string_or_null(h->label), "weight", h->weight,
			"evidence", string_or_null(h->evidence), "due_date", string_or_null(h->due_date)));
	}
	return a;
}

/* add_signal_verdicts - what the signal stages made of the message */
static void add_signal_verdicts(json_t *o, const mp_extract *ex)
{
	json_object_set_new(o, "automated", json_string(ex->automated_name));
	json_object_set_new(o, "automated_reason", string_or_null(ex->automated_reason));
	json_object_set_new(o, "ooo_return", date_json(ex->ooo_return));
	json_object_set_new(o, "bounces", bounces_json(ex));
	json_object_set_new(o, "departed", json_boolean(ex->departed));
	json_object_set_new(o, "replacement",
	                    string_or_null(ex->replacement ? ex->replacement->address : NULL));
	json_object_set_new(o, "forwarded", json_boolean(ex->forwarded));
	json_object_set_new(o, "new_text", string_or_null(ex->new_text));
	json_object_set_new(o, "signature", string_or_null(ex->signature));
	json_object_set_new(o, "title", string_or_null(ex->sig_title));
	json_object_set_new(o, "signals", signals_json(ex));
}

/* sentences_json - why each sentence of the new text did or did not
 * signal: rules fired or vetoed, the scorer's probabilities (those of
 * 0.3 and more) and top features; only sentences with something to say,
 * and only where the rules ran (not automated, a side known) */
static json_t *sentences_json(const mp_ruleset *rules, const mp_extract *ex,
                              const mp_classification *cls)
{
	json_t *rows = json_array();
	if (rules == NULL || ex->new_text == NULL || ex->automated != MP_AUTO_NONE ||
	    cls->direction == MP_DIRECTION_NONE)
		return rows;
	mp_side side = cls->direction == MP_DIRECTION_OUTBOUND ? MP_SIDE_US : MP_SIDE_CUSTOMER;
	GPtrArray *reports = mp_rules_explain(rules, ex->new_text, side, 3);
	const char *const *cats = mp_rules_categories();
	for (guint i = 0; i < reports->len; i++) {
		const mp_sentence_report *r = reports->pdata[i];
		json_t *scores = json_object(), *top = json_object();
		for (guint k = 0; r->scored && k < MP_SCORER_CATEGORIES; k++) {
			if (r->prob[k] < 0.3)
				continue;
			json_object_set_new(scores, cats[k], json_real(r->prob[k]));
			json_t *names = json_array();
			for (guint j = 0; r->top[k] && j < r->top[k]->len; j++)
				json_array_append_new(names, json_string(r->top[k]->pdata[j]));
			json_object_set_new(top, cats[k], names);
		}
		if (!r->rule_fired && !r->rule_vetoed && json_object_size(scores) == 0) {
			json_decref(scores);
			json_decref(top);
			continue;
		}
		json_t *fired = json_array(), *vetoed = json_array(), *raised = json_array();
		for (guint k = 0; k < MP_SCORER_CATEGORIES; k++) {
			if (r->rule_fired & (1u << k))
				json_array_append_new(fired, json_string(cats[k]));
			if (r->rule_vetoed & (1u << k))
				json_array_append_new(vetoed, json_string(cats[k]));
			if (r->model_fired & (1u << k))
				json_array_append_new(raised, json_string(cats[k]));
		}
		json_array_append_new(rows, json_pack("{s:s, s:s, s:o, s:o, s:o, s:o, s:o}",
		                                      "sentence", r->sentence, "lang", r->lang,
		                                      "rules_fire", fired, "rules_veto", vetoed,
		                                      "model_raises", raised, "model", scores,
		                                      "top_features", top));
	}
	g_ptr_array_unref(reports);
	return rows;
}

/* inspect_one - the verdicts on one message as an object; st (may be
 * NULL) names the account of the customer domain */
static json_t *inspect_one(mp_classifier *c, const mp_ruleset *rules, mp_store *st,
                           const char *path, mp_message *msg, const mp_journal *journal)
{
	mp_classification *cls = mp_classify(c, msg);
	mp_journal_adjust_roles(journal, cls);
	mp_extract *ex = mp_extract_run(msg, cls);
	mp_extract_signals(ex, msg, cls, c, rules);
	json_t *o = json_object();
	json_t *why = sentences_json(rules, ex, cls);
	json_object_set_new(o, "file", json_string(path));
	json_object_set_new(o, "message_id", json_string(ex->message_id));
	json_object_set_new(o, "subject", json_string(ex->subject));
	json_object_set_new(o, "date", date_json(ex->date));
	json_object_set_new(o, "date_source", json_string(ex->date_source));
	json_object_set_new(o, "direction", json_string(mp_direction_name(cls->direction)));
	json_object_set_new(o, "skip_reason", string_or_null(cls->skip_reason));
	json_object_set_new(o, "capture_mode", json_string(mp_capture_mode_name(cls->capture_mode)));
	json_object_set_new(o, "customer_domain", string_or_null(cls->customer_domain));
	char *account = st ? mp_store_account_name(st, cls->customer_host, cls->customer_domain)
	                   : NULL;
	json_object_set_new(o, "account", string_or_null(account));
	g_free(account);
	json_object_set_new(o, "participants", participants_json(cls));
	json_object_set_new(o, "participants_dropped", json_integer(cls->participants_dropped));
	json_object_set_new(o, "truncated", json_boolean(msg->envelope && msg->envelope->truncated));
	json_object_set_new(o, "parent_id", string_or_null(ex->parent_id));
	json_t *refs = json_array();
	for (guint i = 0; i < ex->references->len; i++)
		json_array_append_new(refs, json_string(ex->references->pdata[i]));
	json_object_set_new(o, "references", refs);
	json_t *atts = json_array();
	for (guint i = 0; i < msg->attachments->len; i++) {
		const mp_attachment *a = msg->attachments->pdata[i];
		json_t *ao = json_object();
		json_object_set_new(ao, "filename", string_or_null(a->filename));
		json_object_set_new(ao, "content_type", json_string(a->content_type));
		json_object_set_new(ao, "size", json_integer((json_int_t)a->size));
		json_array_append_new(atts, ao);
	}
	json_object_set_new(o, "attachments", atts);
	json_object_set_new(o, "text", json_string(ex->text));
	add_signal_verdicts(o, ex);
	json_object_set_new(o, "sentences", why);
	if (msg->envelope) {
		json_t *env = json_object();
		json_object_set_new(env, "queue_id", string_or_null(msg->envelope->queue_id));
		json_object_set_new(env, "sender", string_or_null(msg->envelope->sender));
		json_object_set_new(env, "truncated", json_boolean(msg->envelope->truncated));
		json_object_set_new(o, "envelope", env);
	}
	if (journal)
		json_object_set_new(o, "journal", cli_journal_json(journal));
	mp_extract_free(ex);
	mp_classification_free(cls);
	return o;
}

/* print_block - a multi-line text field, indented under its name */
static void print_block(json_t *o, const char *key)
{
	const char *v = json_string_value(json_object_get(o, key));
	if (v == NULL)
		return;
	printf("  %s:\n", key);
	/* line by line: cli_value_text would show the newlines as '?' */
	char **lines = g_strsplit(v, "\n", -1);
	for (char **l = lines; *l; l++) {
		json_t *line = json_string(*l);
		char *text = cli_value_text(line);
		printf("    | %s\n", text);
		g_free(text);
		json_decref(line);
	}
	g_strfreev(lines);
}

/* print_signals - the phrase-rule hits, one line each */
static void print_signals(json_t *o)
{
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(o, "signals"), i, v) {
		char *cat = cli_value_text(json_object_get(v, "category"));
		char *rule = cli_value_text(json_object_get(v, "rule"));
		char *evidence = cli_value_text(json_object_get(v, "evidence"));
		json_t *due = json_object_get(v, "due_date");
		printf("  %-16s %s/%s%s%s: \"%s\"\n", "signal", cat, rule,
		       json_is_string(due) ? " due " : "", json_is_string(due) ? json_string_value(due) : "",
		       evidence);
		g_free(cat);
		g_free(rule);
		g_free(evidence);
	}
}

/* print_sentences - per sentence with something to say: the rules that
 * fire or veto, the scorer's probabilities and its top features */
static void print_sentences(json_t *o)
{
	size_t i, j;
	json_t *v, *x;
	json_array_foreach(json_object_get(o, "sentences"), i, v) {
		char *text = cli_value_text(json_object_get(v, "sentence"));
		printf("  %-16s [%s] \"%s\"\n", "sentence", json_string_value(json_object_get(v, "lang")),
		       text);
		g_free(text);
		GString *line = g_string_new(NULL);
		json_array_foreach(json_object_get(v, "rules_fire"), j, x)
			g_string_append_printf(line, " %s:rule", json_string_value(x));
		json_array_foreach(json_object_get(v, "rules_veto"), j, x)
			g_string_append_printf(line, " %s:vetoed", json_string_value(x));
		const char *cat;
		json_object_foreach(json_object_get(v, "model"), cat, x) {
			g_string_append_printf(line, " %s:%.2f", cat, json_real_value(x));
			json_t *top = json_object_get(json_object_get(v, "top_features"), cat);
			if (json_array_size(top)) {
				g_string_append(line, " (");
				json_array_foreach(top, j, x)
					g_string_append_printf(line, "%s%s", j ? ", " : "", json_string_value(x));
				g_string_append(line, ")");
			}
		}
		printf("  %-16s%s\n", "", line->str);
		g_string_free(line, TRUE);
	}
}

/* print_signal_verdicts - departure, bounces, new text, signature, signals */
static void print_signal_verdicts(json_t *o)
{
	size_t i;
	json_t *v;
	if (json_is_true(json_object_get(o, "departed")))
		printf("  %-16s %s\n", "departed", "yes: the auto-reply says its sender left");
	json_array_foreach(json_object_get(o, "bounces"), i, v) {
		char *rcpt = cli_value_text(json_object_get(v, "recipient"));
		char *status = cli_value_text(json_object_get(v, "status"));
		char *action = cli_value_text(json_object_get(v, "action"));
		printf("  %-16s %s %s %s%s%s\n", "bounce", rcpt, status, action,
		       json_is_true(json_object_get(v, "permanent")) ? " permanent" : " temporary",
		       json_is_true(json_object_get(v, "mailbox_gone")) ? " mailbox-gone" : "");
		g_free(rcpt);
		g_free(status);
		g_free(action);
	}
	print_block(o, "new_text");
	print_block(o, "signature");
	print_signals(o);
	print_sentences(o);
}

/* print_text - one inspected message for a terminal */
static void print_text(json_t *o)
{
	printf("%s\n", json_string_value(json_object_get(o, "file")));
	const char *keys[] = { "message_id", "subject", "date", "date_source", "direction",
	                       "skip_reason", "capture_mode", "customer_domain", "account", "parent_id",
	                       "automated", "automated_reason", "ooo_return", "replacement",
	                       "title" };
	for (guint i = 0; i < G_N_ELEMENTS(keys); i++) {
		json_t *v = json_object_get(o, keys[i]);
		if (json_is_string(v)) {
			char *text = cli_value_text(v);
			printf("  %-16s %s\n", keys[i], text);
			g_free(text);
		}
	}
	json_int_t dropped = json_integer_value(json_object_get(o, "participants_dropped"));
	if (dropped > 0)
		printf("  %-16s %" JSON_INTEGER_FORMAT " (past MaximumParticipants, not stored)\n",
		       "participants_dropped", dropped);
	if (json_is_true(json_object_get(o, "truncated")))
		printf("  %-16s yes (cut at MaximumBodyBytes)\n", "truncated");
	size_t i;
	json_t *p;
	json_array_foreach(json_object_get(o, "participants"), i, p) {
		/* display names and file names come from the sender: no control
		 * character of theirs reaches the terminal (cli_value_text) */
		json_t *name_v = json_object_get(p, "name");
		char *name = json_is_string(name_v) ? cli_value_text(name_v) : NULL;
		char *shown = cli_value_text(json_object_get(p, "address"));
		printf("  %-16s %s%s%s%s%s%s\n", json_string_value(json_object_get(p, "role")), shown,
		       name ? " (" : "", name ? name : "", name ? ")" : "",
		       json_is_true(json_object_get(p, "internal")) ? " internal" : "",
		       json_is_true(json_object_get(p, "robot")) ? " robot" : "");
		g_free(shown);
		g_free(name);
	}
	json_array_foreach(json_object_get(o, "attachments"), i, p) {
		char *type = cli_value_text(json_object_get(p, "content_type"));
		char *file = cli_value_text(json_object_get(p, "filename"));
		printf("  %-16s %s %s %" JSON_INTEGER_FORMAT " bytes\n", "attachment", type, file,
		       json_integer_value(json_object_get(p, "size")));
		g_free(type);
		g_free(file);
	}
	cli_print_journal(json_object_get(o, "journal"));
	print_signal_verdicts(o);
}

/* One run of inspect: what every message is checked against, and where
 * the verdicts go. */
typedef struct inspect_run {
	const mp_config *cfg;
	mp_classifier *c;
	const mp_ruleset *rules;
	mp_store *st;
	json_t *rows;
	int status;
} inspect_run;

/* inspect_parsed - a parsed message (or its parse error) into the run */
static void inspect_parsed(inspect_run *run, const char *origin, mp_message *msg,
                           mp_journal *journal, GError *error)
{
	if (msg == NULL) {
		char *shown = mp_escape_text(origin, -1);
		fprintf(stderr, "mailpulse: inspect: %s: %s\n", shown,
		        error ? error->message : "cannot parse");
		g_free(shown);
		g_clear_error(&error);
		run->status = MP_ERR_PARTIAL;
		mp_journal_free(journal);
		return;
	}
	json_array_append_new(run->rows, inspect_one(run->c, run->rules, run->st, origin, msg, journal));
	mp_journal_free(journal);
	mp_message_free(msg);
}

/* on_message - one message of a file or an mbox (source.c) */
static gboolean on_message(const mp_source_item *item, void *ud)
{
	inspect_run *run = ud;
	GError *error = NULL;
	mp_journal *journal = NULL;
	mp_message *msg = mp_journal_parse(run->cfg, item->data, item->len, NULL, &journal, &error);
	if (msg)
		mp_parse_body(msg);
	if (msg && item->full_len > item->len) { /* cut at MaximumBodyBytes, as ingest does */
		if (msg->envelope == NULL)
			msg->envelope = g_new0(mp_envelope, 1);
		msg->envelope->truncated = TRUE;
		msg->envelope->message_bytes = item->full_len;
	}
	inspect_parsed(run, item->origin, msg, journal, error);
	return TRUE;
}

/* on_error - a path the walk could not read (or a FIFO it would not) */
static void on_error(const char *path, const char *reason, void *ud)
{
	inspect_run *run = ud;
	char *shown = mp_escape_text(path, -1);
	fprintf(stderr, "mailpulse: inspect: %s: %s\n", shown, reason);
	g_free(shown);
	run->status = MP_ERR_PARTIAL;
}

/* inspect_path - a spool file with its envelope, else every message of
 * the path as ingest would read it */
static void inspect_path(inspect_run *run, const char *path, guint64 max_bytes)
{
	if (!mp_spool_is_capture(path)) {
		mp_source_walk(path, max_bytes, on_message, on_error, run);
		return;
	}
	GError *error = NULL;
	mp_spool_file *f = mp_spool_read(path, &error);
	mp_message *msg = NULL;
	mp_journal *journal = NULL;
	if (f != NULL) {
		msg = mp_journal_parse(run->cfg, f->data, f->message_len, f->envelope, &journal, &error);
		f->envelope = NULL; /* the journal parser owns it now */
		if (msg)
			mp_parse_body(msg);
		mp_spool_file_free(f);
	}
	inspect_parsed(run, path, msg, journal, error);
}

int cmd_inspect(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "internal", required_argument, NULL, 'i' },
		{ NULL, 0, NULL, 0 },
	};
	gboolean json = FALSE;
	const char *internal = NULL;
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (opt) {
		case 'j': json = TRUE; break;
		case 'i': internal = optarg; break;
		default: return cli_usage_error("inspect", "bad option");
		}
	}
	if (optind >= argc)
		return cli_usage_error("inspect", "missing FILE");
	int status = cli_load_config(ctx);
	if (status != MP_OK)
		return status;
	if (internal) {
		GError *error = NULL;
		char *line = g_strdup_printf("InternalDomains %s\n", internal);
		mp_config *cfg = mp_config_parse_text("--internal", line, &error);
		g_free(line);
		if (cfg == NULL)
			return cli_report("inspect", error);
		g_ptr_array_unref(ctx->cfg->internal_domains);
		ctx->cfg->internal_domains = g_ptr_array_ref(cfg->internal_domains);
		mp_config_free(cfg);
	}
	mp_ruleset *rules = cli_load_rules(ctx, "inspect", &status);
	if (status != MP_OK)
		return status;
	mp_parse_init();
	mp_classifier *c = mp_classifier_new(ctx->cfg);
	/* The database only names accounts: without one, inspect still works. */
	const char *db = ctx->db_path ? ctx->db_path : ctx->cfg->database;
	mp_store *st = g_file_test(db, G_FILE_TEST_EXISTS) ? mp_store_open(db, MP_STORE_READONLY, NULL)
	                                                 : NULL;
	inspect_run run = { ctx->cfg, c, rules, st, json_array(), MP_OK };
	for (int i = optind; i < argc; i++)
		inspect_path(&run, argv[i], ctx->cfg->maximum_body_bytes);
	json_t *rows = run.rows;
	status = run.status;
	if (json) {
		cli_print_json(rows);
	} else {
		size_t i;
		json_t *o;
		json_array_foreach(rows, i, o) print_text(o);
	}
	json_decref(rows);
	mp_store_close(st);
	mp_classifier_free(c);
	mp_rules_free(rules);
	return status;
}
