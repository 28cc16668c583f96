/*
 * test_broadcast.c - mail a person sent that is not a conversation with
 * us (automated_broadcast.c): forwarded publications, broadcasts,
 * calendar, ticketing, e-card and e-bill notifications, personal mail
 * (automated_personal.c), and the business mail that must stay "none".
 *
 * Each row is a whole message (From and Date added), parsed, split by
 * newtext.c as the pipeline does, then judged; a failing row prints
 * "row NAME: got X, want Y".
 */
#include "unit.h"
#include "automated.h"
#include "newtext.h"

/* judge - the kind and reason mp_automated_broadcast() gives headers+body */
static const char *judge(const char *headers, const char *body, const char **reason)
{
	char *raw = g_strdup_printf("From: Jane Roe <jane.roe@acme.com>\n"
	                            "Date: Wed, 25 Feb 2026 10:00:00 +0000\n%s\n%s\n", headers, body);
	mp_message *msg = mp_parse(raw, strlen(raw), NULL);
	assert_non_null(msg);
	mp_newtext *nt = mp_newtext_split(mp_message_text(msg), NULL);
	/* extract.c's reading: a forward marker, or a forward prefix */
	static const char *const prefixes[] = { "Fw", "WG:", "TR:" };
	gboolean fwd = nt->forwarded;
	for (guint i = 0; i < G_N_ELEMENTS(prefixes); i++)
		fwd = fwd || g_str_has_prefix(msg->subject ? msg->subject : "", prefixes[i]);
	mp_automated_kind k = mp_automated_broadcast(msg, nt->quoted, fwd, reason);
	mp_newtext_free(nt);
	mp_message_free(msg);
	g_free(raw);
	return mp_automated_kind_name(k);
}

/* a To line of n addresses */
static char *many_to(guint n)
{
	GString *s = g_string_new("To: ");
	for (guint i = 0; i < n; i++)
		g_string_append_printf(s, "%sp%u@example.com", i ? ", " : "", i);
	g_string_append_c(s, '\n');
	return g_string_free(s, FALSE);
}

static const struct {
	const char *name;
	const char *headers;
	const char *body;
	const char *kind;
} rows[] = {
	/* forwarded publications, every client's marker */
	{ "notes forward of a newsletter", "To: am@example.com\nSubject: FYI\n",
	  "Interesting.\n\n---------------------- Forwarded by Jane Roe/HOU/ACME on 05/14/2001 03:22 PM"
	  " ---------------------------\n\nPower prices will rise.\n\nTo unsubscribe, reply STOP.",
	  "broadcast" },
	{ "gmail forward of an article", "To: am@example.com\nSubject: Fwd: market news\n",
	  "Worth a read.\n\n---------- Forwarded message ---------\nFrom: News <desk@paper.example>\n"
	  "Subject: prices\n\n(Reuters) - Prices fell again.\nPrint this story",
	  "broadcast" },
	{ "outlook forward de", "To: am@example.com\nSubject: WG: Marktbericht\n",
	  "Zur Info.\n\n-----Ursprüngliche Nachricht-----\nVon: Redaktion <r@zeitung.example>\n"
	  "Gesendet: Montag, 2. März 2026\nAn: Eva\nBetreff: Marktbericht\n\nPreise steigen.\n"
	  "Newsletter abbestellen: hier klicken",
	  "broadcast" },
	{ "pasted web article", "To: am@example.com\nSubject: Energy Antics.htm\n",
	  "Jeff, see this.\n[IMAGE] [IMAGE] [IMAGE]\nPrint this story\nThe state will cut prices.",
	  "broadcast" },
	/* broadcasts */
	{ "undisclosed", "To: undisclosed-recipients:;\nSubject: Our new office\n",
	  "We have moved.", "broadcast" },
	{ "to self, others blind-copied",
	  "To: jane.roe@acme.com\nBcc: a@example.com, b@example.com\nSubject: Ride news\n",
	  "The ride starts at 7.", "broadcast" },
	{ "periodical subject", "To: am@example.com, x@acme.com\n"
	  "Subject: The Morning Market Call - Tuesday October 2nd, 2001.\n",
	  "Good morning. The Fed cut rates.", "broadcast" },
	{ "periodical fr", "To: am@example.com\nSubject: Revue de presse du 3 mars\n",
	  "Bonjour, voici la revue.", "broadcast" },
	/* notifications */
	{ "calendar acceptance", "To: am@example.com\nSubject: Accepted: QBR with Acme\n",
	  "", "auto_generated" },
	{ "calendar acceptance de", "To: am@example.com\nSubject: Angenommen: Jahresgespräch\n",
	  "", "auto_generated" },
	{ "calendar part", "To: am@example.com\nSubject: QBR\nMIME-Version: 1.0\n"
	  "Content-Type: text/calendar; method=REQUEST\n",
	  "BEGIN:VCALENDAR\nEND:VCALENDAR", "auto_generated" },
	{ "invitation a person wrote", "To: am@example.com\nSubject: Steering committee\nMIME-Version: 1.0\n"
	  "Content-Type: multipart/alternative; boundary=b\n",
	  "--b\nContent-Type: text/plain\n\n"
	  "Dear Ms Lee, we would like you to present to our steering committee next week.\n"
	  "--b\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n--b--",
	  "none" },
	{ "bare invitation", "To: am@example.com\nSubject: Steering committee\nMIME-Version: 1.0\n"
	  "Content-Type: multipart/alternative; boundary=b\n",
	  "--b\nContent-Type: text/plain\n\nWhen: Tuesday 3 March 10:00\n"
	  "--b\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n--b--",
	  "auto_generated" },
	{ "ticket subject", "To: am@example.com\nSubject: [Ticket #4821] Login fails\n",
	  "Your request was updated.", "auto_generated" },
	{ "ticket header", "To: am@example.com\nX-Zendesk-From-Account-Id: 42\nSubject: Login fails\n",
	  "An agent replied.", "auto_generated" },
	{ "e-card", "To: am@example.com\nSubject: A card for you\n",
	  "Jane has sent you an e-card! Click to view it.", "auto_generated" },
	{ "e-bill", "To: am@example.com\nSubject: Statement\n",
	  "Your monthly statement is now available. View and pay your bill online.", "auto_generated" },
	/* circulars from a person-like address (automated_offer.c) */
	{ "mail-merge greeting", "To: am@example.com\nSubject: Faster audits\n",
	  "Hi ,\n\nOur auditors cut closing time in half. Reply for a slot.", "broadcast" },
	{ "placeholder greeting", "To: am@example.com\nSubject: Hello\n",
	  "Dear [First Name],\nWe print labels.", "broadcast" },
	{ "greeting to a role", "To: am@example.com\nSubject: Account changes\n",
	  "Dear Online Banking Customer:\nYour statement layout changes next month.", "broadcast" },
	{ "greeting to a role de", "To: am@example.com\nSubject: Neuigkeiten\n",
	  "Liebe Kundin, lieber Kunde,\nunser Laden zieht um.", "broadcast" },
	{ "asks to pass it on", "To: am@example.com\nSubject: Bond math course\n",
	  "Our course runs in May.\nPlease forward this notice to anyone you know\n"
	  "who might benefit from it.", "broadcast" },
	{ "chain letter", "To: a@x.example, b@y.example\nSubject: Smile!\n",
	  "> > > You have been tagged by a friend. Send this to ten friends.", "broadcast" },
	{ "call for papers", "To: am@example.com\nSubject: Risk Workshop 2027 - Call for Papers\n",
	  "Submissions are due by March.", "broadcast" },
	{ "account notice", "To: am@example.com\nSubject: Welcome to the club portal\n",
	  "Your account is ready.\nUsername: jroe77\nPassword: k3Tz9\n", "auto_generated" },
	{ "cold pitch, two weak cues", "To: am@example.com\nSubject: Data cleansing\n",
	  "Hello Sam,\nWe are a leading data quality provider.\n"
	  "Visit www.cleanco.example to see our results.", "broadcast" },
	{ "seminar offer", "To: am@example.com\nSubject: Spring seminars\n",
	  "Bring three colleagues and pay the group rate.", "broadcast" },
	{ "game site notice", "To: am@example.com, b@example.com\nSubject: Week 4 standings\n",
	  "Tigers 30, Bears 12\nThe weekly report is available at the league page.\n"
	  "Questions about this site? Read our FAQ.", "broadcast" },
	/* business mail stays a conversation */
	{ "customer asks for a group rate", "To: am@example.com\nSubject: Training for our staff\n",
	  "Hi,\nCould you quote a group rate for twelve of our staff?", "none" },
	{ "customer asks to forward", "To: am@example.com\nSubject: Export fails\n",
	  "Please forward this to anyone who can fix the export; it failed twice.", "none" },
	{ "customer to a support address", "To: support@example.com\nSubject: Beschwerde\n",
	  "Sehr geehrte Damen und Herren,\ndie Lieferung kam beschädigt an.", "none" },
	{ "customer links a page", "To: am@example.com\nSubject: Our new site\n",
	  "Hello,\nsee www.acme.example/orders for the list we need quoted.", "none" },
	{ "reply with a role greeting quoted", "To: am@example.com\nSubject: Re: changes\n"
	  "In-Reply-To: <c@d>\n",
	  "What does this mean for our contract?\n\n> Dear valued customer,\n> prices change.", "none" },
	/* business mail stays a conversation */
	{ "renewal question", "To: am@example.com\nCc: cfo@acme.com\nSubject: Renewal\n",
	  "Can you send the renewal quote by Friday?", "none" },
	{ "corporate copyright footer", "To: am@example.com\nSubject: Pricing\n",
	  "What would 20 more seats cost?\n\n(c) 2026 Acme Inc. All rights reserved.", "none" },
	{ "forward of a colleague's mail", "To: am@example.com\nSubject: FW: outage\n",
	  "Please look at this.\n\n-----Original Message-----\nFrom: Bob <bob@acme.com>\n"
	  "Sent: Monday, March 2, 2026 9:00 AM\nTo: Jane\nSubject: outage\n\nThe export failed again.",
	  "none" },
	{ "reply quoting a newsletter", "To: am@example.com\nSubject: Re: news\nIn-Reply-To: <a@b>\n",
	  "Agreed.\n\n> [IMAGE] [IMAGE] [IMAGE]\n> Print this story\n> to unsubscribe", "none" },
	{ "meeting date in subject", "To: am@example.com\nSubject: Meeting on Tuesday March 3\n",
	  "Does 10am work?", "none" },
	{ "accepted in a sentence", "To: am@example.com\nSubject: Re: offer\n",
	  "We accepted: the offer is fine.", "none" },
	{ "invoice dispute", "To: am@example.com\nSubject: Invoice 2231\n",
	  "Your invoice is wrong: we were billed twice.", "none" },
};

static void test_rows(void **state)
{
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		const char *why = NULL;
		const char *got = judge(rows[i].headers, rows[i].body, &why);
		assert_non_null(why);
		assert_str_row(rows[i].name, got, rows[i].kind);
	}
}

/* test_many_recipients - the threshold, both sides of it */
static void test_many_recipients(void **state)
{
	const char *why = NULL;
	char *to = many_to(14);
	char *h = g_strdup_printf("%sSubject: Project plan\n", to);
	assert_str_row("14 recipients", judge(h, "See the plan.", &why), "none");
	g_free(to);
	g_free(h);
	to = many_to(15);
	h = g_strdup_printf("%sSubject: Project plan\n", to);
	assert_str_row("15 recipients", judge(h, "See the plan.", &why), "broadcast");
	assert_string_equal(why, "many recipients");
	g_free(to);
	g_free(h);
}

/* test_personal - private life without business is personal mail;
 * one business word keeps a message as evidence */
static void test_personal(void **state)
{
	static const struct { const char *subject, *text; gboolean personal; } cases[] = {
		{ "Happy Birthday", "Hope all is well with you and your wife this weekend.", TRUE },
		{ "Fishing or Golf?", "Anyone want to join us for some beers after golf?", TRUE },
		{ "Telephone interview", "Your resume has been forwarded; he would like an interview.", TRUE },
		{ "Hochzeit", "Wir laden dich und deine Familie zu unserer Hochzeit ein.", TRUE },
		{ "Vacances", "Bonnes vacances en famille !", TRUE },
		{ "Renewal", "Before my vacation this weekend: please send the renewal quote.", FALSE },
		{ "Dinner", "Dinner with your team on Tuesday to review the project plan?", FALSE },
		{ "Re: outage", "The export failed again, my family of reports is empty.", FALSE },
		{ "Golf", "Golf on Saturday?", FALSE },
		{ "Hello", NULL, FALSE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++)
		if (mp_automated_personal(cases[i].subject, cases[i].text) != cases[i].personal)
			fail_msg("row %s: got %d, want %d", cases[i].subject, !cases[i].personal,
			         cases[i].personal);
}

/* test_meeting_asked - a request for the reader's time over a meal or a
 * coffee, in the languages of the rules; a meal told of, or a group's own
 * event, asks for no slot */
static void test_meeting_asked(void **state)
{
	static const struct { const char *subject, *text; gboolean asked; } cases[] = {
		{ "", "Great trip. Any chance you have a free slot for lunch next week?", TRUE },
		{ "", "I wonder when you might have time\\nto meet for coffee.", TRUE },
		{ "", "Auriez-vous un moment pour un déjeuner la semaine prochaine ?", TRUE },
		{ "", "Hätten Sie Zeit für ein Mittagessen am Freitag?", TRUE },
		{ "", "¿Tienes tiempo para un café el lunes?", TRUE },
		{ "", "Heb je tijd voor koffie dinsdag?", TRUE },
		{ "", "¿Vienes a la cena del club el sábado? Reservo mesa.", FALSE },
		{ "Lunch?", "Thursday works for me.", FALSE },
		{ "", "We had lunch with the board yesterday. It went well.", FALSE },
		{ "", "Can you send the renewal quote by Friday?", FALSE },
		{ NULL, NULL, FALSE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++)
		if (mp_automated_meeting_asked(cases[i].subject, cases[i].text) != cases[i].asked)
			fail_msg("row %u: got %d, want %d", i, !cases[i].asked, cases[i].asked);
}

int main(void)
{
	mp_parse_init();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows),
		cmocka_unit_test(test_many_recipients),
		cmocka_unit_test(test_personal),
		cmocka_unit_test(test_meeting_asked),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
