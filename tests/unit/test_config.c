/*
 * test_config.c - mailpulse.conf parsing: values, defaults, FILE:LINE errors.
 */
#include <unistd.h>
#include "unit.h"
#include "config.h"
#include "status.h"

static void test_defaults(void **state)
{
	mp_config *cfg = mp_config_new_defaults();
	assert_string_equal(cfg->database, "/var/lib/mailpulse/mailpulse.db");
	assert_true(cfg->auto_create_accounts);
	assert_int_equal(cfg->internal_domains->len, 0);
	assert_true(cfg->freemail_domains->len > 20);
	assert_int_equal(cfg->maximum_body_bytes, 10 * 1024 * 1024);
	assert_int_equal(cfg->maximum_participants, 1000);
	mp_config_free(cfg);
}

/* in_list - list holds word */
static gboolean in_list(const GPtrArray *list, const char *word)
{
	for (guint i = 0; i < list->len; i++)
		if (strcmp(list->pdata[i], word) == 0)
			return TRUE;
	return FALSE;
}

/* test_freemail_list - the built-in list holds webmail and consumer
 * ISPs; '+' adds to it, any other value replaces it */
static void test_freemail_list(void **state)
{
	mp_config *cfg = mp_config_new_defaults();
	assert_true(in_list(cfg->freemail_domains, "gmail.com"));
	assert_true(in_list(cfg->freemail_domains, "rr.com"));
	assert_true(in_list(cfg->freemail_domains, "earthlink.net"));
	assert_true(in_list(cfg->freemail_domains, "home.com"));
	guint builtin = cfg->freemail_domains->len;
	mp_config_free(cfg);
	GError *error = NULL;
	cfg = mp_config_parse_text("f.conf", "FreemailDomains +myisp.example, Other.example\n", &error);
	assert_non_null(cfg);
	assert_int_equal(cfg->freemail_domains->len, builtin + 2);
	assert_true(in_list(cfg->freemail_domains, "rr.com"));
	assert_true(in_list(cfg->freemail_domains, "myisp.example"));
	assert_true(in_list(cfg->freemail_domains, "other.example"));
	mp_config_free(cfg);
	cfg = mp_config_parse_text("f.conf", "FreemailDomains + a.example\nFreemailDomains only.example\n", &error);
	assert_non_null(cfg);
	assert_int_equal(cfg->freemail_domains->len, 1);
	assert_string_equal(g_ptr_array_index(cfg->freemail_domains, 0), "only.example");
	mp_config_free(cfg);
}

static void test_values(void **state)
{
	GError *error = NULL;
	mp_config *cfg = mp_config_parse_text("t.conf",
		"# a comment\n"
		"\n"
		"Database /tmp/x.db   # trailing comment\n"
		"internaldomains Example.COM, example.org\n"
		"AutoCreateAccounts no\n"
		"NeverCapture hr.example.com ceo@example.com\n"
		"MaximumBodyBytes 512k\n"
		"LogLevel debug\n", &error);
	assert_non_null(cfg);
	assert_string_equal(cfg->database, "/tmp/x.db");
	assert_int_equal(cfg->internal_domains->len, 2);
	assert_string_equal(g_ptr_array_index(cfg->internal_domains, 0), "example.com");
	assert_false(cfg->auto_create_accounts);
	assert_int_equal(cfg->never_capture->len, 2);
	assert_int_equal(cfg->maximum_body_bytes, 512 * 1024);
	assert_int_equal(cfg->log_level, 4);
	mp_config_free(cfg);
}

static void test_capture_policy(void **state)
{
	mp_config *cfg = mp_config_new_defaults();
	assert_int_equal(cfg->capture_mode, MP_CAPTURE_FULL);
	assert_int_equal(cfg->retention_days, 730);
	assert_null(cfg->never_capture_subjects);
	mp_config_free(cfg);
	GError *error = NULL;
	cfg = mp_config_parse_text("t.conf",
		"CaptureMode Headers-Only\n"
		"CaptureModeFor Acme.com=off lawyer@x.org=headers-only\n"
		"NeverCaptureSubjects \\b(payroll|legal hold)\\b, internal\n"
		"Retention 90\n", &error);
	assert_non_null(cfg);
	assert_int_equal(cfg->capture_mode, MP_CAPTURE_HEADERS_ONLY);
	assert_int_equal(cfg->capture_mode_for->len, 2);
	assert_string_equal(g_ptr_array_index(cfg->capture_mode_for, 0), "acme.com=off");
	/* a pattern keeps its spaces and commas */
	assert_string_equal(cfg->never_capture_subjects, "\\b(payroll|legal hold)\\b, internal");
	assert_int_equal(cfg->retention_days, 90);
	mp_config_free(cfg);
}

static const struct {
	const char *text;
	const char *want; /* error message */
} bad_lines[] = {
	{ "Databse /x\n", "b.conf:1: unknown key \"Databse\"" },
	{ "\n\nAutoCreateAccounts maybe\n",
	  "b.conf:3: AutoCreateAccounts: expected yes or no (got \"maybe\")" },
	{ "MaximumBodyBytes 10Q\n", "b.conf:1: MaximumBodyBytes: expected a size of at least 1 byte, e.g. 10485760, 512k or 10M (no sign; 0 is not \"no limit\") (got \"10Q\")" },
	/* strtoull() read "-1" as 2^64-1, and 0 meant no limit at all */
	{ "MaximumBodyBytes -1\n", "b.conf:1: MaximumBodyBytes: expected a size of at least 1 byte, e.g. 10485760, 512k or 10M (no sign; 0 is not \"no limit\") (got \"-1\")" },
	{ "MaximumBodyBytes 0\n", "b.conf:1: MaximumBodyBytes: expected a size of at least 1 byte, e.g. 10485760, 512k or 10M (no sign; 0 is not \"no limit\") (got \"0\")" },
	{ "MaximumBodyBytes 0k\n", "b.conf:1: MaximumBodyBytes: expected a size of at least 1 byte, e.g. 10485760, 512k or 10M (no sign; 0 is not \"no limit\") (got \"0k\")" },
	{ "MaximumBodyBytes  +5\n", "b.conf:1: MaximumBodyBytes: expected a size of at least 1 byte, e.g. 10485760, 512k or 10M (no sign; 0 is not \"no limit\") (got \"+5\")" },
	{ "MaximumParticipants 0\n",
	  "b.conf:1: MaximumParticipants: expected a whole number from 1 to 1000000 (got \"0\")" },
	{ "MaximumParticipants -3\n",
	  "b.conf:1: MaximumParticipants: expected a whole number from 1 to 1000000 (got \"-3\")" },
	/* what an error echoes is escaped: the terminal shows, never obeys */
	{ "Data\033[2Jbase /x\n", "b.conf:1: unknown key \"Data\\x1B[2Jbase\"" },
	{ "LogLevel \xe2\x80\xaeloud\n",
	  "b.conf:1: LogLevel: expected error, warning, notice, info or debug (got \"\\u{202E}loud\")" },
	/* a byte order mark is only skipped at the very start of the file */
	{ "Database /x\n\xef\xbb\xbfLogLevel debug\n",
	  "b.conf:2: a byte order mark (U+FEFF) inside the file (only the very start of a file may have one)" },
	{ "Database /x \xef\xbb\xbf\n",
	  "b.conf:1: a byte order mark (U+FEFF) inside the file (only the very start of a file may have one)" },
	{ "LogLevel loud\n",
	  "b.conf:1: LogLevel: expected error, warning, notice, info or debug (got \"loud\")" },
	{ "Database\n", "b.conf:1: Database: missing value (got \"\")" },
	{ "CaptureMode partial\n",
	  "b.conf:1: CaptureMode: expected full, headers-only or off (got \"partial\")" },
	{ "CaptureModeFor acme.com\n",
	  "b.conf:1: CaptureModeFor: expected ADDRESS-or-DOMAIN=MODE entries, MODE one of full, "
	  "headers-only, off (got \"acme.com\")" },
	{ "CaptureModeFor =off\n",
	  "b.conf:1: CaptureModeFor: expected ADDRESS-or-DOMAIN=MODE entries, MODE one of full, "
	  "headers-only, off (got \"=off\")" },
	{ "NeverCaptureSubjects pay(roll\n",
	  "b.conf:1: NeverCaptureSubjects: not a valid regular expression (PCRE2 syntax) "
	  "(got \"pay(roll\")" },
	/* a pattern that is not UTF-8 crashed PCRE2 inside g_regex_new() */
	{ "NeverCaptureSubjects \\b(pay)\xff\xff}\n",
	  "b.conf:1: NeverCaptureSubjects: not UTF-8 (a pattern is UTF-8 text) (got \"\\b(pay)\\xFF\\xFF}\")" },
	{ "Retention 0\n", "b.conf:1: Retention: expected a number of days from 1 to 3650 (got \"0\")" },
	/* a RulesDir that is not there stops everything, naming the path */
	{ "\nRulesDir /nonexistent/rules\n",
	  "b.conf:2: RulesDir: no such directory (got \"/nonexistent/rules\")" },
	{ "RulesDir /dev/null\n", "b.conf:1: RulesDir: not a directory (got \"/dev/null\")" },
};

static void test_bad_lines(void **state)
{
	for (guint i = 0; i < G_N_ELEMENTS(bad_lines); i++) {
		GError *error = NULL;
		mp_config *cfg = mp_config_parse_text("b.conf", bad_lines[i].text, &error);
		char row[8];
		g_snprintf(row, sizeof row, "%u", i);
		assert_null(cfg);
		assert_non_null(error);
		assert_int_equal(error->code, MP_ERR_CONFIG);
		assert_str_row(row, error->message, bad_lines[i].want);
		g_error_free(error);
	}
}

/* test_nul_and_bom - a NUL byte used to end the file silently: the
 * NeverCapture line after it was ignored and -n said "configuration OK" */
static void test_nul_and_bom(void **state)
{
	static const char nul[] = "Database /x\nLogLevel info\0\nNeverCapture ceo@us.com\n";
	GError *error = NULL;
	mp_config *cfg = mp_config_parse_data("n.conf", nul, sizeof nul - 1, &error);
	assert_null(cfg);
	assert_int_equal(error->code, MP_ERR_CONFIG);
	assert_string_equal(error->message,
	                    "n.conf:2: a NUL byte: the file is binary or corrupt, not a text file");
	g_clear_error(&error);
	/* through the file too (mp_config_load reads the length, not up to NUL) */
	char *path = g_build_filename(g_get_tmp_dir(), "mp-nul-XXXXXX.conf", NULL);
	int fd = g_mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, nul, sizeof nul - 1), (ssize_t)(sizeof nul - 1));
	close(fd);
	cfg = mp_config_load(path, &error);
	assert_null(cfg);
	assert_non_null(strstr(error->message, ":2: a NUL byte"));
	g_clear_error(&error);
	unlink(path);
	g_free(path);
	/* a BOM at the very start is what Windows editors write: skipped */
	static const char bom[] = "\xef\xbb\xbf" "Database /x\nNeverCapture ceo@us.com\n";
	cfg = mp_config_parse_data("b.conf", bom, sizeof bom - 1, &error);
	assert_non_null(cfg);
	assert_string_equal(cfg->database, "/x");
	assert_int_equal(cfg->never_capture->len, 1);
	mp_config_free(cfg);
}

/* test_print_reads_back - `mailpulse config` prints a file that reads back
 * to the same print, even with a list element starting with '#' (after
 * ", " it became a comment: found by tests/fuzz/fuzz_config) */
static void test_print_reads_back(void **state)
{
	GError *error = NULL;
	mp_config *cfg = mp_config_parse_text("p.conf", "InternalDomains us.com,#odd.com, x.org\n"
	                                      "Competitors Looker,#1 Analytics\n", &error);
	assert_non_null(cfg);
	char *once = NULL, *twice = NULL;
	size_t n1 = 0, n2 = 0;
	FILE *f = open_memstream(&once, &n1);
	mp_config_print(cfg, f);
	fclose(f);
	mp_config *again = mp_config_parse_data("printed.conf", once, n1, &error);
	assert_non_null(again);
	assert_int_equal(again->internal_domains->len, 3);
	f = open_memstream(&twice, &n2);
	mp_config_print(again, f);
	fclose(f);
	assert_string_equal(once, twice);
	assert_non_null(strstr(once, "us.com,#odd.com, x.org\n"));
	free(once);
	free(twice);
	mp_config_free(again);
	mp_config_free(cfg);
}

static void test_missing_file(void **state)
{
	GError *error = NULL;
	mp_config *cfg = mp_config_load("/nonexistent/mailpulse.conf", &error);
	assert_null(cfg);
	assert_int_equal(error->code, MP_ERR_NOINPUT);
	g_error_free(error);
}

/* RulesDir unset is found (datadir.h): the unit test runs from the
 * checkout, so it is the installed rules or the checkout's rules/; set,
 * it is what the file says */
static void test_rules_dir(void **state)
{
	mp_config *cfg = mp_config_new_defaults();
	assert_false(cfg->rules_dir_set);
	assert_non_null(cfg->rules_dir);
	assert_true(g_str_has_suffix(cfg->rules_dir, "/rules"));
	if (cfg->rules_origin == MP_DATA_CHECKOUT)
		assert_true(g_file_test(cfg->rules_dir, G_FILE_TEST_IS_DIR));
	else
		assert_string_equal(cfg->rules_dir, MP_DATADIR "/rules");
	char *from = mp_config_rules_from(cfg);
	assert_non_null(strstr(from, "RulesDir unset"));
	g_free(from);
	mp_config_free(cfg);
	GError *error = NULL;
	cfg = mp_config_parse_text("r.conf", "RulesDir /tmp\n", &error);
	assert_non_null(cfg);
	assert_true(cfg->rules_dir_set);
	assert_string_equal(cfg->rules_dir, "/tmp");
	from = mp_config_rules_from(cfg);
	assert_string_equal(from, "RulesDir in r.conf");
	g_free(from);
	mp_config_free(cfg);
}

static void test_man_lists_every_key(void **state)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	mp_config_print_man_keys(f);
	fclose(f);
	for (guint i = 0; i < mp_config_key_count(); i++) {
		char *entry = g_strdup_printf(".B %s ", mp_config_key_name(i));
		if (strstr(buf, entry) == NULL)
			fail_msg("man keys lack %s", mp_config_key_name(i));
		g_free(entry);
	}
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_freemail_list),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_capture_policy),
		cmocka_unit_test(test_bad_lines),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_rules_dir),
		cmocka_unit_test(test_nul_and_bom),
		cmocka_unit_test(test_print_reads_back),
		cmocka_unit_test(test_man_lists_every_key),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
