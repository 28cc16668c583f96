/*
 * fallback.c - the supervisor's answer to the MTA while the milter is down.
 *
 * SUMMARY
 *	A libmilter daemon whose process dies leaves its listening socket to
 *	whoever else holds it: here the supervisor, which opened it.  Left
 *	alone, the MTA's connections would queue there and wait for a reply
 *	to their negotiation until the MTA's own timeout (30 s a message for
 *	Postfix).  So while no milter process runs, the supervisor answers:
 *
 *	OPTNEG   version min(MTA's, 6), no actions; of the options the MTA
 *	         offers, no HELO, no unknown commands, no reply to connect,
 *	         MAIL or RCPT
 *	macros   the queue id ("i") is kept, for the log
 *	CONNECT, HELO, MAIL, RCPT  (only if the MTA insists on a reply)
 *	         CONTINUE
 *	DATA     ACCEPT: the MTA sends nothing more of this message; logged
 *	         "QUEUEID: passed without capture", counted.  (An MTA without
 *	         DATA in its protocol gets the ACCEPT at the first header.)
 *	others   ABORT nothing; QUIT closes
 *	Accepting at DATA, not at CONNECT, costs no more round trips (nothing
 *	before it needs a reply) and names each message passed in the log:
 *	Postfix knows the queue id only once a recipient is accepted.
 *	A refused connection would have cost nothing either, but the MTA then
 *	applies its milter_default_action, which is tempfail unless the admin
 *	changed it: the mail would wait after all.
 *
 * BOUNDS
 *	Nonblocking throughout (sockets, accept); FALLBACK_MAX_CONNS
 *	connections, one more is closed at once (the MTA sees an unavailable
 *	milter at once); only OPTNEG and macro packets are kept, up to
 *	FALLBACK_KEEP bytes, the rest of any packet is read and dropped; a
 *	connection silent for FALLBACK_IDLE_S is closed.  The listening socket
 *	is made nonblocking only while no milter process shares it.
 *
 * STATE
 *	SpoolDir/milter.state ("key value" lines, replaced whole): the
 *	connections and messages passed so far and when the last was passed,
 *	carried on across restarts of the daemon; `mailpulse status` prints
 *	them.
 *
 * DIAGNOSTICS
 *	A warning per message passed and when answering starts; a notice with
 *	the counts when it stops; an error for a socket that cannot be made
 *	nonblocking (then it does not answer: the MTA waits, as before).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <libmilter/mfdef.h>
#include "fallback.h"
#include "log.h"
#include "spool.h"

/* Bytes kept of an OPTNEG or macro packet (the rest is dropped). */
#define FALLBACK_KEEP 4096
/* A connection silent this long is closed (an SMTP session idles 300 s). */
#define FALLBACK_IDLE_S 600
/* A packet longer than this is a protocol error (libmilter's largest is 1 MB). */
#define FALLBACK_MAX_PACKET (2 * 1024 * 1024)
/* The options asked for, of those offered: see SUMMARY. */
#define FALLBACK_PROTOCOL (SMFIP_NOHELO | SMFIP_NOUNKNOWN | SMFIP_NR_CONN | SMFIP_NR_MAIL | \
                           SMFIP_NR_RCPT)
/* Reads per connection per poll round: one busy peer cannot hold the loop. */
#define FALLBACK_READS 8

typedef struct fb_conn {
	int fd;
	gint64 last_active;     /* monotonic µs */
	guint32 protocol;       /* options agreed, 0 before OPTNEG */
	unsigned char head[5];  /* packet length (4) and command (1) */
	guint head_len;
	guint32 left;           /* payload bytes still to come */
	GString *payload;       /* kept for OPTNEG and macros, else NULL */
	char queue_id[64];      /* from the last "i" macro, "" if none */
	gboolean in_message;    /* MAIL seen, not yet ACCEPTed */
} fb_conn;

struct fallback {
	int listen_fd;
	char *state_path;
	gboolean serving;
	GPtrArray *conns;       /* fb_conn * */
	guint64 connections;    /* passed so far (with the state file's) */
	guint64 messages;
	gint64 last_passed;     /* unix time, 0 = never */
	guint64 conns_this_time, messages_this_time;  /* since answering started */
	gboolean dirty;         /* counts not yet written */
	gint64 written;         /* monotonic µs of the last write */
};

/* ---- the counts -------------------------------------------------------------- */

/* counts_read - the counts of SpoolDir/milter.state, if any */
static void counts_read(fallback *fb, const char *spool_dir)
{
	GHashTable *state = mp_spool_read_state(spool_dir, MP_MILTER_STATE);
	if (state == NULL)
		return;
	const char *v;
	if ((v = g_hash_table_lookup(state, "passed_connections")))
		fb->connections = g_ascii_strtoull(v, NULL, 10);
	if ((v = g_hash_table_lookup(state, "passed_messages")))
		fb->messages = g_ascii_strtoull(v, NULL, 10);
	if ((v = g_hash_table_lookup(state, "last_passed")))
		fb->last_passed = g_ascii_strtoll(v, NULL, 10);
	g_hash_table_unref(state);
}

/* counts_write - replace SpoolDir/milter.state (no fsync: the supervisor's
 * loop is the mail path while it answers, and a count may lag a crash) */
static void counts_write(fallback *fb)
{
	char *text = g_strdup_printf("passed_connections %" G_GUINT64_FORMAT "\n"
	                             "passed_messages %" G_GUINT64_FORMAT "\n"
	                             "last_passed %" G_GINT64_FORMAT "\n",
	                             fb->connections, fb->messages, fb->last_passed);
	GError *error = NULL;
	if (!g_file_set_contents_full(fb->state_path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0640,
	                              &error)) {
		mp_warning("fallback: %s", error->message);
		g_error_free(error);
	}
	g_free(text);
	fb->dirty = FALSE;
	fb->written = g_get_monotonic_time();
}

/* ---- connections ------------------------------------------------------------- */

/* conn_close - close and forget connection i */
static void conn_close(fallback *fb, guint i)
{
	fb_conn *c = fb->conns->pdata[i];
	close(c->fd);
	if (c->payload)
		g_string_free(c->payload, TRUE);
	g_free(c);
	g_ptr_array_remove_index_fast(fb->conns, i);
}

/* reply - one packet: command and optional data; FALSE if it could not go
 * out whole at once (the peer is not reading: give up on it) */
static gboolean reply(fb_conn *c, char cmd, const void *data, guint32 len)
{
	unsigned char packet[5 + 12];
	if (len > sizeof packet - 5)
		return FALSE;
	guint32 n = htonl(len + 1);
	memcpy(packet, &n, 4);
	packet[4] = (unsigned char)cmd;
	if (len)
		memcpy(packet + 5, data, len);
	ssize_t w = send(c->fd, packet, 5 + len, MSG_DONTWAIT | MSG_NOSIGNAL);
	return w == (ssize_t)(5 + len);
}

/* negotiate - OPTNEG: the MTA's version, actions and options; answer */
static gboolean negotiate(fb_conn *c)
{
	if (c->payload == NULL || c->payload->len < 12)
		return FALSE;
	guint32 offered[3];
	memcpy(offered, c->payload->str, 12);
	guint32 version = MIN(ntohl(offered[0]), (guint32)SMFI_PROT_VERSION);
	c->protocol = ntohl(offered[2]) & FALLBACK_PROTOCOL;
	guint32 answer[3] = { htonl(version), htonl(0), htonl(c->protocol) };
	return reply(c, SMFIC_OPTNEG, answer, sizeof answer);
}

/* keep_queue_id - a macro packet: remember its "i" (the queue id) */
static void keep_queue_id(fb_conn *c)
{
	if (c->payload == NULL || c->payload->len < 1)
		return;
	const char *p = c->payload->str + 1, *end = c->payload->str + c->payload->len;
	while (p < end) {
		const char *name = p;
		const char *value = memchr(name, '\0', (gsize)(end - name));
		if (value == NULL || ++value >= end)
			return;
		const char *next = memchr(value, '\0', (gsize)(end - value));
		if (next == NULL)
			return;
		if (strcmp(name, "i") == 0 || strcmp(name, "{i}") == 0) {
			/* a queue id is letters and digits: anything else is not logged */
			gsize n = strspn(value, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
			                        "abcdefghijklmnopqrstuvwxyz.-_");
			if (value[n] == '\0' && n > 0 && n < sizeof c->queue_id)
				memcpy(c->queue_id, value, n + 1);
		}
		p = next + 1;
	}
}

/* passed - a message let through uncaptured: log and count it */
static void passed(fallback *fb, fb_conn *c)
{
	fb->messages++;
	fb->messages_this_time++;
	fb->last_passed = g_get_real_time() / G_USEC_PER_SEC;
	fb->dirty = TRUE;
	mp_warning("%s: passed without capture: the milter process is not running",
	           *c->queue_id ? c->queue_id : "-");
	c->queue_id[0] = '\0';
}

/* packet - one whole packet has arrived; FALSE to close the connection */
static gboolean packet(fallback *fb, fb_conn *c, char cmd)
{
	switch (cmd) {
	case SMFIC_OPTNEG:
		return negotiate(c);
	case SMFIC_MACRO:
		keep_queue_id(c);
		return TRUE;
	case SMFIC_ABORT:
		c->in_message = FALSE;
		return TRUE;
	case SMFIC_QUIT:
		return FALSE;
	case SMFIC_QUIT_NC: /* another session follows on this connection */
		c->queue_id[0] = '\0';
		c->in_message = FALSE;
		return TRUE;
	case SMFIC_CONNECT:
		return (c->protocol & SMFIP_NR_CONN) || reply(c, SMFIR_CONTINUE, NULL, 0);
	case SMFIC_MAIL:
		c->in_message = TRUE;
		return (c->protocol & SMFIP_NR_MAIL) || reply(c, SMFIR_CONTINUE, NULL, 0);
	case SMFIC_RCPT:
		return (c->protocol & SMFIP_NR_RCPT) || reply(c, SMFIR_CONTINUE, NULL, 0);
	case SMFIC_HELO:
	case SMFIC_UNKNOWN:
		return reply(c, SMFIR_CONTINUE, NULL, 0);
	case SMFIC_DATA:
	case SMFIC_HEADER:
	case SMFIC_EOH:
	case SMFIC_BODY:
	case SMFIC_BODYEOB:
		/* the first of these ends the message for the MTA; others come
		 * only from an MTA that ignored the ACCEPT: answered all the same */
		if (c->in_message)
			passed(fb, c);
		c->in_message = FALSE;
		return reply(c, SMFIR_ACCEPT, NULL, 0);
	default:
		mp_warning("fallback: unknown milter command 0x%02x: connection closed",
		           (unsigned char)cmd);
		return FALSE;
	}
}

/* feed - bytes from the MTA through the packet reader; FALSE to close */
static gboolean feed(fallback *fb, fb_conn *c, const unsigned char *p, gsize len)
{
	while (len > 0) {
		if (c->head_len < sizeof c->head) {
			gsize take = MIN(len, sizeof c->head - c->head_len);
			memcpy(c->head + c->head_len, p, take);
			c->head_len += take;
			p += take;
			len -= take;
			if (c->head_len < sizeof c->head)
				return TRUE;
			guint32 n;
			memcpy(&n, c->head, 4);
			n = ntohl(n);
			if (n < 1 || n > FALLBACK_MAX_PACKET)
				return FALSE;
			c->left = n - 1;
			char cmd = (char)c->head[4];
			if (cmd == SMFIC_OPTNEG || cmd == SMFIC_MACRO)
				c->payload = g_string_sized_new(MIN(c->left, FALLBACK_KEEP));
		}
		gsize take = MIN(len, c->left);
		if (c->payload && c->payload->len < FALLBACK_KEEP)
			g_string_append_len(c->payload, (const char *)p,
			                    (gssize)MIN(take, FALLBACK_KEEP - c->payload->len));
		p += take;
		len -= take;
		c->left -= (guint32)take;
		if (c->left > 0)
			return TRUE;
		gboolean ok = packet(fb, c, (char)c->head[4]);
		c->head_len = 0;
		if (c->payload)
			g_string_free(c->payload, TRUE);
		c->payload = NULL;
		if (!ok)
			return FALSE;
	}
	return TRUE;
}

/* conn_read - what connection i has to say; FALSE when it is closed */
static gboolean conn_read(fallback *fb, fb_conn *c)
{
	unsigned char buf[4096];
	for (int i = 0; i < FALLBACK_READS; i++) {
		ssize_t n = recv(c->fd, buf, sizeof buf, MSG_DONTWAIT);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno == EAGAIN || errno == EWOULDBLOCK;
		if (n == 0)
			return FALSE;
		c->last_active = g_get_monotonic_time();
		if (!feed(fb, c, buf, (gsize)n))
			return FALSE;
	}
	return TRUE;
}

/* accept_one - take one queued connection; FALSE when none is left */
static gboolean accept_one(fallback *fb)
{
	int fd = accept4(fb->listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (fd < 0)
		return errno == EINTR || errno == ECONNABORTED;
	fb->connections++;
	fb->conns_this_time++;
	fb->last_passed = g_get_real_time() / G_USEC_PER_SEC;
	fb->dirty = TRUE;
	if (fb->conns->len >= FALLBACK_MAX_CONNS) {
		close(fd); /* the MTA sees an unavailable milter at once */
		mp_warning("fallback: %u connections open already: one closed unanswered",
		           FALLBACK_MAX_CONNS);
		return TRUE;
	}
	fb_conn *c = g_new0(fb_conn, 1);
	c->fd = fd;
	c->last_active = g_get_monotonic_time();
	g_ptr_array_add(fb->conns, c);
	return TRUE;
}

/* ---- the interface ------------------------------------------------------------ */

fallback *fallback_new(int listen_fd, const char *spool_dir)
{
	fallback *fb = g_new0(fallback, 1);
	fb->listen_fd = listen_fd;
	fb->state_path = g_build_filename(spool_dir, MP_MILTER_STATE, NULL);
	fb->conns = g_ptr_array_new();
	counts_read(fb, spool_dir);
	return fb;
}

void fallback_free(fallback *fb)
{
	if (fb == NULL)
		return;
	fallback_set_serving(fb, FALSE);
	while (fb->conns->len)
		conn_close(fb, fb->conns->len - 1);
	if (fb->dirty)
		counts_write(fb);
	g_ptr_array_unref(fb->conns);
	g_free(fb->state_path);
	g_free(fb);
}

void fallback_set_serving(fallback *fb, gboolean serving)
{
	if (fb->listen_fd < 0 || serving == fb->serving)
		return;
	int flags = fcntl(fb->listen_fd, F_GETFL);
	if (flags < 0 ||
	    fcntl(fb->listen_fd, F_SETFL, serving ? flags | O_NONBLOCK : flags & ~O_NONBLOCK) != 0) {
		mp_error("fallback: cannot switch the milter socket %s blocking mode: %s",
		         serving ? "out of" : "back to", g_strerror(errno));
		if (serving)
			return;
	}
	fb->serving = serving;
	if (serving) {
		fb->conns_this_time = fb->messages_this_time = 0;
		mp_warning("the milter process is not running: mail passes without capture until it is "
		           "back (the MTA is answered at once)");
	} else {
		mp_notice("no longer answering for the milter process: %" G_GUINT64_FORMAT
		          " connections, %" G_GUINT64_FORMAT " messages passed without capture meanwhile",
		          fb->conns_this_time, fb->messages_this_time);
		if (fb->dirty)
			counts_write(fb);
	}
}

guint fallback_pollfds(const fallback *fb, struct pollfd *fds, guint max)
{
	guint n = 0;
	if (fb->serving && n < max)
		fds[n++] = (struct pollfd){ .fd = fb->listen_fd, .events = POLLIN };
	for (guint i = 0; i < fb->conns->len && n < max; i++)
		fds[n++] = (struct pollfd){ .fd = ((fb_conn *)fb->conns->pdata[i])->fd, .events = POLLIN };
	return n;
}

void fallback_handle(fallback *fb, const struct pollfd *fds, guint n)
{
	/* the connections first (fds after the listening socket), by fd: the
	 * array is reordered as connections close */
	for (guint k = 0; k < n; k++) {
		if (fds[k].fd == fb->listen_fd || fds[k].revents == 0)
			continue;
		for (guint i = 0; i < fb->conns->len; i++) {
			fb_conn *c = fb->conns->pdata[i];
			if (c->fd != fds[k].fd)
				continue;
			if (!conn_read(fb, c))
				conn_close(fb, i);
			break;
		}
	}
	if (n > 0 && fds[0].fd == fb->listen_fd && fb->serving && (fds[0].revents & POLLIN))
		fallback_drain(fb);
	gint64 now = g_get_monotonic_time();
	for (guint i = fb->conns->len; i-- > 0;)
		if (now - ((fb_conn *)fb->conns->pdata[i])->last_active > FALLBACK_IDLE_S * G_USEC_PER_SEC)
			conn_close(fb, i);
	if (fb->dirty && now - fb->written >= G_USEC_PER_SEC)
		counts_write(fb);
}

void fallback_drain(fallback *fb)
{
	if (fb->listen_fd < 0 || !fb->serving)
		return;
	/* each connection is answered as its packets arrive: most MTAs write
	 * their negotiation right after connecting, so read at once */
	guint first = fb->conns->len;
	for (guint i = 0; i < FALLBACK_MAX_CONNS * 2 && accept_one(fb); i++)
		;
	for (guint i = fb->conns->len; i-- > first;)
		if (!conn_read(fb, fb->conns->pdata[i]))
			conn_close(fb, i);
}

void fallback_close_listener(fallback *fb)
{
	if (fb->listen_fd < 0)
		return;
	fallback_drain(fb);
	fallback_set_serving(fb, FALSE);
	close(fb->listen_fd);
	fb->listen_fd = -1;
}

void fallback_close_fds(const fallback *fb)
{
	for (guint i = 0; fb && i < fb->conns->len; i++)
		close(((fb_conn *)fb->conns->pdata[i])->fd);
}
