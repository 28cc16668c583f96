/*
 * supervisor.h - mailpulse-milter: the supervisor and its children.
 *
 * main.c blocks the supervisor's signals before anything forks, sets the
 * daemon up (setup.h), then hands over to supervisor_run(), which starts
 * the milter and the workers, restarts them, reloads on SIGHUP and stops
 * on SIGTERM.  Private to the milter.
 */
#ifndef MILTER_SUPERVISOR_H
#define MILTER_SUPERVISOR_H

#include "config.h"

/* supervisor_block_signals - block SIGTERM, SIGINT, SIGHUP and SIGCHLD
 * (the supervisor waits for them), ignore SIGPIPE */
void supervisor_block_signals(void);

/* supervisor_run - run the children until stopped; listen_fd is the milter
 * socket (setup_listen_fd(), -1 if unknown), on which the supervisor
 * answers while the milter process is down; takes *cfg over and leaves in
 * it the configuration in force at the end (a reload replaces it), for
 * the caller to clean up after and free; the exit status */
int supervisor_run(const char *config_path, int listen_fd, mp_config **cfg);

#endif
