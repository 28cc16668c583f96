/*
 * main.c - mailpulse-milter: the capture daemon and its supervisor.
 *
 * SYNOPSIS
 *	mailpulse-milter [-c CONF] [-p SOCKET] [-f] [-n] [-V]
 *
 * PROCESSES
 *	supervisor  opens the milter socket as root, drops to User, then only
 *	            watches: it starts the two children below, restarts
 *	            either if it dies, and handles the signals.  Single
 *	            threaded, no libmilter threads, no parsing, no database.
 *	milter      runs libmilter's smfi_main() on the socket the supervisor
 *	            opened (capture.c): the mail path.  It keeps answering
 *	            while the worker is down or restarting.
 *	worker      drains the spool into the database (worker.c); a message
 *	            that crashes it or exceeds WorkerTimeout is quarantined by
 *	            the supervisor, which then restarts it.
 *	Two processes for the mail path and the parser for the same reason
 *	Postfix separates its daemons: a parser fault must never reach mail.
 *
 * SIGNALS (to the supervisor, the pid in PidFile)
 *	SIGTERM, SIGINT  stop: the milter stops accepting connections and
 *	                 finishes the ones in flight (up to STOP_GRACE_S), the
 *	                 worker finishes its message and rolls back or commits
 *	                 its batch; then the supervisor exits.
 *	SIGHUP           reload the configuration: a broken file is logged and
 *	                 the old configuration stays in force; a good one goes
 *	                 to the milter (SIGUSR1: it re-reads the file, and each
 *	                 connection keeps the configuration it started with)
 *	                 and the worker is restarted with it.  Socket and User
 *	                 changes need a restart.  The phrase rules (RulesDir)
 *	                 are reloaded too: a rule file with errors is logged,
 *	                 one FILE:LINE line per error, and the rules in force
 *	                 stay in force.
 *
 * PHRASE RULES
 *	The supervisor compiles the rules (at start and on SIGHUP) and the
 *	workers inherit the compiled set when they are forked: one compile per
 *	reload whatever the number of workers, and a worker restarted after a
 *	crash runs the same rules as its siblings.  Rules that cannot be loaded
 *	at start are logged and mail is still captured and stored, without
 *	phrase signals, until a SIGHUP brings good rules (fail-open); -n
 *	reports them and fails.
 *
 * DIAGNOSTICS
 *	Exit 0 after a clean stop, 78 (EX_CONFIG) for a bad configuration, 71
 *	(EX_OSERR) when the socket or the privileges cannot be set up.  -n
 *	checks the configuration and exits 0 only if the daemon would start.
 */
#include <errno.h>
#include <sched.h>
#include <fcntl.h>
#include <getopt.h>
#include <grp.h>
#include <pthread.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "capture.h"
#include "config.h"
#include "log.h"
#include "pidfile.h"
#include "rules.h"
#include "spool.h"
#include "status.h"
#include "worker.h"

#ifndef MAILPULSE_VERSION
#error "MAILPULSE_VERSION is not defined: build with the Makefile"
#endif

#define EXIT_OSERR 71
#define STOP_GRACE_S 30
#define RESTART_MIN_S 1
#define RESTART_MAX_S 60
#define WORKER_NICE 10

typedef struct options {
	const char *config_path;
	const char *socket;
	gboolean foreground;
	gboolean check_only;
} options;

/* ---- the milter child ------------------------------------------------------ */

/* reload_thread - SIGUSR1 from the supervisor: re-read the configuration */
static void *reload_thread(void *arg)
{
	const char *config_path = arg;
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	for (;;) {
		int sig = 0;
		if (sigwait(&set, &sig) != 0)
			continue;
		GError *error = NULL;
		mp_config *cfg = mp_config_load(config_path, &error);
		if (cfg == NULL) {
			mp_error("reload: %s; keeping the configuration in force", error->message);
			g_error_free(error);
			continue;
		}
		mp_capture_reload(cfg);
		mp_notice("reload: configuration reloaded");
	}
	return NULL;
}

/* run_milter - the milter child's life; never returns */
static G_NORETURN void run_milter(const options *opt, mp_config *cfg)
{
	/* SIGUSR1 blocked before libmilter starts its threads, so only the
	 * reload thread receives it. */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	/* libmilter's own signal thread takes SIGTERM/SIGINT/SIGHUP. */
	sigset_t unblock;
	sigemptyset(&unblock);
	sigaddset(&unblock, SIGTERM);
	sigaddset(&unblock, SIGINT);
	sigaddset(&unblock, SIGHUP);
	sigaddset(&unblock, SIGCHLD);
	pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
	mp_capture_init(cfg);
	pthread_t tid;
	pthread_create(&tid, NULL, reload_thread, (void *)opt->config_path);
	pthread_detach(tid);
	int rc = smfi_main();
	/* smfi_main() returns once the listener stopped; connections still in
	 * flight run on their own threads: let them finish. */
	for (int i = 0; i < STOP_GRACE_S * 10 && mp_capture_active() > 0; i++)
		g_usleep(G_USEC_PER_SEC / 10);
	if (mp_capture_active() > 0)
		mp_warning("stop: %d connections still open after %ds", mp_capture_active(), STOP_GRACE_S);
	mp_capture_shutdown();
	_exit(rc == MI_SUCCESS ? 0 : 1);
}

/* ---- the worker child ------------------------------------------------------ */

static volatile sig_atomic_t worker_stop;

static void on_worker_term(int sig)
{
	worker_stop = 1;
}

/* run_worker - the life of worker child `index`; never returns */
static G_NORETURN void run_worker(mp_config *cfg, const mp_ruleset *rules, guint index)
{
	struct sigaction sa = { .sa_handler = on_worker_term };
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGHUP, SIG_IGN);
	/* The mail path comes first: under load the worker yields the CPU to
	 * the MTA and the milter, the spool absorbs the burst, and the worker
	 * catches up when the load drops. */
	if (setpriority(PRIO_PROCESS, 0, WORKER_NICE) != 0)
		mp_warning("worker: cannot lower its priority: %s", g_strerror(errno));
#ifdef SCHED_IDLE
	/* Nice 10 still takes a share of a busy CPU; SCHED_IDLE runs only on
	 * cycles nobody else wants, which is what a backlog drainer deserves. */
	struct sched_param idle = { .sched_priority = 0 };
	if (sched_setscheduler(0, SCHED_IDLE, &idle) != 0)
		mp_info("worker: SCHED_IDLE unavailable (%s): nice %d only", g_strerror(errno),
		        WORKER_NICE);
#endif
	sigset_t all;
	sigfillset(&all);
	pthread_sigmask(SIG_UNBLOCK, &all, NULL);
	_exit(mp_worker_run(cfg, rules, index, &worker_stop));
}

/* ---- the supervisor --------------------------------------------------------- */

typedef struct child {
	char name[16];      /* "milter", "worker 0" ... */
	gboolean is_worker;
	guint index;        /* a worker's index */
	pid_t pid;
	gint64 started;     /* monotonic seconds */
	gint64 restart_at;  /* when to start it again, 0 = now/never */
	guint backoff;
	gboolean replacing; /* stopped by a reload, to start again at once */
} child;

typedef struct supervisor {
	const options *opt;
	mp_config *cfg;
	mp_ruleset *rules;  /* phrase rules in force, NULL for none */
	child milter;
	child *workers;     /* Workers of them, fixed at start */
	guint n_workers;
	gboolean stopping;
} supervisor;

static gint64 now_s(void)
{
	return g_get_monotonic_time() / G_USEC_PER_SEC;
}

/* start_child - fork the milter or the worker */
static void start_child(supervisor *sv, child *c)
{
	pid_t pid = fork();
	if (pid < 0) {
		mp_error("cannot start the %s: %s", c->name, g_strerror(errno));
		c->restart_at = now_s() + RESTART_MIN_S;
		return;
	}
	if (pid == 0) {
		if (!c->is_worker)
			run_milter(sv->opt, sv->cfg);
		run_worker(sv->cfg, sv->rules, c->index);
	}
	c->pid = pid;
	c->started = now_s();
	c->restart_at = 0;
	mp_info("%s started (pid %d)", c->name, (int)pid);
}

/* is_fault - a death that is the current message's fault */
static gboolean is_fault(int sig)
{
	return sig == SIGSEGV || sig == SIGBUS || sig == SIGABRT || sig == SIGFPE ||
	       sig == SIGILL || sig == SIGALRM;
}

/* child_died - log, quarantine the worker's message if it killed it, and
 * schedule the restart */
static void child_died(supervisor *sv, child *c, int status)
{
	if (!c->is_worker) {
		/* Its unfinished captures: the MTA got no answer for them. */
		guint n = mp_spool_clean_tmp_of(sv->cfg->spool_dir, c->pid);
		if (n)
			mp_warning("milter: removed %u unfinished captures of pid %d", n, (int)c->pid);
	}
	c->pid = 0;
	gboolean replaced = c->replacing && WIFEXITED(status) && WEXITSTATUS(status) == 0;
	c->replacing = FALSE;
	if (sv->stopping)
		return;
	if (replaced) {
		/* A clean exit asked for by reload: neither a fault to log nor a
		 * quick death to back off from. */
		c->backoff = 0;
		c->restart_at = now_s();
		return;
	}
	if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		mp_error("%s died of signal %d (%s)", c->name, sig, strsignal(sig));
		if (c->is_worker && is_fault(sig)) {
			char *name = mp_worker_quarantine_inflight(sv->cfg->spool_dir, c->index);
			if (name)
				mp_error("%s: %s: quarantined: the worker %s on it", c->name, name,
				         sig == SIGALRM ? "exceeded WorkerTimeout" : "crashed");
			g_free(name);
		}
	} else {
		mp_warning("%s exited with status %d", c->name, WEXITSTATUS(status));
	}
	/* Quick deaths back off (1 s doubling to 60 s); a child that ran a
	 * while is restarted at once. */
	if (now_s() - c->started < 10)
		c->backoff = c->backoff ? MIN(c->backoff * 2, RESTART_MAX_S) : RESTART_MIN_S;
	else
		c->backoff = 0;
	c->restart_at = now_s() + c->backoff;
}

/* reap - collect every dead child */
static void reap(supervisor *sv)
{
	int status;
	pid_t pid;
	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		if (pid == sv->milter.pid)
			child_died(sv, &sv->milter, status);
		for (guint i = 0; i < sv->n_workers; i++)
			if (pid == sv->workers[i].pid)
				child_died(sv, &sv->workers[i], status);
	}
}

/* log_rule_errors - one log line per "FILE:LINE: message" of a load */
static void log_rule_errors(const char *what, const GError *error)
{
	char **lines = g_strsplit(error->message, "\n", -1);
	for (char **l = lines; *l; l++)
		if (**l)
			mp_error("%s: %s", what, *l);
	g_strfreev(lines);
}

/* load_rules - the phrase rules of cfg; NULL (logged) when they fail.  A
 * RulesDir without rule files is a warning (the daemon runs without phrase
 * signals); a broken rule file is an error. */
static mp_ruleset *load_rules(const mp_config *cfg, const char *what)
{
	GError *error = NULL;
	mp_ruleset *rules = mp_rules_load(cfg->rules_dir, cfg->competitors, &error);
	if (rules != NULL)
		mp_notice("%s: %u phrase rules from %s", what, mp_rules_count(rules), cfg->rules_dir);
	else if (g_error_matches(error, MP_ERROR, MP_ERR_NOINPUT))
		mp_warning("%s: no phrase rules: %s", what, error->message);
	else
		log_rule_errors(what, error);
	g_clear_error(&error);
	return rules;
}

/* reload_rules - SIGHUP: new rules in force, or the old ones if broken */
static void reload_rules(supervisor *sv)
{
	mp_ruleset *rules = load_rules(sv->cfg, "reload: rules");
	if (rules == NULL) {
		mp_warning("reload: rules: keeping the %u rules in force",
		           sv->rules ? mp_rules_count(sv->rules) : 0);
		return;
	}
	mp_rules_free(sv->rules);
	sv->rules = rules;
}

/* reload - SIGHUP: a new configuration, or the old one if it is broken */
static void reload(supervisor *sv)
{
	GError *error = NULL;
	mp_config *cfg = mp_config_load(sv->opt->config_path, &error);
	if (cfg == NULL) {
		mp_error("reload: %s; keeping the configuration in force", error->message);
		g_error_free(error);
		return;
	}
	if (g_strcmp0(cfg->socket, sv->cfg->socket) != 0 || g_strcmp0(cfg->user, sv->cfg->user) != 0)
		mp_warning("reload: Socket and User changes take effect at the next restart");
	g_free(cfg->socket);
	cfg->socket = g_strdup(sv->cfg->socket);
	mp_config_free(sv->cfg);
	sv->cfg = cfg;
	reload_rules(sv);
	if (sv->milter.pid > 0)
		kill(sv->milter.pid, SIGUSR1);
	for (guint i = 0; i < sv->n_workers; i++) {
		if (sv->workers[i].pid > 0 && kill(sv->workers[i].pid, SIGTERM) == 0)
			sv->workers[i].replacing = TRUE; /* restarted with the new one */
		sv->workers[i].backoff = 0;
	}
	if (cfg->workers != sv->n_workers)
		mp_warning("reload: a change of Workers takes effect at the next restart");
	mp_notice("reload: configuration reloaded");
}

/* stop - SIGTERM: children first, then us */
static void stop(supervisor *sv)
{
	sv->stopping = TRUE;
	mp_notice("stopping");
	if (sv->milter.pid > 0)
		kill(sv->milter.pid, SIGTERM);
	for (guint i = 0; i < sv->n_workers; i++)
		if (sv->workers[i].pid > 0)
			kill(sv->workers[i].pid, SIGTERM);
	gint64 deadline = now_s() + STOP_GRACE_S + 5;
	for (;;) {
		int status;
		pid_t pid = waitpid(-1, &status, WNOHANG);
		if (pid < 0 && errno == ECHILD)
			break;
		if (pid <= 0) {
			if (now_s() >= deadline) {
				mp_warning("stop: children still running after %ds: killing them",
				           STOP_GRACE_S + 5);
				if (sv->milter.pid > 0)
					kill(sv->milter.pid, SIGKILL);
				for (guint i = 0; i < sv->n_workers; i++)
					if (sv->workers[i].pid > 0)
						kill(sv->workers[i].pid, SIGKILL);
			}
			g_usleep(G_USEC_PER_SEC / 10);
			continue;
		}
		if (pid == sv->milter.pid)
			sv->milter.pid = 0;
		for (guint i = 0; i < sv->n_workers; i++)
			if (pid == sv->workers[i].pid)
				sv->workers[i].pid = 0;
	}
}

/* supervise - the supervisor's loop; returns the exit status */
static int supervise(supervisor *sv)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGCHLD);
	start_child(sv, &sv->milter);
	for (guint i = 0; i < sv->n_workers; i++)
		start_child(sv, &sv->workers[i]);
	while (!sv->stopping) {
		struct timespec tick = { 1, 0 };
		int sig = sigtimedwait(&set, NULL, &tick);
		if (sig == SIGTERM || sig == SIGINT)
			stop(sv);
		else if (sig == SIGHUP)
			reload(sv);
		reap(sv);
		if (sv->stopping)
			break;
		gint64 now = now_s();
		if (sv->milter.pid == 0 && now >= sv->milter.restart_at)
			start_child(sv, &sv->milter);
		for (guint i = 0; i < sv->n_workers; i++)
			if (sv->workers[i].pid == 0 && now >= sv->workers[i].restart_at)
				start_child(sv, &sv->workers[i]);
	}
	mp_notice("stopped");
	return 0;
}

/* ---- setting up ------------------------------------------------------------ */

/* socket_path - the file of a local: socket, or NULL */
static const char *socket_path(const char *spec)
{
	if (g_str_has_prefix(spec, "local:"))
		return spec + 6;
	if (g_str_has_prefix(spec, "unix:"))
		return spec + 5;
	if (spec[0] == '/')
		return spec;
	return NULL;
}

/* check_socket_spec - local:/path, unix:/path, inet:port[@host], inet6:... */
static gboolean check_socket_spec(const char *spec, GError **error)
{
	const char *path = socket_path(spec);
	if (path != NULL) {
		if (path[0] != '/') {
			g_set_error(error, MP_ERROR, MP_ERR_CONFIG, "Socket %s: the path must be absolute", spec);
			return FALSE;
		}
		return TRUE;
	}
	if (g_str_has_prefix(spec, "inet:") || g_str_has_prefix(spec, "inet6:")) {
		const char *port = strchr(spec, ':') + 1;
		char *end = NULL;
		long n = strtol(port, &end, 10);
		if (end != port && n > 0 && n < 65536 && (*end == '\0' || *end == '@'))
			return TRUE;
	}
	g_set_error(error, MP_ERROR, MP_ERR_CONFIG,
	            "Socket %s: expected local:/path or inet:port@host", spec);
	return FALSE;
}

/* lookup_user - the account to run as (only when started as root) */
static gboolean lookup_user(const mp_config *cfg, uid_t *uid, gid_t *gid, GError **error)
{
	struct passwd *pw = getpwnam(cfg->user);
	if (pw == NULL) {
		g_set_error(error, MP_ERROR, MP_ERR_CONFIG, "User %s: no such user", cfg->user);
		return FALSE;
	}
	*uid = pw->pw_uid;
	*gid = pw->pw_gid;
	return TRUE;
}

/* check_config - what -n checks, and what start-up needs */
static gboolean check_config(const mp_config *cfg, GError **error)
{
	if (!check_socket_spec(cfg->socket, error))
		return FALSE;
	if (cfg->internal_domains == NULL || cfg->internal_domains->len == 0) {
		g_set_error(error, MP_ERROR, MP_ERR_CONFIG,
		            "InternalDomains is not set: nothing could be captured");
		return FALSE;
	}
	uid_t uid;
	gid_t gid;
	if (getuid() == 0 && !lookup_user(cfg, &uid, &gid, error))
		return FALSE;
	return mp_pidfile_check(cfg, error);
}

/* prepare_dirs - spool and database directories, owned by User */
static gboolean prepare_dirs(const mp_config *cfg, GError **error)
{
	if (!mp_spool_prepare(cfg->spool_dir, error) || !mp_pidfile_prepare(cfg, error))
		return FALSE;
	char *db_dir = g_path_get_dirname(cfg->database);
	g_mkdir_with_parents(db_dir, 0750);
	if (getuid() == 0) {
		uid_t uid;
		gid_t gid;
		if (!lookup_user(cfg, &uid, &gid, error)) {
			g_free(db_dir);
			return FALSE;
		}
		static const char *const subs[] = { "", MP_SPOOL_TMP, MP_SPOOL_NEW, MP_SPOOL_QUARANTINE,
		                                    MP_SPOOL_POOL };
		for (guint i = 0; i < G_N_ELEMENTS(subs); i++) {
			char *dir = g_build_filename(cfg->spool_dir, subs[i], NULL);
			if (chown(dir, uid, gid) != 0)
				mp_warning("cannot chown %s: %s", dir, g_strerror(errno));
			g_free(dir);
		}
		struct stat sb;
		if (stat(db_dir, &sb) == 0 && sb.st_uid == 0 && chown(db_dir, uid, gid) != 0)
			mp_warning("cannot chown %s: %s", db_dir, g_strerror(errno));
	}
	g_free(db_dir);
	return TRUE;
}

/* open_socket - libmilter's listening socket, reachable by the MTA */
static gboolean open_socket(const mp_config *cfg, GError **error)
{
	const char *path = socket_path(cfg->socket);
	if (path) {
		char *dir = g_path_get_dirname(path);
		g_mkdir_with_parents(dir, 0755);
		g_free(dir);
	}
	if (smfi_setconn((char *)cfg->socket) != MI_SUCCESS ||
	    smfi_register(*mp_capture_filter()) != MI_SUCCESS) {
		g_set_error(error, MP_ERROR, MP_ERR_SOFTWARE, "libmilter refused socket %s", cfg->socket);
		return FALSE;
	}
	mode_t old = umask(0117); /* socket 0660: the MTA reaches it through the group */
	int rc = smfi_opensocket(TRUE);
	umask(old);
	if (rc != MI_SUCCESS) {
		g_set_error(error, MP_ERROR, MP_ERR_IO, "cannot listen on %s", cfg->socket);
		return FALSE;
	}
	uid_t uid;
	gid_t gid;
	if (path && getuid() == 0 && lookup_user(cfg, &uid, &gid, NULL) && chown(path, uid, gid) != 0)
		mp_warning("cannot chown %s: %s", path, g_strerror(errno));
	return TRUE;
}

/* drop_privileges - become User for good (only when started as root) */
static gboolean drop_privileges(const mp_config *cfg, GError **error)
{
	if (getuid() != 0)
		return TRUE;
	uid_t uid;
	gid_t gid;
	if (!lookup_user(cfg, &uid, &gid, error))
		return FALSE;
	if (uid == 0) {
		mp_warning("User %s: running as root; set User to an unprivileged account", cfg->user);
		return TRUE;
	}
	if (initgroups(cfg->user, gid) != 0 || setgid(gid) != 0 || setuid(uid) != 0 ||
	    setuid(0) == 0) {
		g_set_error(error, MP_ERROR, MP_ERR_NOPERM, "cannot become user %s: %s", cfg->user,
		            g_strerror(errno));
		return FALSE;
	}
	return TRUE;
}

/* daemonize - detach from the terminal (not with -f) */
static void daemonize(void)
{
	if (fork() > 0)
		_exit(0);
	setsid();
	if (fork() > 0)
		_exit(0);
	if (chdir("/") != 0)
		mp_warning("cannot chdir to /");
	int fd = open("/dev/null", O_RDWR);
	if (fd >= 0) {
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (fd > 2)
			close(fd);
	}
}

/* write_pid_file - PidFile, if configured (before dropping root) */
static void write_pid_file(const mp_config *cfg)
{
	if (cfg->pid_file == NULL)
		return;
	char *text = g_strdup_printf("%d\n", (int)getpid());
	if (!g_file_set_contents(cfg->pid_file, text, -1, NULL))
		mp_warning("cannot write %s", cfg->pid_file);
	g_free(text);
}

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
	if (cfg == NULL || !check_config(cfg, &error)) {
		fprintf(stderr, "mailpulse-milter: %s\n", error->message);
		g_error_free(error);
		mp_config_free(cfg);
		return MP_ERR_CONFIG;
	}
	if (opt.check_only)
		return check_only(cfg);
	mp_log_setup("mailpulse-milter", cfg->syslog && !opt.foreground, cfg->log_level);
	/* The supervisor blocks the signals it waits for; children adjust. */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
	/* Spool files and the database hold customer mail: no access for
	 * other local users (0640 files, 0750 directories). */
	umask(0027);
	if (!prepare_dirs(cfg, &error) || !open_socket(cfg, &error)) {
		mp_error("%s", error->message);
		fprintf(stderr, "mailpulse-milter: %s\n", error->message);
		g_error_free(error);
		mp_config_free(cfg);
		return EXIT_OSERR;
	}
	if (!opt.foreground)
		daemonize();
	write_pid_file(cfg);
	if (!drop_privileges(cfg, &error)) {
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
	supervisor sv = { .opt = &opt, .cfg = cfg, .milter = { .name = "milter" },
	                  .n_workers = cfg->workers,
	                  .rules = load_rules(cfg, "rules") };
	if (sv.rules == NULL)
		mp_warning("rules: capturing and storing without phrase signals until the rules "
		           "load (fix them, then SIGHUP)");
	sv.workers = g_new0(child, sv.n_workers);
	for (guint i = 0; i < sv.n_workers; i++) {
		sv.workers[i].is_worker = TRUE;
		sv.workers[i].index = i;
		g_snprintf(sv.workers[i].name, sizeof sv.workers[i].name, "worker %u", i);
	}
	int rc = supervise(&sv);
	g_free(sv.workers);
	if (sv.cfg->pid_file)
		unlink(sv.cfg->pid_file);
	const char *path = socket_path(sv.cfg->socket);
	if (path)
		unlink(path);
	mp_rules_free(sv.rules);
	mp_config_free(sv.cfg);
	return rc;
}
