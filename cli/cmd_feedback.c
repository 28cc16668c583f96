/*
 * cmd_feedback.c - `mailpulse feedback`: an Account Manager's verdict on a
 * digest item, as mailed back through the Useful/Wrong links; `mailpulse
 * feedback --list [--json]`: the verdicts.
 *
 * Reading a verdict is what Postfix's pipe(8) runs for mail to
 * FeedbackAddress, as the mailpulse user (admin guide): one message on
 * standard input, the envelope sender with --sender.  It never replies to
 * anyone and prints nothing; each message gets one log line, its outcome
 * first (syslog, mail facility, when Syslog is on and standard error is
 * not a terminal; else standard error, which pipe(8) puts into Postfix's
 * log line of the delivery, cut to its first hundred characters or so).  The
 * exit status is what Postfix acts on:
 *	0   the verdict was recorded, or the message was refused on purpose
 *	    (not verifiable: automated mail, no code, a tag that does not
 *	    match the sender ...): refused mail must not bounce, since its
 *	    sender may be forged;
 *	75  anything else (the database busy or unwritable, a broken
 *	    configuration): the message stays in Postfix's queue and is
 *	    tried again, so no verdict is lost while an admin fixes it.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "feedback.h"
#include "log.h"
#include "status.h"

/* read_stdin - up to MP_FEEDBACK_MAX_REPLY bytes of standard input; the
 * rest is read and dropped, so the MTA's writer never sees a broken pipe */
static GByteArray *read_stdin(void)
{
	GByteArray *data = g_byte_array_new();
	guint8 buf[65536];
	ssize_t n;
	while ((n = read(STDIN_FILENO, buf, sizeof buf)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		if (data->len < MP_FEEDBACK_MAX_REPLY)
			g_byte_array_append(data, buf, (guint)MIN((gsize)n, MP_FEEDBACK_MAX_REPLY - data->len));
	}
	return data;
}

/* list_verdicts - every verdict, newest first */
static int list_verdicts(cli_context *ctx, gboolean json)
{
	static const cli_column cols[] = {
		{ "judged_at", "JUDGED", CLI_DATE }, { "verdict", "VERDICT", 0 },
		{ "am", "AM", 32 }, { "account", "ACCOUNT", 24 }, { "kind", "KIND", 26 },
		{ "item", "ITEM", 0 },
	};
	int status;
	mp_store *st = cli_open_store(ctx, FALSE, &status);
	if (st == NULL)
		return status;
	GError *error = NULL;
	json_t *rows = mp_store_feedback_list(st, &error);
	if (rows == NULL)
		status = cli_report("feedback", error);
	else if (json)
		cli_print_json(rows);
	else if (json_array_size(rows) == 0)
		printf("no verdict yet\n");
	else
		cli_print_table(rows, cols, G_N_ELEMENTS(cols));
	json_decref(rows);
	mp_store_close(st);
	return status;
}

/* deferred - log why a reply could not be dealt with now; EX_TEMPFAIL */
static int deferred(const char *why, GError *error)
{
	mp_error("feedback: not recorded, to be retried: %s%s%s", why, error ? ": " : "",
	         error ? error->message : "");
	g_clear_error(&error);
	return MP_ERR_TEMPFAIL;
}

/* read_verdict - one reply on standard input: check, record, log */
static int read_verdict(cli_context *ctx, const char *sender)
{
	GByteArray *data = read_stdin();
	GError *error = NULL;
	ctx->cfg = mp_config_load(ctx->config_path, &error);
	if (ctx->cfg == NULL) {
		g_byte_array_unref(data);
		return deferred("the configuration", error);
	}
	mp_log_setup(NULL, ctx->cfg->syslog && !isatty(STDERR_FILENO), ctx->cfg->log_level);
	mp_feedback_reply *r = mp_feedback_read_reply((const char *)data->data, data->len, sender);
	g_byte_array_unref(data);
	const char *from = r->from ? r->from : "?";
	const char *msgid = r->message_id ? r->message_id : "none";
	if (r->refusal) {
		mp_warning("feedback: refused: %s; from %s, Message-ID %s", r->refusal, from, msgid);
		mp_feedback_reply_free(r);
		return MP_OK;
	}
	const char *path = ctx->db_path ? ctx->db_path : ctx->cfg->database;
	mp_store *st = mp_store_open(path, MP_STORE_CREATE, &error);
	const char *refusal = NULL;
	char *alert = NULL;
	gint64 now = ctx->as_of ? ctx->as_of : g_get_real_time() / G_USEC_PER_SEC;
	int status = MP_OK;
	if (st == NULL || !mp_store_feedback_record(st, r, now, &refusal, &alert, &error))
		status = deferred("the database", error);
	else if (refusal)
		mp_warning("feedback: refused: %s; from %s, item %s, Message-ID %s", refusal, from,
		           r->item, msgid);
	else
		mp_notice("feedback: recorded %s on item %s from %s, Message-ID %s",
		          mp_verdict_name(r->verdict), r->item, from, msgid);
	g_free(alert);
	mp_store_close(st);
	mp_feedback_reply_free(r);
	return status;
}

int cmd_feedback(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "sender", required_argument, NULL, 's' },
		{ "list", no_argument, NULL, 'l' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	const char *sender = NULL;
	gboolean list = FALSE, json = FALSE;
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (opt) {
		case 's': sender = optarg; break;
		case 'l': list = TRUE; break;
		case 'j': json = TRUE; break;
		default: return cli_usage_error("feedback", "bad option");
		}
	}
	if (optind < argc)
		return cli_usage_error("feedback", "unexpected argument \"%s\"", argv[optind]);
	if (list || json)
		return json && !list ? cli_usage_error("feedback", "--json goes with --list")
		                     : list_verdicts(ctx, json);
	return read_verdict(ctx, sender);
}
