/*
 * hosted.c - what `inspect` and `status` show of hosted mail.
 *
 * cli_journal_json() turns the mp_journal of an unwrapped report or a
 * routing copy into the "journal" object of `inspect --json`;
 * cli_print_journal() prints it for a terminal, one envelope recipient a
 * line with the field it came in and its expansion or forward.
 * cli_print_journal_status() is the journal line of `status`: reports
 * today, the last one, unwrap failures (the last one's reason), so a
 * journal rule that stopped working shows the morning after.
 * Addresses and reasons come from the sender: shown through
 * cli_value_text(), never with their control characters.
 */
#include <stdio.h>
#include "cli.h"
#include "journal.h"

/* cli_journal_json - the "journal" object of inspect --json */
json_t *cli_journal_json(const mp_journal *j)
{
	json_t *rcpts = json_array();
	for (guint i = 0; i < j->recipients->len; i++) {
		const mp_journal_rcpt *r = j->recipients->pdata[i];
		json_array_append_new(rcpts, json_pack("{s:s s:s s:o s:o}", "address", r->address,
			"field", r->field, "expanded", r->expanded ? json_string(r->expanded) : json_null(),
			"forwarded", r->forwarded ? json_string(r->forwarded) : json_null()));
	}
	json_t *o = json_object();
	json_object_set_new(o, "kind", json_string(mp_journal_kind_name(j->kind)));
	json_object_set_new(o, "report_id", j->report_id ? json_string(j->report_id) : json_null());
	json_object_set_new(o, "reporter", j->reporter ? json_string(j->reporter) : json_null());
	json_object_set_new(o, "sender", j->sender ? json_string(j->sender) : json_null());
	json_object_set_new(o, "direction", j->direction ? json_string(j->direction) : json_null());
	json_object_set_new(o, "recipients", rcpts);
	return o;
}

/* shown - a JSON string field as terminal-safe text ("" when null) */
static char *shown(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) ? cli_value_text(v) : g_strdup("");
}

/* cli_print_journal - the journal lines of inspect's text output */
void cli_print_journal(json_t *journal)
{
	if (!json_is_object(journal))
		return;
	char *kind = shown(journal, "kind"), *id = shown(journal, "report_id");
	char *reporter = shown(journal, "reporter"), *dir = shown(journal, "direction");
	printf("  %-16s %s%s%s%s from %s%s%s\n", "journal",
	       g_strcmp0(kind, "exchange") == 0 ? "Exchange journal report" : "Google routing copy",
	       *id ? " <" : "", id, *id ? ">" : "", *reporter ? reporter : "(no sender)",
	       *dir ? ", says " : "", dir);
	size_t i;
	json_t *r;
	json_array_foreach(json_object_get(journal, "recipients"), i, r) {
		char *field = shown(r, "field"), *address = shown(r, "address");
		char *expanded = shown(r, "expanded"), *forwarded = shown(r, "forwarded");
		printf("  %-16s %s %s%s%s%s%s%s\n", "envelope", field, address,
		       *expanded ? " (expanded from " : "", expanded, *forwarded ? " (forwarded from " : "",
		       forwarded, *expanded || *forwarded ? ")" : "");
		g_free(field);
		g_free(address);
		g_free(expanded);
		g_free(forwarded);
	}
	g_free(kind);
	g_free(id);
	g_free(reporter);
	g_free(dir);
}

/* local_time - "2026-11-24 10:02:03" local, or "never" */
static char *local_time(json_t *v)
{
	if (!json_is_integer(v) || json_integer_value(v) <= 0)
		return g_strdup("never");
	GDateTime *dt = g_date_time_new_from_unix_local(json_integer_value(v));
	char *s = g_date_time_format(dt, "%Y-%m-%d %H:%M:%S");
	g_date_time_unref(dt);
	return s;
}

/* cli_print_journal_status - the journal line of status */
void cli_print_journal_status(json_t *summary)
{
	if (!json_is_object(summary))
		return;
	char *last = local_time(json_object_get(summary, "last_report"));
	printf("journal     %" JSON_INTEGER_FORMAT " reports today, last report %s, %"
	       JSON_INTEGER_FORMAT " unwrap failures today (%" JSON_INTEGER_FORMAT " in all)\n",
	       json_integer_value(json_object_get(summary, "reports_today")), last,
	       json_integer_value(json_object_get(summary, "failures_today")),
	       json_integer_value(json_object_get(summary, "failures")));
	g_free(last);
	if (json_integer_value(json_object_get(summary, "failures")) > 0) {
		char *when = local_time(json_object_get(summary, "last_failure"));
		char *why = shown(summary, "last_failure_reason");
		printf("  last failure %s: %s\n", when, why);
		g_free(when);
		g_free(why);
	}
}
