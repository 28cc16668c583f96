/*
 * setup.h - mailpulse-milter: socket, directories, privileges, pidfile.
 *
 * The once-only steps of the daemon's start, as root, in the order main.c
 * calls them (see setup.c).  Private to the milter.
 */
#ifndef MILTER_SETUP_H
#define MILTER_SETUP_H

#include <glib.h>
#include "config.h"

/* setup_socket_path - the file of a local: socket, or NULL */
const char *setup_socket_path(const char *spec);

/* setup_check_config - what -n checks, and what start-up needs */
gboolean setup_check_config(const mp_config *cfg, GError **error);

/* setup_prepare_dirs - spool and database directories, owned by User */
gboolean setup_prepare_dirs(const mp_config *cfg, GError **error);

/* setup_open_socket - libmilter's listening socket, reachable by the MTA */
gboolean setup_open_socket(const mp_config *cfg, GError **error);

/* setup_listen_fd - the listening socket setup_open_socket() had libmilter
 * open (the supervisor answers on it while no milter process runs), or -1 */
int setup_listen_fd(void);

/* setup_daemonize - detach from the terminal (not with -f) */
void setup_daemonize(void);

/* setup_write_pid_file - PidFile, if configured (before dropping root) */
void setup_write_pid_file(const mp_config *cfg);

/* setup_drop_privileges - become User for good (only when started as root) */
gboolean setup_drop_privileges(const mp_config *cfg, GError **error);

/* setup_remove_files - PidFile and a local socket, at a clean stop */
void setup_remove_files(const mp_config *cfg);

#endif
