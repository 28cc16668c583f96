/*
 * main.c - mailpulse-milter: options and the order of the start.
 *
 * SYNOPSIS
 *	mailpulse-milter [-c CONF] [-p SOCKET] [-f] [-n] [-V]
 *
 * DESCRIPTION
 *	Reads the options and the configuration, then hands over, in this
 *	order: block the supervisor's signals; as root, prepare the spool and
 *	database directories and open the milter socket (setup.c); detach
 *	(not with -f); write PidFile; drop to User for good; clean stale
 *	captures; run the supervisor (supervisor.c) with that socket, on
 *	which it answers while the milter is down (fallback.c); it forks the milter
 *	(capture.c, the mail path) and the workers (worker.c) and watches
 *	them until SIGTERM.  The processes, signals and reload are described
 *	in supervisor.c.
 *
 * DIAGNOSTICS
 *	Exit 0 after a clean stop, 78 (EX_CONFIG) for a bad configuration, 71
 *	(EX_OSERR) when the socket or the privileges cannot be set up.  -n
 *	checks the configuration and exits 0 only if the daemon would start;
 *	broken phrase rules fail the check.
 */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include "config.h"
#include "log.h"
#include "rules.h"
#include "scorer.h"
#include "setup.h"
#include "spool.h"
#include "status.h"
#include "supervisor.h"

#ifndef MAILPULSE_VERSION
#error "MAILPULSE_VERSION comes from the Makefile (packaging/debian/changelog)"
#endif

#define EXIT_OSERR 71

typedef struct options {
	const char *config_path;
	const char *socket;
	gboolean foreground;
	gboolean check_only;
} options;

/* check_only - -n: the configuration is good; broken phrase rules fail the
 * check, a RulesDir without rule files only warns (the daemon would run,
 * without phrase signals) */
static int check_only(mp_config *cfg)
{
	GError *error = NULL;
	mp_ruleset *rules = mp_rules_load(cfg->rules_dir, cfg->competitors, &error);
	int status = 0;
	if (rules == NULL && !g_error_matches(error, MP_ERROR, MP_ERR_NOINPUT)) {
		fprintf(stderr, "mailpulse-milter: phrase rules:\n%s\n", error->message);
		status = MP_ERR_CONFIG;
	} else if (rules != NULL && !mp_rules_use_model(rules, cfg->model_path, &error)) {
		/* the daemon would run on the rules alone: a broken install */
		fprintf(stderr, "mailpulse-milter: sentence scorer: %s\n", error->message);
		status = MP_ERR_CONFIG;
	} else {
		if (rules == NULL)
			fprintf(stderr, "mailpulse-milter: warning: no phrase rules: %s\n", error->message);
		printf("mailpulse-milter: %s: configuration OK, %u phrase rules from %s\n",
		       cfg->path ? cfg->path : "(defaults)", rules ? mp_rules_count(rules) : 0, cfg->rules_dir);
	}
	g_clear_error(&error);
	mp_rules_free(rules);
	mp_config_free(cfg);
	return status;
}

/* usage - the synopsis and the options */
static void usage(FILE *out)
{
	fprintf(out, "usage: mailpulse-milter [-c CONF] [-p SOCKET] [-f] [-n] [-V]\n"
	             "  -c CONF    configuration file (default %s)\n"
	             "  -p SOCKET  local:/path or inet:port@host (overrides Socket)\n"
	             "  -f         stay in the foreground, log to stderr\n"
	             "  -n         check the configuration and exit\n"
	             "  -V         print the version and exit\n"
	             "man mailpulse-milter(8)\n", MP_DEFAULT_CONFIG);
}

/* start_failed - log and report a set-up error; EX_OSERR */
static int start_failed(mp_config *cfg, GError *error)
{
	mp_error("%s", error->message);
	fprintf(stderr, "mailpulse-milter: %s\n", error->message);
	g_error_free(error);
	mp_config_free(cfg);
	return EXIT_OSERR;
}

int main(int argc, char **argv)
{
	options opt = { 0 };
	int c;
	while ((c = getopt(argc, argv, "c:p:fnVh")) != -1) {
		switch (c) {
		case 'c': opt.config_path = optarg; break;
		case 'p': opt.socket = optarg; break;
		case 'f': opt.foreground = TRUE; break;
		case 'n': opt.check_only = TRUE; break;
		case 'V': printf("mailpulse-milter %s\n", MAILPULSE_VERSION); return 0;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return MP_ERR_USAGE;
		}
	}
	if (optind != argc) {
		usage(stderr);
		return MP_ERR_USAGE;
	}
	mp_log_setup("mailpulse-milter", 0, MP_LOG_NOTICE);
	GError *error = NULL;
	mp_config *cfg = mp_config_load(opt.config_path, &error);
	if (cfg != NULL && opt.socket) {
		g_free(cfg->socket);
		cfg->socket = g_strdup(opt.socket);
	}
	if (cfg == NULL || !setup_check_config(cfg, &error)) {
		fprintf(stderr, "mailpulse-milter: %s\n", error->message);
		g_error_free(error);
		mp_config_free(cfg);
		return MP_ERR_CONFIG;
	}
	if (opt.check_only)
		return check_only(cfg);
	mp_log_setup("mailpulse-milter", cfg->syslog && !opt.foreground, cfg->log_level);
	supervisor_block_signals();
	/* Spool files and the database hold customer mail: no access for
	 * other local users (0640 files, 0750 directories). */
	umask(0027);
	if (!setup_prepare_dirs(cfg, &error) || !setup_open_socket(cfg, &error))
		return start_failed(cfg, error);
	if (!opt.foreground)
		setup_daemonize();
	setup_write_pid_file(cfg);
	if (!setup_drop_privileges(cfg, &error)) {
		/* detached by now: the log is where this is read */
		mp_error("%s", error->message);
		g_error_free(error);
		mp_config_free(cfg);
		return EXIT_OSERR;
	}
	guint cleaned = mp_spool_clean_tmp(cfg->spool_dir, 3600);
	if (cleaned)
		mp_notice("removed %u unfinished captures older than an hour from %s/tmp", cleaned,
		          cfg->spool_dir);
	mp_notice("starting on %s, spool %s, database %s", cfg->socket, cfg->spool_dir,
	          cfg->database);
	int rc = supervisor_run(opt.config_path, setup_listen_fd(), &cfg);
	setup_remove_files(cfg);
	mp_config_free(cfg);
	return rc;
}
