/*
 * deliver_smtp.c - a small SMTP client (RFC 5321) for one message.
 *
 * SUMMARY
 *	mp_deliver_smtp() connects to SmtpServer ("host:port", "host" for
 *	port 25, "[2001:db8::1]:2525"), reads the greeting, says EHLO (HELO
 *	when the server does not know EHLO), MAIL FROM, one RCPT TO per
 *	recipient, DATA, the message with CRLF line ends and dot-stuffing (a
 *	line starting with "." gets a second one, so no line of the message
 *	can end the transfer), ".", and QUIT.  Replies may span lines
 *	("250-...", "250 ..."); only the final line's code counts.
 *
 *	Deliberately absent: TLS and AUTH.  This is for a relay on this host
 *	or on a trusted network (Postfix on 127.0.0.1:25 as the default); to
 *	reach anything further use DigestTransport sendmail and let the local
 *	MTA carry the mail.  No extension is needed either: the message is
 *	7-bit (quoted-printable parts), and its lines are short.
 *
 *	Every read and write has a 60-second limit (SO_RCVTIMEO/SO_SNDTIMEO,
 *	which on Linux also bounds connect), and writes use MSG_NOSIGNAL: a
 *	server that goes away makes an error, never a SIGPIPE.
 *
 * DIAGNOSTICS
 *	MP_ERR_TEMPFAIL: cannot resolve or connect, timeout, connection lost,
 *	a 4xx reply; MP_ERR_DATA: a 5xx reply (the server refused the sender,
 *	a recipient or the message); MP_ERR_CONFIG: SmtpServer unparsable.
 *	Each message names the server, the command and the server's reply.
 */
#include <errno.h>
#include <netdb.h>
#include <stdarg.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#include "deliver.h"
#include "status.h"

#define SMTP_TIMEOUT_SECONDS 60
#define SMTP_MAX_REPLY_LINE 4096

typedef struct smtp_session {
	int fd;
	const char *server;
	char buf[4096]; /* bytes read, not yet consumed */
	gsize len, pos;
} smtp_session;

/* split_server - "host:port", "[v6]:port" or "host" into host and port */
static gboolean split_server(const char *server, char **host, char **port)
{
	const char *colon;
	if (server == NULL || *server == '\0')
		return FALSE;
	if (*server == '[') {
		const char *end = strchr(server, ']');
		if (end == NULL || (end[1] != '\0' && end[1] != ':'))
			return FALSE;
		*host = g_strndup(server + 1, (gsize)(end - server - 1));
		*port = g_strdup(end[1] == ':' ? end + 2 : "25");
	} else if ((colon = strrchr(server, ':')) != NULL && strchr(server, ':') == colon) {
		*host = g_strndup(server, (gsize)(colon - server));
		*port = g_strdup(colon + 1);
	} else {
		*host = g_strdup(server);
		*port = g_strdup("25");
	}
	return **host != '\0' && **port != '\0';
}

/* smtp_connect - a connected socket with timeouts, or -1 with error */
static int smtp_connect(const char *server, GError **error)
{
	char *host = NULL, *port = NULL;
	if (!split_server(server, &host, &port)) {
		g_set_error(error, MP_ERROR, MP_ERR_CONFIG,
		            "SmtpServer: expected host:port, got \"%s\"", server ? server : "");
		g_free(host);
		g_free(port);
		return -1;
	}
	struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM };
	struct addrinfo *res = NULL;
	int rc = getaddrinfo(host, port, &hints, &res), fd = -1, saved = 0;
	if (rc != 0)
		g_set_error(error, MP_ERROR, MP_ERR_TEMPFAIL, "SMTP server %s: %s", server, gai_strerror(rc));
	for (struct addrinfo *ai = res; rc == 0 && ai && fd < 0; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
		if (fd < 0)
			continue;
		struct timeval tv = { .tv_sec = SMTP_TIMEOUT_SECONDS };
		setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
		setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
		if (connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
			saved = errno;
			close(fd);
			fd = -1;
		}
	}
	if (rc == 0 && fd < 0)
		g_set_error(error, MP_ERROR, MP_ERR_TEMPFAIL, "SMTP server %s: cannot connect: %s",
		            server, g_strerror(saved));
	if (res)
		freeaddrinfo(res);
	g_free(host);
	g_free(port);
	return fd;
}

/* lost - the connection failed while doing what */
static gboolean lost(smtp_session *s, const char *what, GError **error)
{
	int e = errno;
	g_set_error(error, MP_ERROR, MP_ERR_TEMPFAIL, "SMTP server %s: connection lost during %s: %s",
	            s->server, what, e == EAGAIN || e == EWOULDBLOCK ? "timed out" :
	            e ? g_strerror(e) : "closed by the server");
	return FALSE;
}

/* read_line - one reply line without its CRLF; FALSE at EOF or error */
static gboolean read_line(smtp_session *s, GString *line)
{
	g_string_truncate(line, 0);
	for (;;) {
		while (s->pos < s->len) {
			char c = s->buf[s->pos++];
			if (c == '\n') {
				if (line->len && line->str[line->len - 1] == '\r')
					g_string_truncate(line, line->len - 1);
				return TRUE;
			}
			if (line->len < SMTP_MAX_REPLY_LINE)
				g_string_append_c(line, c);
		}
		ssize_t n = recv(s->fd, s->buf, sizeof s->buf, 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = 0;
			return FALSE;
		}
		s->len = (gsize)n;
		s->pos = 0;
	}
}

/* read_reply - the code of a (multi-line) reply, its last line in text;
 * -1 when the connection failed or the reply is not SMTP */
static int read_reply(smtp_session *s, GString *text)
{
	for (;;) {
		if (!read_line(s, text))
			return -1;
		if (text->len < 3 || !g_ascii_isdigit(text->str[0]) || !g_ascii_isdigit(text->str[1]) ||
		    !g_ascii_isdigit(text->str[2]))
			return -1;
		if (text->len == 3 || text->str[3] == ' ')
			return (int)g_ascii_strtoll(text->str, NULL, 10);
		if (text->str[3] != '-')
			return -1;
	}
}

/* send_all - bytes to the server, never raising SIGPIPE */
static gboolean send_all(smtp_session *s, const char *data, gsize len)
{
	while (len > 0) {
		ssize_t n = send(s->fd, data, len, MSG_NOSIGNAL);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return FALSE;
		data += n;
		len -= (gsize)n;
	}
	return TRUE;
}

/* expect - read a reply and check its class (2 for 2xx, 3 for 3xx) */
static gboolean expect(smtp_session *s, int want_class, const char *what, GError **error)
{
	GString *text = g_string_new(NULL);
	int code = read_reply(s, text);
	gboolean ok = code / 100 == want_class;
	if (code < 0)
		lost(s, what, error);
	else if (!ok) {
		char *reply = g_strescape(text->str, NULL);
		g_set_error(error, MP_ERROR, code / 100 == 4 ? MP_ERR_TEMPFAIL : MP_ERR_DATA,
		            "SMTP server %s refused %s: %s", s->server, what, reply);
		g_free(reply);
	}
	g_string_free(text, TRUE);
	return ok;
}

/* command - send one command line, then expect a reply of want_class */
static gboolean command(smtp_session *s, int want_class, GError **error, const char *fmt, ...)
	G_GNUC_PRINTF(4, 5);
static gboolean command(smtp_session *s, int want_class, GError **error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *line = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	char *wire = g_strconcat(line, "\r\n", NULL);
	gboolean ok = send_all(s, wire, strlen(wire)) ? expect(s, want_class, line, error)
	                                                : lost(s, line, error);
	g_free(wire);
	g_free(line);
	return ok;
}

/* dot_stuffed - data with CRLF line ends, leading dots doubled, and the
 * terminating ".", ready to send after DATA */
static GString *dot_stuffed(const char *data, gsize len)
{
	GString *out = g_string_sized_new(len + len / 40 + 8);
	gboolean line_start = TRUE;
	for (gsize i = 0; i < len; i++) {
		char c = data[i];
		if (line_start && c == '.')
			g_string_append_c(out, '.');
		line_start = FALSE;
		if (c == '\r')
			continue; /* bare CRs dropped, every LF becomes CRLF */
		if (c == '\n') {
			g_string_append(out, "\r\n");
			line_start = TRUE;
			continue;
		}
		g_string_append_c(out, c);
	}
	if (!line_start)
		g_string_append(out, "\r\n");
	g_string_append(out, ".\r\n");
	return out;
}

/* greet - the greeting, then EHLO, or HELO for an old server */
static gboolean greet(smtp_session *s, const char *helo, GError **error)
{
	if (!expect(s, 2, "the connection (greeting)", error))
		return FALSE;
	GError *ehlo_error = NULL;
	if (command(s, 2, &ehlo_error, "EHLO %s", helo))
		return TRUE;
	gboolean refused = g_error_matches(ehlo_error, MP_ERROR, MP_ERR_DATA);
	if (!refused) {
		g_propagate_error(error, ehlo_error);
		return FALSE;
	}
	g_error_free(ehlo_error);
	return command(s, 2, error, "HELO %s", helo);
}

gboolean mp_deliver_smtp(const char *server, const char *helo, const char *from,
                         GPtrArray *rcpts, const char *data, gsize len, GError **error)
{
	smtp_session s = { .server = server };
	s.fd = smtp_connect(server, error);
	if (s.fd < 0)
		return FALSE;
	gboolean ok = greet(&s, helo, error) && command(&s, 2, error, "MAIL FROM:<%s>", from);
	for (guint i = 0; ok && i < rcpts->len; i++)
		ok = command(&s, 2, error, "RCPT TO:<%s>", (char *)rcpts->pdata[i]);
	ok = ok && command(&s, 3, error, "DATA");
	if (ok) {
		GString *body = dot_stuffed(data, len);
		ok = send_all(&s, body->str, body->len) ? expect(&s, 2, "the message", error)
		                                        : lost(&s, "the message", error);
		g_string_free(body, TRUE);
	}
	if (ok) {
		/* The message is accepted; a failing QUIT changes nothing. */
		GError *quit_error = NULL;
		command(&s, 2, &quit_error, "QUIT");
		g_clear_error(&quit_error);
	}
	close(s.fd);
	return ok;
}
