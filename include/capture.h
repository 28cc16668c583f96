/*
 * capture.h - the mail path: libmilter callbacks that spool messages.
 *
 * The milter process registers mp_capture_filter() with libmilter and runs
 * smfi_main().  For each message whose envelope crosses the company
 * boundary the callbacks stream headers and body into a spool file and
 * rename it into SpoolDir/new/ at end-of-message; everything else is
 * accepted at DATA and never touched.  Nothing here parses MIME or opens
 * the database.  Every reply is ACCEPT or CONTINUE (or no reply at all
 * where the MTA allows it): a fault inside mailpulse is logged, never
 * passed on to the mail.
 *
 * The configuration in force is pinned by each connection when it starts
 * (reference counted), so mp_capture_reload() can swap it while mail is
 * flowing, as OpenDKIM does.
 */
#ifndef MP_CAPTURE_H
#define MP_CAPTURE_H

#include <glib.h>
#include <libmilter/mfapi.h>
#include "config.h"

/* The header that marks mailpulse's own digests: never captured. */
#define MP_DIGEST_HEADER "X-Mailpulse-Digest"

/* mp_capture_init - install cfg (taken over) as the configuration in force */
void mp_capture_init(mp_config *cfg);

/* mp_capture_reload - swap in cfg (taken over); connections already open
 * keep the one they started with */
void mp_capture_reload(mp_config *cfg);

/* mp_capture_filter - the smfiDesc to pass to smfi_register() */
struct smfiDesc *mp_capture_filter(void);

/* mp_capture_active - connections open right now (for a clean stop) */
int mp_capture_active(void);

/* mp_capture_shutdown - drop the configuration (after smfi_main returns) */
void mp_capture_shutdown(void);

#endif
