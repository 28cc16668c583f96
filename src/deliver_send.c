/*
 * deliver_send.c - hand a finished message to sendmail(1) or a Maildir.
 *
 * SUMMARY
 *	mp_deliver_submit() picks the transport from DigestTransport and takes
 *	the envelope from the message itself (sender: the From address;
 *	recipients: the To addresses), so what the headers say and where the
 *	mail goes cannot disagree.
 *
 *	sendmail: SendmailPath -oi -f FROM -- RCPT...  The recipients are
 *	given on the command line, never read from the headers (-t), and each
 *	has passed mp_deliver_address_ok() (no leading '-', no space), so no
 *	address can become an option.  The message reaches the child's
 *	standard input through an anonymous in-memory file, not a pipe: a
 *	sendmail that exits early cannot kill us with SIGPIPE, and there is no
 *	deadlock to avoid.  Postfix, Sendmail and Exim all accept this command
 *	line; Postfix's sendmail honours MAIL_CONFIG (another instance).
 *
 *	Maildir: written under tmp/ with a name unique to this host, time,
 *	process and a random number (O_EXCL, retried), fsynced, renamed into
 *	new/, and new/ fsynced, the notmuch-insert way: a crash leaves either
 *	no message or a whole one.  Run as root, what it creates in a Maildir
 *	that is someone else's (the folders it adds, the message) is given to
 *	the Maildir's owner, as an MDA delivers: its reader can open it.
 *
 * DIAGNOSTICS
 *	MP_ERR_CONFIG: unknown DigestTransport, SendmailPath not executable;
 *	MP_ERR_TEMPFAIL: sendmail exited 75 (EX_TEMPFAIL) or was killed;
 *	MP_ERR_SOFTWARE: sendmail exited with another status; MP_ERR_IO: the
 *	Maildir could not be written (the reason and path are named).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "deliver.h"
#include "status.h"

/* write_all - the whole buffer to fd, through EINTR and short writes */
static gboolean write_all(int fd, const char *data, gsize len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return FALSE;
		data += n;
		len -= (gsize)n;
	}
	return TRUE;
}

/* message_fd - an anonymous file holding data, positioned at its start */
static int message_fd(const char *data, gsize len)
{
	int fd = memfd_create("mailpulse-message", MFD_CLOEXEC);
	if (fd < 0)
		return -1;
	if (!write_all(fd, data, len) || lseek(fd, 0, SEEK_SET) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/* exit_error - turn sendmail's wait status into an error (TRUE when 0) */
static gboolean exit_error(const char *path, int status, GError **error)
{
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return TRUE;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
		g_set_error(error, MP_ERROR, MP_ERR_CONFIG, "SendmailPath %s: could not be run", path);
	else if (WIFEXITED(status))
		g_set_error(error, MP_ERROR,
		            WEXITSTATUS(status) == 75 ? MP_ERR_TEMPFAIL : MP_ERR_SOFTWARE,
		            "%s exited with status %d: the message was not accepted", path,
		            WEXITSTATUS(status));
	else
		g_set_error(error, MP_ERROR, MP_ERR_TEMPFAIL, "%s was killed by signal %d", path,
		            WTERMSIG(status));
	return FALSE;
}

gboolean mp_deliver_sendmail(const char *path, const char *from, GPtrArray *rcpts,
                             const char *data, gsize len, GError **error)
{
	if (!g_file_test(path, G_FILE_TEST_IS_EXECUTABLE) || g_file_test(path, G_FILE_TEST_IS_DIR)) {
		g_set_error(error, MP_ERROR, MP_ERR_CONFIG, "SendmailPath %s: not an executable file", path);
		return FALSE;
	}
	GPtrArray *argv = g_ptr_array_new();
	g_ptr_array_add(argv, (gpointer)path);
	g_ptr_array_add(argv, "-oi");
	g_ptr_array_add(argv, "-f");
	g_ptr_array_add(argv, (gpointer)from);
	g_ptr_array_add(argv, "--");
	for (guint i = 0; i < rcpts->len; i++)
		g_ptr_array_add(argv, rcpts->pdata[i]);
	g_ptr_array_add(argv, NULL);
	int fd = message_fd(data, len);
	pid_t pid = fd < 0 ? -1 : fork();
	if (pid == 0) {
		/* child: the message on stdin, sendmail's chatter to our stderr */
		if (dup2(fd, STDIN_FILENO) < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0)
			_exit(127);
		execv(path, (char **)argv->pdata);
		_exit(127);
	}
	int saved = errno, status = 0;
	if (fd >= 0)
		close(fd);
	g_ptr_array_unref(argv);
	if (pid < 0) {
		g_set_error(error, MP_ERROR, MP_ERR_TEMPFAIL, "cannot start %s: %s", path, g_strerror(saved));
		return FALSE;
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			g_set_error(error, MP_ERROR, MP_ERR_SOFTWARE, "waiting for %s: %s", path,
			            g_strerror(errno));
			return FALSE;
		}
	return exit_error(path, status, error);
}

/* maildir_name - time.MusecPpidRrandom.host, the host made safe for a name */
static char *maildir_name(void)
{
	gint64 now = g_get_real_time();
	char *host = g_strdup(g_get_host_name());
	g_strdelimit(host, "/:", '_');
	char *name = g_strdup_printf("%" G_GINT64_FORMAT ".M%06dP%dR%08x.%s", now / G_USEC_PER_SEC,
	                             (int)(now % G_USEC_PER_SEC), (int)getpid(), g_random_int(), host);
	g_free(host);
	return name;
}

/* io_fail - an MP_ERR_IO error naming what failed and the path */
static gboolean io_fail(GError **error, const char *what, const char *path)
{
	g_set_error(error, MP_ERROR, MP_ERR_IO, "%s %s: %s", what, path, g_strerror(errno));
	return FALSE;
}

/* fsync_dir - make a rename into dir durable */
static gboolean fsync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return FALSE;
	gboolean ok = fsync(fd) == 0;
	close(fd);
	return ok;
}

/* maildir_owner - as root, the owner of an existing Maildir that is not
 * root's: FALSE otherwise (nothing to give away) */
static gboolean maildir_owner(const char *dir, uid_t *uid, gid_t *gid)
{
	struct stat sb;
	if (geteuid() != 0 || stat(dir, &sb) != 0 || sb.st_uid == 0)
		return FALSE;
	*uid = sb.st_uid;
	*gid = sb.st_gid;
	return TRUE;
}

gboolean mp_deliver_maildir(const char *dir, const char *data, gsize len,
                            char **path_out, GError **error)
{
	static const char *const subdirs[] = { "tmp", "new", "cur" };
	uid_t uid = 0;
	gid_t gid = 0;
	gboolean give = maildir_owner(dir, &uid, &gid);
	for (guint i = 0; i < G_N_ELEMENTS(subdirs); i++) {
		char *sub = g_build_filename(dir, subdirs[i], NULL);
		gboolean existed = g_file_test(sub, G_FILE_TEST_IS_DIR);
		gboolean ok = g_mkdir_with_parents(sub, 0700) == 0;
		if (!ok)
			io_fail(error, "cannot create Maildir folder", sub);
		else if (give && !existed && chown(sub, uid, gid) != 0)
			ok = io_fail(error, "cannot give to the Maildir's owner", sub);
		g_free(sub);
		if (!ok)
			return FALSE;
	}
	char *name = NULL, *tmp = NULL;
	int fd = -1;
	for (int attempt = 0; fd < 0 && attempt < 5; attempt++) {
		g_free(name);
		g_free(tmp);
		name = maildir_name();
		tmp = g_build_filename(dir, "tmp", name, NULL);
		fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	char *dest = g_build_filename(dir, "new", name, NULL);
	char *new_dir = g_build_filename(dir, "new", NULL);
	gboolean ok = FALSE;
	if (fd < 0) {
		io_fail(error, "cannot create", tmp);
	} else {
		gboolean written = (!give || fchown(fd, uid, gid) == 0) && write_all(fd, data, len) &&
		                   fsync(fd) == 0;
		written = close(fd) == 0 && written;
		if (!written)
			io_fail(error, "cannot write", tmp);
		else if (rename(tmp, dest) != 0)
			io_fail(error, "cannot move the message into", new_dir);
		else if (!fsync_dir(new_dir))
			io_fail(error, "cannot sync", new_dir);
		else
			ok = TRUE;
		if (!ok)
			g_unlink(tmp);
	}
	if (ok && path_out)
		*path_out = g_strdup(dest);
	g_free(new_dir);
	g_free(dest);
	g_free(tmp);
	g_free(name);
	return ok;
}

gboolean mp_deliver_submit(GMimeMessage *msg, const mp_config *cfg, GError **error)
{
	const char *transport = cfg->digest_transport ? cfg->digest_transport : "sendmail";
	gboolean smtp = g_ascii_strcasecmp(transport, "smtp") == 0;
	if (!smtp && g_ascii_strcasecmp(transport, "sendmail") != 0) {
		g_set_error(error, MP_ERROR, MP_ERR_CONFIG,
		            "DigestTransport: expected sendmail or smtp, got \"%s\"", transport);
		return FALSE;
	}
	InternetAddressList *fl = g_mime_message_get_addresses(msg, GMIME_ADDRESS_TYPE_FROM);
	InternetAddress *fa = internet_address_list_get_address(fl, 0);
	const char *from = fa && INTERNET_ADDRESS_IS_MAILBOX(fa)
		? internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(fa)) : NULL;
	GPtrArray *rcpts = mp_deliver_recipients(msg);
	gboolean ok = FALSE;
	gboolean sane = mp_deliver_address_ok(from) && rcpts->len > 0;
	for (guint i = 0; sane && i < rcpts->len; i++)
		sane = mp_deliver_address_ok(rcpts->pdata[i]);
	if (!sane) {
		g_set_error(error, MP_ERROR, MP_ERR_DATA,
		            "the message has no valid sender or recipient address");
	} else {
		gsize len;
		char *data = mp_deliver_to_string(msg, &len);
		ok = smtp ? mp_deliver_smtp(cfg->smtp_server, g_get_host_name(), from, rcpts, data, len, error)
		          : mp_deliver_sendmail(cfg->sendmail_path, from, rcpts, data, len, error);
		g_free(data);
	}
	g_ptr_array_unref(rcpts);
	return ok;
}
