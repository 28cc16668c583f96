/*
 * log.c - one-line-per-event logging to stderr or syslog.
 *
 * The destination and threshold below are the library's only process-wide
 * mutable state (set once at start-up and on config reload, by
 * mp_log_setup()); everything else is passed explicitly.  Lines go out
 * whole with a single write so that concurrent processes sharing stderr do
 * not interleave inside a line.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <glib.h>
#include "log.h"

static struct {
	int use_syslog;
	gint threshold;   /* mp_log_level; atomic: a reload changes it while the
	                   * milter's threads log */
	char ident[64];
} log_state = { 0, MP_LOG_NOTICE, "mailpulse" };

static const char *const level_names[] = { "error", "warning", "notice", "info", "debug" };
static const int syslog_priority[] = { LOG_ERR, LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG };

/* mp_log_setup - choose destination and threshold; safe to call again */
void mp_log_setup(const char *ident, int use_syslog, mp_log_level threshold)
{
	if (ident != NULL)
		g_strlcpy(log_state.ident, ident, sizeof log_state.ident);
	if (log_state.use_syslog && !use_syslog)
		closelog();
	if (use_syslog)
		openlog(log_state.ident, LOG_PID | LOG_NDELAY, LOG_MAIL);
	log_state.use_syslog = use_syslog;
	g_atomic_int_set(&log_state.threshold, (gint)threshold);
}

/* mp_log_set_threshold - the threshold alone (a reloaded LogLevel) */
void mp_log_set_threshold(mp_log_level threshold)
{
	g_atomic_int_set(&log_state.threshold, (gint)threshold);
}

/* mp_log_level_from_name - parse a level name, -1 when unknown */
int mp_log_level_from_name(const char *name)
{
	for (int i = 0; i < (int)G_N_ELEMENTS(level_names); i++)
		if (g_ascii_strcasecmp(name, level_names[i]) == 0)
			return i;
	return -1;
}

/* mp_log - format and emit one line, newlines in the text flattened */
void mp_log(mp_log_level level, const char *fmt, ...)
{
	if ((gint)level > g_atomic_int_get(&log_state.threshold))
		return;
	va_list ap;
	va_start(ap, fmt);
	char *text = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	/* A log line is one line: CR/LF from message data must not forge
	 * extra entries. */
	for (char *p = text; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	if (log_state.use_syslog) {
		syslog(syslog_priority[level], "%s", text);
	} else {
		char *line = g_strdup_printf("%s: %s: %s\n", log_state.ident,
		                             level_names[level], text);
		ssize_t unused = write(STDERR_FILENO, line, strlen(line));
		(void)unused;
		g_free(line);
	}
	g_free(text);
}
