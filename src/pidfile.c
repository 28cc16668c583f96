/*
 * pidfile.c - PidFile's directory: checked by -n, made before root is
 * dropped (see pidfile.h).
 *
 * SUMMARY
 *	mp_pidfile_check() looks for the first existing directory on the way
 *	to the file: it must be the file's own directory and writable by this
 *	process, or an ancestor this process may create the rest in.  So a
 *	daemon started as root passes (it creates /run/mailpulse), one started
 *	by systemd as the mailpulse user passes (RuntimeDirectory= made it),
 *	and one started by hand as a user who can do neither is refused by -n
 *	with the reason, instead of failing to write the file later.
 *
 *	mp_pidfile_prepare() creates what is missing, 0750, and, as root,
 *	chowns the directories it created to User and User's group.
 *
 * DIAGNOSTICS
 *	MP_ERR_CONFIG: "PidFile PATH: ..." naming the directory in the way,
 *	its owner and mode.  A failed chown is an error too: the daemon
 *	could not remove its file at stop.
 */
#include <errno.h>
#include <pwd.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fileowner.h"
#include "pidfile.h"
#include "status.h"

/* in_the_way - the nearest existing directory on the way to dir (caller
 * frees), with its stat, or NULL when something that is not a directory is */
static char *in_the_way(const char *dir, struct stat *sb)
{
	char *d = g_strdup(dir);
	while (stat(d, sb) != 0) {
		char *up = g_path_get_dirname(d);
		gboolean top = strcmp(up, d) == 0;
		g_free(d);
		d = up;
		if (top)
			break;
	}
	if (!S_ISDIR(sb->st_mode)) {
		g_free(d);
		return NULL;
	}
	return d;
}

gboolean mp_pidfile_check(const mp_config *cfg, GError **error)
{
	if (cfg->pid_file == NULL)
		return TRUE;
	if (!g_path_is_absolute(cfg->pid_file)) {
		g_set_error(error, MP_ERROR, MP_ERR_CONFIG, "PidFile %s: the path must be absolute",
		            cfg->pid_file);
		return FALSE;
	}
	char *dir = g_path_get_dirname(cfg->pid_file);
	struct stat sb;
	char *found = in_the_way(dir, &sb);
	gboolean ok = found != NULL && access(found, W_OK | X_OK) == 0;
	if (found == NULL) {
		g_set_error(error, MP_ERROR, MP_ERR_CONFIG,
		            "PidFile %s: something on the way to %s is not a directory",
		            cfg->pid_file, dir);
	} else if (!ok) {
		char *what = mp_owner_mode(&sb);
		if (strcmp(found, dir) == 0)
			g_set_error(error, MP_ERROR, MP_ERR_CONFIG,
			            "PidFile %s: this user may not write in %s (%s): start the daemon as "
			            "root or as the owner of %s, or set PidFile to a file in a directory "
			            "it may write", cfg->pid_file, dir, what, dir);
		else
			g_set_error(error, MP_ERROR, MP_ERR_CONFIG,
			            "PidFile %s: %s does not exist and this user may not create it in %s "
			            "(%s): start the daemon as root, which creates it, or set PidFile to a "
			            "file in a directory it may write", cfg->pid_file, dir, found, what);
		g_free(what);
	}
	g_free(found);
	g_free(dir);
	return ok;
}

/* user_ids - User's uid and primary gid; FALSE when there is no such user */
static gboolean user_ids(const mp_config *cfg, uid_t *uid, gid_t *gid)
{
	struct passwd *pw = cfg->user ? getpwnam(cfg->user) : NULL;
	if (pw == NULL)
		return FALSE;
	*uid = pw->pw_uid;
	*gid = pw->pw_gid;
	return TRUE;
}

gboolean mp_pidfile_prepare(const mp_config *cfg, GError **error)
{
	if (cfg->pid_file == NULL)
		return TRUE;
	char *dir = g_path_get_dirname(cfg->pid_file);
	struct stat sb;
	char *found = in_the_way(dir, &sb);
	/* the directories to create: dir and its missing parents */
	GPtrArray *made = g_ptr_array_new_with_free_func(g_free);
	if (found) {
		char *d = g_strdup(dir);
		while (strcmp(d, found) != 0) {
			g_ptr_array_add(made, d);
			d = g_path_get_dirname(d);
		}
		g_free(d);
	}
	gboolean ok = TRUE;
	if (made->len > 0 && g_mkdir_with_parents(dir, 0750) != 0) {
		g_set_error(error, MP_ERROR, MP_ERR_CONFIG, "PidFile %s: cannot create %s: %s",
		            cfg->pid_file, dir, g_strerror(errno));
		ok = FALSE;
	}
	uid_t uid;
	gid_t gid;
	if (ok && made->len > 0 && geteuid() == 0 && user_ids(cfg, &uid, &gid)) {
		for (guint i = 0; ok && i < made->len; i++)
			if (chown(made->pdata[i], uid, gid) != 0) {
				g_set_error(error, MP_ERROR, MP_ERR_CONFIG, "PidFile %s: cannot give %s to %s: %s",
				            cfg->pid_file, (char *)made->pdata[i], cfg->user, g_strerror(errno));
				ok = FALSE;
			}
	}
	g_ptr_array_unref(made);
	g_free(found);
	g_free(dir);
	return ok;
}
