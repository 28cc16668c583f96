/*
 * deliver_message.c - the digest and the report as MIME messages (GMime).
 *
 * SUMMARY
 *	One multipart/alternative message: the text part first, the HTML part
 *	last (clients show the last part they can render), both UTF-8 and
 *	quoted-printable, so every line on the wire is short and 7-bit and no
 *	bare CR survives whatever the model holds.  Headers: From (DigestFrom,
 *	or mailpulse@ this host), To, Subject, Date (now), Message-ID (at the
 *	From domain), MIME-Version and X-Mailpulse-Digest, which the milter
 *	looks for to leave our own mail uncaptured.
 *
 *	Header safety: nothing from the model reaches a header except the AM's
 *	address, which must pass mp_deliver_address_ok() (no space, no control
 *	character, nothing that could end or add a header), and the date, which
 *	must be a real YYYY-MM-DD.  The subject is made by us from numbers and
 *	that date.  GMime encodes (RFC 2047) and folds what it writes; display
 *	names from DigestFrom go through dl_clean() first, so a CR/LF typed in
 *	the configuration cannot reach the header either.
 *
 * DIAGNOSTICS: MP_ERR_DATA "digest model: ..." for a model without a usable
 *	"am" or "as_of"; MP_ERR_CONFIG for a DigestFrom that is not an address.
 */
#include <string.h>
#include "deliver.h"
#include "deliver_internal.h"
#include "parse.h"
#include "status.h"

gboolean mp_deliver_address_ok(const char *a)
{
	if (a == NULL || *a == '\0' || *a == '-' || strlen(a) > 254)
		return FALSE;
	const char *at = strchr(a, '@');
	if (at == NULL || at == a || at[1] == '\0' || strchr(at + 1, '@'))
		return FALSE;
	for (const char *p = a; *p; p++)
		if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7f || strchr("<>()[],;:\\\"", *p))
			return FALSE;
	return TRUE;
}

/* date_ok - a real calendar date written YYYY-MM-DD */
static gboolean date_ok(const char *s)
{
	int y, m, d;
	char tail;
	return s && strlen(s) == 10 && s[4] == '-' && s[7] == '-' &&
	       sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 &&
	       g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y);
}

char *mp_deliver_from_address(const mp_config *cfg)
{
	if (cfg && cfg->digest_from && *cfg->digest_from)
		return g_strdup(cfg->digest_from);
	return g_strdup_printf("mailpulse@%s", g_get_host_name());
}

/* from_mailbox - DigestFrom as a mailbox (display name cleaned) */
static InternetAddress *from_mailbox(const mp_config *cfg, GError **error)
{
	mp_parse_init(); /* GMime, once per process */
	char *from = mp_deliver_from_address(cfg);
	InternetAddressList *list = internet_address_list_parse(NULL, from);
	InternetAddress *ia = list && internet_address_list_length(list) == 1
		? internet_address_list_get_address(list, 0) : NULL;
	InternetAddress *mailbox = NULL;
	if (ia && INTERNET_ADDRESS_IS_MAILBOX(ia) &&
	    mp_deliver_address_ok(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia)))) {
		char *name = dl_clean(internet_address_get_name(ia), DL_MAX_LINE);
		mailbox = internet_address_mailbox_new(*name ? name : "mailpulse",
		                                       internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia)));
		g_free(name);
	} else {
		g_set_error(error, MP_ERROR, MP_ERR_CONFIG,
		            "DigestFrom: \"%s\" is not one plain address (e.g. "
		            "mailpulse <mailpulse@example.com>)", from);
	}
	if (list)
		g_object_unref(list);
	g_free(from);
	return mailbox;
}

/* text_part - a UTF-8 quoted-printable text/SUBTYPE part */
static GMimeObject *text_part(const char *subtype, const char *text)
{
	GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
	/* Not g_mime_text_part_set_text(): it converts text that fits in
	 * ISO-8859-1 to that charset, which the utf-8 label would then lie
	 * about ("Château" sent as a lone 0xE2 byte).  The bytes go in as they
	 * are, and the label says what they are. */
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(text, strlen(text));
	GMimeDataWrapper *content = g_mime_data_wrapper_new_with_stream(stream,
	                                                                GMIME_CONTENT_ENCODING_DEFAULT);
	g_mime_part_set_content(GMIME_PART(part), content);
	g_object_unref(content);
	g_object_unref(stream);
	g_mime_text_part_set_charset(part, "utf-8");
	g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
	return GMIME_OBJECT(part);
}

/* message_id_domain - the domain of the From address, for Message-ID */
static const char *message_id_domain(InternetAddress *from)
{
	const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(from));
	return strchr(addr, '@') + 1;
}

/* build - the message around the two bodies; takes no reference */
static GMimeMessage *build(InternetAddress *from, GPtrArray *to, const char *subject,
                           const char *mark, const char *text, const char *html)
{
	GMimeMessage *msg = g_mime_message_new(TRUE);
	g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_FROM, internet_address_get_name(from),
	                           internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(from)));
	for (guint i = 0; i < to->len; i++)
		g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_TO, NULL, to->pdata[i]);
	g_mime_message_set_subject(msg, subject, "utf-8");
	GDateTime *now = g_date_time_new_now_local();
	g_mime_message_set_date(msg, now);
	g_date_time_unref(now);
	char *id = g_mime_utils_generate_message_id(message_id_domain(from));
	g_mime_message_set_message_id(msg, id);
	g_free(id);
	g_mime_object_set_header(GMIME_OBJECT(msg), "MIME-Version", "1.0", NULL);
	g_mime_object_set_header(GMIME_OBJECT(msg), "X-Mailpulse-Digest", mark, NULL);
	g_mime_object_set_header(GMIME_OBJECT(msg), "Auto-Submitted", "auto-generated", NULL);
	GMimeMultipart *alt = g_mime_multipart_new_with_subtype("alternative");
	GMimeObject *plain = text_part("plain", text);
	GMimeObject *rich = text_part("html", html);
	g_mime_multipart_add(alt, plain);
	g_mime_multipart_add(alt, rich);
	g_object_unref(plain);
	g_object_unref(rich);
	g_mime_message_set_mime_part(msg, GMIME_OBJECT(alt));
	g_object_unref(alt);
	return msg;
}

GMimeMessage *mp_deliver_digest_message(json_t *model, const mp_config *cfg, GError **error)
{
	const char *am = dl_str(model, "am"), *date = dl_str(model, "as_of");
	if (!mp_deliver_address_ok(am) || !date_ok(date)) {
		g_set_error(error, MP_ERROR, MP_ERR_DATA, "digest model: %s",
		            !mp_deliver_address_ok(am) ? "\"am\" is not a plain address"
		                                       : "\"as_of\" is not a YYYY-MM-DD date");
		return NULL;
	}
	InternetAddress *from = from_mailbox(cfg, error);
	if (from == NULL)
		return NULL;
	double new_items = 0;
	dl_num(model, "new_items", &new_items);
	char *subject = new_items >= 1
		? g_strdup_printf("Your accounts on %s: %.0f item%s need%s your attention", date,
		                  new_items, new_items >= 2 ? "s" : "", new_items >= 2 ? "" : "s")
		: g_strdup_printf("Your accounts on %s: nothing new", date);
	char *mark = g_strdup_printf("%s %s", am, date);
	char *text = mp_deliver_digest_text(model);
	char *html = mp_deliver_digest_html(model);
	GPtrArray *to = g_ptr_array_new();
	g_ptr_array_add(to, (gpointer)am);
	GMimeMessage *msg = build(from, to, subject, mark, text, html);
	g_ptr_array_unref(to);
	g_free(html);
	g_free(text);
	g_free(mark);
	g_free(subject);
	g_object_unref(from);
	return msg;
}

GMimeMessage *mp_deliver_report_message(json_t *model, const mp_config *cfg,
                                        GPtrArray *recipients, GError **error)
{
	const char *date = dl_str(model, "as_of");
	if (!date_ok(date)) {
		g_set_error(error, MP_ERROR, MP_ERR_DATA, "portfolio model: \"as_of\" is not a YYYY-MM-DD date");
		return NULL;
	}
	for (guint i = 0; i < recipients->len; i++)
		if (!mp_deliver_address_ok(recipients->pdata[i])) {
			g_set_error(error, MP_ERROR, MP_ERR_DATA, "report recipient \"%s\" is not a plain address",
			            (char *)recipients->pdata[i]);
			return NULL;
		}
	if (recipients->len == 0) {
		g_set_error(error, MP_ERROR, MP_ERR_DATA, "the report has no recipient");
		return NULL;
	}
	InternetAddress *from = from_mailbox(cfg, error);
	if (from == NULL)
		return NULL;
	char *subject = g_strdup_printf("Portfolio report, %s", date);
	char *mark = g_strdup_printf("portfolio %s", date);
	char *text = mp_deliver_report_text(model);
	char *html = mp_deliver_report_html(model);
	GMimeMessage *msg = build(from, recipients, subject, mark, text, html);
	g_free(html);
	g_free(text);
	g_free(mark);
	g_free(subject);
	g_object_unref(from);
	return msg;
}

char *mp_deliver_to_string(GMimeMessage *msg, gsize *len)
{
	char *s = g_mime_object_to_string(GMIME_OBJECT(msg), NULL);
	if (len)
		*len = strlen(s);
	return s;
}

GPtrArray *mp_deliver_recipients(GMimeMessage *msg)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	InternetAddressList *to = g_mime_message_get_addresses(msg, GMIME_ADDRESS_TYPE_TO);
	for (int i = 0; to && i < internet_address_list_length(to); i++) {
		InternetAddress *ia = internet_address_list_get_address(to, i);
		if (INTERNET_ADDRESS_IS_MAILBOX(ia))
			g_ptr_array_add(out, g_strdup(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia))));
	}
	return out;
}
