/*
 * test_accounts_csv.c - the accounts CSV: good files, quoting, bad rows.
 */
#include "unit.h"
#include "accounts_csv.h"
#include "status.h"

#define HEADER "account,domains,owner,arr,renewal_date,segment\n"

static void test_good_file(void **state)
{
	const char *text = "\xEF\xBB\xBF" HEADER
		"Acme,acme.com; ACME.co.uk,am@us.com,120000,2027-01-31,enterprise\r\n"
		"\"Château, Vins\",chateau.fr,,,,\n"
		"\n"
		"\"Quote \"\"Q\"\" Ltd\",q.io,am@us.com,0.5,,SMB\n";
	GError *error = NULL;
	GPtrArray *rows = mp_accounts_csv_parse("a.csv", text, strlen(text), &error);
	assert_non_null(rows);
	assert_int_equal(rows->len, 3);
	mp_account_row *r = rows->pdata[0];
	assert_string_equal(r->name, "Acme");
	assert_int_equal(r->domains->len, 2);
	assert_string_equal(g_ptr_array_index(r->domains, 1), "acme.co.uk");
	assert_true(r->arr == 120000);
	assert_string_equal(r->renewal_date, "2027-01-31");
	r = rows->pdata[1];
	assert_string_equal(r->name, "Château, Vins");
	assert_null(r->owner);
	assert_null(r->segment);
	r = rows->pdata[2];
	assert_string_equal(r->name, "Quote \"Q\" Ltd");
	assert_string_equal(r->segment, "smb");
	g_ptr_array_unref(rows);
}

static const struct {
	const char *row;
	const char *want; /* the first line of the error */
} bad_rows[] = {
	{ "Acme,acme.com,am@us.com,12k,,\n", "c.csv:3: arr: expected a plain non-negative decimal number (e.g. 120000 or 99.5; no sign, exponent, hex, inf or nan)" },
	/* strtod() takes all of these; an ARR of inf made the account vanish
	 * from listings and the digest fail with "unknown error", exit 0 */
	{ "Acme,acme.com,am@us.com,inf,,\n", "c.csv:3: arr: expected a plain non-negative decimal number (e.g. 120000 or 99.5; no sign, exponent, hex, inf or nan)" },
	{ "Acme,acme.com,am@us.com,nan,,\n", "c.csv:3: arr: expected a plain non-negative decimal number (e.g. 120000 or 99.5; no sign, exponent, hex, inf or nan)" },
	{ "Acme,acme.com,am@us.com,0x1p4,,\n", "c.csv:3: arr: expected a plain non-negative decimal number (e.g. 120000 or 99.5; no sign, exponent, hex, inf or nan)" },
	{ "Acme,acme.com,am@us.com,1e400,,\n", "c.csv:3: arr: expected a plain non-negative decimal number (e.g. 120000 or 99.5; no sign, exponent, hex, inf or nan)" },
	{ "Acme,acme.com,am@us.com,1e3,,\n", "c.csv:3: arr: expected a plain non-negative decimal number (e.g. 120000 or 99.5; no sign, exponent, hex, inf or nan)" },
	{ "Acme,acme.com,am@us.com,-5,,\n", "c.csv:3: arr: expected a plain non-negative decimal number (e.g. 120000 or 99.5; no sign, exponent, hex, inf or nan)" },
	{ "Acme,acme.com,am@us.com,+5,,\n", "c.csv:3: arr: expected a plain non-negative decimal number (e.g. 120000 or 99.5; no sign, exponent, hex, inf or nan)" },
	{ "Acme,acme.com,am@us.com,5.,,\n", "c.csv:3: arr: expected a plain non-negative decimal number (e.g. 120000 or 99.5; no sign, exponent, hex, inf or nan)" },
	{ "Acme,acme.com,am@us.com,.5,,\n", "c.csv:3: arr: expected a plain non-negative decimal number (e.g. 120000 or 99.5; no sign, exponent, hex, inf or nan)" },
	{ "Acme,acme.com,am@us.com,100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000,,\n", /* inf as a double */ "c.csv:3: arr: expected a plain non-negative decimal number (e.g. 120000 or 99.5; no sign, exponent, hex, inf or nan)" },
	{ "Acme,acme.com,am@us.com,1,2027-02-30,\n", "c.csv:3: renewal_date: expected YYYY-MM-DD" },
	{ "Acme,acme.com,am@us.com,1,,large\n", "c.csv:3: segment: expected enterprise, mid or smb" },
	{ "Acme,,am@us.com,1,,\n", "c.csv:3: domains: at least one domain is needed" },
	{ "Acme,acme com,am@us.com,1,,\n", "c.csv:3: domains: not a domain name" },
	{ ",acme.com,am@us.com,1,,\n", "c.csv:3: account: empty name" },
	{ "Acme,acme.com,Alice,1,,\n", "c.csv:3: owner: not an email address" },
	/* a quoted owner may hold a line break: it becomes a mail recipient */
	{ "Acme,acme.com,\"am@us.com\r\nBcc: x@evil.com\",1,,\n",
	  "c.csv:3: owner: a line break or control character in an email address" },
	{ "Acme,acme.com,\"am@us.com\nx\",1,,\n",
	  "c.csv:3: owner: a line break or control character in an email address" },
	{ "Acme,acme.com,am@us.com,1,\n", "c.csv:3: too few fields (expected 6)" },
	{ "Other,ok.com,,,,\n", "c.csv:3: account: listed twice in this file" },
	{ "Other2,good.com,,,,\n", "c.csv:3: domains: a domain is listed for two accounts" },
	{ "\"Acme,acme.com,,,,\n", "c.csv:3: unterminated quoted field" },
};

static void test_bad_rows(void **state)
{
	for (guint i = 0; i < G_N_ELEMENTS(bad_rows); i++) {
		char *text = g_strconcat(HEADER "Other,good.com,,,,\n", bad_rows[i].row, NULL);
		GError *error = NULL;
		GPtrArray *rows = mp_accounts_csv_parse("c.csv", text, strlen(text), &error);
		char row[8];
		g_snprintf(row, sizeof row, "%u", i);
		assert_null(rows);
		assert_int_equal(error->code, MP_ERR_DATA);
		char *first = g_strndup(error->message, strcspn(error->message, "\n"));
		assert_str_row(row, first, bad_rows[i].want);
		assert_non_null(strstr(error->message, "nothing imported"));
		g_free(first);
		g_error_free(error);
		g_free(text);
	}
}

static void test_bad_header(void **state)
{
	const char *text = "name,domains\nAcme,acme.com\n";
	GError *error = NULL;
	assert_null(mp_accounts_csv_parse("h.csv", text, strlen(text), &error));
	assert_non_null(strstr(error->message, "h.csv:1: expected the header"));
	g_error_free(error);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_file),
		cmocka_unit_test(test_bad_rows),
		cmocka_unit_test(test_bad_header),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
