/*
 * cli.h - what every `mailpulse` command shares.
 *
 * The command table lives in mailpulse.c; each command is one file
 * (cmd_<name>.c) exporting one function that takes the parsed global
 * options and its own argv (argv[0] is the command name) and returns the
 * process exit status (see status.h and docs/mailpulse.1).
 */
#ifndef MP_CLI_H
#define MP_CLI_H

#include <glib.h>
#include <jansson.h>
#include <gmime/gmime.h>
#include "config.h"
#include "rules.h"
#include "store.h"

typedef struct cli_context {
	const char *config_path; /* -c, or NULL for the default file */
	const char *db_path;     /* -d, overrides Database */
	gint64 as_of;            /* --as-of, unix time, 0 = now */
	mp_config *cfg;          /* loaded by cli_load_config() */
} cli_context;

typedef int (*cli_command_fn)(cli_context *ctx, int argc, char **argv);

typedef struct cli_command {
	const char *name;
	cli_command_fn run;
	const char *summary; /* one line for `mailpulse help` */
	const char *usage;   /* full help for `mailpulse help NAME` */
} cli_command;

/* cli_find_command - table entry by name, or NULL */
const cli_command *cli_find_command(const char *name);
/* cli_commands - the table, NULL-terminated by name */
const cli_command *cli_commands(void);

/* cli_load_config - load ctx->cfg once; prints the error and returns its
 * exit status (0 on success) */
int cli_load_config(cli_context *ctx);

/* cli_open_store - open the database (readonly or create); prints the error
 * and returns NULL with *status set */
mp_store *cli_open_store(cli_context *ctx, gboolean write, int *status);

/* cli_account_known - TRUE for NULL or an existing account name; else
 * prints "no account named ..." for command and returns FALSE */
gboolean cli_account_known(mp_store *st, const char *command, const char *account);

/* cli_query_date - --since (opt 's', inclusive) or --until (opt 'u': a
 * bare date includes that day) into q; FALSE for a bad date */
gboolean cli_query_date(mp_query *q, int opt, const char *arg);

typedef json_t *(*cli_query_fn)(mp_store *st, const mp_query *q, GError **error);
typedef void (*cli_print_fn)(json_t *rows);

/* cli_list - a listing command's body: open the database read-only, check
 * q->account, run query, print the rows as JSON or with print; returns
 * the exit status */
int cli_list(cli_context *ctx, const char *command, mp_query *q, cli_query_fn query,
             gboolean json, cli_print_fn print);
/* cli_load_rules - the phrase rules of RulesDir (ctx->cfg loaded).  NULL
 * with a warning when there is no rule file (status MP_OK: run without
 * phrase rules); NULL with every error printed and *status set (78) when a
 * rule file is broken */
mp_ruleset *cli_load_rules(cli_context *ctx, const char *command, int *status);

/* cli_report - print "mailpulse: CMD: message" for error, return exit code */
int cli_report(const char *command, GError *error);

/* cli_usage_error - print a usage error with the command's synopsis (64) */
int cli_usage_error(const char *command, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

/* cli_parse_date - "YYYY-MM-DD" or ISO 8601 to unix time (UTC); with
 * end_of_day, a bare date means the end of that day (exclusive bound) */
gboolean cli_parse_date(const char *s, gboolean end_of_day, gint64 *out);

/* cli_wants_help - argv holds -h or --help */
gboolean cli_wants_help(int argc, char **argv);
/* cli_print_help - the usage text of a command to stdout, exit status 0 */
int cli_print_help(const char *command);

/* erase.c: the transaction, scrub and report of forget and purge */
typedef struct cli_erase {
	const char *command;  /* "forget", "purge" */
	const char *what;     /* the report's headline: whom or what */
	gboolean dry_run;     /* count, then roll back */
	gboolean vacuum;      /* scrub with VACUUM (forget), else merge (purge) */
	gboolean json;
	/* the erasure, inside the transaction: {table: {deleted, changed}} or
	 * NULL with error */
	json_t *(*run)(mp_store *st, const mp_config *cfg, gboolean dry_run, void *data,
	               GError **error);
	void *data;
} cli_erase;

/* cli_run_erase - run e; returns the exit status */
int cli_run_erase(cli_context *ctx, const cli_erase *e);

/* delivery.c: what `digest` and `report` share */
typedef enum {
	CLI_OUT_STDOUT,  /* print the message (the default) */
	CLI_OUT_MAILDIR, /* deliver into a Maildir */
	CLI_OUT_SEND,    /* submit by DigestTransport */
} cli_out_mode;

/* cli_read_model - a model file (a JSON object, or an array of them, which
 * is what --json prints); NULL after printing the error with *status set */
json_t *cli_read_model(const char *command, const char *path, int *status);
/* cli_model_list - the models in a file's JSON as a new array of objects
 * (an object alone becomes a one-element array) */
json_t *cli_model_list(json_t *doc);

/* cli_emit_message - print, file or send one message; prints errors and
 * returns the exit status */
int cli_emit_message(const char *command, GMimeMessage *msg, cli_out_mode mode,
                     const char *maildir, const mp_config *cfg);

/* ingest_imap.c: `ingest imaps://...` (options of cmd_ingest) */
enum {
	CLI_OPT_ALL_FOLDERS = 1000, CLI_OPT_PASSWORD_FILE, CLI_OPT_PASSWORD_ENV,
	CLI_OPT_TOKEN_FILE, CLI_OPT_TOKEN_COMMAND, CLI_OPT_CA_FILE, CLI_OPT_RATE,
};
#define CLI_IMAP_OPTIONS \
	{ "all-folders", no_argument, NULL, CLI_OPT_ALL_FOLDERS }, \
	{ "password-file", required_argument, NULL, CLI_OPT_PASSWORD_FILE }, \
	{ "password-env", required_argument, NULL, CLI_OPT_PASSWORD_ENV }, \
	{ "token-file", required_argument, NULL, CLI_OPT_TOKEN_FILE }, \
	{ "token-command", required_argument, NULL, CLI_OPT_TOKEN_COMMAND }, \
	{ "ca-file", required_argument, NULL, CLI_OPT_CA_FILE }, \
	{ "rate", required_argument, NULL, CLI_OPT_RATE }
typedef struct cli_imap_args {
	gboolean all_folders;
	const char *password_file, *password_env, *token_file, *token_command, *ca_file;
	gboolean rate_set;        /* --rate given: bytes_per_day overrides ImapBytesPerDay */
	guint64 bytes_per_day;    /* 0: unlimited */
} cli_imap_args;
/* cli_imap_option - take one of CLI_IMAP_OPTIONS; FALSE for another
 * option or a bad --rate (SIZE[k|m|g] a day, or "unlimited") */
gboolean cli_imap_option(cli_imap_args *args, int opt, const char *arg);
struct mp_pipeline;
/* cli_ingest_imap - every new message of url's folder(s) through
 * pipeline (st is its store); *seen counts the messages fetched; prints
 * its errors and returns the exit status */
int cli_ingest_imap(cli_context *ctx, struct mp_pipeline *pipeline, mp_store *st, const char *url,
                    const cli_imap_args *args, gboolean progress, guint64 *seen);

/* hosted.c: what inspect and status show of hosted mail */
struct mp_journal;
/* cli_journal_json - a journal report's facts: kind, report_id, reporter,
 * sender, direction, recipients [{address, field, expanded, forwarded}] */
json_t *cli_journal_json(const struct mp_journal *j);
/* cli_print_journal - those facts for a terminal (nothing for NULL) */
void cli_print_journal(json_t *journal);
/* cli_print_journal_status - status's journal line (nothing for NULL) */
void cli_print_journal_status(json_t *summary);

/* output.c: one output interface for text and JSON */
typedef struct cli_column {
	const char *key;    /* field of the row object */
	const char *header; /* column title */
	int max_width;      /* longer values are cut with "..."; 0 = no limit;
	                       CLI_DATE: an ISO 8601 time shown as its date */
} cli_column;

#define CLI_DATE (-1)

/* cli_print_json - rows as indented JSON on stdout */
void cli_print_json(json_t *rows);
/* cli_print_table - rows as an aligned text table on stdout */
void cli_print_table(json_t *rows, const cli_column *cols, guint n_cols);
/* cli_display_text - s as valid UTF-8 with every character a terminal
 * would obey or that would disguise the text (mp_char_unsafe: controls,
 * U+202E and the other bidirectional controls) shown as '?' (caller frees) */
char *cli_display_text(const char *s);

/* cli_value_text - a JSON value as display text (caller frees) */
char *cli_value_text(json_t *v);

#endif
