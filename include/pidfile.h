/*
 * pidfile.h - the directory of mailpulse-milter's PidFile.
 *
 * The default PidFile, /run/mailpulse/mailpulse-milter.pid, lies in a
 * directory that exists only while something makes it: systemd's
 * RuntimeDirectory= for the service, the daemon itself when an init
 * without it starts the daemon as root.  These two functions are what the
 * daemon calls: the check at -n and at start, the preparation before it
 * drops root.  The file itself is written by the daemon after it forks.
 */
#ifndef MP_PIDFILE_H
#define MP_PIDFILE_H

#include <glib.h>
#include "config.h"

/* mp_pidfile_check - PidFile's directory exists and this process can write
 * in it, or it can be created (its nearest existing parent is writable):
 * FALSE with MP_ERR_CONFIG naming the path, its owner and mode, else */
gboolean mp_pidfile_check(const mp_config *cfg, GError **error);

/* mp_pidfile_prepare - create PidFile's directory when missing (mode 0750
 * less the umask); run as root, give the directory it created to User, so
 * that the daemon, once it has dropped root, can remove the file at stop,
 * and the members of User's group reach a socket kept there */
gboolean mp_pidfile_prepare(const mp_config *cfg, GError **error);

#endif
