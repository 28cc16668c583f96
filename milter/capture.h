/*
 * capture.h - the mail path: libmilter callbacks that spool messages.
 *
 * The milter process registers capture_filter() with libmilter and runs
 * smfi_main().  For each message whose envelope crosses the company
 * boundary the callbacks stream headers and body into a spool file and
 * rename it into SpoolDir/new/ at end-of-message; everything else is
 * accepted at DATA and never touched.  Nothing here parses MIME or opens
 * the database.  Every reply is ACCEPT or CONTINUE (or no reply at all
 * where the MTA allows it): a fault inside mailpulse is logged, never
 * passed on to the mail.  What is captured is decided by the capture
 * policy (mp_classify_envelope, mp_classify_header: classify_policy.c).
 * Private to the milter: the library knows nothing of libmilter.
 *
 * The configuration in force is pinned by each connection when it starts
 * (reference counted), so capture_reload() can swap it while mail is
 * flowing, as OpenDKIM does.
 */
#ifndef MILTER_CAPTURE_H
#define MILTER_CAPTURE_H

#include <glib.h>
#include <libmilter/mfapi.h>
#include "config.h"

/* capture_init - install cfg (taken over) as the configuration in force */
void capture_init(mp_config *cfg);

/* capture_reload - swap in cfg (taken over); connections already open
 * keep the one they started with */
void capture_reload(mp_config *cfg);

/* capture_filter - the smfiDesc to pass to smfi_register() */
struct smfiDesc *capture_filter(void);

/* capture_active - connections open right now (for a clean stop) */
int capture_active(void);

/* capture_shutdown - drop the configuration (after smfi_main returns) */
void capture_shutdown(void);

#endif
