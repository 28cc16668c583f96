/*
 * status.c - the MP_ERROR domain and its mapping to exit codes.
 *
 * One place decides which exit status a failure gets, so that every
 * command reports "database busy, try again" (75) the same way.
 */
#include "status.h"

G_DEFINE_QUARK(mailpulse-error-quark, mp_error)

/* mp_status_exit_code - exit status for error: its code in MP_ERROR, else 70 */
int mp_status_exit_code(const GError *error)
{
	if (error == NULL)
		return MP_OK;
	if (error->domain == MP_ERROR && error->code > 0 && error->code < 256)
		return error->code;
	return MP_ERR_SOFTWARE;
}
