/*
 * fileowner.h - a file's owner and mode in words, for the messages that
 * tell an admin why a file is closed to a process and what to change.
 */
#ifndef MP_FILEOWNER_H
#define MP_FILEOWNER_H

#include <glib.h>
#include <sys/stat.h>

/* mp_owner_name / mp_group_name - the name of an id, or the number when
 * it has none (a user deleted since); caller frees */
char *mp_owner_name(uid_t uid);
char *mp_group_name(gid_t gid);

/* mp_owner_mode - "owned by USER:GROUP, mode 0640" of sb; caller frees */
char *mp_owner_mode(const struct stat *sb);

#endif
