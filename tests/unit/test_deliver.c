/*
 * test_deliver.c - the digest and report emails: width, escaping, headers,
 * Maildir delivery, sendmail failures.
 *
 * Models are the fixtures in tests/data/digest/ (claire.json, bob.json,
 * hostile.json: display names, subjects and bodies carrying HTML, script,
 * CR/LF, bidi overrides and 5,000-character words).  The HTML check is a
 * whitelist: every tag in the output must be one the renderer writes,
 * and no tag may carry an on* handler, so any customer markup that got
 * through unescaped fails the test whatever it is.
 */
#include "unit.h"
#include <glib/gstdio.h>
#include <sys/stat.h>
#include "deliver.h"
#include "parse.h"
#include "status.h"

/* load_fixture - tests/data/digest/NAME as JSON (root: MAILPULSE_ROOT) */
static json_t *load_fixture(const char *name)
{
	const char *root = getenv("MAILPULSE_ROOT");
	char *path = g_build_filename(root ? root : ".", "tests/data/digest", name, NULL);
	json_error_t jerr;
	json_t *doc = json_load_file(path, 0, &jerr);
	if (doc == NULL)
		fail_msg("%s: %s", path, jerr.text);
	g_free(path);
	return doc;
}

static mp_config *config(const char *text)
{
	GError *error = NULL;
	mp_config *cfg = mp_config_parse_text("t.conf", text, &error);
	assert_non_null(cfg);
	return cfg;
}

/* check_text_part - no line wider than 72 columns, no control character */
static void check_text_part(const char *name, const char *text)
{
	int line = 1;
	long width = 0;
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c == '\n') {
			line++, width = 0;
			continue;
		}
		if (g_unichar_iscntrl(c) || (c >= 0x202a && c <= 0x202e))
			fail_msg("%s: line %d: control character U+%04X", name, line, c);
		width += g_unichar_iswide(c) ? 2 : 1;
		if (width > MP_DELIVER_TEXT_WIDTH)
			fail_msg("%s: line %d is wider than %d columns", name, line, MP_DELIVER_TEXT_WIDTH);
	}
	assert_true(g_utf8_validate(text, -1, NULL));
}

/* check_html_tags - every tag is one we write, none has an on* handler;
 * a link (<a) only as a plain, percent-encoded mailto: (the feedback links) */
static void check_html_tags(const char *name, const char *html)
{
	static const char *const allowed[] = {
		"!DOCTYPE", "html", "head", "meta", "title", "body", "div", "table", "tr", "td",
		"span", "b", "br", "wbr", "a",
	};
	GRegex *mailto = g_regex_new("^ href=\"mailto:[A-Za-z0-9@._~%-]+\\?subject=[A-Za-z0-9._~%-]+\""
	                             " style=\"[a-z0-9#:;-]+\"$", 0, 0, NULL);
	GRegex *tag = g_regex_new("<(/?)([^\\s>/]*)([^>]*)>?", 0, 0, NULL);
	GRegex *handler = g_regex_new("\\son[a-z]+\\s*=|javascript:|url\\(|@import", G_REGEX_CASELESS, 0, NULL);
	GMatchInfo *m = NULL;
	g_regex_match(tag, html, 0, &m);
	int tags = 0;
	while (g_match_info_matches(m)) {
		char *tag_name = g_match_info_fetch(m, 2), *rest = g_match_info_fetch(m, 3);
		gboolean ok = FALSE;
		for (guint i = 0; i < G_N_ELEMENTS(allowed); i++)
			ok = ok || strcmp(tag_name, allowed[i]) == 0;
		if (!ok)
			fail_msg("%s: unexpected tag <%s", name, tag_name);
		if (g_regex_match(handler, rest, 0, NULL))
			fail_msg("%s: tag <%s carries %s", name, tag_name, rest);
		char *closing = g_match_info_fetch(m, 1);
		if (strcmp(tag_name, "a") == 0 && *closing == '\0' && !g_regex_match(mailto, rest, 0, NULL))
			fail_msg("%s: link <a%s>", name, rest);
		g_free(closing);
		g_free(tag_name);
		g_free(rest);
		tags++;
		g_match_info_next(m, NULL);
	}
	g_match_info_free(m);
	g_regex_unref(handler);
	g_regex_unref(mailto);
	g_regex_unref(tag);
	assert_true(tags > 20);
}

static void test_address_ok(void **state)
{
	static const struct { const char *address; gboolean ok; } rows[] = {
		{ "claire@northwind-analytics.com", TRUE },
		{ "a.b+tag@x.example", TRUE },
		{ "claire@x.com\r\nBcc: e@x.com", FALSE },
		{ "-oQ/tmp/x@example.com", FALSE },
		{ "Claire <claire@x.com>", FALSE },
		{ "two@at@x.com", FALSE },
		{ "noat.example.com", FALSE },
		{ "@x.com", FALSE },
		{ "x@", FALSE },
		{ "", FALSE },
		{ NULL, FALSE },
		{ "cl\xc3\xa4ire@x.com", FALSE },
		{ "a,b@x.com", FALSE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++)
		if (mp_deliver_address_ok(rows[i].address) != rows[i].ok)
			fail_msg("row %u (%s): got %d, want %d", i, rows[i].address ? rows[i].address : "NULL",
			         !rows[i].ok, rows[i].ok);
}

static void test_text_parts(void **state)
{
	static const char *const fixtures[] = { "claire.json", "bob.json", "hostile.json", "empty.json" };
	for (guint i = 0; i < G_N_ELEMENTS(fixtures); i++) {
		json_t *model = load_fixture(fixtures[i]);
		char *text = mp_deliver_digest_text(model);
		check_text_part(fixtures[i], text);
		g_free(text);
		json_decref(model);
	}
	json_t *portfolio = load_fixture("portfolio.json");
	char *text = mp_deliver_report_text(portfolio);
	check_text_part("portfolio.json", text);
	assert_non_null(strstr(text, "Renewals in the next 90 days"));
	g_free(text);
	json_decref(portfolio);
}

/* A title that starts with its kind's label is said once: the renderer
 * prints the label anyway ("Gone quiet: Gone quiet: ..." was issue 15). */
static void test_no_doubled_label(void **state)
{
	json_t *model = load_fixture("claire.json");
	json_t *alert = NULL;
	size_t i;
	json_t *account;
	json_array_foreach(json_object_get(model, "accounts"), i, account)
		if (alert == NULL && json_array_size(json_object_get(account, "alerts")))
			alert = json_array_get(json_object_get(account, "alerts"), 0);
	assert_non_null(alert);
	json_object_set_new(alert, "kind", json_string("quiet"));
	json_object_set_new(alert, "new", json_true());
	json_object_set_new(alert, "title", json_string("Gone quiet: no substantive customer message for 40 days"));
	char *text = mp_deliver_digest_text(model), *html = mp_deliver_digest_html(model);
	assert_non_null(strstr(text, "Gone quiet: no substantive customer message for 40 days"));
	assert_null(strstr(text, "Gone quiet: Gone quiet"));
	assert_non_null(strstr(html, ">no substantive customer message for 40 days"));
	assert_null(strstr(html, ">Gone quiet: no substantive"));
	g_free(text);
	g_free(html);
	json_decref(model);
}

static void test_text_ranking_and_evidence(void **state)
{
	json_t *model = load_fixture("claire.json");
	char *text = mp_deliver_digest_text(model);
	const char *acme = strstr(text, "1. Acme Logistics");
	const char *bluefin = strstr(text, "2. Bluefin Retail");
	assert_non_null(acme);
	assert_non_null(bluefin);
	assert_true(acme < bluefin);
	/* accounts without alerts are only in the table at the end */
	assert_null(strstr(text, ". Cobalt Health"));
	assert_non_null(strstr(text, "Cobalt Health"));
	assert_non_null(strstr(text, "2026-11-24 Raj Patel <raj@bluefin-retail.com>"));
	assert_non_null(strstr(text, "Next step: Call Ann this week"));
	assert_non_null(strstr(text, "4 new items across 2 accounts"));
	/* the alert sent before is one line under "Still open" */
	const char *open = strstr(text, "Still open");
	assert_non_null(open);
	assert_true(open < strstr(text, "Only Ann Lee has written"));
	g_free(text);
	json_decref(model);
}

static void test_html_inert(void **state)
{
	json_t *model = load_fixture("hostile.json");
	char *html = mp_deliver_digest_html(model);
	check_html_tags("hostile.json", html);
	assert_non_null(strstr(html, "&lt;script&gt;alert(&#39;acct&#39;<wbr>)&lt;/script&gt;"));
	assert_non_null(strstr(html, "&lt;a href=&quot;javascript:ale<wbr>rt(1)&quot;&gt;"));
	assert_null(strstr(html, "\r"));
	assert_null(strstr(html, "\xe2\x80\xae")); /* U+202E RIGHT-TO-LEFT OVERRIDE */
	/* a 5,000-character word is cut and offered line breaks */
	char *run = g_strnfill(21, 'A');
	assert_null(strstr(html, run));
	g_free(run);
	assert_non_null(strstr(html, "AAAA<wbr>AAAA"));
	g_free(html);
	json_decref(model);
	json_t *portfolio = load_fixture("portfolio.json");
	html = mp_deliver_report_html(portfolio);
	check_html_tags("portfolio.json", html);
	assert_non_null(strstr(html, "&lt;img src=x onerror=alert(1)&gt;"));
	g_free(html);
	json_decref(portfolio);
}

/* count - occurrences of needle in hay */
static guint count(const char *hay, const char *needle)
{
	guint n = 0;
	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
		n++;
	return n;
}

static void test_feedback_links(void **state)
{
	json_t *model = load_fixture("hostile.json");
	char *html = mp_deliver_digest_html(model), *text = mp_deliver_digest_text(model);
	check_html_tags("hostile.json", html);
	check_text_part("hostile.json", text);
	/* the well-formed code: a Useful and a Wrong link, its line in the text */
	assert_non_null(strstr(html, "<a href=\"mailto:feedback@northwind-analytics.com?subject="
	                             "Useful%3A%20Churn%20risk%20%5Bmp-aaaaaaaaaa-bbbbbbbbbb%5D\""));
	assert_non_null(strstr(html, "<a href=\"mailto:feedback@northwind-analytics.com?subject="
	                             "Wrong%3A%20Churn%20risk%20%5Bmp-aaaaaaaaaa-bbbbbbbbbb%5D\""));
	assert_int_equal(count(html, "<a href="), 2); /* the malformed code made none */
	assert_non_null(strstr(text, "Feedback: mp-aaaaaaaaaa-bbbbbbbbbb (useful or wrong? see the end)"));
	assert_non_null(strstr(text, "Mail feedback@northwind-analytics.com with the subject"));
	assert_null(strstr(text, "alert(9)"));
	g_free(html);
	g_free(text);
	/* an address that is not one plain address: no link, no instruction */
	json_object_set_new(model, "feedback_address", json_string("x\"><b>@evil.com"));
	html = mp_deliver_digest_html(model);
	text = mp_deliver_digest_text(model);
	assert_int_equal(count(html, "<a "), 0);
	assert_null(strstr(text, "Feedback:"));
	assert_null(strstr(text, "useful CODE"));
	g_free(html);
	g_free(text);
	json_decref(model);
	/* no address at all (FeedbackAddress unset): the digest as before */
	model = load_fixture("claire.json");
	html = mp_deliver_digest_html(model);
	assert_int_equal(count(html, "<a "), 0);
	g_free(html);
	json_decref(model);
}

static void test_malformed_model(void **state)
{
	/* wrong types everywhere: rendered as absent, never a crash */
	json_t *model = json_loads(
		"{\"am\": 7, \"accounts\": [3, {\"account\": [], \"health\": \"high\", \"alerts\": {},"
		" \"health_trend\": [\"x\", null, 1e308, -5], \"momentum\": [1],"
		" \"components\": {\"breadth\": \"x\"}}, {\"alerts\": [1, {\"evidence\": 2,"
		" \"new\": true, \"severity\": 5}]}]}", 0, NULL);
	assert_non_null(model);
	char *text = mp_deliver_digest_text(model);
	char *html = mp_deliver_digest_html(model);
	check_text_part("malformed", text);
	assert_non_null(strstr(html, "</html>"));
	g_free(text);
	g_free(html);
	GError *error = NULL;
	mp_config *cfg = config("");
	assert_null(mp_deliver_digest_message(model, cfg, &error));
	assert_true(g_error_matches(error, MP_ERROR, MP_ERR_DATA));
	g_clear_error(&error);
	json_decref(model);
	mp_config_free(cfg);
}

/* reparse - serialize msg and parse it back with GMime's own parser */
static GMimeMessage *reparse(GMimeMessage *msg, char **raw)
{
	gsize len;
	*raw = mp_deliver_to_string(msg, &len);
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(*raw, len);
	GMimeParser *parser = g_mime_parser_new_with_stream(stream);
	GMimeMessage *back = g_mime_parser_construct_message(parser, NULL);
	g_object_unref(parser);
	g_object_unref(stream);
	assert_non_null(back);
	return back;
}

static void test_message_headers(void **state)
{
	mp_parse_init();
	json_t *model = load_fixture("hostile.json");
	mp_config *cfg = config("DigestFrom Mailp\xc3\xbclse Bot <pulse@northwind-analytics.com>\n");
	GError *error = NULL;
	GMimeMessage *msg = mp_deliver_digest_message(model, cfg, &error);
	assert_non_null(msg);
	char *raw = NULL;
	GMimeMessage *back = reparse(msg, &raw);
	GMimeObject *obj = GMIME_OBJECT(back);
	InternetAddressList *to = g_mime_message_get_addresses(back, GMIME_ADDRESS_TYPE_TO);
	assert_int_equal(internet_address_list_length(to), 1);
	assert_string_equal(internet_address_mailbox_get_addr(
		INTERNET_ADDRESS_MAILBOX(internet_address_list_get_address(to, 0))),
		"claire@northwind-analytics.com");
	assert_null(g_mime_object_get_header(obj, "Bcc"));
	assert_null(g_mime_object_get_header(obj, "X-Injected"));
	assert_string_equal(g_mime_object_get_header(obj, "X-Mailpulse-Digest"),
	                    "claire@northwind-analytics.com 2026-11-26");
	assert_string_equal(g_mime_message_get_subject(back),
	                    "Your accounts on 2026-11-26: 2 items need your attention");
	assert_string_equal(g_mime_object_get_header(obj, "MIME-Version"), "1.0");
	assert_non_null(g_mime_message_get_message_id(back));
	assert_non_null(g_mime_message_get_date(back));
	/* the non-ASCII display name is RFC 2047 encoded, not raw 8-bit */
	assert_non_null(strstr(raw, "From: =?"));
	for (const char *p = raw; *p; p++)
		if ((unsigned char)*p >= 0x80 || *p == '\r')
			fail_msg("raw message byte 0x%02x at %ld", (unsigned char)*p, (long)(p - raw));
	GMimeObject *body = g_mime_message_get_mime_part(back);
	assert_true(GMIME_IS_MULTIPART(body));
	assert_true(g_mime_content_type_is_type(g_mime_object_get_content_type(body), "multipart",
	                                        "alternative"));
	assert_int_equal(g_mime_multipart_get_count(GMIME_MULTIPART(body)), 2);
	GMimeObject *plain = g_mime_multipart_get_part(GMIME_MULTIPART(body), 0);
	GMimeObject *rich = g_mime_multipart_get_part(GMIME_MULTIPART(body), 1);
	assert_true(g_mime_content_type_is_type(g_mime_object_get_content_type(plain), "text", "plain"));
	assert_true(g_mime_content_type_is_type(g_mime_object_get_content_type(rich), "text", "html"));
	char *text = g_mime_text_part_get_text(GMIME_TEXT_PART(plain));
	check_text_part("decoded text part", text);
	g_free(text);
	g_free(raw);
	g_object_unref(back);
	g_object_unref(msg);
	json_decref(model);
	mp_config_free(cfg);
}

static void test_bad_addresses(void **state)
{
	mp_parse_init();
	GError *error = NULL;
	json_t *model = load_fixture("hostile-am.json");
	mp_config *cfg = config("");
	assert_null(mp_deliver_digest_message(model, cfg, &error));
	assert_true(g_error_matches(error, MP_ERROR, MP_ERR_DATA));
	g_clear_error(&error);
	json_decref(model);
	mp_config_free(cfg);
	model = load_fixture("claire.json");
	cfg = config("DigestFrom not an address\n");
	assert_null(mp_deliver_digest_message(model, cfg, &error));
	assert_true(g_error_matches(error, MP_ERROR, MP_ERR_CONFIG));
	g_clear_error(&error);
	mp_config_free(cfg);
	/* report recipients are checked the same way */
	json_t *portfolio = load_fixture("portfolio.json");
	cfg = config("");
	GPtrArray *to = g_ptr_array_new();
	g_ptr_array_add(to, "head@x.example\nBcc: y@x.example");
	assert_null(mp_deliver_report_message(portfolio, cfg, to, &error));
	assert_true(g_error_matches(error, MP_ERROR, MP_ERR_DATA));
	g_clear_error(&error);
	g_ptr_array_unref(to);
	mp_config_free(cfg);
	json_decref(portfolio);
	json_decref(model);
}

static void test_maildir(void **state)
{
	char *dir = g_dir_make_tmp("mp-maildir-XXXXXX", NULL);
	char *md = g_build_filename(dir, "Maildir", NULL);
	char *p1 = NULL, *p2 = NULL;
	GError *error = NULL;
	assert_true(mp_deliver_maildir(md, "Subject: a\n\nbody\n", 17, &p1, &error));
	assert_true(mp_deliver_maildir(md, "Subject: b\n\nbody\n", 17, &p2, &error));
	assert_string_not_equal(p1, p2);
	char *new_dir = g_build_filename(md, "new", NULL);
	assert_true(g_str_has_prefix(p1, new_dir));
	char *content = NULL;
	assert_true(g_file_get_contents(p1, &content, NULL, NULL));
	assert_string_equal(content, "Subject: a\n\nbody\n");
	char *tmp_dir = g_build_filename(md, "tmp", NULL);
	GDir *d = g_dir_open(tmp_dir, 0, NULL);
	assert_null(g_dir_read_name(d)); /* nothing left behind in tmp/ */
	g_dir_close(d);
	/* a Maildir that cannot be created is an I/O error */
	char *blocked = g_build_filename(p1, "sub", NULL);
	assert_false(mp_deliver_maildir(blocked, "x", 1, NULL, &error));
	assert_true(g_error_matches(error, MP_ERROR, MP_ERR_IO));
	g_clear_error(&error);
	char *cmd = g_strdup_printf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	g_free(cmd);
	g_free(blocked);
	g_free(tmp_dir);
	g_free(content);
	g_free(new_dir);
	g_free(p1);
	g_free(p2);
	g_free(md);
	g_free(dir);
}

static void test_sendmail_failures(void **state)
{
	GPtrArray *rcpts = g_ptr_array_new();
	g_ptr_array_add(rcpts, "claire@northwind-analytics.com");
	GError *error = NULL;
	assert_false(mp_deliver_sendmail("/nonexistent/sendmail", "p@x.example", rcpts, "x\n", 2, &error));
	assert_true(g_error_matches(error, MP_ERROR, MP_ERR_CONFIG));
	g_clear_error(&error);
	assert_false(mp_deliver_sendmail("/bin/false", "p@x.example", rcpts, "x\n", 2, &error));
	assert_true(g_error_matches(error, MP_ERROR, MP_ERR_SOFTWARE));
	g_clear_error(&error);
	assert_true(mp_deliver_sendmail("/bin/true", "p@x.example", rcpts, "x\n", 2, &error));
	/* an SMTP server nobody listens on is a temporary failure */
	assert_false(mp_deliver_smtp("127.0.0.1:1", "test", "p@x.example", rcpts, "x\n", 2, &error));
	assert_true(g_error_matches(error, MP_ERROR, MP_ERR_TEMPFAIL));
	g_clear_error(&error);
	assert_false(mp_deliver_smtp("[::1", "test", "p@x.example", rcpts, "x\n", 2, &error));
	assert_true(g_error_matches(error, MP_ERROR, MP_ERR_CONFIG));
	g_clear_error(&error);
	g_ptr_array_unref(rcpts);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_address_ok),
		cmocka_unit_test(test_text_parts),
		cmocka_unit_test(test_text_ranking_and_evidence),
		cmocka_unit_test(test_no_doubled_label),
		cmocka_unit_test(test_html_inert),
		cmocka_unit_test(test_feedback_links),
		cmocka_unit_test(test_malformed_model),
		cmocka_unit_test(test_message_headers),
		cmocka_unit_test(test_bad_addresses),
		cmocka_unit_test(test_maildir),
		cmocka_unit_test(test_sendmail_failures),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
