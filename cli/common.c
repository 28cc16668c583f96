/*
 * common.c - helpers every command uses: config, database, dates, errors.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <gmime/gmime.h>
#include "cli.h"
#include "log.h"
#include "rules.h"
#include "scorer.h"
#include "status.h"

int cli_report(const char *command, GError *error)
{
	/* A failure without a reason is still a failure: never exit 0 */
	int status = error ? mp_status_exit_code(error) : MP_ERR_SOFTWARE;
	fprintf(stderr, "mailpulse%s%s: %s\n", command ? ": " : "", command ? command : "",
	        error ? error->message : "internal error: failed without giving a reason "
	                                 "(please report it)");
	if (error)
		g_error_free(error);
	return status;
}

int cli_usage_error(const char *command, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	fprintf(stderr, "mailpulse%s%s: %s\n", command ? ": " : "", command ? command : "", msg);
	g_free(msg);
	const cli_command *c = command ? cli_find_command(command) : NULL;
	if (c) {
		/* the synopsis: the help text up to its first blank line */
		const char *end = strstr(c->usage, "\n\n");
		fprintf(stderr, "%.*s\n", end ? (int)(end - c->usage) : (int)strlen(c->usage), c->usage);
	}
	return MP_ERR_USAGE;
}

gboolean cli_wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return FALSE;
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
			return TRUE;
	}
	return FALSE;
}

int cli_print_help(const char *command)
{
	const cli_command *c = cli_find_command(command);
	fputs(c ? c->usage : "", stdout);
	return MP_OK;
}

int cli_load_config(cli_context *ctx)
{
	if (ctx->cfg)
		return MP_OK;
	GError *error = NULL;
	ctx->cfg = mp_config_load(ctx->config_path, &error);
	if (ctx->cfg == NULL)
		return cli_report(NULL, error);
	mp_log_setup(NULL, 0, ctx->cfg->log_level);
	return MP_OK;
}

mp_store *cli_open_store(cli_context *ctx, gboolean write, int *status)
{
	if ((*status = cli_load_config(ctx)) != MP_OK)
		return NULL;
	GError *error = NULL;
	const char *path = ctx->db_path ? ctx->db_path : ctx->cfg->database;
	mp_store *st = mp_store_open(path, write ? MP_STORE_CREATE : MP_STORE_READONLY, &error);
	if (st == NULL)
		*status = cli_report(NULL, error);
	return st;
}

gboolean cli_parse_date(const char *s, gboolean end_of_day, gint64 *out)
{
	int y, m, d;
	char tail;
	if (strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3) {
		if (!g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
			return FALSE;
		GDateTime *dt = g_date_time_new_utc(y, m, d, 0, 0, 0);
		if (dt == NULL)
			return FALSE;
		*out = g_date_time_to_unix(dt) + (end_of_day ? 24 * 3600 : 0);
		g_date_time_unref(dt);
		return TRUE;
	}
	GTimeZone *utc = g_time_zone_new_utc();
	GDateTime *dt = g_date_time_new_from_iso8601(s, utc);
	g_time_zone_unref(utc);
	if (dt == NULL)
		return FALSE;
	*out = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return TRUE;
}

gboolean cli_account_known(mp_store *st, const char *command, const char *account)
{
	if (account == NULL || mp_store_account_exists(st, account))
		return TRUE;
	fprintf(stderr, "mailpulse: %s: no account named \"%s\" (see `mailpulse accounts list`)\n",
	        command, account);
	return FALSE;
}

gboolean cli_query_date(mp_query *q, int opt, const char *arg)
{
	return opt == 's' ? cli_parse_date(arg, FALSE, &q->since) : cli_parse_date(arg, TRUE, &q->until);
}

int cli_list(cli_context *ctx, const char *command, mp_query *q, cli_query_fn query,
             gboolean json, cli_print_fn print)
{
	int status;
	mp_store *st = cli_open_store(ctx, FALSE, &status);
	if (st == NULL)
		return status;
	if (q->silent_days == 0)
		q->silent_days = ctx->cfg->silent_days;
	GError *error = NULL;
	json_t *rows = NULL;
	if (!cli_account_known(st, command, q->account))
		status = MP_ERR_PARTIAL;
	else if ((rows = query(st, q, &error)) == NULL)
		status = cli_report(command, error);
	else if (json)
		cli_print_json(rows);
	else
		print(rows);
	json_decref(rows);
	mp_store_close(st);
	return status;
}

mp_ruleset *cli_load_rules(cli_context *ctx, const char *command, int *status)
{
	*status = MP_OK;
	GError *error = NULL;
	mp_ruleset *rules = mp_rules_load(ctx->cfg->rules_dir, ctx->cfg->competitors, &error);
	if (rules != NULL && !mp_rules_use_model(rules, ctx->cfg->model_path, &error)) {
		/* the rules are there but the model is not: a broken install */
		fprintf(stderr, "mailpulse: %s: %s\n", command, error->message);
		*status = mp_status_exit_code(error);
		g_error_free(error);
		mp_rules_free(rules);
		return NULL;
	}
	if (rules != NULL)
		return rules;
	if (g_error_matches(error, MP_ERROR, MP_ERR_NOINPUT)) {
		/* No rule files: everything else still works. */
		fprintf(stderr, "mailpulse: %s: no phrase rules: %s\n", command, error->message);
		g_error_free(error);
		return NULL;
	}
	fprintf(stderr, "mailpulse: %s: the phrase rules have errors (see `mailpulse rules check`):\n%s\n",
	        command, error->message);
	*status = mp_status_exit_code(error);
	g_error_free(error);
	return NULL;
}
