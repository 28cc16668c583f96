/*
 * supervisor.c - mailpulse-milter: the supervisor and its children.
 *
 * PROCESSES
 *	supervisor  runs once setup.c opened the milter socket as root and
 *	            dropped to User, and only watches: it starts the two
 *	            children below, restarts either if it dies, and handles
 *	            the signals.  Single threaded, no libmilter threads, no
 *	            parsing, no database.
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
 *	phrase signals, until a SIGHUP brings good rules (fail-open).
 *
 *	LogLevel takes effect at once in every process (the milter's reload
 *	thread, the supervisor, and the workers it restarts).
 *
 * RESTARTS
 *	A child that dies within 10 s of its start is restarted after a back
 *	off (1 s doubling, to 8 s for the milter, 60 s for a worker); one that
 *	ran a while is restarted at once.
 *
 * WHILE THE MILTER IS DOWN
 *	From the moment the supervisor reaps a dead milter until it starts the
 *	next one, it answers on the milter socket itself (fallback.c): the MTA
 *	is answered at once and the mail passes uncaptured, logged and counted
 *	for `mailpulse status`, instead of waiting for the MTA's milter
 *	timeout.  Before a new milter starts, the connections already queued
 *	are answered too.  At a stop the supervisor closes its copy of the
 *	socket at once, so the MTA is refused, not queued, once the milter
 *	has closed its own.  The workers do not keep the socket.  The loop
 *	waits in poll() on a signalfd and the answered connections.
 */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>
#include "capture.h"
#include "fallback.h"
#include "log.h"
#include "rules.h"
#include "scorer.h"
#include "spool.h"
#include "status.h"
#include "supervisor.h"
#include "worker.h"

#define STOP_GRACE_S 30
#define RESTART_MIN_S 1
#define RESTART_MAX_S 60
/* The milter's back-off stops lower: while it is down the mail passes
 * uncaptured (fallback.c), and a restart costs a fork. */
#define MILTER_RESTART_MAX_S 8
#define WORKER_NICE 10
/* The longest the loop sleeps with nothing to do (ms). */
#define TICK_MS 1000

/* waited_signals - the signals the supervisor waits for (blocked in it,
 * left to libmilter's signal thread in the milter child) */
static void waited_signals(sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGTERM);
	sigaddset(set, SIGINT);
	sigaddset(set, SIGHUP);
	sigaddset(set, SIGCHLD);
}

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
		mp_log_set_threshold(cfg->log_level);
		capture_reload(cfg);
		mp_notice("reload: configuration reloaded");
	}
	return NULL;
}

/* run_milter - the milter child's life; never returns */
static G_NORETURN void run_milter(const char *config_path, mp_config *cfg)
{
	/* SIGUSR1 blocked before libmilter starts its threads, so only the
	 * reload thread receives it. */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	/* libmilter's own signal thread takes SIGTERM/SIGINT/SIGHUP. */
	sigset_t unblock;
	waited_signals(&unblock);
	pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
	capture_init(cfg);
	pthread_t tid;
	pthread_create(&tid, NULL, reload_thread, (void *)config_path);
	pthread_detach(tid);
	int rc = smfi_main();
	/* smfi_main() returns once the listener stopped; connections still in
	 * flight run on their own threads: let them finish. */
	for (int i = 0; i < STOP_GRACE_S * 10 && capture_active() > 0; i++)
		g_usleep(G_USEC_PER_SEC / 10);
	if (capture_active() > 0)
		mp_warning("stop: %d connections still open after %ds", capture_active(), STOP_GRACE_S);
	capture_shutdown();
	_exit(rc == MI_SUCCESS ? 0 : 1);
}

/* ---- the worker child ------------------------------------------------------ */

static volatile sig_atomic_t worker_stop;

/* on_worker_term - SIGTERM to a worker: finish the message, then stop */
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
	gint64 started;     /* monotonic ms */
	gint64 restart_at;  /* monotonic ms to start it again, 0 = now/never */
	guint backoff;      /* seconds */
	gboolean replacing; /* stopped by a reload, to start again at once */
} child;

typedef struct supervisor {
	const char *config_path;
	mp_config *cfg;
	mp_ruleset *rules;  /* phrase rules in force, NULL for none */
	child milter;
	child *workers;     /* Workers of them, fixed at start */
	guint n_workers;
	int listen_fd;      /* the milter socket (libmilter's), -1 if unknown */
	int signal_fd;      /* the waited signals, read in the loop */
	fallback *fb;       /* the answer while the milter is down */
	gboolean stop_asked, reload_asked;
	gboolean stopping;
} supervisor;

/* now_ms - monotonic milliseconds */
static gint64 now_ms(void)
{
	return g_get_monotonic_time() / 1000;
}

/* start_child - fork the milter or the worker; a new milter first takes
 * over what the supervisor's answer still has queued */
static void start_child(supervisor *sv, child *c)
{
	if (!c->is_worker) {
		fallback_drain(sv->fb);
		fallback_set_serving(sv->fb, FALSE);
	}
	pid_t pid = fork();
	if (pid < 0) {
		mp_error("cannot start the %s: %s", c->name, g_strerror(errno));
		c->restart_at = now_ms() + RESTART_MIN_S * 1000;
		if (!c->is_worker)
			fallback_set_serving(sv->fb, TRUE);
		return;
	}
	if (pid == 0) {
		/* the supervisor's descriptors stay the supervisor's */
		close(sv->signal_fd);
		fallback_close_fds(sv->fb);
		if (!c->is_worker)
			run_milter(sv->config_path, sv->cfg);
		if (sv->listen_fd >= 0)
			close(sv->listen_fd); /* see WHILE THE MILTER IS DOWN */
		run_worker(sv->cfg, sv->rules, c->index);
	}
	c->pid = pid;
	c->started = now_ms();
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
 * schedule the restart; while the milter is down the supervisor answers */
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
		c->restart_at = now_ms();
		if (!c->is_worker)
			fallback_set_serving(sv->fb, TRUE);
		return;
	}
	/* Quick deaths back off (1 s doubling); a child that ran a while is
	 * restarted at once. */
	guint max = c->is_worker ? RESTART_MAX_S : MILTER_RESTART_MAX_S;
	if (now_ms() - c->started < 10 * 1000)
		c->backoff = c->backoff ? MIN(c->backoff * 2, max) : RESTART_MIN_S;
	else
		c->backoff = 0;
	c->restart_at = now_ms() + c->backoff * 1000;
	if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		mp_error("%s died of signal %d (%s); restarting in %u s", c->name, sig, strsignal(sig),
		         c->backoff);
		if (c->is_worker && is_fault(sig)) {
			char *name = mp_worker_quarantine_inflight(sv->cfg->spool_dir, c->index);
			if (name)
				mp_error("%s: %s: quarantined: the worker %s on it", c->name, name,
				         sig == SIGALRM ? "exceeded WorkerTimeout" : "crashed");
			g_free(name);
		}
	} else {
		mp_warning("%s exited with status %d; restarting in %u s", c->name, WEXITSTATUS(status),
		           c->backoff);
	}
	if (!c->is_worker)
		fallback_set_serving(sv->fb, TRUE);
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
	if (rules != NULL) {
		mp_notice("%s: %u phrase rules from %s", what, mp_rules_count(rules), cfg->rules_dir);
		/* Live capture must judge a sentence as `ingest` does: the
		 * scorer beside the rules.  Without its model (a broken
		 * install) the daemon still runs, rules only: mail never
		 * waits on the scorer. */
		if (!mp_rules_use_model(rules, cfg->model_path, &error))
			mp_error("%s: %s; phrase signals from the rules alone", what, error->message);
		else
			mp_notice("%s: sentence scorer %s", what, mp_scorer_provenance(mp_rules_model(rules)));
	} else if (g_error_matches(error, MP_ERROR, MP_ERR_NOINPUT))
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
	mp_config *cfg = mp_config_load(sv->config_path, &error);
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
	mp_log_set_threshold(cfg->log_level); /* the workers restarted below inherit it */
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

/* wait_events - sleep in poll() until a signal, a connection to answer or
 * timeout_ms; note the signals (handled by the caller), answer on the
 * milter socket (fallback.c) */
static void wait_events(supervisor *sv, int timeout_ms)
{
	struct pollfd fds[1 + FALLBACK_MAX_CONNS + 1];
	fds[0] = (struct pollfd){ .fd = sv->signal_fd, .events = POLLIN };
	guint n = 1 + fallback_pollfds(sv->fb, fds + 1, G_N_ELEMENTS(fds) - 1);
	if (poll(fds, n, timeout_ms) < 0) {
		if (errno != EINTR)
			mp_warning("poll: %s", g_strerror(errno));
		return;
	}
	if (fds[0].revents & POLLIN) {
		struct signalfd_siginfo si;
		while (read(sv->signal_fd, &si, sizeof si) == (ssize_t)sizeof si) {
			if (si.ssi_signo == SIGTERM || si.ssi_signo == SIGINT)
				sv->stop_asked = TRUE;
			else if (si.ssi_signo == SIGHUP)
				sv->reload_asked = TRUE;
			/* SIGCHLD: the caller reaps */
		}
	}
	fallback_handle(sv->fb, fds + 1, n - 1);
}

/* any_child - a child still runs */
static gboolean any_child(const supervisor *sv)
{
	if (sv->milter.pid > 0)
		return TRUE;
	for (guint i = 0; i < sv->n_workers; i++)
		if (sv->workers[i].pid > 0)
			return TRUE;
	return FALSE;
}

/* kill_children - send sig to every child still running */
static void kill_children(const supervisor *sv, int sig)
{
	if (sv->milter.pid > 0)
		kill(sv->milter.pid, sig);
	for (guint i = 0; i < sv->n_workers; i++)
		if (sv->workers[i].pid > 0)
			kill(sv->workers[i].pid, sig);
}

/* stop - SIGTERM: children first, then us; the MTA is refused, not left
 * waiting, once the milter has closed the socket */
static void stop(supervisor *sv)
{
	sv->stopping = TRUE;
	mp_notice("stopping");
	fallback_close_listener(sv->fb);
	sv->listen_fd = -1;
	kill_children(sv, SIGTERM);
	gint64 deadline = now_ms() + (STOP_GRACE_S + 5) * 1000;
	gboolean killed = FALSE;
	while (any_child(sv)) {
		wait_events(sv, 100);
		reap(sv);
		if (!killed && any_child(sv) && now_ms() >= deadline) {
			mp_warning("stop: children still running after %ds: killing them",
			           STOP_GRACE_S + 5);
			kill_children(sv, SIGKILL);
			killed = TRUE;
		}
	}
}

/* next_timeout - ms until the next restart is due (at most TICK_MS) */
static int next_timeout(const supervisor *sv)
{
	gint64 now = now_ms(), next = now + TICK_MS;
	if (sv->milter.pid == 0)
		next = MIN(next, sv->milter.restart_at);
	for (guint i = 0; i < sv->n_workers; i++)
		if (sv->workers[i].pid == 0)
			next = MIN(next, sv->workers[i].restart_at);
	return (int)CLAMP(next - now, 0, TICK_MS);
}

/* supervise - the supervisor's loop; returns the exit status */
static int supervise(supervisor *sv)
{
	start_child(sv, &sv->milter);
	for (guint i = 0; i < sv->n_workers; i++)
		start_child(sv, &sv->workers[i]);
	while (!sv->stopping) {
		wait_events(sv, next_timeout(sv));
		if (sv->stop_asked) {
			stop(sv);
			break;
		}
		if (sv->reload_asked) {
			sv->reload_asked = FALSE;
			reload(sv);
		}
		reap(sv);
		gint64 now = now_ms();
		if (sv->milter.pid == 0 && now >= sv->milter.restart_at)
			start_child(sv, &sv->milter);
		for (guint i = 0; i < sv->n_workers; i++)
			if (sv->workers[i].pid == 0 && now >= sv->workers[i].restart_at)
				start_child(sv, &sv->workers[i]);
	}
	mp_notice("stopped");
	return 0;
}

/* supervisor_block_signals - the signals the supervisor waits for, blocked
 * before anything forks; the children adjust their own masks */
void supervisor_block_signals(void)
{
	sigset_t set;
	waited_signals(&set);
	sigprocmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
}

/* supervisor_run - load the rules, run the children until stopped */
int supervisor_run(const char *config_path, int listen_fd, mp_config **cfg)
{
	sigset_t set;
	waited_signals(&set);
	int signal_fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
	if (signal_fd < 0) {
		mp_error("signalfd: %s", g_strerror(errno));
		return 71; /* EX_OSERR */
	}
	supervisor sv = { .config_path = config_path, .cfg = *cfg, .milter = { .name = "milter" },
	                  .n_workers = (*cfg)->workers, .listen_fd = listen_fd,
	                  .signal_fd = signal_fd, .fb = fallback_new(listen_fd, (*cfg)->spool_dir),
	                  .rules = load_rules(*cfg, "rules") };
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
	fallback_free(sv.fb);
	close(signal_fd);
	g_free(sv.workers);
	mp_rules_free(sv.rules);
	*cfg = sv.cfg;
	return rc;
}
