/*
 * classify_domain.c - hosts against domain lists, for the classifier.
 *
 * SUMMARY
 *	classify_domain_of() takes the domain of an address,
 *	classify_domain_matches() says whether a host is a domain or one of
 *	its subdomains, classify_in_domain_list() asks it of a whole list
 *	(InternalDomains, FreemailDomains, NeverCapture entries);
 *	mp_is_internal_domain() is the public question built on them.
 *
 * EDGE CASES
 *	Hosts are compared without regard to ASCII case; an empty pattern
 *	matches nothing; "notexample.com" is not below "example.com".
 */
#include <string.h>
#include "classify_internal.h"

/* classify_domain_of - the part after the last '@' (pointer into address) */
const char *classify_domain_of(const char *address)
{
	const char *at = strrchr(address, '@');
	return at ? at + 1 : "";
}

/* classify_domain_matches - host equals pattern or is a subdomain of it */
gboolean classify_domain_matches(const char *host, const char *pattern)
{
	size_t hl = strlen(host), pl = strlen(pattern);
	if (pl == 0 || hl < pl)
		return FALSE;
	if (g_ascii_strcasecmp(host + hl - pl, pattern) != 0)
		return FALSE;
	return hl == pl || host[hl - pl - 1] == '.';
}

/* classify_in_domain_list - host matches any entry of list */
gboolean classify_in_domain_list(const GPtrArray *list, const char *host)
{
	for (guint i = 0; list && i < list->len; i++)
		if (classify_domain_matches(host, list->pdata[i]))
			return TRUE;
	return FALSE;
}

/* mp_is_internal_domain - host equal to or below an InternalDomains entry */
gboolean mp_is_internal_domain(mp_classifier *c, const char *host)
{
	return classify_in_domain_list(c->cfg->internal_domains, host);
}
