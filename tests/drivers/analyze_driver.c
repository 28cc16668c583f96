/*
 * analyze_driver.c - print the digest or portfolio model, for shell tests
 * and the benchmark (the `digest` and `report` commands belong to delivery).
 *
 *	analyze_driver CONF digest AM DATE [--mark-sent]
 *	analyze_driver CONF digests DATE
 *	analyze_driver CONF portfolio DATE
 *
 * digest prints one AM's model as JSON (and with --mark-sent records its
 * new alerts as sent, as the digest command does after sending); digests
 * builds every AM's model and prints "AMS ACCOUNTS SECONDS"; portfolio
 * prints the portfolio model.
 *
 * DIAGNOSTICS
 *	Exit 2 on a usage error, 1 with the message when the library fails.
 */
#include <stdio.h>
#include <string.h>
#include "analyze.h"
#include "status.h"

/* usage - print the synopsis, exit 2 */
static int usage(void)
{
	fprintf(stderr, "usage: analyze_driver CONF digest AM DATE [--mark-sent]\n"
	                "       analyze_driver CONF digests DATE\n"
	                "       analyze_driver CONF portfolio DATE\n");
	return 2;
}

/* parse_day - YYYY-MM-DD to the unix time of its midnight, UTC */
static gboolean parse_day(const char *s, gint64 *out)
{
	int y, m, d;
	if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy(d, m, y))
		return FALSE;
	GDateTime *dt = g_date_time_new_utc(y, m, d, 0, 0, 0);
	*out = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return TRUE;
}

/* all_digests - every owner's model; prints counts and the time taken */
static json_t *all_digests(mp_store *st, const mp_config *cfg, gint64 day, GError **error)
{
	json_t *owners = mp_store_list_accounts(st, error), *row;
	if (owners == NULL)
		return NULL;
	GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
	gint64 t0 = g_get_monotonic_time();
	size_t i, accounts = 0;
	json_array_foreach(owners, i, row) {
		const char *am = json_string_value(json_object_get(row, "owner"));
		if (am == NULL || g_hash_table_contains(seen, am))
			continue;
		g_hash_table_add(seen, (gpointer)am);
		json_t *model = mp_analyze_digest_model(st, cfg, am, day, error);
		if (model == NULL)
			break;
		accounts += json_array_size(json_object_get(model, "accounts"));
		json_decref(model);
	}
	json_t *out = error && *error ? NULL
		: json_pack("{s:i, s:i, s:f}", "ams", (int)g_hash_table_size(seen), "accounts",
		            (int)accounts, "seconds", (g_get_monotonic_time() - t0) / 1e6);
	g_hash_table_destroy(seen);
	json_decref(owners);
	return out;
}

int main(int argc, char **argv)
{
	if (argc < 4)
		return usage();
	const char *what = argv[2];
	gint64 day;
	gboolean digest = strcmp(what, "digest") == 0;
	if ((digest && argc < 5) || !parse_day(argv[digest ? 4 : 3], &day))
		return usage();
	GError *error = NULL;
	mp_config *cfg = mp_config_load(argv[1], &error);
	mp_store *st = cfg ? mp_store_open(cfg->database, MP_STORE_CREATE, &error) : NULL;
	json_t *model = NULL;
	if (st && digest) {
		model = mp_analyze_digest_model(st, cfg, argv[3], day, &error);
		if (model && argc > 5 && strcmp(argv[5], "--mark-sent") == 0 &&
		    !mp_analyze_mark_sent(st, model, &error))
			g_clear_pointer(&model, json_decref);
	} else if (st && strcmp(what, "digests") == 0) {
		model = all_digests(st, cfg, day, &error);
	} else if (st && strcmp(what, "portfolio") == 0) {
		model = mp_analyze_portfolio_model(st, cfg, day, &error);
	} else if (st) {
		mp_store_close(st);
		mp_config_free(cfg);
		return usage();
	}
	int status = 0;
	if (model) {
		json_dumpf(model, stdout, JSON_INDENT(1));
		fputc('\n', stdout);
	} else {
		fprintf(stderr, "analyze_driver: %s\n", error ? error->message : "failed");
		status = 1;
	}
	g_clear_error(&error);
	json_decref(model);
	if (st)
		mp_store_close(st);
	mp_config_free(cfg);
	return status;
}
