/*
 * cmd_report.c - `mailpulse report`: the portfolio view for the head of
 * the Account Manager team, printed or mailed.
 *
 * The model comes from analysis (mp_analyze_portfolio_model) or, as a
 * testing and debugging aid, from --model FILE.json; the message is built
 * like the digest (deliver.h).  A computed model gains the precision of
 * each alert kind as the Account Managers judged it (feedback.h).  --send
 * mails it to the addresses given (comma-separated) or, with no address,
 * to ReportRecipients.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include "analyze.h"
#include "cli.h"
#include "deliver.h"
#include "feedback.h"
#include "status.h"

typedef struct report_opts {
	const char *model;
	const char *send_to; /* --send's argument, or NULL */
	cli_out_mode mode;
	gboolean json;
} report_opts;

/* recipients - --send's addresses, else ReportRecipients (new array) */
static GPtrArray *recipients(const report_opts *o, const mp_config *cfg)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	if (o->send_to) {
		char **list = g_strsplit_set(o->send_to, ", ", -1);
		for (char **p = list; *p; p++)
			if (**p)
				g_ptr_array_add(out, g_strdup(*p));
		g_strfreev(list);
	} else {
		for (guint i = 0; cfg->report_recipients && i < cfg->report_recipients->len; i++)
			g_ptr_array_add(out, g_strdup(cfg->report_recipients->pdata[i]));
	}
	return out;
}

/* parse_options - fill o from argv; --send takes an optional address list
 * as its own word (`--send a@x,b@y`), not only `--send=...` */
static int parse_options(cli_context *ctx, int argc, char **argv, report_opts *o)
{
	static const struct option options[] = {
		{ "send", optional_argument, NULL, 'S' },
		{ "as-of", required_argument, NULL, 'o' },
		{ "stdout", no_argument, NULL, 's' },
		{ "json", no_argument, NULL, 'j' },
		{ "model", required_argument, NULL, 'M' },
		{ NULL, 0, NULL, 0 },
	};
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (opt) {
		case 'S':
			o->mode = CLI_OUT_SEND;
			o->send_to = optarg;
			if (optarg == NULL && optind < argc && argv[optind][0] != '-')
				o->send_to = argv[optind++];
			break;
		case 'o':
			if (!cli_parse_date(optarg, FALSE, &ctx->as_of))
				return cli_usage_error("report", "--as-of: expected YYYY-MM-DD");
			break;
		case 's': o->mode = CLI_OUT_STDOUT; break;
		case 'j': o->json = TRUE; break;
		case 'M': o->model = optarg; break;
		default: return cli_usage_error("report", "bad option");
		}
	}
	if (optind < argc)
		return cli_usage_error("report", "unexpected argument \"%s\"", argv[optind]);
	return MP_OK;
}

/* add_precision - the AMs' verdicts per alert kind (`mailpulse feedback`)
 * on the alerts raised by the model's day, as "alert_precision" */
static gboolean add_precision(mp_store *st, json_t *model, GError **error)
{
	const char *day = json_string_value(json_object_get(model, "as_of"));
	json_t *rows = day ? mp_store_feedback_precision(st, day, error) : json_array();
	if (rows == NULL)
		return FALSE;
	json_object_set_new(model, "alert_precision", rows);
	return TRUE;
}

/* emit - build the report for the recipients and print or send it */
static int emit(json_t *model, const report_opts *o, const mp_config *cfg)
{
	GPtrArray *to = recipients(o, cfg);
	int status = MP_OK;
	if (to->len == 0 && o->mode == CLI_OUT_SEND) {
		status = cli_usage_error("report", "no recipient: --send ADDRESS, or set ReportRecipients");
	} else {
		if (to->len == 0) /* printing only: a placeholder the reader will see */
			g_ptr_array_add(to, g_strdup("head-of-accounts@invalid"));
		GError *error = NULL;
		GMimeMessage *msg = mp_deliver_report_message(model, cfg, to, &error);
		if (msg == NULL)
			status = cli_report("report", error);
		else
			status = cli_emit_message("report", msg, o->mode, NULL, cfg);
		if (msg && status == MP_OK && o->mode == CLI_OUT_SEND)
			fprintf(stderr, "mailpulse: report: sent to %u recipient%s\n", to->len,
			        to->len == 1 ? "" : "s");
		if (msg)
			g_object_unref(msg);
	}
	g_ptr_array_unref(to);
	return status;
}

int cmd_report(cli_context *ctx, int argc, char **argv)
{
	report_opts o = { .mode = CLI_OUT_STDOUT };
	int status = parse_options(ctx, argc, argv, &o);
	if (status != MP_OK || (status = cli_load_config(ctx)) != MP_OK)
		return status;
	json_t *doc;
	if (o.model == NULL) {
		/* --send stores the day's snapshot if missing, like the digest;
		 * printing is a preview: read-only, the day computed in memory */
		gboolean send = o.mode == CLI_OUT_SEND && !o.json;
		mp_store *st = cli_open_store(ctx, send, &status);
		if (st == NULL)
			return status;
		GError *error = NULL;
		doc = mp_analyze_portfolio_model(st, ctx->cfg, ctx->as_of, &error);
		if (doc && !add_precision(st, doc, &error)) {
			json_decref(doc);
			doc = NULL;
		}
		mp_store_close(st);
		if (doc == NULL)
			return cli_report("report", error);
	} else if ((doc = cli_read_model("report", o.model, &status)) == NULL) {
		return status;
	}
	json_t *models = cli_model_list(doc);
	json_t *model = json_array_get(models, 0);
	if (o.json)
		cli_print_json(models);
	else if (model == NULL)
		status = cli_report("report", g_error_new(MP_ERROR, MP_ERR_DATA, "%s: no model",
		                                          o.model ? o.model : "analysis"));
	else
		status = emit(model, &o, ctx->cfg);
	json_decref(models);
	json_decref(doc);
	return status;
}
