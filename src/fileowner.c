/*
 * fileowner.c - a file's owner and mode in words (fileowner.h).
 *
 * Used by the messages of store_access.c (the database) and pidfile.c
 * (PidFile's directory): a user who cannot open a file is told whose it
 * is and with which mode, since that is what the fix changes.
 */
#include <grp.h>
#include <pwd.h>
#include "fileowner.h"

char *mp_owner_name(uid_t uid)
{
	struct passwd *pw = getpwuid(uid);
	return pw ? g_strdup(pw->pw_name) : g_strdup_printf("%u", (unsigned)uid);
}

char *mp_group_name(gid_t gid)
{
	struct group *gr = getgrgid(gid);
	return gr ? g_strdup(gr->gr_name) : g_strdup_printf("%u", (unsigned)gid);
}

char *mp_owner_mode(const struct stat *sb)
{
	char *u = mp_owner_name(sb->st_uid), *g = mp_group_name(sb->st_gid);
	char *text = g_strdup_printf("owned by %s:%s, mode %04o", u, g, (unsigned)(sb->st_mode & 07777));
	g_free(u);
	g_free(g);
	return text;
}
