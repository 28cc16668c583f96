/*
 * cmd_account.c - `mailpulse account NAME [--json]`: the account brief.
 *
 * The brief is built by mp_analyze_account_brief() (src/analyze_brief.c);
 * --json prints it as is, the text form reads top-down like a QBR page:
 * who and when (segment, owner, ARR, renewal), health with its sparkline
 * and components, momentum, the last substantive exchange, the day's
 * alerts with evidence and next step, contacts with title, status and
 * DISC hint, signals of 90 days, open commitments, expansion topics.
 * Read-only.  Every customer string goes through cli_value_text(), which
 * neutralises control characters.
 */
#include <getopt.h>
#include <stdio.h>
#include "analyze.h"
#include "cli.h"
#include "status.h"

/* text - o[key] as display text (caller frees) */
static char *text(json_t *o, const char *key)
{
	return cli_value_text(json_object_get(o, key));
}

/* print_kv - "label value" then sep */
static void print_kv(const char *label, json_t *o, const char *key, const char *sep)
{
	char *v = text(o, key);
	printf("%s %s%s", label, v, sep);
	g_free(v);
}

/* print_header - name, segment, owner, ARR, renewal, health, trend */
static void print_header(json_t *b)
{
	char *name = text(b, "account"), *seg = text(b, "segment"), *owner = text(b, "owner");
	char *renewal = text(b, "renewal_date"), *days = text(b, "days_to_renewal");
	printf("%s  (%s, owner %s)\nARR %.0f, renewal %s", name, seg, owner,
	       json_number_value(json_object_get(b, "arr")), renewal);
	if (json_is_integer(json_object_get(b, "days_to_renewal")))
		printf(" (in %s days)", days);
	printf("\n\n");
	char *health = text(b, "health"), *change = text(b, "health_change_21d");
	char *spark = text(b, "sparkline");
	printf("Health %s  [%s]  change over 21 days: %s\n  ", health, spark, change);
	json_t *comp = json_object_get(b, "components");
	const char *key;
	json_t *v;
	json_object_foreach(comp, key, v) {
		char *t = cli_value_text(v);
		printf("%s %s  ", key, t);
		g_free(t);
	}
	printf("\n");
	g_free(name); g_free(seg); g_free(owner); g_free(renewal); g_free(days);
	g_free(health); g_free(change); g_free(spark);
}

/* pair_text - "NOW (BEFORE before)" of a [recent, before] pair; caller frees */
static char *pair_text(json_t *m, const char *key)
{
	json_t *p = json_object_get(m, key);
	char *now = cli_value_text(json_array_get(p, 0)), *before = cli_value_text(json_array_get(p, 1));
	char *text = g_strdup_printf("%s (%s before)", now, before);
	g_free(now);
	g_free(before);
	return text;
}

/* print_momentum - the recent window against the one before */
static void print_momentum(json_t *b)
{
	json_t *m = json_object_get(b, "momentum");
	char *inter = pair_text(m, "interactions"), *lat = pair_text(m, "customer_reply_hours");
	char *pos = pair_text(m, "positive_signals"), *since = text(m, "days_since_positive");
	printf("Momentum, last 21 days: interactions %s, main contact reply hours %s, positive "
	       "signals %s; days since a positive signal: %s\n", inter, lat, pos, since);
	g_free(inter); g_free(lat); g_free(pos); g_free(since);
	json_t *last = json_object_get(b, "last_substantive");
	if (json_is_object(last)) {
		char *d = text(last, "date"), *who = text(last, "contact"), *subj = text(last, "subject");
		printf("Last substantive customer message: %s, %s: %s\n", d, who, subj);
		g_free(d); g_free(who); g_free(subj);
	} else {
		printf("Last substantive customer message: none in the history analysed\n");
	}
}

/* print_evidence - one indented line per evidence item */
static void print_evidence(json_t *list)
{
	size_t i;
	json_t *e;
	json_array_foreach(list, i, e) {
		char *d = text(e, "date"), *who = text(e, "contact"), *t = text(e, "text");
		if (json_is_string(json_object_get(e, "contact")))
			printf("      %s %s: %s\n", d, who, t);
		else /* a computed fact, not somebody's words */
			printf("      %s %s\n", d, t);
		g_free(d); g_free(who); g_free(t);
	}
}

/* print_alerts - severity, title, evidence, next step, draft */
static void print_alerts(json_t *b)
{
	json_t *alerts = json_object_get(b, "alerts"), *al;
	size_t i;
	printf("\nAlerts%s\n", json_array_size(alerts) ? "" : ": none today");
	json_array_foreach(alerts, i, al) {
		char *sev = text(al, "severity"), *title = text(al, "title"), *next = text(al, "next_step");
		printf("  [%s] %s\n", sev, title);
		print_evidence(json_object_get(al, "evidence"));
		printf("      -> %s\n", next);
		if (json_is_string(json_object_get(al, "draft"))) {
			/* the draft is meant to be copied: its lines stay lines */
			char *draft = g_strdup(json_string_value(json_object_get(al, "draft")));
			char **lines = g_strsplit(draft, "\n", -1);
			printf("      draft:\n");
			for (char **l = lines; *l; l++) {
				json_t *line = json_string(*l);
				char *safe = cli_value_text(line);
				printf("        %s\n", safe);
				g_free(safe);
				json_decref(line);
			}
			g_strfreev(lines);
			g_free(draft);
		}
		g_free(sev); g_free(title); g_free(next);
	}
}

/* print_contacts - one line per contact with the DISC hint */
static void print_contacts(json_t *b)
{
	json_t *contacts = json_object_get(b, "contacts"), *c;
	size_t i;
	printf("\nContacts\n");
	json_array_foreach(contacts, i, c) {
		char *addr = text(c, "address"), *name = text(c, "name"), *title = text(c, "title");
		char *status = text(c, "status");
		printf("  %s <%s>, %s, %s%s\n", name, addr, title, status,
		       json_is_true(json_object_get(c, "champion")) ? ", champion" : "");
		json_t *disc = json_object_get(c, "disc");
		if (json_is_string(json_object_get(disc, "style"))) {
			char *style = text(disc, "style"), *conf = text(disc, "confidence"), *tip = text(disc, "tip");
			printf("      DISC hint: %s (%s confidence, %" JSON_INTEGER_FORMAT " words): %s\n",
			       style, conf, json_integer_value(json_object_get(disc, "words")), tip);
			g_free(style); g_free(conf); g_free(tip);
		} else if (json_is_object(disc)) {
			printf("      DISC hint: not enough of their own text (%" JSON_INTEGER_FORMAT " words)\n",
			       json_integer_value(json_object_get(disc, "words")));
		}
		g_free(addr); g_free(name); g_free(title); g_free(status);
	}
}

/* print_list - a titled list of objects, one line each from keys */
static void print_list(json_t *b, const char *key, const char *title, const char *const *keys,
                       guint n)
{
	json_t *list = json_object_get(b, key), *o;
	size_t i;
	printf("\n%s%s\n", title, json_array_size(list) ? "" : ": none");
	json_array_foreach(list, i, o) {
		printf(" ");
		for (guint k = 0; k < n; k++)
			print_kv("", o, keys[k], k + 1 < n ? " " : "\n");
	}
}

/* print_brief - the whole text form */
static void print_brief(json_t *b)
{
	static const char *const sig_keys[] = { "date", "category", "contact", "evidence" };
	static const char *const com_keys[] = { "date", "due_date", "overdue", "contact", "evidence" };
	static const char *const exp_keys[] = { "topic", "questions", "people" };
	print_header(b);
	print_momentum(b);
	print_alerts(b);
	print_contacts(b);
	print_list(b, "signals", "Signals (90 days)", sig_keys, G_N_ELEMENTS(sig_keys));
	print_list(b, "open_commitments", "Open commitments (date, due, overdue, who, what)",
	           com_keys, G_N_ELEMENTS(com_keys));
	print_list(b, "expansion_topics", "Expansion topics (90 days)", exp_keys, G_N_ELEMENTS(exp_keys));
}

int cmd_account(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	gboolean json = FALSE;
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		if (opt != 'j')
			return cli_usage_error("account", "bad option");
		json = TRUE;
	}
	if (optind + 1 != argc)
		return cli_usage_error("account", "expected one account name");
	int status;
	mp_store *st = cli_open_store(ctx, FALSE, &status);
	if (st == NULL)
		return status;
	GError *error = NULL;
	json_t *brief = mp_analyze_account_brief(st, ctx->cfg, argv[optind], ctx->as_of, &error);
	if (brief == NULL)
		status = cli_report("account", error);
	else if (json)
		cli_print_json(brief);
	else
		print_brief(brief);
	json_decref(brief);
	mp_store_close(st);
	return status;
}
