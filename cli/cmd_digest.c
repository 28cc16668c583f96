/*
 * cmd_digest.c - `mailpulse digest`: each Account Manager's daily email.
 *
 * One model per AM (analysis: mp_analyze_digest_model, or a file given
 * with --model), one multipart/alternative message per model (deliver.h),
 * printed (the default), delivered into a Maildir, or sent.  Sending is
 * idempotent per AM and day: a digest recorded as sent for that day is not
 * sent again (--force sends anyway), and nothing is sent on a day with
 * nothing new unless DigestWhenEmpty says so.  With FeedbackAddress set,
 * every computed model carries the tokens of its Useful/Wrong links
 * (feedback.h); a --model file is rendered as it is.  Notes about what was or
 * was not sent go to stderr, so --stdout output stays one clean message.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include "analyze.h"
#include "cli.h"
#include "deliver.h"
#include "feedback.h"
#include "status.h"

typedef struct digest_opts {
	const char *am;      /* --am, or NULL: every AM */
	const char *model;   /* --model FILE.json */
	const char *maildir; /* --maildir DIR */
	cli_out_mode mode;
	gboolean force, json;
} digest_opts;

/* model_am - the model's AM as printable text ("?" when unusable) */
static const char *model_am(json_t *model)
{
	const char *am = json_string_value(json_object_get(model, "am"));
	return mp_deliver_address_ok(am) ? am : "?";
}

/* model_day - the model's as_of ("?" when missing) */
static const char *model_day(json_t *model)
{
	const char *day = json_string_value(json_object_get(model, "as_of"));
	return day ? day : "?";
}

/* already_sent - in send mode, TRUE (with a note) when today's digest for
 * this AM is on record; errors set *status */
static gboolean already_sent(mp_store *st, json_t *model, int *status)
{
	const char *day = model_day(model);
	gboolean sent = FALSE;
	GError *error = NULL;
	if (!mp_store_digest_sent(st, model_am(model), day, &sent, &error)) {
		*status = cli_report("digest", error);
		return TRUE;
	}
	if (sent)
		fprintf(stderr, "mailpulse: digest: %s: already sent for %s (--force sends again)\n",
		        model_am(model), day);
	return sent;
}

/* record - note a sent digest; a failure is reported (the mail is gone) */
static int record(mp_store *st, json_t *model, GMimeMessage *msg, const mp_config *cfg)
{
	GError *error = NULL;
	gint64 items = (gint64)json_number_value(json_object_get(model, "new_items"));
	if (!mp_store_record_digest(st, model_am(model), model_day(model),
	                            g_mime_message_get_message_id(msg), cfg->digest_transport, items,
	                            &error))
		return cli_report("digest (sent, but not recorded: a second run may send it again)",
		                  error);
	/* Without --model the alerts it carried are no longer new tomorrow. */
	if (json_object_get(model, "accounts") && !mp_analyze_mark_sent(st, model, &error))
		return cli_report("digest (sent, but its alerts not marked as sent)", error);
	fprintf(stderr, "mailpulse: digest: %s: sent for %s (%" G_GINT64_FORMAT " new item%s)\n",
	        model_am(model), model_day(model), items, items == 1 ? "" : "s");
	return MP_OK;
}

/* digest_one - build and emit one AM's digest */
static int digest_one(mp_store *st, json_t *model, const digest_opts *o, const mp_config *cfg,
                      gboolean mbox_separator)
{
	json_t *items = json_object_get(model, "new_items");
	if (json_number_value(items) < 1 && !cfg->digest_when_empty) {
		fprintf(stderr, "mailpulse: digest: %s: nothing new for %s, nothing sent\n",
		        model_am(model), model_day(model));
		return MP_OK;
	}
	int status = MP_OK;
	if (o->mode == CLI_OUT_SEND && !o->force && already_sent(st, model, &status))
		return status;
	GError *error = NULL;
	GMimeMessage *msg = mp_deliver_digest_message(model, cfg, &error);
	if (msg == NULL)
		return cli_report("digest", error);
	if (mbox_separator)
		printf("From mailpulse %s\n", model_day(model));
	status = cli_emit_message("digest", msg, o->mode, o->maildir, cfg);
	if (status == MP_OK && o->mode == CLI_OUT_SEND)
		status = record(st, model, msg, cfg);
	g_object_unref(msg);
	return status;
}

/* models_from_file - --model FILE, only --am's model when given */
static json_t *models_from_file(const digest_opts *o, int *status)
{
	json_t *doc = cli_read_model("digest", o->model, status);
	if (doc == NULL)
		return NULL;
	json_t *all = cli_model_list(doc), *models = json_array();
	json_decref(doc);
	size_t i;
	json_t *m;
	json_array_foreach(all, i, m) {
		const char *am = json_string_value(json_object_get(m, "am"));
		if (o->am == NULL || (am && g_ascii_strcasecmp(am, o->am) == 0))
			json_array_append(models, m);
	}
	json_decref(all);
	if (json_array_size(models) == 0 && o->am) {
		json_decref(models);
		*status = cli_report("digest", g_error_new(MP_ERROR, MP_ERR_DATA,
		                                           "%s: no model for %s", o->model, o->am));
		return NULL;
	}
	return models;
}

/* models_from_store - one model per AM (--am, or every account owner),
 * computed by analysis as of --as-of; NULL with *status on error */
static json_t *models_from_store(mp_store *st, const digest_opts *o, cli_context *ctx,
                                 int *status)
{
	GError *error = NULL;
	json_t *owners = o->am ? json_pack("[s]", o->am) : mp_store_digest_owners(st, &error);
	if (owners == NULL) {
		*status = cli_report("digest", error);
		return NULL;
	}
	json_t *models = json_array();
	size_t i;
	json_t *am;
	json_array_foreach(owners, i, am) {
		json_t *model = mp_analyze_digest_model(st, ctx->cfg, json_string_value(am),
		                                        ctx->as_of, &error);
		/* the Useful/Wrong links of each item, when FeedbackAddress is set */
		if (model && !mp_feedback_annotate(st, ctx->cfg, model, &error)) {
			json_decref(model);
			model = NULL;
		}
		if (model == NULL) {
			*status = cli_report("digest", error);
			json_decref(models);
			models = NULL;
			break;
		}
		json_array_append_new(models, model);
	}
	json_decref(owners);
	return models;
}

/* parse_options - fill o from argv; a usage status or MP_OK */
static int parse_options(cli_context *ctx, int argc, char **argv, digest_opts *o)
{
	static const struct option options[] = {
		{ "am", required_argument, NULL, 'a' },
		{ "as-of", required_argument, NULL, 'o' },
		{ "stdout", no_argument, NULL, 's' },
		{ "maildir", required_argument, NULL, 'm' },
		{ "send", no_argument, NULL, 'S' },
		{ "force", no_argument, NULL, 'f' },
		{ "json", no_argument, NULL, 'j' },
		{ "model", required_argument, NULL, 'M' },
		{ NULL, 0, NULL, 0 },
	};
	int opt, modes = 0;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (opt) {
		case 'a': o->am = optarg; break;
		case 'o':
			if (!cli_parse_date(optarg, FALSE, &ctx->as_of))
				return cli_usage_error("digest", "--as-of: expected YYYY-MM-DD");
			break;
		case 's': o->mode = CLI_OUT_STDOUT, modes++; break;
		case 'm': o->mode = CLI_OUT_MAILDIR, o->maildir = optarg, modes++; break;
		case 'S': o->mode = CLI_OUT_SEND, modes++; break;
		case 'f': o->force = TRUE; break;
		case 'j': o->json = TRUE; break;
		case 'M': o->model = optarg; break;
		default: return cli_usage_error("digest", "bad option");
		}
	}
	if (optind < argc)
		return cli_usage_error("digest", "unexpected argument \"%s\"", argv[optind]);
	if (modes > 1)
		return cli_usage_error("digest", "--stdout, --maildir and --send exclude each other");
	return MP_OK;
}

int cmd_digest(cli_context *ctx, int argc, char **argv)
{
	digest_opts o = { .mode = CLI_OUT_STDOUT };
	int status = parse_options(ctx, argc, argv, &o);
	if (status != MP_OK || (status = cli_load_config(ctx)) != MP_OK)
		return status;
	/* The database: sending records what was sent and the day's snapshot
	 * (computing a model snapshots a day that has none); a --model file
	 * needs it only to record a send.  Anything else is a preview, which
	 * opens it read-only: a member of the database's group may run it,
	 * and root running it writes nothing (the day is computed in memory). */
	mp_store *st = NULL;
	gboolean send = o.mode == CLI_OUT_SEND && !o.json;
	if ((o.model == NULL || send) && (st = cli_open_store(ctx, send, &status)) == NULL)
		return status;
	json_t *models = o.model ? models_from_file(&o, &status)
	                         : models_from_store(st, &o, ctx, &status);
	if (models != NULL && o.json) {
		cli_print_json(models);
	} else if (models != NULL) {
		size_t i;
		json_t *m;
		gboolean mbox = o.mode == CLI_OUT_STDOUT && json_array_size(models) > 1;
		json_array_foreach(models, i, m) {
			int one = digest_one(st, m, &o, ctx->cfg, mbox);
			if (status == MP_OK)
				status = one;
		}
	}
	json_decref(models);
	mp_store_close(st);
	return status;
}
