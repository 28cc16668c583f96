/*
 * fuzz_parse.c - libFuzzer target: arbitrary bytes through parse + classify
 * + extract + the new-text split, the part of the pipeline that sees
 * untrusted input before the store.  Built by `make fuzz` (clang, -fsanitize=fuzzer,address,undefined);
 * see tests/fuzz/README.md for how to run it longer than `make check` does.
 */
#include <stdint.h>
#include <stddef.h>
#include "automated.h"
#include "classify.h"
#include "config.h"
#include "extract.h"
#include "newtext.h"
#include "parse.h"
#include "source.h"

static mp_config *cfg;
static mp_classifier *classifier;

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
	cfg = mp_config_parse_text("fuzz.conf", "InternalDomains example.com\n", &error);
	if (cfg == NULL)
		__builtin_trap();
	classifier = mp_classifier_new(cfg);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
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
	mp_newtext_free(nt);
	mp_extract_free(ex);
	mp_classification_free(cls);
	mp_message_free(msg);
	return 0;
}
