/*
 * feedback.c - the tokens of the digest's Useful/Wrong links, and reading
 * the replies they produce.
 *
 * SUMMARY
 *	mp_feedback_item() names an alert by 10 base32 characters of SHA-256
 *	over its ledger id: short enough for a subject line, the same in
 *	every digest, and computed rather than stored, so a digest printed
 *	from a read-only look (--stdout, --json) carries the same token as the
 *	one sent.  mp_feedback_tag() is 10 base32 characters (50 bits) of
 *	HMAC-SHA256 under the installation's key over the item and the AM's
 *	address: guessing one by mail is hopeless, and only the digest of that
 *	AM holds it.  mp_feedback_token() joins them as "mp-ITEM-TAG" (lower
 *	case and base32, so a client that changes case or a reader who retypes
 *	it does no harm).
 *
 *	mp_feedback_read_reply() reads a reply with the pipeline's parser and
 *	takes from its subject only the verdict (the first word once Re:,
 *	Fwd: and their kin are gone: "useful" or "wrong") and the token; the
 *	body is never read for either, because a forwarded digest holds every
 *	token of the day and a quoted one any token at all.
 *
 *	mp_feedback_annotate() puts the address and the tokens into a digest
 *	model; the renderers (deliver_text.c, deliver_html.c) only draw them.
 *
 *	mp_feedback_evidence_key() is what "the same evidence" means to the
 *	ledger: the sorted message ids an alert quotes, hashed.
 *
 * DIAGNOSTICS: see feedback.h.  A reply that cannot be a verdict gets a
 *	refusal string (static), never an error.
 */
#include <string.h>
#include "deliver.h"
#include "feedback.h"
#include "parse.h"
#include "status.h"

static const char base32[] = "abcdefghijklmnopqrstuvwxyz234567";

const char *mp_verdict_name(mp_verdict v)
{
	return v == MP_VERDICT_USEFUL ? "useful" : v == MP_VERDICT_WRONG ? "wrong" : "none";
}

/* base32_prefix - the first n characters of the base32 form of bytes */
static char *base32_prefix(const guint8 *bytes, gsize len, guint n)
{
	char *out = g_malloc(n + 1);
	for (guint i = 0; i < n; i++) {
		guint bit = i * 5, byte = bit / 8, shift = bit % 8;
		guint v = (guint)bytes[byte] << 8 | (byte + 1 < len ? bytes[byte + 1] : 0);
		out[i] = base32[(v >> (11 - shift)) & 31];
	}
	out[n] = '\0';
	return out;
}

char *mp_feedback_item(const char *alert_id)
{
	guint8 digest[32];
	gsize len = sizeof digest;
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	g_checksum_update(sum, (const guchar *)"mailpulse item\n", -1);
	g_checksum_update(sum, (const guchar *)alert_id, -1);
	g_checksum_get_digest(sum, digest, &len);
	g_checksum_free(sum);
	return base32_prefix(digest, len, MP_FEEDBACK_ITEM_LEN);
}

char *mp_feedback_tag(const guint8 *key, const char *item, const char *am)
{
	guint8 digest[32];
	gsize len = sizeof digest;
	char *who = g_ascii_strdown(am, -1);
	GHmac *mac = g_hmac_new(G_CHECKSUM_SHA256, key, MP_FEEDBACK_KEY_LEN);
	g_hmac_update(mac, (const guchar *)item, -1);
	g_hmac_update(mac, (const guchar *)"\n", 1);
	g_hmac_update(mac, (const guchar *)who, -1);
	g_hmac_get_digest(mac, digest, &len);
	g_hmac_unref(mac);
	g_free(who);
	return base32_prefix(digest, len, MP_FEEDBACK_TAG_LEN);
}

char *mp_feedback_token(const guint8 *key, const char *alert_id, const char *am)
{
	char *item = mp_feedback_item(alert_id);
	char *tag = mp_feedback_tag(key, item, am);
	char *token = g_strdup_printf("mp-%s-%s", item, tag);
	g_free(tag);
	g_free(item);
	return token;
}

/* base32_run - n base32 characters (any case) at p */
static gboolean base32_run(const char *p, guint n)
{
	for (guint i = 0; i < n; i++)
		if (p[i] == '\0' || strchr(base32, g_ascii_tolower(p[i])) == NULL)
			return FALSE;
	return TRUE;
}

gboolean mp_feedback_find_token(const char *text, char item[MP_FEEDBACK_ITEM_LEN + 1],
                                char tag[MP_FEEDBACK_TAG_LEN + 1])
{
	for (const char *p = text; p && *p; p++) {
		if (g_ascii_strncasecmp(p, "mp-", 3) != 0 || (p > text && g_ascii_isalnum(p[-1])))
			continue;
		const char *i = p + 3, *t = i + MP_FEEDBACK_ITEM_LEN + 1;
		if (!base32_run(i, MP_FEEDBACK_ITEM_LEN) || i[MP_FEEDBACK_ITEM_LEN] != '-' ||
		    !base32_run(t, MP_FEEDBACK_TAG_LEN) || g_ascii_isalnum(t[MP_FEEDBACK_TAG_LEN]))
			continue;
		for (guint k = 0; k < MP_FEEDBACK_ITEM_LEN; k++)
			item[k] = g_ascii_tolower(i[k]);
		for (guint k = 0; k < MP_FEEDBACK_TAG_LEN; k++)
			tag[k] = g_ascii_tolower(t[k]);
		item[MP_FEEDBACK_ITEM_LEN] = tag[MP_FEEDBACK_TAG_LEN] = '\0';
		return TRUE;
	}
	return FALSE;
}

gboolean mp_feedback_tag_equal(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	unsigned diff = la != lb;
	for (size_t i = 0; i < la && i < lb; i++)
		diff |= (unsigned char)a[i] ^ (unsigned char)b[i];
	return diff == 0;
}

/* compare_strings - qsort order of char * */
static int compare_strings(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char *mp_feedback_evidence_key(json_t *evidence)
{
	GPtrArray *ids = g_ptr_array_new();
	size_t i;
	json_t *ev;
	json_array_foreach(evidence, i, ev) {
		const char *id = json_string_value(json_object_get(ev, "message_id"));
		if (id && *id)
			g_ptr_array_add(ids, (gpointer)id);
	}
	char *key = g_strdup("");
	if (ids->len > 0) {
		g_ptr_array_sort(ids, compare_strings);
		GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
		for (guint k = 0; k < ids->len; k++)
			if (k == 0 || strcmp(ids->pdata[k], ids->pdata[k - 1]) != 0) {
				g_checksum_update(sum, ids->pdata[k], -1);
				g_checksum_update(sum, (const guchar *)"\n", 1);
			}
		g_free(key);
		key = g_strdup(g_checksum_get_string(sum));
		g_checksum_free(sum);
	}
	g_ptr_array_unref(ids);
	return key;
}

/* subject_verdict - the verdict the subject starts with, once reply and
 * forward prefixes (a word of up to 4 letters and a colon: Re:, Fwd:,
 * AW:, WG:, SV:, TR: ...) and leading [tags] are skipped */
static mp_verdict subject_verdict(const char *subject)
{
	const char *p = subject ? subject : "";
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		const char *q = p;
		while (g_ascii_isalpha(*q))
			q++;
		if (q > p && q - p <= 4 && *q == ':') {
			p = q + 1;
			continue;
		}
		if (*p == '[' && strchr(p, ']') && g_ascii_strncasecmp(p + 1, "mp-", 3) != 0) {
			p = strchr(p, ']') + 1;
			continue;
		}
		break;
	}
	size_t n = 0;
	while (g_ascii_isalpha(p[n]))
		n++;
	if (n == 6 && g_ascii_strncasecmp(p, "useful", 6) == 0)
		return MP_VERDICT_USEFUL;
	if (n == 5 && g_ascii_strncasecmp(p, "wrong", 5) == 0)
		return MP_VERDICT_WRONG;
	return MP_VERDICT_NONE;
}

/* automated - mail a machine sent: an auto-reply, a bounce, list mail */
static gboolean automated(const mp_message *m)
{
	const char *auto_submitted = mp_message_header(m, "Auto-Submitted");
	const char *precedence = mp_message_header(m, "Precedence");
	while (auto_submitted && g_ascii_isspace(*auto_submitted))
		auto_submitted++;
	if (auto_submitted && g_ascii_strncasecmp(auto_submitted, "no", 2) != 0)
		return TRUE;
	char *prec = precedence ? g_ascii_strdown(precedence, -1) : NULL;
	gboolean bulk = prec && (strstr(prec, "bulk") || strstr(prec, "junk") || strstr(prec, "list"));
	g_free(prec);
	if (bulk)
		return TRUE;
	if (mp_message_header(m, "X-Autoreply") || mp_message_header(m, "X-Autorespond"))
		return TRUE;
	GMimeObject *top = m->mime ? g_mime_message_get_mime_part(m->mime) : NULL;
	GMimeContentType *type = top ? g_mime_object_get_content_type(top) : NULL;
	return type && g_mime_content_type_is_type(type, "multipart", "report");
}

mp_feedback_reply *mp_feedback_read_reply(const char *data, gsize len, const char *sender)
{
	mp_feedback_reply *r = g_new0(mp_feedback_reply, 1);
	mp_message *m = len > 0 ? mp_parse(data, len, NULL) : NULL;
	if (m == NULL) {
		r->refusal = "not a mail message";
		return r;
	}
	r->message_id = g_strdup(m->message_id);
	r->from = m->from ? g_ascii_strdown(m->from->address, -1) : NULL;
	if (automated(m))
		r->refusal = "automated mail (an auto-reply, a bounce or list mail)";
	else if (r->from == NULL || strchr(r->from, '@') == NULL)
		r->refusal = "no From address";
	else if (sender && *sender == '\0')
		r->refusal = "the null envelope sender (a bounce)";
	else if (sender && g_ascii_strcasecmp(sender, r->from) != 0)
		r->refusal = "the envelope sender is not the From address";
	else if (!mp_feedback_find_token(m->subject, r->item, r->tag))
		r->refusal = "no mailpulse code (mp-...) in the subject";
	else if ((r->verdict = subject_verdict(m->subject)) == MP_VERDICT_NONE)
		r->refusal = "the subject starts with neither \"useful\" nor \"wrong\"";
	mp_message_free(m);
	return r;
}

void mp_feedback_reply_free(mp_feedback_reply *r)
{
	if (r == NULL)
		return;
	g_free(r->from);
	g_free(r->message_id);
	g_free(r);
}

gboolean mp_feedback_annotate(mp_store *st, const mp_config *cfg, json_t *model,
                              GError **error)
{
	const char *address = cfg->feedback_address;
	if (address == NULL || *address == '\0')
		return TRUE;
	if (!mp_deliver_address_ok(address)) {
		g_set_error(error, MP_ERROR, MP_ERR_CONFIG, "FeedbackAddress: \"%s\" is not one plain "
		            "address (e.g. feedback@mailpulse.example.com)", address);
		return FALSE;
	}
	const char *am = json_string_value(json_object_get(model, "am"));
	guint8 key[MP_FEEDBACK_KEY_LEN];
	if (am == NULL || !mp_store_feedback_key(st, key, error))
		return am == NULL;
	json_object_set_new(model, "feedback_address", json_string(address));
	size_t i, j;
	json_t *acc, *alert;
	json_array_foreach(json_object_get(model, "accounts"), i, acc) {
		json_array_foreach(json_object_get(acc, "alerts"), j, alert) {
			const char *id = json_string_value(json_object_get(alert, "id"));
			if (id == NULL)
				continue;
			char *token = mp_feedback_token(key, id, am);
			json_object_set_new(alert, "feedback", json_string(token));
			g_free(token);
		}
	}
	memset(key, 0, sizeof key);
	return TRUE;
}
