/*
 * classify.c - stage 2: direction, parties and the customer side.
 *
 * SUMMARY
 *	mp_classify() decides whether a parsed message is customer mail and
 *	which way it goes, and lists its participants with what the store needs
 *	to know about each (internal or not, robot or person, freemail or not,
 *	registrable domain).
 *
 * RULES
 *	- The author is the From header (the envelope sender of a bounce is
 *	  empty, and an AM's From is what the customer sees); without From, the
 *	  envelope sender.
 *	- Recipients are the envelope recipients for live capture (an address
 *	  not named in To/Cc becomes a Bcc participant), else To and Cc.
 *	- Internal author and at least one external recipient: outbound.
 *	  External author and at least one internal recipient: inbound.
 *	  Anything else (all internal, nobody internal) is skipped.
 *	- The capture policy (classify_policy.c: NeverCapture, CaptureModeFor,
 *	  NeverCaptureSubjects) can exclude the message; otherwise
 *	  cls->capture_mode says whether its body text may be stored.
 *	- The customer domain is the registrable domain of the author (inbound)
 *	  or of the first external recipient that is a person (outbound; a
 *	  robot when there is no person).
 *
 * PARTICIPANTS
 *	De-duplicated per role with hash tables, and the envelope recipients
 *	looked up in one, so that a message naming 100,000 addresses costs
 *	linear time.  Every party counts for the capture mode, NeverCapture,
 *	the direction and the customer; then only MaximumParticipants are
 *	kept (the author, our own people and the customer party first, then
 *	the others in header order) and the rest are counted in
 *	cls->participants_dropped: a mass mailing cannot create 100,000
 *	contacts nor stall the worker.
 *
 * EDGE CASES
 *	Addresses are compared lowercase.  A host with no public suffix match
 *	(a bare "localhost", an IP literal) is its own registrable domain.
 */
#include <string.h>
#include "classify_internal.h"

/* Where Debian's publicsuffix package puts the list; libpsl falls back to
 * its built-in copy when the file is missing or older. */
#define PSL_SYSTEM_FILE "/usr/share/publicsuffix/public_suffix_list.dafsa"

/* mp_classifier_new - load the Public Suffix List once */
mp_classifier *mp_classifier_new(const mp_config *cfg)
{
	mp_classifier *c = g_new0(mp_classifier, 1);
	c->cfg = cfg;
	c->psl = psl_latest(PSL_SYSTEM_FILE);
	if (c->psl == NULL)
		c->psl = psl_builtin();
	classify_policy_init(c);
	return c;
}

void mp_classifier_free(mp_classifier *c)
{
	if (c == NULL)
		return;
	/* psl_builtin() must not be freed; psl_latest() results must be. */
	if (c->psl != NULL && c->psl != psl_builtin())
		psl_free((psl_ctx_t *)c->psl);
	classify_policy_free(c);
	g_free(c);
}

/* mp_registrable_domain - e.g. mail.example.co.uk -> example.co.uk */
char *mp_registrable_domain(mp_classifier *c, const char *host)
{
	char *lower = g_ascii_strdown(host, -1);
	const char *reg = c->psl ? psl_registrable_domain(c->psl, lower) : NULL;
	char *result = g_strdup(reg ? reg : lower);
	g_free(lower);
	return result;
}

gboolean mp_is_public_suffix(mp_classifier *c, const char *domain)
{
	char *lower = g_ascii_strdown(domain, -1);
	/* No star rule: an unlisted TLD is not taken for a suffix of its own. */
	gboolean yes = c->psl && psl_is_public_suffix2(c->psl, lower,
	                                               PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE);
	g_free(lower);
	return yes;
}

/*
 * Local parts that name a machine or a broadcast, not a person.  Matched as
 * the whole local part, or as its prefix followed by '-', '+', '_' or '.'
 * (bounces+1234@, noreply-billing@).  "support" and "sales" are absent on
 * purpose: shared mailboxes are answered by people.
 */
static const char *const robot_locals[] = {
	"noreply", "no-reply", "no_reply", "donotreply", "do-not-reply",
	"do_not_reply", "mailer-daemon", "mailerdaemon", "postmaster",
	"notifications", "notification", "notify", "alerts", "alert",
	"bounce", "bounces", "billing", "invoice", "invoices", "newsletter",
	"newsletters", "news", "marketing", "mailer", "daemon", "listserv",
	"majordomo", "automated", "auto-confirm", "autoreply", "auto-reply",
	"calendar-notification", "calendar", "system", "root", "nobody",
	"devnull", "updates", "digest", "reports", "report", "receipts",
	"unsubscribe", "msprvs1", "prvs", "srs0", "srs1", "feedback",
};

/* mp_is_robot_address - TRUE when the local part names a machine */
gboolean mp_is_robot_address(const char *address)
{
	const char *at = strrchr(address, '@');
	size_t n = at ? (size_t)(at - address) : strlen(address);
	if (n == 0)
		return TRUE; /* the null sender */
	char *local = g_ascii_strdown(address, (gssize)n);
	gboolean robot = FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(robot_locals) && !robot; i++) {
		size_t rl = strlen(robot_locals[i]);
		if (strncmp(local, robot_locals[i], rl) == 0 &&
		    (local[rl] == '\0' || strchr("-+_.=", local[rl]) != NULL))
			robot = TRUE;
	}
	/* List plumbing: owner-foo@, foo-request@, foo-bounces@ */
	if (!robot && (g_str_has_prefix(local, "owner-") ||
	               g_str_has_suffix(local, "-request") ||
	               g_str_has_suffix(local, "-owner") ||
	               g_str_has_suffix(local, "-bounces")))
		robot = TRUE;
	g_free(local);
	return robot;
}

void mp_participant_free(gpointer p)
{
	mp_participant *pt = p;
	g_free(pt->address);
	g_free(pt->name);
	g_free(pt->domain);
	g_free(pt->registrable);
	g_free(pt);
}

/* The participants being collected: the list in order, and per role a set
 * of the addresses in it (keys are the participants' own strings). */
typedef struct party_set {
	GPtrArray *list;
	GHashTable *seen[MP_ROLE_BCC + 1];
} party_set;

/* find_participant - is address already in role (constant time) */
static gboolean find_participant(const party_set *set, const char *address, mp_role role)
{
	return g_hash_table_contains(set->seen[role], address);
}

mp_participant *mp_participant_new(mp_classifier *c, const char *address, const char *name,
                                   mp_role role)
{
	if (address == NULL || strchr(address, '@') == NULL)
		return NULL;
	mp_participant *p = g_new0(mp_participant, 1);
	p->address = g_ascii_strdown(address, -1);
	p->name = name && *name ? g_strdup(name) : NULL;
	p->domain = g_strdup(classify_domain_of(p->address));
	p->registrable = mp_registrable_domain(c, p->domain);
	p->role = role;
	p->internal = mp_is_internal_domain(c, p->domain);
	p->robot = mp_is_robot_address(p->address);
	p->freemail = classify_in_domain_list(c->cfg->freemail_domains, p->domain);
	return p;
}

/* add_participant - append address in role unless already there */
static void add_participant(mp_classifier *c, party_set *set, const char *address,
                            const char *name, mp_role role)
{
	mp_participant *p = mp_participant_new(c, address, name, role);
	if (p != NULL && find_participant(set, p->address, role))
		g_clear_pointer(&p, mp_participant_free);
	if (p != NULL) {
		g_ptr_array_add(set->list, p);
		g_hash_table_add(set->seen[role], p->address);
	}
}

/* add_addresses - every mp_address of list in role */
static void add_addresses(mp_classifier *c, party_set *set, const GPtrArray *list, mp_role role)
{
	for (guint i = 0; list && i < list->len; i++) {
		const mp_address *a = list->pdata[i];
		add_participant(c, set, a->address, a->name, role);
	}
}

/* collect_participants - author, header recipients, then envelope-only Bcc */
static GPtrArray *collect_participants(mp_classifier *c, const mp_message *msg)
{
	party_set set = { g_ptr_array_new_with_free_func(mp_participant_free), { NULL } };
	for (guint r = 0; r < G_N_ELEMENTS(set.seen); r++)
		set.seen[r] = g_hash_table_new(g_str_hash, g_str_equal);
	const mp_envelope *env = msg->envelope;
	if (msg->from != NULL)
		add_participant(c, &set, msg->from->address, msg->from->name, MP_ROLE_FROM);
	else if (env != NULL && env->sender != NULL)
		add_participant(c, &set, env->sender, NULL, MP_ROLE_FROM);
	add_addresses(c, &set, msg->to, MP_ROLE_TO);
	add_addresses(c, &set, msg->cc, MP_ROLE_CC);
	for (guint i = 0; env && env->recipients && i < env->recipients->len; i++) {
		char *lower = g_ascii_strdown(env->recipients->pdata[i], -1);
		gboolean named = find_participant(&set, lower, MP_ROLE_TO) ||
		                 find_participant(&set, lower, MP_ROLE_CC);
		if (!named)
			add_participant(c, &set, lower, NULL, MP_ROLE_BCC);
		g_free(lower);
	}
	for (guint r = 0; r < G_N_ELEMENTS(set.seen); r++)
		g_hash_table_destroy(set.seen[r]);
	return set.list;
}

/* envelope_set - the envelope recipients, lowercase, as a set; NULL when
 * there are none (backfill: every header recipient counts) */
static GHashTable *envelope_set(const mp_message *msg)
{
	const mp_envelope *env = msg->envelope;
	if (env == NULL || env->recipients == NULL || env->recipients->len == 0)
		return NULL;
	GHashTable *set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (guint i = 0; i < env->recipients->len; i++)
		g_hash_table_add(set, g_ascii_strdown(env->recipients->pdata[i], -1));
	return set;
}

/* counts_as_recipient - for live mail only envelope recipients count
 * (rcpts: envelope_set()) */
static gboolean counts_as_recipient(GHashTable *rcpts, const mp_participant *p)
{
	if (p->role == MP_ROLE_FROM)
		return FALSE;
	return rcpts == NULL || g_hash_table_contains(rcpts, p->address);
}

/* pick_customer - the external party that names the account */
static const mp_participant *pick_customer(GHashTable *rcpts, GPtrArray *list,
                                           mp_direction dir)
{
	const mp_participant *robot = NULL;
	for (guint i = 0; i < list->len; i++) {
		const mp_participant *p = list->pdata[i];
		if (p->internal)
			continue;
		if (dir == MP_DIRECTION_INBOUND && p->role == MP_ROLE_FROM)
			return p;
		if (dir == MP_DIRECTION_OUTBOUND && counts_as_recipient(rcpts, p)) {
			if (!p->robot)
				return p;
			if (robot == NULL)
				robot = p;
		}
	}
	return robot;
}

/* decide_direction - from the author's side and the recipients' sides */
static mp_direction decide_direction(GHashTable *rcpts, GPtrArray *list,
                                     const char **skip_reason)
{
	const mp_participant *author = NULL;
	gboolean any_internal_rcpt = FALSE, any_external_rcpt = FALSE;
	for (guint i = 0; i < list->len; i++) {
		const mp_participant *p = list->pdata[i];
		if (p->role == MP_ROLE_FROM) {
			author = p;
		} else if (counts_as_recipient(rcpts, p)) {
			if (p->internal)
				any_internal_rcpt = TRUE;
			else
				any_external_rcpt = TRUE;
		}
	}
	if (author == NULL) {
		*skip_reason = "no sender";
		return MP_DIRECTION_NONE;
	}
	if (author->internal && any_external_rcpt)
		return MP_DIRECTION_OUTBOUND;
	if (!author->internal && any_internal_rcpt)
		return MP_DIRECTION_INBOUND;
	*skip_reason = author->internal ? "all internal" : "no internal party";
	return MP_DIRECTION_NONE;
}

/* keep_participants - at most max of list (0: all), the author, our own
 * people and the customer party first, the others in order after them
 * while room is left; the order of those kept is unchanged.  Returns how
 * many were dropped. */
static guint keep_participants(GPtrArray *list, const mp_participant *customer, guint max)
{
	if (max == 0 || list->len <= max)
		return 0;
	gboolean *keep = g_new0(gboolean, list->len);
	guint kept = 0;
	for (guint pass = 0; pass < 2; pass++)
		for (guint i = 0; i < list->len && kept < max; i++) {
			const mp_participant *p = list->pdata[i];
			gboolean first = p->role == MP_ROLE_FROM || p->internal || p == customer;
			if (!keep[i] && (pass == 1 || first))
				keep[i] = TRUE, kept++;
		}
	guint dropped = list->len - kept, out = 0;
	for (guint i = 0; i < list->len; i++) {
		if (keep[i])
			list->pdata[out++] = list->pdata[i];
		else
			mp_participant_free(list->pdata[i]);
	}
	g_ptr_array_set_free_func(list, NULL); /* shrink without freeing the kept */
	g_ptr_array_set_size(list, out);
	g_ptr_array_set_free_func(list, mp_participant_free);
	g_free(keep);
	return dropped;
}

/* mp_classify - never NULL; skip_reason set when direction is NONE */
mp_classification *mp_classify(mp_classifier *c, const mp_message *msg)
{
	mp_classification *cls = g_new0(mp_classification, 1);
	cls->participants = collect_participants(c, msg);
	cls->capture_mode = classify_policy_message(c, cls->participants,
	                                            msg->envelope ? msg->envelope->sender : NULL,
	                                            msg->subject, &cls->skip_reason);
	if (cls->skip_reason != NULL)
		return cls;
	if (c->cfg->internal_domains == NULL || c->cfg->internal_domains->len == 0) {
		cls->skip_reason = "InternalDomains not configured";
		return cls;
	}
	GHashTable *rcpts = envelope_set(msg);
	cls->direction = decide_direction(rcpts, cls->participants, &cls->skip_reason);
	const mp_participant *customer = cls->direction == MP_DIRECTION_NONE ? NULL
		: pick_customer(rcpts, cls->participants, cls->direction);
	if (rcpts)
		g_hash_table_destroy(rcpts);
	if (cls->direction == MP_DIRECTION_NONE)
		return cls;
	if (customer != NULL) {
		cls->customer_host = g_strdup(customer->domain);
		cls->customer_domain = g_strdup(customer->registrable);
		cls->customer_freemail = customer->freemail;
	}
	cls->participants_dropped = keep_participants(cls->participants, customer,
	                                              c->cfg->maximum_participants);
	return cls;
}

void mp_classification_free(mp_classification *cls)
{
	if (cls == NULL)
		return;
	g_ptr_array_unref(cls->participants);
	g_free(cls->customer_host);
	g_free(cls->customer_domain);
	g_free(cls);
}

const char *mp_direction_name(mp_direction d)
{
	switch (d) {
	case MP_DIRECTION_INBOUND: return "inbound";
	case MP_DIRECTION_OUTBOUND: return "outbound";
	default: return "none";
	}
}

const char *mp_role_name(mp_role r)
{
	static const char *const names[] = { "from", "to", "cc", "bcc" };
	return (unsigned)r < G_N_ELEMENTS(names) ? names[r] : "?";
}
