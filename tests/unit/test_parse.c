/*
 * test_parse.c - stage 1: headers, addresses, bodies, charsets, HTML, MIME.
 *
 * Table-driven where it fits: each row names itself in the failure
 * ("got X, want Y").
 */
#include <time.h>
#include "unit.h"
#include "parse.h"

/* parse_text - mp_parse on a C string (fails the test on NULL) */
static mp_message *parse_text(const char *raw)
{
	GError *error = NULL;
	mp_message *msg = mp_parse(raw, strlen(raw), &error);
	if (msg == NULL)
		fail_msg("mp_parse failed: %s", error ? error->message : "?");
	return msg;
}

static void test_headers(void **state)
{
	mp_message *m = parse_text(
		"From: =?UTF-8?Q?Fran=C3=A7ois_Dupont?= <Francois@ChateauVins.FR>\n"
		"To: Claire <claire@us.com>, team: a@x.com, b@y.com;\n"
		"Cc: =?ISO-8859-1?B?SvxyZ2Vu?= <j@k.de>\n"
		"Subject: =?UTF-8?B?UsOpc3Vtw6k=?= of the\n  folded subject\n"
		"Message-ID: <abc@chateauvins.fr>\n"
		"In-Reply-To: <parent@us.com> (sent by Claire)\n"
		"References: <root@us.com>\n <parent@us.com>\n"
		"Date: Tue, 01 Sep 2026 10:00:00 +0200\n"
		"\nbody\n");
	assert_string_equal(m->from->address, "francois@chateauvins.fr");
	assert_string_equal(m->from->name, "François Dupont");
	assert_int_equal(m->to->len, 3); /* group flattened */
	assert_string_equal(((mp_address *)m->to->pdata[2])->address, "b@y.com");
	assert_string_equal(((mp_address *)m->cc->pdata[0])->name, "Jürgen");
	/* RFC 5322 2.2.3: unfolding removes the line break only, so the
	 * folding white space (two spaces here) stays. */
	assert_string_equal(m->subject, "Résumé of the  folded subject");
	assert_string_equal(m->message_id, "abc@chateauvins.fr");
	assert_string_equal(m->in_reply_to, "parent@us.com");
	assert_int_equal(m->references->len, 2);
	assert_string_equal(m->references->pdata[0], "root@us.com");
	assert_int_equal(m->date, 1788249600); /* 2026-09-01T08:00:00Z */
	assert_int_equal(m->date_offset, 120); /* the writer's zone, minutes east */
	assert_string_equal(mp_message_header(m, "message-id"), "<abc@chateauvins.fr>");
	mp_message_free(m);
}

static void test_missing_date_and_garbage_headers(void **state)
{
	mp_message *m = parse_text("From: ann@acme.com\nSubject: caf\xe9 \xff\xfe\n\n\x93quoted\x94 na\xefve\n");
	assert_int_equal(m->date, 0);
	assert_true(g_utf8_validate(m->subject, -1, NULL));
	assert_string_equal(m->subject, "café ÿþ");
	assert_true(g_utf8_validate(m->text_plain, -1, NULL));
	assert_string_equal(m->text_plain, "\u201cquoted\u201d naïve\n");
	mp_message_free(m);
}

static void test_lenient_addresses(void **state)
{
	static const struct { const char *raw; int n; const char *first; const char *name; } rows[] = {
		{ "m..presto@enron.com", 1, "m..presto@enron.com", NULL },
		{ "Mark <m..presto@enron.com>, k@y.com", 2, "m..presto@enron.com", "Mark" },
		{ ".j@x.com", 1, ".j@x.com", NULL },
		{ "j.doe.@x.com (Jo)", 1, "j.doe.@x.com", "Jo" },
		{ "\"a b\"@x.com", 1, "\"a b\"@x.com", NULL },
		/* an encoded name holding ':' and an address is a name: the
		 * second reader saw group "=?utf-8?Q?a" and author _ceo@... */
		{ "=?utf-8?Q?a:_ceo@acme-logistics.com_b:c?= <eve@evil.com>", 1, "eve@evil.com",
		  "a: ceo@acme-logistics.com b:c" },
		{ "=?utf-8?Q?Jos=C3=A9?=\r\n =?utf-8?Q?_Garc=C3=ADa?= <j@x.com>", 1, "j@x.com",
		  "José García" },
		{ "x: =?utf-8?B?YTpi?= <q@r.com>;", 1, "q@r.com", "a:b" },
		{ "=?utf-8?Q?\"q\"?= <q@r.com>", 1, "q@r.com", "\"q\"" },
		{ "Doe, John <j@x.com>", 1, "j@x.com", "Doe, John" },
		{ "j@x.com (John Doe), k@y.com", 2, "j@x.com", "John Doe" },
		{ "team: a@x.com, b@y.com;", 2, "a@x.com", NULL },
		{ "\"Lee, Ann\" <ANN@Acme.com>", 1, "ann@acme.com", "Lee, Ann" },
		{ "undisclosed-recipients:;", 0, NULL, NULL },
		{ "no address here", 0, NULL, NULL },
		{ "<@>, broken@", 0, NULL, NULL },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		GPtrArray *got = mp_parse_addresses(rows[i].raw);
		if ((int)got->len != rows[i].n)
			fail_msg("row \"%s\": got %u addresses, want %d", rows[i].raw, got->len, rows[i].n);
		if (rows[i].n > 0) {
			const mp_address *a = got->pdata[0];
			assert_str_row(rows[i].raw, a->address, rows[i].first);
			assert_str_row(rows[i].raw, a->name, rows[i].name);
		}
		g_ptr_array_unref(got);
	}
}

/* test_one_reader - the message's author is what mp_parse_addresses()
 * (the milter's reader of the From header) says, never a second reading;
 * every To header counts */
static void test_one_reader(void **state)
{
	const char *from = "=?utf-8?Q?a:_ceo@acme-logistics.com_b:c?= <eve@evil.com>";
	char *raw = g_strdup_printf("From: %s\nTo: c@us.com\nTo: d@us.com, \"m..x\"@us.com\n\nhi\n", from);
	mp_message *m = parse_text(raw);
	GPtrArray *milter = mp_parse_addresses(from);
	assert_int_equal(milter->len, 1);
	assert_string_equal(m->from->address, ((mp_address *)milter->pdata[0])->address);
	assert_string_equal(m->from->address, "eve@evil.com");
	assert_string_equal(m->from->name, "a: ceo@acme-logistics.com b:c");
	assert_int_equal(m->to->len, 3);
	assert_string_equal(((mp_address *)m->to->pdata[2])->address, "m..x@us.com");
	g_ptr_array_unref(milter);
	mp_message_free(m);
	g_free(raw);
}

static void test_alternative_and_attachments(void **state)
{
	mp_message *m = parse_text(
		"From: ann@acme.com\nMIME-Version: 1.0\n"
		"Content-Type: multipart/mixed; boundary=outer\n\n"
		"--outer\nContent-Type: multipart/alternative; boundary=inner\n\n"
		"--inner\nContent-Type: text/plain; charset=iso-8859-1\n"
		"Content-Transfer-Encoding: quoted-printable\n\nCh=E8re Claire,=\n une ligne.\n"
		"--inner\nContent-Type: text/html; charset=utf-8\n\n<p>Ch&egrave;re <b>Claire</b></p>\n"
		"--inner--\n"
		"--outer\nContent-Type: application/pdf; name=\"quote.pdf\"\n"
		"Content-Disposition: attachment; filename=\"quote.pdf\"\n"
		"Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoK\n"
		"--outer\nContent-Type: message/rfc822\n\nFrom: x@y.com\nSubject: forwarded\n\nhi\n"
		"--outer--\n");
	/* RFC 2046 5.1.1: the line break before a boundary belongs to the
	 * boundary, so the part's text has no trailing newline. */
	assert_string_equal(m->text_plain, "Chère Claire, une ligne.");
	assert_null(m->text_html); /* the alternative's HTML is not converted */
	assert_string_equal(mp_message_text(m), "Chère Claire, une ligne.");
	assert_int_equal(m->attachments->len, 2);
	const mp_attachment *pdf = m->attachments->pdata[0];
	assert_string_equal(pdf->filename, "quote.pdf");
	assert_string_equal(pdf->content_type, "application/pdf");
	assert_int_equal(pdf->size, 27);
	const mp_attachment *fwd = m->attachments->pdata[1];
	assert_string_equal(fwd->content_type, "message/rfc822");
	assert_string_equal(fwd->filename, "forwarded");
	mp_message_free(m);
}

static void test_html_only_base64_and_2022jp(void **state)
{
	mp_message *m = parse_text(
		"From: ann@acme.com\nContent-Type: text/html; charset=utf-8\n"
		"Content-Transfer-Encoding: base64\n\n"
		"PGh0bWw+PGhlYWQ+PHN0eWxlPnB7fTwvc3R5bGU+PC9oZWFkPjxib2R5PjxwPkhlbGxvPC9wPjwvYm9keT48L2h0bWw+\n");
	assert_string_equal(mp_message_text(m), "Hello");
	mp_message_free(m);
	m = parse_text("From: a@b.jp\nContent-Type: text/plain; charset=iso-2022-jp\n\n"
	               "\x1b$B$3$s$K$A$O\x1b(B\n");
	assert_string_equal(m->text_plain, "こんにちは\n");
	mp_message_free(m);
}

static void test_bad_input(void **state)
{
	GError *error = NULL;
	assert_null(mp_parse("", 0, &error));
	assert_non_null(strstr(error->message, "empty"));
	g_clear_error(&error);
	const char *not_mail = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
	assert_null(mp_parse(not_mail, 16, &error));
	assert_non_null(error);
	g_clear_error(&error);
	/* NUL bytes in a body are dropped, the rest kept */
	const char raw[] = "From: a@b.com\n\nab\0cd\n";
	mp_message *m = mp_parse(raw, sizeof raw - 1, &error);
	assert_non_null(m);
	assert_string_equal(m->text_plain, "abcd\n");
	mp_message_free(m);
}

static void test_deep_nesting(void **state)
{
	GString *raw = g_string_new("From: a@b.com\nMIME-Version: 1.0\n");
	for (int i = 0; i < 200; i++)
		g_string_append_printf(raw, "Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n", i, i);
	g_string_append(raw, "Content-Type: text/plain\n\ndeep\n");
	mp_message *m = parse_text(raw->str);
	assert_true(m->part_count <= 1); /* past the depth limit, nothing is read */
	mp_message_free(m);
	g_string_free(raw, TRUE);
}

/* test_mime_limits - GMime is given at most 5,000 boundary lines and 1,000
 * boundaries: 100,000 parts cost it 200 MB, 100,000 nested ones seconds */
static void test_mime_limits(void **state)
{
	GString *raw = g_string_new("From: a@b.com\nMIME-Version: 1.0\n"
	                            "Content-Type: multipart/mixed; boundary=\"b\"\n\n"
	                            "--b\nContent-Type: text/plain\n\nfirst\n");
	for (int i = 0; i < 20000; i++)
		g_string_append_printf(raw, "--b\nContent-Type: application/x-part; name=p%d\n\nx\n", i);
	g_string_append(raw, "--b--\n");
	mp_message *m = parse_text(raw->str);
	assert_int_equal(m->part_count, 5000);
	assert_string_equal(m->text_plain, "first");
	assert_int_equal(m->raw_size, raw->len); /* the message's size, not what was parsed */
	mp_message_free(m);
	/* boundary lines of an undeclared boundary, or in a text, do not count */
	g_string_assign(raw, "From: a@b.com\nContent-Type: text/plain\n\n");
	for (int i = 0; i < 6000; i++)
		g_string_append(raw, "--b\n");
	m = parse_text(raw->str);
	assert_int_equal(strlen(m->text_plain), 6000 * 4);
	mp_message_free(m);
	/* the line naming the 1,001st boundary ends what GMime sees: 2,000
	 * alternatives of one part each, the top boundary and 999 read */
	g_string_assign(raw, "From: a@b.com\nMIME-Version: 1.0\n"
	                     "Content-Type: multipart/mixed; boundary=top\n\n");
	for (int i = 0; i < 2000; i++)
		g_string_append_printf(raw, "--top\nContent-Type: multipart/alternative; boundary=b%d\n\n"
		                       "--b%d\nContent-Type: text/plain\n\npart %d\n--b%d--\n", i, i, i, i);
	g_string_append(raw, "--top--\n");
	m = parse_text(raw->str);
	assert_in_range(m->part_count, 999, 1000);
	assert_non_null(strstr(m->text_plain, "part 998"));
	assert_null(strstr(m->text_plain, "part 999"));
	mp_message_free(m);
	g_string_free(raw, TRUE);
}

/* test_long_header - an 8 MB Subject was copied, indexed and stored whole;
 * 100 KB are kept (Postfix's header_size_limit), cut between characters */
static void test_long_header(void **state)
{
	GString *raw = g_string_new("From: a@b.com\nSubject: ");
	for (int i = 0; i < 60000; i++)
		g_string_append(raw, "\xc3\xa9"); /* 120,000 bytes of U+00E9 */
	g_string_append(raw, "\nX-Long: ");
	for (int i = 0; i < 300000; i++)
		g_string_append_c(raw, 'x');
	g_string_append(raw, "\n\nbody\n");
	mp_message *m = parse_text(raw->str);
	assert_int_equal(strlen(m->subject), 100 * 1024);
	assert_true(g_utf8_validate(m->subject, -1, NULL));
	assert_int_equal(strlen(mp_message_header(m, "X-Long")), 100 * 1024);
	mp_message_free(m);
	g_string_free(raw, TRUE);
}

static void test_html_to_text(void **state)
{
	static const struct { const char *name; const char *html; const char *want; } rows[] = {
		{ "script and style dropped",
		  "<html><head><title>T</title><style>p{}</style></head><body><script>x()</script>"
		  "<p>Hi</p></body></html>", "Hi" },
		{ "entities", "<p>Fish &amp; chips &eacute;t&eacute; it&#8217;s</p>", "Fish & chips été it’s" },
		{ "br and paragraphs", "<p>one<br>two</p><p>three</p>", "one\ntwo\n\nthree" },
		{ "blockquote quoted", "<p>Yes.</p><blockquote><p>Can you?</p></blockquote>",
		  "Yes.\n\n> Can you?" },
		{ "lists", "<ul><li>a</li><li>b</li></ul>", "- a\n- b" },
		{ "whitespace collapsed", "<div>  lots \n\n of   space </div>", "lots of space" },
		{ "pre kept", "<pre>a  b\n  c</pre>", "a  b\n  c" },
		{ "table cells", "<table><tr><td>x</td><td>y</td></tr></table>", "x y" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		char *got = mp_html_to_text(rows[i].html, strlen(rows[i].html));
		assert_str_row(rows[i].name, got, rows[i].want);
		g_free(got);
	}
}

/* repeat - n copies of unit, then tail */
static GString *repeat(const char *unit, int n, const char *tail)
{
	GString *s = g_string_new(NULL);
	for (int i = 0; i < n; i++)
		g_string_append(s, unit);
	g_string_append(s, tail);
	return s;
}

/* cpu_seconds - this process's CPU time */
static double cpu_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void test_html_hostile_nesting(void **state)
{
	/* 100,000 nested elements once grew the worker to 9 GB inside gumbo
	 * and never finished: now bounded (flattened past the depth limit). */
	static const struct { const char *name; const char *unit; int n; const char *tail;
	                      const char *want; } rows[] = {
		{ "100k nested div", "<div>", 100000, "bottom &amp; end", "bottom & end" },
		{ "100k nested span", "<span>", 100000, "bottom", "bottom" },
		{ "100k nested blockquote", "<blockquote>", 100000, "bottom", "bottom" },
		{ "100k nested table cells", "<table><tr><td>", 30000, "bottom", "bottom" },
		{ "100k unclosed font", "<font>", 100000, "bottom", "bottom" },
		{ "script content still dropped", "<div><script>x()</script>", 20000, "bottom", "bottom" },
		{ "deep then closed, repeated", "<div><div><div><div><div></div></div></div></div></div>",
		  50000, "bottom", "bottom" },
		{ "under the limit: real tree", "<blockquote>", 3, "bottom", "> > > bottom" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		GString *html = repeat(rows[i].unit, rows[i].n, rows[i].tail);
		/* CPU time, not wall time: on a shared machine (a load of 20 on 2
		 * cores) wall time measures the neighbours */
		double start = cpu_seconds();
		char *got = mp_html_to_text(html->str, html->len);
		double seconds = cpu_seconds() - start;
		char *tail = g_strstrip(g_strdup(strrchr(got, '\n') ? strrchr(got, '\n') + 1 : got));
		assert_str_row(rows[i].name, tail, rows[i].want);
		if (seconds > 5.0) /* was minutes; a few ms optimised, more under ASan */
			fail_msg("row %s: took %.1f s", rows[i].name, seconds);
		g_free(tail);
		g_free(got);
		g_string_free(html, TRUE);
	}
}

static void test_utf8_sanitize(void **state)
{
	static const struct { const char *name; const char *in; gssize len; const char *charset;
	                      const char *want; } rows[] = {
		{ "valid kept", "h\xc3\xa9", -1, NULL, "hé" },
		{ "latin-1 repaired", "caf\xe9", -1, NULL, "café" },
		{ "declared charset honoured", "\xe0 bient\xf4t", -1, "iso-8859-1", "à bientôt" },
		{ "mislabelled utf-8 kept", "h\xc3\xa9", -1, "iso-8859-1", "hé" },
		{ "unknown charset falls back", "caf\xe9", -1, "x-no-such-charset", "café" },
		{ "cp1252 quotes", "\x93hi\x94", -1, "windows-1252", "\u201chi\u201d" },
		{ "NUL dropped", "a\0b", 3, NULL, "ab" },
		{ "koi8-r", "\xf0\xd2\xc9\xd7\xc5\xd4", -1, "koi8-r", "Привет" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		char *got = mp_utf8_sanitize(rows[i].in, rows[i].len, rows[i].charset);
		assert_str_row(rows[i].name, got, rows[i].want);
		g_free(got);
	}
}

int main(void)
{
	mp_parse_init();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_headers),
		cmocka_unit_test(test_missing_date_and_garbage_headers),
		cmocka_unit_test(test_lenient_addresses),
		cmocka_unit_test(test_one_reader),
		cmocka_unit_test(test_mime_limits),
		cmocka_unit_test(test_long_header),
		cmocka_unit_test(test_alternative_and_attachments),
		cmocka_unit_test(test_html_only_base64_and_2022jp),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_html_to_text),
		cmocka_unit_test(test_html_hostile_nesting),
		cmocka_unit_test(test_utf8_sanitize),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
