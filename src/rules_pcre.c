/*
 * rules_pcre.c - compile and run the phrase rules' regular expressions.
 *
 * SUMMARY
 *	The one place that says how a rule pattern is compiled and matched:
 *	rules_compile() (caseless, UTF-8, Unicode properties, no \C; JIT
 *	when the CPU has one), rules_exec() (one match under the set's match,
 *	depth and heap limits) and rules_find() (where the first match lies).
 *	rules_load.c compiles with them, rules_match.c and rules_date.c match
 *	with them; they call nothing back.
 *
 * DIAGNOSTICS
 *	rules_compile() returns NULL with PCRE2's message and the offset of
 *	the fault.  A match that hits a limit counts as no match: a rule can
 *	miss a hit on a pathological text, never hang the worker.
 */
#include "rules_internal.h"

/* rules_compile - the module's compile options in one place */
pcre2_code *rules_compile(const char *pattern, char **message, gsize *offset)
{
	int code = 0;
	PCRE2_SIZE off = 0;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	                               PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP |
	                                       PCRE2_NEVER_BACKSLASH_C,
	                               &code, &off, NULL);
	if (re == NULL) {
		PCRE2_UCHAR buf[256];
		pcre2_get_error_message(code, buf, sizeof buf);
		*message = g_strdup((const char *)buf);
		*offset = off;
		return NULL;
	}
	/* Not every build or CPU has a JIT; the interpreter gives the same
	 * answers, only slower, so a JIT failure is not an error. */
	(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

/* rules_exec - one match under the set's limits; NULL when none */
pcre2_match_data *rules_exec(const mp_ruleset *rs, const pcre2_code *code,
                             const char *subject, gsize len, gsize from)
{
	if (from > len)
		return NULL;
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
	/* The text is valid UTF-8 (rules_sentences makes it so). */
	int rc = pcre2_match(code, (PCRE2_SPTR)subject, len, from, PCRE2_NO_UTF_CHECK, md,
	                     rs->mctx);
	if (rc < 0) {
		/* PCRE2_ERROR_NOMATCH, or a limit: either way no hit. */
		pcre2_match_data_free(md);
		return NULL;
	}
	return md;
}

/* rules_find - start and end of the first match at or after from */
gboolean rules_find(const mp_ruleset *rs, const pcre2_code *code, const char *subject,
                    gsize len, gsize from, gsize *start, gsize *end)
{
	pcre2_match_data *md = rules_exec(rs, code, subject, len, from);
	if (md == NULL)
		return FALSE;
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
	*start = ov[0];
	*end = ov[1] < ov[0] ? ov[0] : ov[1]; /* \K can put the end first */
	pcre2_match_data_free(md);
	return TRUE;
}

