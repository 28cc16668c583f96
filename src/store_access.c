/*
 * store_access.c - who may open the database, whoever runs the command.
 *
 * SUMMARY
 *	The database belongs to the owner of its directory (the mailpulse
 *	user of the package): that user writes it (the milter's worker, the
 *	timers, an admin's runuser), the directory's group reads it (Account
 *	Managers).  Two things keep it that way:
 *
 *	store_create_owned() - root is the one user who can write a file and
 *	leave it unwritable by its owner.  A command run as root (`mailpulse
 *	accounts import` on day one) creates a missing database here, empty,
 *	owned by the directory's owner and group and with the mode the umask
 *	leaves of 0640; SQLite, when it runs as root, then gives its -wal and
 *	-shm files the database's owner (os_unix.c, robustFchown), so the
 *	worker can still write all three.
 *
 *	store_access_problem() - why this process cannot open the database
 *	(to read, or to read and write), in one line that names the file, its
 *	owner and mode, and the fix: a file owned by someone other than the
 *	directory's owner (created by root with an older mailpulse, or copied
 *	in) is to be chowned; a reader outside the group is told to join it;
 *	a writer who is not the owner is told to run as the owner; a
 *	read-only file system is named as such.
 *
 * EDGE CASES
 *	A reader needs the -wal and -shm files of a WAL database: writers
 *	keep them (PERSIST_WAL, store.c), so a group member reads while no
 *	writer is running; a database last closed by a writer that deleted
 *	them cannot be read by a user who may not create them, and the
 *	message says which command brings them back.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fileowner.h"
#include "store_internal.h"
#include "status.h"

gboolean store_create_owned(const char *path, GError **error)
{
	if (geteuid() != 0 || g_file_test(path, G_FILE_TEST_EXISTS))
		return TRUE;
	char *dir = g_path_get_dirname(path);
	struct stat dsb;
	gboolean ok = TRUE;
	if (stat(dir, &dsb) == 0 && dsb.st_uid != 0) {
		/* O_EXCL: another process creating it meanwhile keeps its own. */
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0640);
		if (fd >= 0) {
			if (fchown(fd, dsb.st_uid, dsb.st_gid) != 0) {
				g_set_error(error, MP_ERROR, MP_ERR_IO, "%s: cannot give it to the owner of %s: %s",
				            path, dir, g_strerror(errno));
				unlink(path);
				ok = FALSE;
			}
			close(fd);
		} else if (errno != EEXIST) {
			g_set_error(error, MP_ERROR, errno == EACCES ? MP_ERR_NOPERM : MP_ERR_IO,
			            "%s: cannot create the database: %s", path, g_strerror(errno));
			ok = FALSE;
		}
	}
	g_free(dir);
	return ok;
}

/* misowned_fix - the one-line diagnosis of a file of the database that is
 * not its directory owner's (caller frees) */
static char *misowned_fix(const char *path, const char *file, const struct stat *sb,
                          const char *dir, const struct stat *dsb)
{
	char *om = mp_owner_mode(sb), *u = mp_owner_name(dsb->st_uid), *g = mp_group_name(dsb->st_gid);
	char *text = g_strdup_printf("%s: %s, but %s owns %s and writes the database: as root, "
	                             "run chown %s:%s %s %s-wal %s-shm", file, om, u, dir, u, g,
	                             path, path, path);
	g_free(om);
	g_free(u);
	g_free(g);
	return text;
}

/* denied_text - why file (of the database at path, in dir) is closed to
 * us for mode (R_OK, or R_OK|W_OK), errno err (caller frees) */
static char *denied_text(const char *path, const char *file, const struct stat *sb,
                         const char *dir, const struct stat *dsb, int mode, int err)
{
	if (err != EACCES && err != EPERM)
		return g_strdup_printf("%s: cannot be %s: %s", file, (mode & W_OK) ? "written" : "read",
		                       g_strerror(err));
	uid_t me = geteuid();
	/* The owner's own process (the worker) or root facing a file someone
	 * else left: the file is wrong, not the caller. */
	if (sb->st_uid != dsb->st_uid && (me == dsb->st_uid || me == 0))
		return misowned_fix(path, file, sb, dir, dsb);
	char *om = mp_owner_mode(sb), *u = mp_owner_name(sb->st_uid), *g = mp_group_name(sb->st_gid);
	char *text;
	if (!(mode & W_OK) || access(file, R_OK) != 0)
		text = g_strdup_printf("%s: permission denied (%s: the %s group reads the database: "
		                       "ask an admin to add you to it)", file, om, g);
	else if (me != sb->st_uid)
		text = g_strdup_printf("%s: permission denied (%s: only the %s user writes the database: "
		                       "run this as that user, e.g. runuser -u %s -- mailpulse ..., or as "
		                       "root)", file, om, u, u);
	else
		text = g_strdup_printf("%s: not writable (%s): chmod u+w %s", file, om, file);
	g_free(om);
	g_free(u);
	g_free(g);
	return text;
}

/* missing_text - file (-wal or -shm) is missing and we cannot create it
 * in dir: a writer cannot work, a reader cannot read (caller frees) */
static char *missing_text(const char *path, const char *file, const char *dir,
                          const struct stat *dsb, int mode, int err)
{
	if (err != EACCES && err != EPERM)
		return g_strdup_printf("%s: cannot create %s: %s", path, file, g_strerror(err));
	char *om = mp_owner_mode(dsb), *u = mp_owner_name(dsb->st_uid);
	char *text;
	if (mode & W_OK)
		text = g_strdup_printf("%s: permission denied (the directory %s is %s: only the %s user "
		                       "writes the database: run this as that user, e.g. runuser -u %s -- "
		                       "mailpulse ..., or as root)", path, dir, om, u, u);
	else
		text = g_strdup_printf("%s: cannot be read without %s, which this user may not create "
		                       "in %s (%s): it stays once the database was opened for writing; "
		                       "start mailpulse-milter or run `runuser -u %s -- mailpulse ingest` "
		                       "once", path, file, dir, om, u);
	g_free(om);
	g_free(u);
	return text;
}

char *store_access_problem(const char *path, gboolean write, int *code)
{
	char *dir = g_path_get_dirname(path);
	struct stat dsb;
	char *problem = NULL;
	int mode = write ? R_OK | W_OK : R_OK;
	int err = 0;
	if (stat(dir, &dsb) != 0) {
		err = errno;
		problem = err == EACCES
			? g_strdup_printf("%s: permission denied (a directory on the way is closed to this "
			                  "user: ask an admin for access)", path)
			: g_strdup_printf("%s: %s", dir, g_strerror(err));
	} else if (access(dir, X_OK) != 0) {
		err = errno;
		char *om = mp_owner_mode(&dsb), *g = mp_group_name(dsb.st_gid);
		problem = g_strdup_printf("%s: permission denied (%s is %s: the %s group reads the "
		                          "database: ask an admin to add you to it)", path, dir, om, g);
		g_free(om);
		g_free(g);
	}
	const char *const suffixes[] = { "", "-wal", "-shm" };
	for (guint i = 0; i < G_N_ELEMENTS(suffixes) && problem == NULL; i++) {
		char *file = g_strconcat(path, suffixes[i], NULL);
		struct stat sb;
		if (lstat(file, &sb) == 0) {
			if (access(file, mode) != 0)
				problem = denied_text(path, file, &sb, dir, &dsb, mode, err = errno);
		} else if (errno == ENOENT && (i > 0 || write) && access(dir, W_OK) != 0) {
			/* SQLite creates it on first use: a writer needs the directory,
			 * and so does a reader of a database whose -shm is gone. */
			err = errno;
			problem = missing_text(path, file, dir, &dsb, mode, err);
		}
		g_free(file);
	}
	g_free(dir);
	if (code)
		*code = err == EACCES || err == EPERM ? MP_ERR_NOPERM : MP_ERR_IO;
	return problem;
}

char *mp_store_access_problem(const char *path)
{
	return store_access_problem(path, TRUE, NULL);
}
