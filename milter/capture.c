/*
 * capture.c - the mail path: libmilter callbacks that spool messages.
 *
 * SUMMARY
 *	connect  remember the client address (per-connection context, pinned
 *	         configuration)
 *	envfrom  start a message context: sender, authenticated user
 *	envrcpt  collect recipients
 *	data     decide from the envelope (mp_classify_envelope): customer
 *	         mail is spooled, anything else (NeverCapture and CaptureMode
 *	         off included) is ACCEPTed here, so the MTA sends no headers or
 *	         body for it
 *	header   write "Name:value" to the spool file; our own digests
 *	         (X-Mailpulse-Digest) drop the capture, and so do a From, To
 *	         or Cc naming a party never to capture and a Subject matching
 *	         NeverCaptureSubjects (mp_classify_header, the capture policy
 *	         of src/classify_policy.c): the file written so far is
 *	         removed, nothing of the message stays in the spool
 *	eoh/body write the blank line and the body (capped at MaximumBodyBytes)
 *	eom      write the envelope trailer, rename into new/, ACCEPT
 *	abort    remove the unfinished file
 *	close    free the connection context
 *
 * FAIL-OPEN
 *	Every callback answers CONTINUE or ACCEPT (or nothing, where the MTA
 *	agreed to "no reply" during negotiation).  A spool error is logged
 *	with the queue id and the message goes on untouched: losing a capture
 *	is bad, delaying or bouncing a customer's mail is worse.  The filter
 *	registers no action flags: it can never change a message.
 *
 * STATE
 *	Per connection: smfi_setpriv() holds a capture_conn (and its current
 *	capture_msg).  Process-wide: `capture_state` below, the one place of
 *	mutable global state, holding the configuration in force behind a
 *	mutex and the count of open connections.
 *
 * MEMORY
 *	Per connection: the contexts, the recipient list and the spool
 *	writer's 16 KB buffer; message bytes go straight to the file.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include "capture.h"
#include "classify.h"
#include "log.h"
#include "parse.h"
#include "spool.h"

/* A configuration with what the callbacks derive from it, shared by every
 * connection that started under it. */
typedef struct capture_config {
	gint refs;
	mp_config *cfg;
	mp_classifier *classifier;
} capture_config;

/* The process-wide state of the capture (see STATE above). */
static struct {
	GMutex lock;
	capture_config *current;
	gint active;
	mp_spool_pool *pool;  /* recycled spool files (spool.h) */
} capture_state;

typedef struct capture_msg {
	char *sender;
	char *auth_user;
	GPtrArray *recipients;
	mp_spool_writer *writer; /* NULL: not capturing this message */
	gint64 received;
	gboolean saw_header;
} capture_msg;

typedef struct capture_conn {
	capture_config *conf;
	char *client_addr;
	char *daemon;
	unsigned long protocol;  /* SMFIP_* agreed during negotiation */
	gboolean counted;        /* counted in capture_state.active */
	capture_msg *msg;
} capture_conn;

/* ---- configuration ------------------------------------------------------ */

static capture_config *config_new(mp_config *cfg)
{
	capture_config *c = g_new0(capture_config, 1);
	c->refs = 1;
	c->cfg = cfg;
	c->classifier = mp_classifier_new(cfg);
	return c;
}

static void config_unref(capture_config *c)
{
	if (c == NULL || !g_atomic_int_dec_and_test(&c->refs))
		return;
	mp_classifier_free(c->classifier);
	mp_config_free(c->cfg);
	g_free(c);
}

/* config_pin - the configuration in force, with a reference for the caller */
static capture_config *config_pin(void)
{
	g_mutex_lock(&capture_state.lock);
	capture_config *c = capture_state.current;
	if (c)
		g_atomic_int_inc(&c->refs);
	g_mutex_unlock(&capture_state.lock);
	return c;
}

void capture_init(mp_config *cfg)
{
	capture_state.pool = mp_spool_pool_new();
	capture_reload(cfg);
}

void capture_reload(mp_config *cfg)
{
	capture_config *fresh = config_new(cfg);
	g_mutex_lock(&capture_state.lock);
	capture_config *old = capture_state.current;
	capture_state.current = fresh;
	g_mutex_unlock(&capture_state.lock);
	config_unref(old);
}

void capture_shutdown(void)
{
	g_mutex_lock(&capture_state.lock);
	capture_config *old = capture_state.current;
	capture_state.current = NULL;
	g_mutex_unlock(&capture_state.lock);
	config_unref(old);
	mp_spool_pool_free(capture_state.pool);
	capture_state.pool = NULL;
}

int capture_active(void)
{
	return g_atomic_int_get(&capture_state.active);
}

/* ---- contexts -------------------------------------------------------------- */

static void msg_free(capture_msg *m)
{
	if (m == NULL)
		return;
	mp_spool_writer_abort(m->writer);
	g_free(m->sender);
	g_free(m->auth_user);
	if (m->recipients)
		g_ptr_array_unref(m->recipients);
	g_free(m);
}

static capture_conn *conn_of(SMFICTX *ctx)
{
	return smfi_getpriv(ctx);
}

/* reply - CONTINUE, or NOREPLY when the MTA agreed not to wait for one */
static sfsistat reply(const capture_conn *conn, unsigned long no_reply_flag)
{
	return conn && (conn->protocol & no_reply_flag) ? SMFIS_NOREPLY : SMFIS_CONTINUE;
}

/* strip_brackets - "<a@b>" -> "a@b" (lowercase copy) */
static char *strip_brackets(const char *arg)
{
	if (arg == NULL)
		return g_strdup("");
	while (*arg == '<' || *arg == ' ')
		arg++;
	gsize n = strcspn(arg, "> ");
	return g_ascii_strdown(arg, (gssize)n);
}

/* queue_id - the MTA's queue id, or "-" before it has one */
static const char *queue_id(SMFICTX *ctx)
{
	const char *id = smfi_getsymval(ctx, "i");
	return id ? id : "-";
}

/* ---- callbacks ------------------------------------------------------------- */

static sfsistat on_negotiate(SMFICTX *ctx, unsigned long f0, unsigned long f1,
                             unsigned long f2, unsigned long f3, unsigned long *pf0,
                             unsigned long *pf1, unsigned long *pf2, unsigned long *pf3)
{
	/* No actions: we never modify a message.  Skip the steps we do not use
	 * and ask the MTA not to wait for replies it does not need: the round
	 * trips are the whole cost of a milter. */
	const unsigned long wanted = SMFIP_NOHELO | SMFIP_NOUNKNOWN | SMFIP_NR_CONN |
	                             SMFIP_NR_MAIL | SMFIP_NR_RCPT | SMFIP_NR_DATA |
	                             SMFIP_NR_HDR | SMFIP_NR_EOH | SMFIP_NR_BODY |
	                             SMFIP_HDR_LEADSPC;
	*pf0 = 0;
	*pf1 = f1 & wanted;
	*pf2 = 0;
	*pf3 = 0;
	capture_conn *conn = g_new0(capture_conn, 1);
	conn->protocol = *pf1;
	smfi_setpriv(ctx, conn);
	return SMFIS_CONTINUE;
}

static sfsistat on_connect(SMFICTX *ctx, char *hostname, _SOCK_ADDR *addr)
{
	capture_conn *conn = conn_of(ctx);
	if (conn == NULL) { /* an MTA that skipped negotiation */
		conn = g_new0(capture_conn, 1);
		smfi_setpriv(ctx, conn);
	}
	if (!conn->counted) {
		g_atomic_int_inc(&capture_state.active);
		conn->counted = TRUE;
	}
	if (conn->conf == NULL)
		conn->conf = config_pin();
	char buf[INET6_ADDRSTRLEN] = "";
	if (addr && addr->sa_family == AF_INET)
		inet_ntop(AF_INET, &((struct sockaddr_in *)(void *)addr)->sin_addr, buf, sizeof buf);
	else if (addr && addr->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((struct sockaddr_in6 *)(void *)addr)->sin6_addr, buf, sizeof buf);
	conn->client_addr = g_strdup(*buf ? buf : "local");
	const char *daemon = smfi_getsymval(ctx, "{daemon_name}");
	conn->daemon = daemon ? g_strdup(daemon) : NULL;
	return reply(conn, SMFIP_NR_CONN);
}

static sfsistat on_envfrom(SMFICTX *ctx, char **argv)
{
	capture_conn *conn = conn_of(ctx);
	if (conn == NULL)
		return SMFIS_ACCEPT;
	msg_free(conn->msg);
	conn->msg = g_new0(capture_msg, 1);
	conn->msg->sender = strip_brackets(argv ? argv[0] : NULL);
	const char *auth = smfi_getsymval(ctx, "{auth_authen}");
	conn->msg->auth_user = auth ? g_strdup(auth) : NULL;
	conn->msg->recipients = g_ptr_array_new_with_free_func(g_free);
	conn->msg->received = g_get_real_time() / G_USEC_PER_SEC;
	return reply(conn, SMFIP_NR_MAIL);
}

static sfsistat on_envrcpt(SMFICTX *ctx, char **argv)
{
	capture_conn *conn = conn_of(ctx);
	if (conn && conn->msg && argv && argv[0])
		g_ptr_array_add(conn->msg->recipients, strip_brackets(argv[0]));
	return reply(conn, SMFIP_NR_RCPT);
}

/* pass_message - let the rest of a message we do not capture go by.
 * ACCEPT would spare the MTA sending headers and body, but only when it
 * waits for our answer to DATA; with SMFIP_NR_DATA it does not wait, the
 * round trip saved on every message is worth more than the bytes of the
 * uncaptured ones, and the callbacks ignore a message without a writer. */
static sfsistat pass_message(const capture_conn *conn)
{
	return conn && (conn->protocol & SMFIP_NR_DATA) ? SMFIS_NOREPLY : SMFIS_ACCEPT;
}

static sfsistat on_data(SMFICTX *ctx)
{
	capture_conn *conn = conn_of(ctx);
	if (conn == NULL || conn->msg == NULL || conn->conf == NULL)
		return pass_message(conn);
	capture_msg *m = conn->msg;
	const char *why = NULL;
	mp_direction dir = mp_classify_envelope(conn->conf->classifier, m->sender, m->recipients, &why);
	if (dir == MP_DIRECTION_NONE) {
		mp_debug("%s: not captured: %s", queue_id(ctx), why);
		return pass_message(conn);
	}
	GError *error = NULL;
	const mp_config *cfg = conn->conf->cfg;
	m->writer = mp_spool_writer_open(cfg->spool_dir, capture_state.pool, cfg->maximum_body_bytes,
	                                 &error);
	if (m->writer == NULL) {
		mp_error("%s: not captured: %s", queue_id(ctx), error->message);
		g_error_free(error);
		return pass_message(conn);
	}
	return reply(conn, SMFIP_NR_DATA);
}

/* drop_capture - stop capturing this message, say why */
static void drop_capture(SMFICTX *ctx, capture_msg *m, const char *why, GError *error)
{
	if (error) {
		mp_error("%s: capture dropped: %s: %s", queue_id(ctx), why, error->message);
		g_error_free(error);
	} else {
		mp_info("%s: not captured: %s", queue_id(ctx), why);
	}
	mp_spool_writer_abort(m->writer);
	m->writer = NULL;
}

static sfsistat on_header(SMFICTX *ctx, char *name, char *value)
{
	capture_conn *conn = conn_of(ctx);
	capture_msg *m = conn ? conn->msg : NULL;
	if (m == NULL || m->writer == NULL)
		return reply(conn, SMFIP_NR_HDR);
	const char *excluded = mp_classify_header(conn->conf->classifier, name, value);
	if (excluded != NULL) {
		drop_capture(ctx, m, excluded, NULL);
		return reply(conn, SMFIP_NR_HDR);
	}
	/* With HDR_LEADSPC the value keeps its leading space; without it the
	 * MTA stripped one, which we put back. */
	const char *sep = (conn->protocol & SMFIP_HDR_LEADSPC) ? ":" : ": ";
	GError *error = NULL;
	if (!mp_spool_write(m->writer, name, strlen(name), &error) ||
	    !mp_spool_write(m->writer, sep, strlen(sep), &error) ||
	    !mp_spool_write(m->writer, value, strlen(value), &error) ||
	    !mp_spool_write(m->writer, "\r\n", 2, &error))
		drop_capture(ctx, m, "spool write", error);
	m->saw_header = TRUE;
	return reply(conn, SMFIP_NR_HDR);
}

static sfsistat on_eoh(SMFICTX *ctx)
{
	capture_conn *conn = conn_of(ctx);
	capture_msg *m = conn ? conn->msg : NULL;
	GError *error = NULL;
	if (m && m->writer && !mp_spool_write(m->writer, "\r\n", 2, &error))
		drop_capture(ctx, m, "spool write", error);
	return reply(conn, SMFIP_NR_EOH);
}

static sfsistat on_body(SMFICTX *ctx, unsigned char *chunk, size_t len)
{
	capture_conn *conn = conn_of(ctx);
	capture_msg *m = conn ? conn->msg : NULL;
	GError *error = NULL;
	if (m && m->writer && !mp_spool_write(m->writer, chunk, len, &error))
		drop_capture(ctx, m, "spool write", error);
	return reply(conn, SMFIP_NR_BODY);
}

static sfsistat on_eom(SMFICTX *ctx)
{
	capture_conn *conn = conn_of(ctx);
	capture_msg *m = conn ? conn->msg : NULL;
	if (m == NULL || m->writer == NULL)
		return SMFIS_ACCEPT;
	gint64 started = g_get_monotonic_time();
	mp_envelope env = {
		.sender = m->sender,
		.recipients = m->recipients,
		.queue_id = (char *)queue_id(ctx),
		.received_time = m->received,
		.client_addr = conn->client_addr,
		.auth_user = m->auth_user,
		.daemon = conn->daemon,
	};
	gboolean truncated = mp_spool_writer_truncated(m->writer);
	GError *error = NULL;
	mp_spool_writer *w = m->writer;
	m->writer = NULL; /* commit frees it, whatever happens */
	if (!mp_spool_writer_commit(w, &env, conn->conf->cfg->spool_sync, &error)) {
		mp_error("%s: not captured: %s", env.queue_id, error->message);
		g_error_free(error);
	} else {
		/* The eom time is what the MTA waited for us: the bench reads it. */
		mp_info("%s: captured%s, eom %.3f ms", env.queue_id, truncated ? " (truncated)" : "",
		        (g_get_monotonic_time() - started) / 1000.0);
	}
	msg_free(m);
	conn->msg = NULL;
	return SMFIS_ACCEPT;
}

static sfsistat on_abort(SMFICTX *ctx)
{
	capture_conn *conn = conn_of(ctx);
	if (conn) {
		msg_free(conn->msg); /* removes an unfinished spool file */
		conn->msg = NULL;
	}
	return SMFIS_CONTINUE;
}

static sfsistat on_close(SMFICTX *ctx)
{
	capture_conn *conn = conn_of(ctx);
	if (conn == NULL)
		return SMFIS_CONTINUE;
	smfi_setpriv(ctx, NULL);
	config_unref(conn->conf);
	if (conn->counted)
		g_atomic_int_add(&capture_state.active, -1);
	msg_free(conn->msg);
	g_free(conn->client_addr);
	g_free(conn->daemon);
	g_free(conn);
	return SMFIS_CONTINUE;
}

struct smfiDesc *capture_filter(void)
{
	static struct smfiDesc filter = {
		.xxfi_name = "mailpulse",
		.xxfi_version = SMFI_VERSION,
		.xxfi_flags = 0, /* no actions: never modifies a message */
		.xxfi_connect = on_connect,
		.xxfi_envfrom = on_envfrom,
		.xxfi_envrcpt = on_envrcpt,
		.xxfi_header = on_header,
		.xxfi_eoh = on_eoh,
		.xxfi_body = on_body,
		.xxfi_eom = on_eom,
		.xxfi_abort = on_abort,
		.xxfi_close = on_close,
		.xxfi_data = on_data,
		.xxfi_negotiate = on_negotiate,
	};
	return &filter;
}
