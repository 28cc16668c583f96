/*
 * forget.h - who `mailpulse forget` erases, and how text is found to name them.
 *
 * An mp_forget is one erasure request: a person's address, or a whole
 * domain (a customer, subdomains included), plus the display names the
 * store has seen for them (mp_forget_add_name, filled by mp_store_forget).
 * It answers two questions for every part of mailpulse that holds data:
 * does this address belong to the target (mp_forget_covers), and does this
 * text name the target (mp_forget_mentions: the address, or the domain, as
 * a whole token, or one of the person's full names), so that the store,
 * the full-text index and the spool apply the same rule.
 *
 * MATCHING
 *	Case-insensitive (Unicode case folding).  An address matches where it
 *	is not part of a longer address ("xbob@acme.com" and
 *	"bob@acme.com.au" do not name bob@acme.com); a domain matches as the
 *	domain of an address or a host (bob@acme.com, www.acme.com, "acme.com"
 *	in a sentence) but not inside another name (notacme.com); a name
 *	matches as whole words.  Only names of two words or more count: a first
 *	name alone names too many people to erase their mail.
 */
#ifndef MP_FORGET_H
#define MP_FORGET_H

#include <glib.h>

typedef struct mp_forget mp_forget;

/* mp_forget_new - target is an address (local@domain) or a domain; NULL
 * with MP_ERR_USAGE when it is neither */
mp_forget *mp_forget_new(const char *target, GError **error);
void mp_forget_free(mp_forget *f);

/* mp_forget_target - the target, lowercase */
const char *mp_forget_target(const mp_forget *f);
/* mp_forget_is_domain - the target is a domain, not one address */
gboolean mp_forget_is_domain(const mp_forget *f);

/* mp_forget_add_name - a display name of the target's people; ignored
 * unless it has two words or more; duplicates are ignored */
void mp_forget_add_name(mp_forget *f, const char *name);

/* mp_forget_needles - what names the target, casefolded: the target
 * first, then every name added (for full-text prefilters) */
const GPtrArray *mp_forget_needles(const mp_forget *f);

/* mp_forget_covers - an address (with '@') that is the target or lies in
 * the target domain, or a domain (without '@') equal to or below the
 * target domain; FALSE for NULL */
gboolean mp_forget_covers(const mp_forget *f, const char *address_or_domain);

/* mp_forget_mentions - text (len bytes, -1: NUL-terminated, any bytes)
 * names the target or one of its names; FALSE for NULL */
gboolean mp_forget_mentions(const mp_forget *f, const char *text, gssize len);

/*
 * mp_forget_spool - the files of SpoolDir/new and SpoolDir/quarantine that
 * hold the target's mail: any envelope address it covers, or any mention
 * in the raw bytes or in the decoded headers and text.  Removes them
 * (emptied first, so no copy stays in the file's blocks if it is still
 * open elsewhere) unless dry_run; *found counts them.  Files in tmp/ are
 * captures in flight and are left alone.  FALSE with error when a
 * directory cannot be read or a file cannot be removed.
 */
gboolean mp_forget_spool(const mp_forget *f, const char *spool_dir, gboolean dry_run,
                         guint *found, GError **error);

#endif
