/*
 * fuzz_parse.c - libFuzzer target: arbitrary bytes through parse + classify
 * + extract + the new-text split, the part of the pipeline that sees
 * untrusted input before the store; and through the journal step
 * (journal.c), which reads an Exchange journal report's envelope part and
 * parses its attached original, or adopts a Google routing copy; and
 * through the quoted header reader (quote_header.c) the store threads
 * by.  Built by `make fuzz` (clang, -fsanitize=fuzzer,address,undefined);
 * see tests/fuzz/README.md for how to run it longer than `make check` does.
 */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include "automated.h"
#include "classify.h"
#include "config.h"
#include "extract.h"
#include "journal.h"
#include "newtext.h"
#include "parse.h"
#include "quote_header.h"
#include "rules.h"
#include "source.h"

static mp_config *cfg;
static mp_classifier *classifier;
static mp_ruleset *rules; /* the shipped rules, when found */

/* count_message - the mbox splitter's callback: look at the slice */
static gboolean count_message(const mp_source_item *item, void *ud)
{
	size_t *n = ud;
	*n += item->len;
	return TRUE;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	GError *error = NULL;
	mp_parse_init();
	cfg = mp_config_parse_text("fuzz.conf", "InternalDomains example.com\n"
	                           "JournalAddresses journal@j.example.com\n"
	                           "JournalHeader X-Mailpulse-Journal\n"
	                           "JournalRequireSender no\n", &error);
	if (cfg == NULL)
		__builtin_trap();
	classifier = mp_classifier_new(cfg);
	/* The shipped rules, with a competitor list, so @competitors expands. */
	const char *root = getenv("MAILPULSE_ROOT");
	char *dir = g_build_filename(root ? root : ".", "rules", NULL);
	GPtrArray *competitors = g_ptr_array_new();
	g_ptr_array_add(competitors, "Looker");
	g_ptr_array_add(competitors, "Power BI");
	rules = mp_rules_load(dir, competitors, NULL);
	g_ptr_array_unref(competitors);
	g_free(dir);
	return 0;
}

/* fuzz_journal - the bytes as a capture to the journal address: a report
 * unwraps or is refused, a copy is adopted, nothing else may happen */
static void fuzz_journal(const uint8_t *data, size_t size)
{
	mp_envelope *env = g_new0(mp_envelope, 1);
	env->sender = g_strdup("ndr@example.com");
	env->recipients = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(env->recipients, g_strdup("journal@j.example.com"));
	mp_journal *j = NULL;
	mp_message *msg = mp_journal_parse(cfg, (const char *)data, size, env, &j, NULL);
	if (msg != NULL) {
		mp_parse_body(msg);
		mp_classification *cls = mp_classify(classifier, msg);
		mp_journal_adjust_roles(j, cls);
		(void)mp_journal_skip_reason(msg);
		mp_classification_free(cls);
		mp_message_free(msg);
	}
	mp_journal_free(j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_journal(data, size);
	size_t seen = 0;
	mp_mbox_split("fuzz", (const char *)data, size, count_message, &seen);
	mp_message *msg = mp_parse((const char *)data, size, NULL);
	if (msg == NULL)
		return 0;
	mp_automated_free(mp_automated_detect(msg));
	mp_classification *cls = mp_classify(classifier, msg);
	mp_extract *ex = mp_extract_run(msg, cls);
	const char *text = mp_message_text(msg);
	mp_newtext *nt = mp_newtext_split(text, msg->from ? msg->from->name : NULL);
	/* broadcasts and personal mail are judged on the split text */
	const char *why = NULL;
	(void)mp_automated_broadcast(msg, nt->quoted, nt->forwarded, &why);
	(void)mp_automated_personal(msg->subject, nt->body);
	(void)mp_automated_meeting_asked(msg->subject, nt->body);
	/* the rules see what they see in production: the new text */
	GPtrArray *hits = mp_rules_match(rules, nt->body, MP_SIDE_ANYONE, ex->date);
	g_ptr_array_unref(hits);
	/* the store threads a reply without In-Reply-To by its quoted header */
	mp_quote_header q;
	if (mp_quote_header_first(ex->text, &q))
		(void)mp_quote_header_names(q.author, msg->from ? msg->from->name : NULL);
	mp_quote_header_clear(&q);
	mp_newtext_free(nt);
	mp_extract_free(ex);
	mp_classification_free(cls);
	mp_message_free(msg);
	return 0;
}
