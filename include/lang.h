/*
 * lang.h - the language of a text (en, fr, de, es, nl), for the scorer.
 *
 * libexttextcat's n-gram fingerprints, restricted to the languages the
 * scorer has stemmers and training data for (data/textcat.conf); only the
 * first MP_LANG_MAX_BYTES of a text are read, so a hostile message costs
 * bounded time.  Loaded once per process, on first use.
 */
#ifndef MP_LANG_H
#define MP_LANG_H

#include <glib.h>

#define MP_LANG_MAX_BYTES 1024

/* The languages the scorer knows, NULL-terminated; index 0 is the default. */
const char *const *mp_lang_codes(void);

/*
 * mp_lang_detect - "en", "fr", "de", "es" or "nl" (static strings) for
 * text[0..len) (len -1: up to NUL); fallback when the text is too short
 * to tell, when libexttextcat's data is missing, or when it cannot decide.
 */
const char *mp_lang_detect(const char *text, gssize len, const char *fallback);

/*
 * mp_lang_detect_sure - the language of text[0..len) when libexttextcat
 * names one candidate only; NULL when it names several, cannot tell or
 * has no data (a paragraph's own language is taken only when sure)
 */
const char *mp_lang_detect_sure(const char *text, gssize len);

/* mp_lang_index - the position of code in mp_lang_codes(), 0 when unknown */
guint mp_lang_index(const char *code);

#endif
