/*
 * lang.c - tell the language of a text with libexttextcat (see lang.h).
 *
 * SUMMARY
 *	mp_lang_detect() hands the first MP_LANG_MAX_BYTES of a text (cut at
 *	a character boundary) to textcat_Classify() and keeps its first
 *	answer; mp_lang_detect_sure() only an answer that names one
 *	candidate (rules_match.c takes a paragraph's own language only then).
 *	The classifier is built once per process from
 *	data/textcat.conf (found like the rules: installed, else the
 *	checkout's) and libexttextcat's fingerprints (MP_TEXTCAT_DIR, from
 *	its pkg-config file); a mutex guards it since textcat keeps state
 *	per handle.  Five fingerprints instead of libexttextcat's hundred:
 *	loading them all costs ~10 ms and megabytes for languages the scorer
 *	has neither stemmer nor training data for.
 *
 * DIAGNOSTICS
 *	A missing conf or fingerprint is logged once; every text then gets the
 *	fallback (English stems and features: the scorer still runs).
 */
#include <string.h>
#include <textcat.h>
#include "datadir.h"
#include "lang.h"
#include "log.h"

#ifndef MP_TEXTCAT_DIR
#define MP_TEXTCAT_DIR "/usr/share/libexttextcat/"
#endif

static const char *const codes[] = { "en", "fr", "de", "es", "nl", NULL };

static GMutex lang_lock;
static void *lang_handle;
static gboolean lang_tried;

const char *const *mp_lang_codes(void)
{
	return codes;
}

guint mp_lang_index(const char *code)
{
	for (guint i = 0; code && codes[i]; i++)
		if (strcmp(code, codes[i]) == 0)
			return i;
	return 0;
}

/* lang_open - the classifier, built on first use; NULL when it cannot be */
static void *lang_open(void)
{
	if (lang_tried)
		return lang_handle;
	lang_tried = TRUE;
	char *conf = mp_datadir_find_built("data/textcat.conf", NULL);
	lang_handle = special_textcat_Init(conf, MP_TEXTCAT_DIR);
	if (lang_handle == NULL)
		mp_warning("language: cannot load %s with the fingerprints of %s: "
		           "every text is taken as English", conf, MP_TEXTCAT_DIR);
	g_free(conf);
	return lang_handle;
}

/* lang_classify - textcat's answer for text[0..len) as a code, or NULL;
 * with sure, NULL also when it names more than one candidate */
static const char *lang_classify(const char *text, gssize len, gboolean sure)
{
	if (text == NULL)
		return NULL;
	gsize n = len < 0 ? strlen(text) : (gsize)len;
	if (n > MP_LANG_MAX_BYTES) {
		n = MP_LANG_MAX_BYTES;
		while (n > 0 && ((guchar)text[n] & 0xC0) == 0x80)
			n--;
	}
	const char *found = NULL;
	g_mutex_lock(&lang_lock);
	void *h = lang_open();
	if (h != NULL && n > 0) {
		const char *r = textcat_Classify(h, text, n);
		/* "[fr][en]" best first; "SHORT" or "UNKNOWN" otherwise */
		if (r && r[0] == '[' && r[3] == ']' && (!sure || r[4] == '\0'))
			for (guint i = 0; codes[i]; i++)
				if (strncmp(r + 1, codes[i], 2) == 0)
					found = codes[i];
	}
	g_mutex_unlock(&lang_lock);
	return found;
}

const char *mp_lang_detect(const char *text, gssize len, const char *fallback)
{
	const char *found = lang_classify(text, len, FALSE);
	return found ? found : fallback;
}

const char *mp_lang_detect_sure(const char *text, gssize len)
{
	return lang_classify(text, len, TRUE);
}

