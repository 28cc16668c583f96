/*
 * fallback.h - the supervisor's answer to the MTA while the milter is down.
 *
 * While no milter process runs (killed, crashed, waiting to be restarted,
 * or stopping) the supervisor answers on the milter socket itself: it
 * negotiates, lets the MTA skip every step it can, and answers ACCEPT at
 * DATA, so each message passes at once, uncaptured, instead of waiting
 * for the MTA's milter timeout.  Each message passed is logged with its
 * queue id, and counted (connections, messages, last time) in
 * SpoolDir/milter.state for `mailpulse status`.  Everything is
 * nonblocking and bounded: FALLBACK_MAX_CONNS connections (one past that
 * is closed at once, which the MTA treats as an unavailable milter, also
 * at once), FALLBACK_KEEP bytes kept per packet, FALLBACK_IDLE_S of
 * silence.  Private to the milter; the supervisor drives it from its
 * poll() loop (supervisor.c).
 */
#ifndef MILTER_FALLBACK_H
#define MILTER_FALLBACK_H

#include <poll.h>
#include <glib.h>

/* Connections answered at once at most; one more is closed at once. */
#define FALLBACK_MAX_CONNS 256

typedef struct fallback fallback;

/* fallback_new - the responder for the listening socket listen_fd (not
 * taken over; -1: none, the responder then does nothing); the counts go
 * on from SpoolDir/milter.state */
fallback *fallback_new(int listen_fd, const char *spool_dir);

/* fallback_free - close its connections, write the counts; NULL is fine */
void fallback_free(fallback *fb);

/* fallback_set_serving - start (TRUE: no milter process accepts) or stop
 * (FALSE: a milter process is about to) answering new connections */
void fallback_set_serving(fallback *fb, gboolean serving);

/* fallback_pollfds - what poll() must watch: the listening socket while
 * serving, then each open connection; returns how many (at most max) */
guint fallback_pollfds(const fallback *fb, struct pollfd *fds, guint max);

/* fallback_handle - after poll() on those fds: accept, read, answer; close
 * connections idle past FALLBACK_IDLE_S; write the counts when they
 * changed (at most once a second) */
void fallback_handle(fallback *fb, const struct pollfd *fds, guint n);

/* fallback_drain - answer every connection already queued on the socket
 * (they have waited enough: before a new milter process starts) */
void fallback_drain(fallback *fb);

/* fallback_close_listener - at a stop: answer what is queued, then close
 * the supervisor's copy of the listening socket, so that once the milter
 * process has closed its own the MTA is refused at once, never left
 * waiting in the queue of a socket nobody accepts on; the connections
 * already open are still answered */
void fallback_close_listener(fallback *fb);

/* fallback_close_fds - in a child just forked: close the copies of the
 * connections (the supervisor keeps answering them) */
void fallback_close_fds(const fallback *fb);

#endif
