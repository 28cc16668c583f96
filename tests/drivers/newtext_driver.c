/*
 * newtext_driver.c - run mp_newtext_split() on one file, for shell tests.
 *
 *	newtext_driver [--eml | --html] [--from NAME] FILE [FIELD]
 *
 * FILE is plain text (default), an HTML body (--html: through
 * mp_html_to_text() first) or a whole message (--eml: parsed, its best
 * text used, and the From display name unless --from gives one).  FIELD
 * is what to print: body (default), signature, quoted, reply (body and
 * signature: all but the quoted part), name, title, phone, forwarded.
 * A missing field prints nothing.
 *
 * DIAGNOSTICS
 *	Exit 2 on a usage error or an unreadable or unparsable file.
 */
#include <stdio.h>
#include <string.h>
#include "newtext.h"
#include "parse.h"

/* usage - print the synopsis, exit 2 */
static int usage(void)
{
	fprintf(stderr, "usage: newtext_driver [--eml | --html] [--from NAME] FILE [FIELD]\n");
	return 2;
}

/* text_of - the text to split, per mode; NULL with a message on error */
static char *text_of(const char *path, const char *mode, char **from_name)
{
	char *data = NULL;
	gsize len = 0;
	GError *error = NULL;
	if (!g_file_get_contents(path, &data, &len, &error)) {
		fprintf(stderr, "newtext_driver: %s\n", error->message);
		g_error_free(error);
		return NULL;
	}
	char *text = NULL;
	if (strcmp(mode, "html") == 0) {
		char *valid = mp_utf8_sanitize(data, (gssize)len, NULL);
		text = mp_html_to_text(valid, strlen(valid));
		g_free(valid);
	} else if (strcmp(mode, "eml") == 0) {
		mp_message *msg = mp_parse(data, len, &error);
		if (msg == NULL) {
			fprintf(stderr, "newtext_driver: %s: %s\n", path, error ? error->message : "?");
			g_clear_error(&error);
		} else {
			text = g_strdup(mp_message_text(msg) ? mp_message_text(msg) : "");
			if (*from_name == NULL && msg->from && msg->from->name)
				*from_name = g_strdup(msg->from->name);
			mp_message_free(msg);
		}
	} else {
		text = mp_utf8_sanitize(data, (gssize)len, NULL);
	}
	g_free(data);
	return text;
}

/* print_field - one field of the split, followed by a newline if set */
static void print_field(const mp_newtext *nt, const char *field)
{
	const char *value = NULL;
	char *owned = NULL;
	if (strcmp(field, "body") == 0)
		value = nt->body;
	else if (strcmp(field, "signature") == 0)
		value = nt->signature;
	else if (strcmp(field, "quoted") == 0)
		value = nt->quoted;
	else if (strcmp(field, "name") == 0)
		value = nt->sig_name;
	else if (strcmp(field, "title") == 0)
		value = nt->sig_title;
	else if (strcmp(field, "phone") == 0)
		value = nt->sig_phone;
	else if (strcmp(field, "forwarded") == 0)
		value = nt->forwarded ? "yes" : "no";
	else if (strcmp(field, "reply") == 0)
		value = owned = g_strconcat(nt->body, nt->signature ? "\n" : "",
		                            nt->signature ? nt->signature : "", NULL);
	if (value)
		printf("%s\n", value);
	g_free(owned);
}

int main(int argc, char **argv)
{
	const char *mode = "text";
	char *from_name = NULL;
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
		if (strcmp(argv[i], "--eml") == 0 || strcmp(argv[i], "--html") == 0)
			mode = argv[i] + 2;
		else if (strcmp(argv[i], "--from") == 0 && i + 1 < argc)
			from_name = g_strdup(argv[++i]);
		else
			return usage();
	}
	if (i >= argc || argc - i > 2)
		return usage();
	const char *field = i + 1 < argc ? argv[i + 1] : "body";
	mp_parse_init();
	char *text = text_of(argv[i], mode, &from_name);
	if (text == NULL)
		return 2;
	mp_newtext *nt = mp_newtext_split(text, from_name);
	print_field(nt, field);
	mp_newtext_free(nt);
	g_free(text);
	g_free(from_name);
	return 0;
}
