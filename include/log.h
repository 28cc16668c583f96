/*
 * log.h - one-line-per-event logging to stderr or syslog.
 *
 * The log destination and threshold are the only process-wide mutable state
 * of the library; they live in log.c and change only through mp_log_setup().
 * Customer text (subjects, bodies, names) is logged only at MP_LOG_DEBUG.
 */
#ifndef MP_LOG_H
#define MP_LOG_H

typedef enum {
	MP_LOG_ERROR = 0,
	MP_LOG_WARNING = 1,
	MP_LOG_NOTICE = 2,
	MP_LOG_INFO = 3,
	MP_LOG_DEBUG = 4,
} mp_log_level;

/* mp_log_setup - choose the destination (syslog or stderr) and threshold */
void mp_log_setup(const char *ident, int use_syslog, mp_log_level threshold);

/* mp_log_set_threshold - change the threshold only (LogLevel, reloaded on
 * SIGHUP; the destination stays what the start chose) */
void mp_log_set_threshold(mp_log_level threshold);

/* mp_log_level_from_name - "error".."debug" to a level; -1 if unknown */
int mp_log_level_from_name(const char *name);

/* mp_log - write one event line if level is at or above the threshold */
void mp_log(mp_log_level level, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#define mp_error(...)   mp_log(MP_LOG_ERROR, __VA_ARGS__)
#define mp_warning(...) mp_log(MP_LOG_WARNING, __VA_ARGS__)
#define mp_notice(...)  mp_log(MP_LOG_NOTICE, __VA_ARGS__)
#define mp_info(...)    mp_log(MP_LOG_INFO, __VA_ARGS__)
#define mp_debug(...)   mp_log(MP_LOG_DEBUG, __VA_ARGS__)

#endif
