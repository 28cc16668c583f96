/*
 * automated_driver.c - print what mp_automated_detect() makes of messages.
 *
 *   automated_driver FILE...
 *
 * For the corpus tests (tests/corpus/T030-bounces.sh): each FILE is one
 * message, or an mbox (first line "From ") split into its messages.  One
 * line per message, then one line per bounce recipient, tab-separated:
 *
 *   M <origin> <kind> <reason> <recipients> <return YYYY-MM-DD|-> <departed 0|1>
 *     <replacement|-> <replacement name|->
 *   B <origin> <n> <recipient> <status|-> <action|-> <permanent 0|1> <gone 0|1>
 *     <diagnostic|->
 *
 * Exit status 0, or 2 when a file cannot be read (a message that cannot be
 * parsed is printed with kind "unparsed").
 */
#include <stdio.h>
#include <string.h>
#include "automated.h"
#include "parse.h"
#include "source.h"

/* dash - s, or "-" when empty; tabs and newlines become spaces */
static const char *dash(const char *s, char *buf, size_t size)
{
	if (s == NULL || *s == '\0')
		return "-";
	g_strlcpy(buf, s, size);
	g_strdelimit(buf, "\t\r\n", ' ');
	return buf;
}

/* print_date - YYYY-MM-DD of a unix day, or "-" */
static void print_date(gint64 t)
{
	if (t == 0) {
		fputs("-", stdout);
		return;
	}
	GDateTime *dt = g_date_time_new_from_unix_utc(t);
	char *s = g_date_time_format(dt, "%Y-%m-%d");
	fputs(s, stdout);
	g_free(s);
	g_date_time_unref(dt);
}

/* report - detect one message and print its lines */
static gboolean report(const mp_source_item *item, void *ud)
{
	char b1[512], b2[512];
	mp_message *msg = mp_parse(item->data, item->len, NULL);
	if (msg == NULL) {
		printf("M\t%s\tunparsed\t-\t0\t-\t0\t-\t-\n", item->origin);
		return TRUE;
	}
	mp_automated *a = mp_automated_detect(msg);
	printf("M\t%s\t%s\t%s\t%u\t", item->origin, mp_automated_kind_name(a->kind),
	       dash(a->reason, b1, sizeof b1), a->bounces->len);
	print_date(a->return_date);
	printf("\t%d\t%s\t%s\n", a->departed, dash(a->replacement, b1, sizeof b1),
	       dash(a->replacement_name, b2, sizeof b2));
	for (guint i = 0; i < a->bounces->len; i++) {
		const mp_bounce *b = a->bounces->pdata[i];
		printf("B\t%s\t%u\t%s\t%s\t%s\t%d\t%d\t", item->origin, i + 1, b->recipient,
		       b->status ? b->status : "-", b->action ? b->action : "-", b->permanent,
		       b->mailbox_gone);
		printf("%s\n", dash(b->diagnostic, b1, sizeof b1));
	}
	mp_automated_free(a);
	mp_message_free(msg);
	return TRUE;
}

int main(int argc, char **argv)
{
	int status = 0;
	mp_parse_init();
	for (int i = 1; i < argc; i++) {
		char *data = NULL;
		gsize len = 0;
		if (!g_file_get_contents(argv[i], &data, &len, NULL)) {
			fprintf(stderr, "automated_driver: cannot read %s\n", argv[i]);
			status = 2;
			continue;
		}
		if (len > 5 && strncmp(data, "From ", 5) == 0) {
			mp_mbox_split(argv[i], data, len, report, NULL);
		} else {
			mp_source_item item = { .origin = argv[i], .data = data, .len = len };
			report(&item, NULL);
		}
		g_free(data);
	}
	return status;
}
