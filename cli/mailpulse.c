/*
 * mailpulse.c - the `mailpulse` command: global options and command table.
 *
 * SYNOPSIS
 *	mailpulse [-c CONF] [-d DB] [--as-of DATE] COMMAND [ARGS...]
 *
 * Global options come before the command; everything after it belongs to
 * the command (one file per command, cmd_<name>.c).  `mailpulse help
 * COMMAND` and `mailpulse COMMAND --help` print the same text.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "cli.h"
#include "log.h"
#include "parse.h"
#include "status.h"

#ifndef MAILPULSE_VERSION
#error "MAILPULSE_VERSION comes from the Makefile (packaging/debian/changelog)"
#endif

int cmd_accounts(cli_context *ctx, int argc, char **argv);
int cmd_contacts(cli_context *ctx, int argc, char **argv);
int cmd_ingest(cli_context *ctx, int argc, char **argv);
int cmd_search(cli_context *ctx, int argc, char **argv);
int cmd_config(cli_context *ctx, int argc, char **argv);
int cmd_status(cli_context *ctx, int argc, char **argv);
int cmd_inspect(cli_context *ctx, int argc, char **argv);
int cmd_forget(cli_context *ctx, int argc, char **argv);
int cmd_purge(cli_context *ctx, int argc, char **argv);
int cmd_account(cli_context *ctx, int argc, char **argv);
int cmd_snapshot(cli_context *ctx, int argc, char **argv);
int cmd_snooze(cli_context *ctx, int argc, char **argv);
int cmd_signals(cli_context *ctx, int argc, char **argv);
int cmd_latency(cli_context *ctx, int argc, char **argv);
int cmd_rules(cli_context *ctx, int argc, char **argv);
int cmd_digest(cli_context *ctx, int argc, char **argv);
int cmd_report(cli_context *ctx, int argc, char **argv);
int cmd_feedback(cli_context *ctx, int argc, char **argv);
int cmd_help(cli_context *ctx, int argc, char **argv);

static const cli_command commands[] = {
	{ "accounts", cmd_accounts, "import the CRM's accounts CSV, list accounts",
	  "usage: mailpulse accounts import FILE.csv\n"
	  "       mailpulse accounts list [--json]\n"
	  "\n"
	  "import  reads a CSV with the header\n"
	  "          account,domains,owner,arr,renewal_date,segment\n"
	  "        (domains separated by ';', owner the AM's address, renewal_date\n"
	  "        YYYY-MM-DD, segment enterprise|mid|smb). Every row is checked first:\n"
	  "        one bad row is reported as FILE:LINE and nothing is imported.\n"
	  "        Importing again updates accounts by name.\n"
	  "list    every account with its domains, owner, ARR, renewal date, and the\n"
	  "        number of messages and contacts stored for it.\n" },
	{ "contacts", cmd_contacts, "list the people mailpulse has seen",
	  "usage: mailpulse contacts [--account NAME] [--all] [--history] [--json]\n"
	  "\n"
	  "Customer contacts with name, title (from their signature), account,\n"
	  "status as of --as-of, first and last seen. Status: active; silent (no\n"
	  "message from them for SilentDays, default 45); left (an auto-reply said\n"
	  "so, or their mailbox bounced as gone); replaced by ADDRESS (the\n"
	  "successor the departure named).\n"
	  "--account NAME  only that account's contacts\n"
	  "--all           include the company's own people\n"
	  "--history       every title each contact has had, with dates\n" },
	{ "signals", cmd_signals, "what the mail says: expansion, churn risk, departures ...",
	  "usage: mailpulse signals [--account NAME] [--category C] [--since DATE]\n"
	  "                         [--until DATE] [--unattached] [--json]\n"
	  "\n"
	  "Every signal with its evidence, oldest first: phrase-rule hits\n"
	  "(categories expansion, advocacy, churn_risk, competitor, pricing,\n"
	  "escalation, commitment, renewal ...) with the sentence that raised them,\n"
	  "and contact events (category contact: new_stakeholder, title_change,\n"
	  "departed, replaced_by, bounced). DATE is YYYY-MM-DD; --until includes\n"
	  "that whole day. Only the signals of accounts are listed; --unattached\n"
	  "adds those of mail from parties that are no account (yet).\n" },
	{ "latency", cmd_latency, "how fast the customer and we reply, per 30 days",
	  "usage: mailpulse latency [--account NAME] [--since DATE] [--json]\n"
	  "\n"
	  "Per account and 30-day period (counted back from --as-of), the median\n"
	  "time the customer took to answer us and we took to answer them, with\n"
	  "the number of replies. Only human replies across the company boundary\n"
	  "count, measured from the message they answer; auto-replies, bounces\n"
	  "and forwards never do.\n" },
	{ "ingest", cmd_ingest, "store an existing archive (Maildir, mbox, .eml, IMAP)",
	  "usage: mailpulse ingest [-v] [--batch N] PATH...\n"
	  "\n"
	  "Reads every message under each PATH (recursively: Maildir cur/ and new/,\n"
	  "mbox files, single message files) through the pipeline into the\n"
	  "database. Ingesting the same mail again stores nothing twice. A file\n"
	  "that cannot be read or parsed is reported and skipped. On a terminal a\n"
	  "progress line shows count, rate and ETA; a summary line ends the run.\n"
	  "-v         report every skipped message and why\n"
	  "--batch N  messages per transaction (default 500)\n"
	  "\n"
	  "A PATH imaps://USER@HOST[:PORT]/FOLDER (or imap:// with STARTTLS) reads\n"
	  "a mailbox over IMAP, resuming where the last run stopped:\n"
	  "--all-folders          every folder (not Trash or Junk; Gmail: All Mail)\n"
	  "--password-file FILE   the password is the file's first line\n"
	  "--password-env VAR     ... or in $VAR (default MAILPULSE_IMAP_PASSWORD)\n"
	  "--token-file FILE      an OAuth 2 access token (XOAUTH2: Microsoft 365,\n"
	  "--token-command CMD    Gmail), or the first line CMD prints\n"
	  "--ca-file FILE         CA certificates to trust (PEM)\n"
	  "--rate SIZE|unlimited  bytes a day at most (default ImapBytesPerDay)\n" },
	{ "search", cmd_search, "full-text search of the archive",
	  "usage: mailpulse search [--account NAME] [--since DATE] [--until DATE]\n"
	  "                        [--limit N] [--json] QUERY...\n"
	  "\n"
	  "Searches subjects and texts (SQLite FTS5: words, \"exact phrases\", OR,\n"
	  "NOT, prefix*), best matches first (BM25, subject weighted 5x), each with\n"
	  "a snippet in which the matches are highlighted. DATE is YYYY-MM-DD;\n"
	  "--until includes that whole day.\n" },
	{ "status", cmd_status, "is live capture working: spool, worker, today's captures",
	  "usage: mailpulse status [--json]\n"
	  "\n"
	  "Spool depth (captures waiting in SpoolDir/new, set aside in quarantine,\n"
	  "unfinished in tmp), the pipeline worker's state (idle, draining, backoff\n"
	  "and why; whether its process is alive) and last commit, and how many\n"
	  "messages were captured live and stored today. Exit status 1 when the\n"
	  "worker is not running or backing off, or quarantine is not empty.\n" },
	{ "inspect", cmd_inspect, "what the pipeline makes of one message (nothing stored)",
	  "usage: mailpulse inspect [--internal DOMAIN,...] [--json] FILE...\n"
	  "\n"
	  "Runs each FILE (a message, or a spool file from SpoolDir with its\n"
	  "envelope) through parse, classify, extract and the signal stages as\n"
	  "ingest and the worker do, and prints the verdicts: direction (or why it\n"
	  "would be skipped), customer domain and account, every participant with\n"
	  "its role and flags, thread keys, effective date and its source,\n"
	  "attachments, automated-mail verdict (auto_reply, out_of_office, bounce,\n"
	  "list ...) with each bounced recipient and its status, the new text and\n"
	  "the signature, and the phrase-rule signals with their evidence. Needs\n"
	  "no database (one, if present, names the account); the configuration\n"
	  "is read if present, else defaults apply (RulesDir included).\n"
	  "--internal DOMAIN,...  InternalDomains for this run\n" },
	{ "forget", cmd_forget, "erase a person or a whole customer domain everywhere",
	  "usage: mailpulse forget [--dry-run] [--json] ADDRESS|DOMAIN\n"
	  "\n"
	  "Erases ADDRESS (a person) or DOMAIN (a customer, subdomains included)\n"
	  "from every table, the full-text index and the spool: every message they\n"
	  "sent or received, every message whose subject or text names their\n"
	  "address, their domain (for DOMAIN) or their full name, their contact,\n"
	  "signals and events; an account left without domains. Then rebuilds the\n"
	  "index and vacuums the file, so no copy remains in it or its WAL.\n"
	  "Prints the rows deleted and changed per table. Run it as the mailpulse\n"
	  "user; add the person to NeverCapture first to stop new capture.\n"
	  "--dry-run  count what would be erased; change nothing\n" },
	{ "purge", cmd_purge, "remove message text older than Retention",
	  "usage: mailpulse purge [--before DATE] [--dry-run] [--json]\n"
	  "\n"
	  "Messages dated before today (or --as-of) minus Retention days, or\n"
	  "before DATE (YYYY-MM-DD), lose their text, attachment names and the\n"
	  "evidence sentences of their signals, in the database and its index.\n"
	  "Dates, participants, subjects, threads, contacts, latencies and contact\n"
	  "events stay. Run daily by mailpulse-purge.timer.\n"
	  "--dry-run  count what would be removed; change nothing\n" },
	{ "account", cmd_account, "the brief of one account: health, people, signals, alerts",
	  "usage: mailpulse account [--json] NAME\n"
	  "\n"
	  "Health (0-100) with its 30-day trend as a sparkline and its components,\n"
	  "momentum (the last 21 days against the 21 before), the last substantive\n"
	  "customer message, the day's alerts with evidence and next step, contacts\n"
	  "with title, status and DISC hint, signals of the last 90 days with their\n"
	  "evidence, open commitments, expansion topics, renewal date and ARR, as of\n"
	  "--as-of. Read-only: alerts appear once the day was snapshotted.\n" },
	{ "snapshot", cmd_snapshot, "record the day's health and alerts (replay a backfill)",
	  "usage: mailpulse snapshot [--am ADDRESS] [--from DATE --to DATE]\n"
	  "\n"
	  "Computes every account's health, components and alerts as of the day of\n"
	  "--as-of (default today) and stores them: the trend, the health-drop alert\n"
	  "and the digest read them. --from/--to replays each day of a range in\n"
	  "order, after a backfill. Doing a day again replaces it.\n"
	  "--am ADDRESS  only the accounts this AM owns\n" },
	{ "snooze", cmd_snooze, "silence an account's alerts until a date",
	  "usage: mailpulse snooze ACCOUNT --until DATE\n"
	  "       mailpulse snooze ACCOUNT --off\n"
	  "       mailpulse snooze [--list] [--json]\n"
	  "\n"
	  "A snoozed account stays analysed, but the digest and the brief show none\n"
	  "of its alerts before DATE (YYYY-MM-DD); then whatever still holds and\n"
	  "was never sent comes back as new. --off lifts the snooze; without an\n"
	  "account, lists the snoozes in force.\n" },
	{ "rules", cmd_rules, "check the phrase rules; see which rules fire on a text",
	  "usage: mailpulse rules check [DIR]\n"
	  "       mailpulse rules test [--us] [--date DATE] [--rules DIR] [--json] [--explain]\n"
	  "                            (--text TEXT | FILE...)\n"
	  "\n"
	  "check  compiles every *.rules file of DIR (RulesDir by default) with the\n"
	  "       configured Competitors and runs each rule's example and\n"
	  "       counterexample lines. Every problem is printed as FILE:LINE: message\n"
	  "       (PCRE2's own message and offset for a bad pattern) and the exit\n"
	  "       status is 78; on success, the number of rules per category.\n"
	  "test   runs the rules and the sentence scorer on TEXT or on the FILEs ('-'\n"
	  "       is standard input) as the new text of one message and prints every\n"
	  "       hit: category, rule (model: the scorer's), weight, due date, label\n"
	  "       and the evidence sentence.\n"
	  "       --us         the author works at our company (default: a customer)\n"
	  "       --date DATE  the message date that due dates count from (today)\n"
	  "       --rules DIR  rules from DIR instead of RulesDir\n"
	  "       --explain    per sentence: rules fired or vetoed, the scorer's\n"
	  "                    probability per category and its top features\n"
	  "See docs/rules.md for the rule file format.\n" },
	{ "digest", cmd_digest, "each Account Manager's daily digest email",
	  "usage: mailpulse digest [--am ADDRESS] [--as-of DATE]\n"
	  "                        [--stdout | --maildir DIR | --send [--force]] [--json]\n"
	  "                        [--model FILE.json]\n"
	  "\n"
	  "One email per Account Manager (or only --am's): the accounts that need\n"
	  "them, ranked by what is at stake, each alert with its evidence and a\n"
	  "next step, and all their accounts at a glance; a text part and an HTML\n"
	  "part. Nothing is sent on a day with nothing new (DigestWhenEmpty).\n"
	  "--stdout       print the message (the default)\n"
	  "--maildir DIR  deliver it into the Maildir DIR; prints the file name\n"
	  "--send         submit it (DigestTransport: sendmail or smtp); once per\n"
	  "               AM and day: a digest already sent that day is not sent\n"
	  "               again unless --force\n"
	  "--json         print the digest models instead\n"
	  "--model FILE   render the models in FILE (what --json prints) instead of\n"
	  "               computing them: a testing and debugging aid\n" },
	{ "report", cmd_report, "the portfolio report for the head of the team",
	  "usage: mailpulse report [--send [ADDRESS,...]] [--as-of DATE] [--stdout] [--json]\n"
	  "                        [--model FILE.json]\n"
	  "\n"
	  "Health by segment and by Account Manager, ARR at risk, renewals in the\n"
	  "next 90 days with their health, expansion and advocacy moments,\n"
	  "single-threaded accounts; GRR/NRR where imports give an ARR history.\n"
	  "--send [ADDRESS,...]  mail it to these addresses, or to ReportRecipients\n"
	  "--stdout              print the message (the default)\n"
	  "--json                print the portfolio model instead\n"
	  "--model FILE          render the model in FILE instead of computing it\n"
	  "                      (a testing and debugging aid)\n" },
	{ "feedback", cmd_feedback, "an AM's Useful/Wrong reply to a digest item; the verdicts",
	  "usage: mailpulse feedback [--sender ADDRESS] < MESSAGE\n"
	  "       mailpulse feedback --list [--json]\n"
	  "\n"
	  "Reads one message on standard input: the reply a digest's Useful or\n"
	  "Wrong link (or its text part's instruction) makes, sent to\n"
	  "FeedbackAddress, which Postfix pipes to this command as the mailpulse\n"
	  "user (see the admin guide). The subject's first word is the verdict\n"
	  "(useful or wrong) and its mp-ITEM-TAG code names the item; the tag must\n"
	  "belong to the From address, so only the Account Manager the item was\n"
	  "sent to can judge it. A wrong item is not raised again for the same\n"
	  "evidence; `mailpulse report` shows the precision per alert kind. Never\n"
	  "replies; logs one line per message. Exit 0 when the verdict was recorded\n"
	  "or the message refused (automated mail, no code, a tag that is not the\n"
	  "sender's ...), 75 when it could not be recorded now (Postfix retries).\n"
	  "--sender ADDRESS  the envelope sender (pipe(8): ${sender}); must be the\n"
	  "                  From address\n"
	  "--list            every verdict, newest first: date, verdict, AM,\n"
	  "                  account, alert kind and item\n" },
	{ "config", cmd_config, "print the effective configuration",
	  "usage: mailpulse config [--man-keys]\n"
	  "\n"
	  "Prints every configuration key with the value in force (after the\n"
	  "config file). --man-keys prints the KEYS section of mailpulse.conf(5).\n" },
	{ "help", cmd_help, "help on a command",
	  "usage: mailpulse help [COMMAND]\n" },
	{ NULL, NULL, NULL, NULL },
};

const cli_command *cli_commands(void)
{
	return commands;
}

const cli_command *cli_find_command(const char *name)
{
	for (const cli_command *c = commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

/* print_overview - the list of commands (`mailpulse help`) */
static void print_overview(FILE *out)
{
	fprintf(out, "usage: mailpulse [-c CONF] [-d DB] [--as-of DATE] COMMAND [ARGS...]\n\n"
	             "commands:\n");
	for (const cli_command *c = commands; c->name; c++)
		fprintf(out, "  %-10s %s\n", c->name, c->summary);
	fprintf(out, "\n`mailpulse help COMMAND` for details; man mailpulse(1).\n");
}

int cmd_help(cli_context *ctx, int argc, char **argv)
{
	if (argc < 2) {
		print_overview(stdout);
		return MP_OK;
	}
	if (cli_find_command(argv[1]) == NULL)
		return cli_usage_error("help", "unknown command \"%s\"", argv[1]);
	return cli_print_help(argv[1]);
}

int main(int argc, char **argv)
{
	static const struct option options[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "database", required_argument, NULL, 'd' },
		{ "as-of", required_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	cli_context ctx = { 0 };
	int opt;
	mp_log_setup("mailpulse", 0, MP_LOG_NOTICE);
	/* What the commands write (the database and its -wal/-shm, exports)
	 * holds customer mail: never readable by other users, whatever the
	 * caller's umask; the mailpulse group reads it, as the daemon's files. */
	umask(umask(0) | 027);
	/* '+': stop at the first non-option, which is the command. */
	while ((opt = getopt_long(argc, argv, "+c:d:hV", options, NULL)) != -1) {
		switch (opt) {
		case 'c': ctx.config_path = optarg; break;
		case 'd': ctx.db_path = optarg; break;
		case 'a':
			if (!cli_parse_date(optarg, FALSE, &ctx.as_of))
				return cli_usage_error(NULL, "--as-of: expected YYYY-MM-DD, got \"%s\"", optarg);
			break;
		case 'h': print_overview(stdout); return MP_OK;
		case 'V': printf("mailpulse %s\n", MAILPULSE_VERSION); return MP_OK;
		default: print_overview(stderr); return MP_ERR_USAGE;
		}
	}
	if (optind >= argc) {
		print_overview(stderr);
		return MP_ERR_USAGE;
	}
	const cli_command *cmd = cli_find_command(argv[optind]);
	if (cmd == NULL) {
		fprintf(stderr, "mailpulse: unknown command \"%s\"\n\n", argv[optind]);
		print_overview(stderr);
		return MP_ERR_USAGE;
	}
	int cargc = argc - optind;
	char **cargv = argv + optind;
	/* Commands run getopt again on their own argv.  0, not 1: glibc then
	 * forgets the "+" (stop at the first non-option) used above, so
	 * `accounts list --json` works as well as `accounts --json list`. */
	optind = 0;
	int status = cli_wants_help(cargc, cargv) ? cli_print_help(cmd->name)
	                                          : cmd->run(&ctx, cargc, cargv);
	mp_config_free(ctx.cfg);
	return status;
}
