/*
 * accounts_csv.h - read the accounts CSV exported from the CRM.
 *
 * Header (fixed, other tools rely on it):
 *	account,domains,owner,arr,renewal_date,segment
 * domains are separated by ';'; owner is the AM's address; arr a plain
 * number; renewal_date YYYY-MM-DD; segment enterprise, mid or smb.  Fields
 * may be quoted RFC 4180 style.  Every row is checked before anything is
 * returned: one bad row fails the whole file, and the error lists each bad
 * row as FILE:LINE: reason, so nothing of a bad file is half-imported.
 */
#ifndef MP_ACCOUNTS_CSV_H
#define MP_ACCOUNTS_CSV_H

#include <glib.h>
#include "store.h"

#define MP_ACCOUNTS_CSV_HEADER "account,domains,owner,arr,renewal_date,segment"

/* mp_accounts_csv_parse - rows (mp_account_row *, owned by the array) or
 * NULL with error (MP_ERR_DATA for bad rows, MP_ERR_NOINPUT if unreadable) */
GPtrArray *mp_accounts_csv_parse(const char *name, const char *text, gsize len,
                                 GError **error);

/* mp_accounts_csv_read - read and parse a file */
GPtrArray *mp_accounts_csv_read(const char *path, GError **error);

#endif
