/*
 * setup.c - mailpulse-milter: socket, directories, privileges, pidfile.
 *
 * SUMMARY
 *	What the daemon does once, as root, before the supervisor starts its
 *	children (main.c calls these in this order):
 *	setup_check_config     Socket well formed, InternalDomains set, User
 *	                       known (as root); what -n checks too
 *	setup_prepare_dirs     the spool (tmp, new, quarantine, pool) and the
 *	                       database directory, owned by User
 *	setup_open_socket      libmilter's listening socket, 0660 and owned
 *	                       by User so the MTA reaches it through the group
 *	setup_listen_fd        that socket's descriptor, for the supervisor's
 *	                       answer while the milter is down (fallback.c)
 *	setup_daemonize        detach from the terminal (not with -f)
 *	setup_write_pid_file   PidFile, while still root
 *	setup_drop_privileges  become User for good, irrevocably
 *	setup_remove_files     at a clean stop: PidFile and a local socket
 *
 * DIAGNOSTICS
 *	The steps that can stop the start return FALSE with a GError
 *	(MP_ERR_CONFIG, MP_ERR_IO, MP_ERR_NOPERM, MP_ERR_SOFTWARE); what the
 *	daemon can run without (a chown, the chdir, PidFile) is a warning in
 *	the log.
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#include "capture.h"
#include "log.h"
#include "pidfile.h"
#include "setup.h"
#include "spool.h"
#include "status.h"

/* setup_socket_path - the file of a local: socket, or NULL */
const char *setup_socket_path(const char *spec)
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
	const char *path = setup_socket_path(spec);
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

/* setup_check_config - what -n checks, and what start-up needs */
gboolean setup_check_config(const mp_config *cfg, GError **error)
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

/* setup_prepare_dirs - spool and database directories, owned by User */
gboolean setup_prepare_dirs(const mp_config *cfg, GError **error)
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

/* setup_open_socket - libmilter's listening socket, reachable by the MTA */
gboolean setup_open_socket(const mp_config *cfg, GError **error)
{
	const char *path = setup_socket_path(cfg->socket);
	if (path) {
		char *dir = g_path_get_dirname(path);
		g_mkdir_with_parents(dir, 0755);
		g_free(dir);
	}
	if (smfi_setconn((char *)cfg->socket) != MI_SUCCESS ||
	    smfi_register(*capture_filter()) != MI_SUCCESS) {
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

/* setup_listen_fd - the process's one listening socket: libmilter keeps
 * the descriptor it opened to itself (no call returns it), and nothing
 * else in the daemon listens, so it is the descriptor for which the
 * kernel says SO_ACCEPTCONN */
int setup_listen_fd(void)
{
	int found = -1;
	GDir *dir = g_dir_open("/proc/self/fd", 0, NULL);
	const char *name;
	while (dir && (name = g_dir_read_name(dir)) != NULL) {
		int fd = atoi(name), listening = 0;
		socklen_t len = sizeof listening;
		if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) == 0 && listening) {
			if (found >= 0) { /* two: cannot tell which */
				found = -1;
				break;
			}
			found = fd;
		}
	}
	if (dir)
		g_dir_close(dir);
	if (found < 0)
		mp_warning("cannot find the milter's listening socket: while the milter process is "
		           "down, the MTA waits for it (its milter timeouts)");
	return found;
}

/* setup_drop_privileges - become User for good (only when started as root) */
gboolean setup_drop_privileges(const mp_config *cfg, GError **error)
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

/* setup_daemonize - detach from the terminal (not with -f) */
void setup_daemonize(void)
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

/* setup_write_pid_file - PidFile, if configured (before dropping root) */
void setup_write_pid_file(const mp_config *cfg)
{
	if (cfg->pid_file == NULL)
		return;
	char *text = g_strdup_printf("%d\n", (int)getpid());
	if (!g_file_set_contents(cfg->pid_file, text, -1, NULL))
		mp_warning("cannot write %s", cfg->pid_file);
	g_free(text);
}

/* setup_remove_files - PidFile and a local socket, at a clean stop */
void setup_remove_files(const mp_config *cfg)
{
	if (cfg->pid_file)
		unlink(cfg->pid_file);
	const char *path = setup_socket_path(cfg->socket);
	if (path)
		unlink(path);
}
