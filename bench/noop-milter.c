/*
 * noop-milter.c - the floor of the mail path: a milter that does nothing.
 *
 * SYNOPSIS
 *	noop-milter -p SOCKET
 *
 * DESCRIPTION
 *	bench/postfix.sh runs it in the same run as mailpulse-milter, so every
 *	report shows what the milter protocol itself costs on that machine.
 *	It negotiates exactly as mailpulse-milter's capture.c does (the same
 *	callbacks registered, no action flags, the same protocol options
 *	asked for, the same reply or no-reply at each step, ACCEPT at
 *	end-of-message) and does nothing else: no spool, no log, no
 *	configuration.  The difference between the two is the cost of
 *	mailpulse's own work.  Keep it in step with capture.c's negotiation
 *	(tests/milter/t-negotiate.lua prints mailpulse's).
 *
 * DIAGNOSTICS
 *	Exit 0 when libmilter stops cleanly (SIGTERM), 1 otherwise, 64 for a
 *	bad command line.
 */
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include <libmilter/mfapi.h>

/* The options capture.c asks for (on_negotiate). */
#define NOOP_WANTED (SMFIP_NOHELO | SMFIP_NOUNKNOWN | SMFIP_NR_CONN | SMFIP_NR_MAIL | \
                     SMFIP_NR_RCPT | SMFIP_NR_DATA | SMFIP_NR_HDR | SMFIP_NR_EOH | \
                     SMFIP_NR_BODY | SMFIP_HDR_LEADSPC)

/* noop_reply - CONTINUE, or NOREPLY where the MTA agreed not to wait,
 * as capture.c answers; the agreed options are the connection's private
 * data (a number, nothing to free) */
static sfsistat noop_reply(SMFICTX *ctx, unsigned long no_reply_flag)
{
	unsigned long agreed = (unsigned long)(uintptr_t)smfi_getpriv(ctx);
	return (agreed & no_reply_flag) ? SMFIS_NOREPLY : SMFIS_CONTINUE;
}

/* noop_negotiate - no actions, the options capture.c asks for */
static sfsistat noop_negotiate(SMFICTX *ctx, unsigned long f0, unsigned long f1,
                               unsigned long f2, unsigned long f3, unsigned long *pf0,
                               unsigned long *pf1, unsigned long *pf2, unsigned long *pf3)
{
	*pf0 = 0;
	*pf1 = f1 & NOOP_WANTED;
	*pf2 = 0;
	*pf3 = 0;
	smfi_setpriv(ctx, (void *)(uintptr_t)*pf1);
	return SMFIS_CONTINUE;
}

/* noop_connect - nothing to remember */
static sfsistat noop_connect(SMFICTX *ctx, char *host, _SOCK_ADDR *addr)
{
	return noop_reply(ctx, SMFIP_NR_CONN);
}

/* noop_envfrom - nothing to remember */
static sfsistat noop_envfrom(SMFICTX *ctx, char **argv)
{
	return noop_reply(ctx, SMFIP_NR_MAIL);
}

/* noop_envrcpt - nothing to remember */
static sfsistat noop_envrcpt(SMFICTX *ctx, char **argv)
{
	return noop_reply(ctx, SMFIP_NR_RCPT);
}

/* noop_data - go on with the message, as for mail mailpulse captures */
static sfsistat noop_data(SMFICTX *ctx)
{
	return noop_reply(ctx, SMFIP_NR_DATA);
}

/* noop_header - nothing written */
static sfsistat noop_header(SMFICTX *ctx, char *name, char *value)
{
	return noop_reply(ctx, SMFIP_NR_HDR);
}

/* noop_eoh - nothing written */
static sfsistat noop_eoh(SMFICTX *ctx)
{
	return noop_reply(ctx, SMFIP_NR_EOH);
}

/* noop_body - nothing written */
static sfsistat noop_body(SMFICTX *ctx, unsigned char *chunk, size_t len)
{
	return noop_reply(ctx, SMFIP_NR_BODY);
}

/* noop_eom - ACCEPT, the one reply the MTA waits for */
static sfsistat noop_eom(SMFICTX *ctx)
{
	return SMFIS_ACCEPT;
}

/* noop_abort - nothing to drop */
static sfsistat noop_abort(SMFICTX *ctx)
{
	return SMFIS_CONTINUE;
}

/* noop_close - nothing to free */
static sfsistat noop_close(SMFICTX *ctx)
{
	smfi_setpriv(ctx, NULL);
	return SMFIS_CONTINUE;
}

static struct smfiDesc noop_filter = {
	.xxfi_name = "noop",
	.xxfi_version = SMFI_VERSION,
	.xxfi_flags = 0,
	.xxfi_connect = noop_connect,
	.xxfi_envfrom = noop_envfrom,
	.xxfi_envrcpt = noop_envrcpt,
	.xxfi_header = noop_header,
	.xxfi_eoh = noop_eoh,
	.xxfi_body = noop_body,
	.xxfi_eom = noop_eom,
	.xxfi_abort = noop_abort,
	.xxfi_close = noop_close,
	.xxfi_data = noop_data,
	.xxfi_negotiate = noop_negotiate,
};

int main(int argc, char **argv)
{
	const char *socket = NULL;
	int c;
	while ((c = getopt(argc, argv, "p:")) != -1) {
		if (c != 'p') {
			fprintf(stderr, "usage: noop-milter -p SOCKET\n");
			return 64;
		}
		socket = optarg;
	}
	if (socket == NULL || optind != argc) {
		fprintf(stderr, "usage: noop-milter -p SOCKET\n");
		return 64;
	}
	if (smfi_setconn((char *)socket) != MI_SUCCESS || smfi_register(noop_filter) != MI_SUCCESS ||
	    smfi_opensocket(1) != MI_SUCCESS) {
		fprintf(stderr, "noop-milter: cannot listen on %s\n", socket);
		return 1;
	}
	return smfi_main() == MI_SUCCESS ? 0 : 1;
}
