/*
 * test_rules.c - phrase rules: the shipped rules on realistic sentences,
 * negation, due dates, limits against a catastrophic pattern, and load
 * errors reported as FILE:LINE with PCRE2's message.
 *
 * The shipped rules are read from $MAILPULSE_ROOT/rules (tests/run-all.sh
 * sets it; "." otherwise), with Competitors "Looker, Power BI".  Due dates
 * are computed in UTC (TZ is set before anything reads it) from a message
 * sent on Thursday 2026-10-15 at noon.
 */
#include <errno.h>
#include <time.h>
#include <glib/gstdio.h>
#include "unit.h"
#include "rules.h"
#include "status.h"

#define C MP_SIDE_CUSTOMER
#define US MP_SIDE_US

/* Thursday 2026-10-15 12:00 UTC */
static const gint64 MESSAGE_DATE = 1792065600;

static mp_ruleset *shipped;

/* rules_dir - the repository's rules/ */
static char *rules_dir(void)
{
	const char *root = getenv("MAILPULSE_ROOT");
	return g_build_filename(root ? root : ".", "rules", NULL);
}

static int load_shipped(void **state)
{
	GPtrArray *competitors = g_ptr_array_new();
	g_ptr_array_add(competitors, "Looker");
	g_ptr_array_add(competitors, "Power BI");
	char *dir = rules_dir();
	GError *error = NULL;
	shipped = mp_rules_load(dir, competitors, &error);
	if (shipped == NULL)
		fprintf(stderr, "%s\n", error->message);
	g_free(dir);
	g_ptr_array_unref(competitors);
	return shipped == NULL;
}

static int free_shipped(void **state)
{
	mp_rules_free(shipped);
	return 0;
}

/* find_hit - the hit of category in hits, or NULL */
static const mp_rule_hit *find_hit(const GPtrArray *hits, const char *category)
{
	for (guint i = 0; i < hits->len; i++) {
		const mp_rule_hit *h = hits->pdata[i];
		if (strcmp(h->category, category) == 0)
			return h;
	}
	return NULL;
}

/* hit_list - "category/rule, ..." for a failure message */
static char *hit_list(const GPtrArray *hits)
{
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < hits->len; i++) {
		const mp_rule_hit *h = hits->pdata[i];
		g_string_append_printf(s, "%s%s/%s", i ? ", " : "", h->category, h->rule);
	}
	return g_string_free(s, FALSE);
}

static const struct {
	const char *text;
	mp_side side;
	const char *category;
	const char *rule; /* NULL: any rule of the category */
	gboolean fires;
} rows[] = {
	/* expansion */
	{ "We would like to roll this out to our finance team in the UK as well.", C, "expansion", "expansion-rollout", TRUE },
	{ "How many more seats would we need, and could you send us pricing?", C, "expansion", "expansion-more-seats", TRUE },
	{ "Wir bräuchten zehn zusätzliche Lizenzen für das Werk in Ulm.", C, "expansion", NULL, TRUE },
	{ "Nous aurions besoin de 12 licences supplémentaires.", C, "expansion", NULL, TRUE },
	{ "More users are complaining about the slow export.", C, "expansion", NULL, FALSE },
	/* advocacy */
	{ "Our CEO loves it and showed it at the board meeting.", C, "advocacy", "advocacy-executive", TRUE },
	{ "Thanks to the dashboards we cut processing time by 35% this quarter.", C, "advocacy", "advocacy-results", TRUE },
	{ "Happy to be a reference.", C, "advocacy", "advocacy-reference", TRUE },
	{ "Wir sind sehr zufrieden mit der Plattform.", C, "advocacy", NULL, TRUE },
	{ "Our budget is being cut by 20% next year.", C, "advocacy", NULL, FALSE },
	/* churn */
	{ "We have decided to cancel our subscription.", C, "churn_risk", "churn-cancel", TRUE },
	{ "We won't be renewing when the term ends.", C, "churn_risk", "churn-not-renewing", TRUE },
	{ "We won\xe2\x80\x99t be renewing.", C, "churn_risk", "churn-not-renewing", TRUE },
	{ "Nous envisageons de résilier le contrat.", C, "churn_risk", "churn-cancel", TRUE },
	{ "Hiermit kündigen wir den Vertrag zum Jahresende.", C, "churn_risk", "churn-cancel", TRUE },
	{ "Our budget for next year is being cut by 20%, so the seats are on hold.", C, "churn_risk", "churn-budget", TRUE },
	/* negation: the clause negates the signal */
	{ "We are not planning to cancel.", C, "churn_risk", NULL, FALSE },
	{ "We have no plans to switch to Looker.", C, "churn_risk", NULL, FALSE },
	{ "We have no plans to switch to Looker.", C, "competitor", "competitor-switch", FALSE },
	{ "Nous n'avons pas l'intention de résilier.", C, "churn_risk", NULL, FALSE },
	{ "Wir planen keine Kündigung.", C, "churn_risk", NULL, FALSE },
	{ "Wir kündigen nicht.", C, "churn_risk", NULL, FALSE },
	{ "We will not renew.", C, "renewal", "renewal-intent", FALSE },
	{ "We will not renew.", C, "churn_risk", "churn-not-renewing", TRUE },
	{ "I don't think we will renew.", C, "renewal", "renewal-intent", FALSE },
	{ "If the export isn't fixed this week we will cancel our contract.", C, "churn_risk", "churn-cancel", TRUE },
	{ "We are not only happy to renew but also to add seats.", C, "renewal", "renewal-intent", TRUE },
	{ "There was no outage, but we have decided to cancel our subscription.", C, "churn_risk", "churn-cancel", TRUE },
	{ "Cabinet approved a two-year extension instead of a full retender.", C, "churn_risk", NULL, FALSE },
	{ "We will retender the contract in spring.", C, "churn_risk", "churn-alternatives", TRUE },
	{ "Wir verlängern um zwei Jahre statt einer Ausschreibung.", C, "churn_risk", NULL, FALSE },
	/* competitor */
	{ "Procurement is still reviewing the Looker option.", C, "competitor", "competitor-evaluation", TRUE },
	{ "We are moving to Power BI next quarter.", C, "competitor", "competitor-switch", TRUE },
	{ "Un concurrent nous propose une solution deux fois moins chère.", C, "competitor", "competitor-offer", TRUE },
	{ "We looked at Lookerish tools.", C, "competitor", NULL, FALSE },
	/* pricing, escalation, renewal */
	{ "Le prix est trop élevé pour une entreprise de notre taille.", C, "pricing", "pricing-objection", TRUE },
	{ "This is the third time this week the export failed.", C, "escalation", "escalation-repeated", TRUE },
	{ "Das ist nicht akzeptabel.", C, "escalation", "escalation-unacceptable", TRUE },
	{ "Our agreement renews on January 25.", C, "renewal", "renewal-topic", TRUE },
	/* our own renewal proposal or quote is what the AM wrote: no signal */
	{ "Your agreement renews on January 25.", US, "renewal", NULL, FALSE },
	{ "Anbei das Angebot: das Modul kostet 4.800 EUR pro Jahr.", US, "pricing", NULL, FALSE },
	{ "As a goodwill gesture we will credit one month of your subscription.", US, "pricing", "pricing-billing", TRUE },
	/* a lawyer reviewing paperwork is no escalation; one brought in is */
	{ "Just received comments from our Lawyers for your Master Agreement.", C, "escalation", NULL, FALSE },
	{ "I've cc'd our COO and our general counsel.", C, "escalation", "escalation-legal", TRUE },
	{ "I didn't think I'd like being downtown, but so far I'm loving it.", C, "advocacy", NULL, FALSE },
	{ "Below is our RFP.", C, "churn_risk", NULL, FALSE },
	/* Spanish and Dutch cues; an office renovation and a deadline extension are no renewal */
	{ "No vamos a renovar el contrato en enero.", C, "churn_risk", "churn-not-renewing", TRUE },
	{ "¿Cuánto costaría añadir el módulo de inventario?", C, "pricing", "pricing-question", TRUE },
	{ "Wij willen het contract opzeggen.", C, "churn_risk", "churn-cancel", TRUE },
	{ "Le envío la propuesta revisada antes del viernes.", US, "commitment", "commitment-first-person", TRUE },
	{ "La renovación de la oficina termina en marzo.", C, "renewal", NULL, FALSE },
	{ "Kunnen we de deadline een week verlengen?", C, "renewal", NULL, FALSE },
	/* indirect churn: a full export of the customer's data, vendors consolidated */
	{ "Can you confirm how we get a full export of all our scheduling data?", C, "churn_risk", "churn-alternatives", TRUE },
	{ "Wir haben ein Projekt zur Konsolidierung unserer Softwareanbieter gestartet.", C, "churn_risk", "churn-renewal-at-risk", TRUE },
	{ "The SSL certificate renewal failed.", C, "renewal", NULL, FALSE },
	/* side: customer rules ignore our own people */
	{ "We have decided to cancel our subscription.", US, "churn_risk", NULL, FALSE },
	{ "I'll send you the quote tomorrow.", C, "commitment", NULL, FALSE },
	{ "I'll send you the quote tomorrow.", US, "commitment", "commitment-first-person", TRUE },
};

static void test_rows(void **state)
{
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		GPtrArray *hits = mp_rules_match(shipped, rows[i].text, rows[i].side, MESSAGE_DATE);
		const mp_rule_hit *h = find_hit(hits, rows[i].category);
		gboolean fired = h && (rows[i].rule == NULL || strcmp(h->rule, rows[i].rule) == 0);
		if (fired != rows[i].fires) {
			char *got = hit_list(hits);
			fail_msg("row %u \"%s\": want %s%s%s %s; got [%s]", i, rows[i].text,
			         rows[i].category, rows[i].rule ? "/" : "",
			         rows[i].rule ? rows[i].rule : "", rows[i].fires ? "to fire" : "silent", got);
		}
		g_ptr_array_unref(hits);
	}
}

static const struct {
	const char *text;
	const char *due; /* NULL: a commitment without a date */
} due_rows[] = {
	{ "I'll send the proposal by Friday.", "2026-10-16" },
	{ "I'll send the proposal by next Friday.", "2026-10-23" },
	{ "We will fix this by end of next week.", "2026-10-23" },
	{ "I'll get back to you by the end of the week.", "2026-10-16" },
	{ "I will send the contract by March 3.", "2027-03-03" },
	{ "I will send the contract by 3rd of November.", "2026-11-03" },
	{ "We'll deliver the report before the 15th.", "2026-11-14" },
	{ "We'll deliver the report before the 20th.", "2026-10-19" },
	{ "We'll deliver the report by the 20th.", "2026-10-20" },
	{ "I'll have the proposal with you before the 15th of September.", "2027-09-14" },
	{ "Ich schicke Ihnen das Angebot bis Freitag, den 16. Oktober.", "2026-10-16" },
	/* the date after "Freitag, den" wins over the nearer Friday */
	{ "Ich schicke Ihnen das Angebot bis Freitag, den 23. Oktober.", "2026-10-23" },
	/* Spanish and Dutch month and weekday names */
	{ "Ik stuur je vóór 15 november een voorstel.", "2026-11-14" },
	{ "Ik stuur je uiterlijk vrijdag het rapport.", "2026-10-16" },
	{ "Le enviaré la propuesta antes del 15 de noviembre.", "2026-11-14" },
	{ "Le enviaré la propuesta el viernes 23 de octubre.", "2026-10-23" },
	{ "Je vous envoie le rapport d'ici vendredi 23 octobre.", "2026-10-23" },
	{ "I'll send the quote tomorrow.", "2026-10-16" },
	{ "I'll send the root cause today.", "2026-10-15" },
	{ "We will investigate and get back to you within 48 hours.", "2026-10-17" },
	{ "I'll send it in two weeks.", "2026-10-29" },
	{ "We'll set it up early next week.", "2026-10-19" },
	{ "I'll send the invoice by the end of the month.", "2026-10-31" },
	{ "I'll send the plan by mid-December.", "2026-12-15" },
	{ "By Monday, I'll send you the figures.", "2026-10-19" },
	{ "D'ici vendredi, je vous envoie le devis.", "2026-10-16" },
	{ "I'll send the draft on 2026-11-02.", "2026-11-02" },
	{ "Je vous envoie le devis d'ici vendredi.", "2026-10-16" },
	{ "Je reviens vers vous avant la fin de la semaine prochaine.", "2026-10-23" },
	{ "Je vous envoie le devis demain.", "2026-10-16" },
	{ "Nous livrerons le rapport le 3 novembre.", "2026-11-03" },
	{ "Das Angebot schicke ich Ihnen bis Freitag.", "2026-10-16" },
	{ "Ich schicke Ihnen das Angebot bis zum 30. Oktober.", "2026-10-30" },
	{ "Ich schicke Ihnen das Angebot bis 05.11.", "2026-11-05" },
	{ "Wir werden den Fehler bis Ende nächster Woche beheben.", "2026-10-23" },
	/* Spanish and Dutch relative dates, a weekday with its day of month */
	{ "Te envío la invitación mañana por la mañana.", "2026-10-16" },
	{ "Os la mando el viernes 14 sin falta.", "2026-11-14" },
	{ "Ich schicke Ihnen die Feldbeschreibung bis Freitag, den 16.", "2026-10-16" },
	{ "Ik stuur je het voorstel morgen.", "2026-10-16" },
	{ "Le envío el informe la próxima semana.", "2026-10-23" },
	{ "Ik stuur het rapport eind volgende week.", "2026-10-23" },
	{ "Te mando la propuesta esta semana.", "2026-10-16" },
	{ "Ik stuur de offerte binnen drie werkdagen.", "2026-10-20" },
	{ "Le enviaré el informe dentro de dos semanas.", "2026-10-29" },
	{ "Le enviaré la factura a finales de mes.", "2026-10-31" },
	{ "Ik stuur de planning half november.", "2026-11-15" },
	{ "Le envío la propuesta antes del 20.", "2026-10-19" },
	{ "Le envío el informe hoy.", "2026-10-15" },
	/* "antes del 15 de diciembre" is December's 15th, not this month's */
	{ "Te enviaré una propuesta revisada antes del 15 de diciembre.", "2026-12-14" },	/* "wir" promises in the present, as "ich" ones */
	{ "Wir liefern Ihnen bis zum 30. November ein Konzept für die Tourenplanung.",
	  "2026-11-30" },
	{ "Die Auswertung schicken wir Ihnen bis Freitag.", "2026-10-16" },
	/* the deadline of a message with a scheduled step before it: the step at
	 * a time of day is an appointment, the report owed is the promise */
	{ "Je vous confirme l'installation du patch ce soir à 21h. Vous recevrez le compte "
	  "rendu complet au plus tard mardi 20 octobre.", "2026-10-20" },
	/* a call beside a promise: the promise counts */
	{ "Lucie vous appelle demain et la correction sera en place avant lundi.", "2026-10-18" },
};

/* promises that are no commitment signal: no due date, or no deadline of
 * ours (rules_commit.c) */
static const char *const not_owed_rows[] = {
	"Guten Morgen, ich melde mich dazu.",
	"I'll look into it.",
	"I'll send an invite.",
	"I'll send an invite for Tuesday 20 October.",
	"Ik stuur zo een uitnodiging voor dinsdag 20 oktober.",
	"Das Angebot gilt bis Ende März.",
	"Anbei das Angebot für sechs Lizenzen ab 1. November.",
	"Could we send you the draft by Friday?",
	"If you'd rather we do it, just say and we'll run it tonight.",
	"We'll need the signed order by the 20th.",
	"There will be a conference call on Thursday at 4 pm.",
	"We will be hosting our quarterly meeting on Monday, November 19th.",
	"I will be on holidays from Friday till the end of the year.",
	"Please have the vessel set for arrival no later than 06:00 on June 9.",
	/* an appointment at a time of day, free time offered, a delivery told */
	"Te confirmo la visita técnica del martes a las 9:30.",
	"I confirm the remote upgrade of the scanners on Tuesday at 7:00.",
	"Frau Keller hätte am 22. oder 23. Oktober Zeit für eine Schulung.",
	"Our trainer would be available on Tuesday 20 October.",
	"Las 8 impresoras salieron hoy de Valparaíso y llegan el lunes.",
	"The spare parts shipped today and arrive on Monday.",
	/* a call or an introduction: no writer tracks one, mail cannot show it */
	"Ich rufe Sie am Freitag an.",
	"I'll call you next week to talk through the options.",
	"Je vous appelle demain matin.",
	"I'll reach out to Eoin by Friday.",
	/* a date that qualifies a noun is that thing's ("the renewal of 15
	 * December"), a step from a time of day an appointment */
	"Je reviens vers vous au sujet du renouvellement du 15 décembre.",
	"I'll get back to you about the renewal of 15 December.",
	"La migration sera faite chez vous le samedi 24 octobre à partir de 14 h.",
	/* an offer on the customer's act */
	"Bij ondertekening voor 1 november geven we de introductiekorting.",
	"Je peux geler le tarif si vous renouvelez pour deux ans au 30 novembre.",
	/* the thing itself with its start date */
	"Wie besprochen das neue Angebot: Lager Nord ab 1. Januar.",
	/* a date before the promise is another clause's when the promise
	 * names its own time that is no date */
	"Première vague la semaine du 12 octobre, je vous envoie le planning dans la foulée.",
	"Go-live is on 2 November, I'll send the checklist right away.",
	/* a start or an end of term, a delivery in place since today */
	"Temporary seats are GBP 95 per seat per month; I'll pencil them in from 1 November.",
	"Les escribo para coordinar la renovación de su suscripción, que vence el 15 de enero.",
	"Wie zugesagt ist der CSV-Export seit heute in Ihrer Umgebung aktiv.",
	"Das neue Angebot gilt für Lager Nord ab dem 1. Januar.",
};

static void test_not_owed(void **state)
{
	for (guint i = 0; i < G_N_ELEMENTS(not_owed_rows); i++) {
		GPtrArray *hits = mp_rules_match(shipped, not_owed_rows[i], MP_SIDE_US, MESSAGE_DATE);
		const mp_rule_hit *h = find_hit(hits, "commitment");
		if (h)
			fail_msg("row %u \"%s\": commitment due %s by %s", i, not_owed_rows[i],
			         h->due_date ? h->due_date : "(none)", h->rule);
		g_ptr_array_unref(hits);
	}
	/* a deadline of ours stays a commitment: beside an attachment, after
	 * "here is what we'll do", on a condition that is no offer */
	static const char *const owed[] = {
		"I'll send the draft by Friday.",
		"The corrected invoice is attached, and I'll issue a credit note by Friday.",
		"Here is what we'll do: I'll send a usage report by Friday.",
		"If you send me read access, Tom will put together a plan by Monday.",
		/* a deadline at a time of day stays one */
		"I'll send you the root cause by 5pm today.",
		/* "antes del", "by the end of" are no genitive */
		"Le enviaré el plan antes del 20 de noviembre.",
		/* a future availability, "as discussed," and the course of a week
		 * keep a promise */
		"The patch will be available on Friday 16 October.",
		"As discussed, the report will be sent by Friday.",
		"Ik stuur de offerte in de loop van volgende week.",
		"I'll have the plan to you the week of 26 October.",
		/* a delivery at a time of day is no appointment */
		"Der korrigierte Bericht liegt morgen früh um 7 Uhr in Ihrem Ordner.",
		"I'll send the plan by the end of next week.",
	};
	for (guint i = 0; i < G_N_ELEMENTS(owed); i++) {
		GPtrArray *hits = mp_rules_match(shipped, owed[i], MP_SIDE_US, MESSAGE_DATE);
		if (find_hit(hits, "commitment") == NULL)
			fail_msg("\"%s\": no commitment", owed[i]);
		g_ptr_array_unref(hits);
	}
}

static void test_due_dates(void **state)
{
	for (guint i = 0; i < G_N_ELEMENTS(due_rows); i++) {
		GPtrArray *hits = mp_rules_match(shipped, due_rows[i].text, MP_SIDE_US, MESSAGE_DATE);
		const mp_rule_hit *h = find_hit(hits, "commitment");
		if (h == NULL)
			fail_msg("row %u \"%s\": no commitment", i, due_rows[i].text);
		char row[16];
		snprintf(row, sizeof row, "%u", i);
		assert_str_row(row, h->due_date, due_rows[i].due);
		g_ptr_array_unref(hits);
	}
}

/* a message: one hit per rule, sentences split right, evidence trimmed */
static void test_evidence(void **state)
{
	const char *text = "Hi Claire,\n\nThanks Dr. Miller for the call, e.g. the part on\n"
	                   "exports. We have decided to cancel\nour subscription. We have "
	                   "decided to cancel our subscription, really.\n";
	GPtrArray *hits = mp_rules_match(shipped, text, MP_SIDE_CUSTOMER, MESSAGE_DATE);
	assert_int_equal(hits->len, 1);
	const mp_rule_hit *h = hits->pdata[0];
	assert_string_equal(h->rule, "churn-cancel");
	assert_string_equal(h->evidence, "We have decided to cancel our subscription.");
	assert_true(h->weight < 0);
	assert_null(h->due_date);
	g_ptr_array_unref(hits);

	GString *longer = g_string_new(NULL);
	for (int i = 0; i < 20; i++)
		g_string_append(longer, "and the weather was nice ");
	g_string_append(longer, "so we have decided to cancel our subscription ");
	for (int i = 0; i < 20; i++)
		g_string_append(longer, "and more words follow ");
	hits = mp_rules_match(shipped, longer->str, MP_SIDE_CUSTOMER, MESSAGE_DATE);
	assert_int_equal(hits->len, 1);
	h = hits->pdata[0];
	glong n = g_utf8_strlen(h->evidence, -1);
	if (n > 310 || n < 200)
		fail_msg("evidence of %ld characters: %s", n, h->evidence);
	assert_non_null(strstr(h->evidence, "cancel our subscription"));
	assert_true(g_str_has_prefix(h->evidence, "\xe2\x80\xa6"));
	assert_true(g_str_has_suffix(h->evidence, "\xe2\x80\xa6"));
	g_ptr_array_unref(hits);
	g_string_free(longer, TRUE);
}

/* write_file - dir/name with text */
static void write_file(const char *dir, const char *name, const char *text)
{
	char *path = g_build_filename(dir, name, NULL);
	assert_true(g_file_set_contents(path, text, -1, NULL));
	g_free(path);
}

/* remove_dir - a temporary rules directory and its files */
static void remove_dir(char *dir)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *name;
	while (d && (name = g_dir_read_name(d)) != NULL) {
		char *path = g_build_filename(dir, name, NULL);
		g_unlink(path);
		g_free(path);
	}
	if (d)
		g_dir_close(d);
	g_rmdir(dir);
	g_free(dir);
}

#define RULE(id, cat, weight, pattern) \
	"rule: " id "\ncategory: " cat "\nweight: " weight "\napplies: customer\n" \
	"label: test\npattern: " pattern "\n\n"

/* "unless" vetoes a sentence, not the message; a bad unless pattern is
 * reported like a bad pattern */
static void test_unless(void **state)
{
	char *dir = g_dir_make_tmp("rules-XXXXXX", NULL);
	write_file(dir, "a.rules",
	           "rule: renew\ncategory: renewal\nweight: 0\napplies: customer\nlabel: test\n"
	           "pattern: \\brenew\\b\nunless: \\bcertificate\n  |\\btoken\n\n");
	GError *error = NULL;
	mp_ruleset *rs = mp_rules_load(dir, NULL, &error);
	assert_non_null(rs);
	static const struct { const char *text; guint hits; } cases[] = {
		{ "We will renew for two years.", 1 },
		{ "The certificate expires in June and we will renew it.", 0 },
		{ "The token expires in June, we renew it then.", 0 },
		{ "The certificate expires in June. We will renew the contract too.", 1 },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		GPtrArray *hits = mp_rules_match(rs, cases[i].text, C, MESSAGE_DATE);
		if (hits->len != cases[i].hits)
			fail_msg("\"%s\": %u hits, want %u", cases[i].text, hits->len, cases[i].hits);
		g_ptr_array_unref(hits);
	}
	mp_rules_free(rs);
	remove_dir(dir);

	dir = g_dir_make_tmp("rules-XXXXXX", NULL);
	write_file(dir, "a.rules", "rule: renew\ncategory: renewal\nweight: 0\napplies: customer\n"
	           "label: test\npattern: renew\nunless: (open\n\n");
	assert_null(mp_rules_load(dir, NULL, &error));
	if (strstr(error->message, "/a.rules:7: unless error at offset 5: missing closing parenthesis") == NULL)
		fail_msg("unexpected error: %s", error->message);
	g_clear_error(&error);
	remove_dir(dir);
}

/* a catastrophic pattern on a long input gives up quickly and does not
 * fire; the other rules of the set still do */
static void test_limits(void **state)
{
	char *dir = g_dir_make_tmp("rules-XXXXXX", NULL);
	write_file(dir, "t.rules", RULE("catastrophic", "churn_risk", "-1", "^(\\w+\\s?)+$")
	                               RULE("plain", "advocacy", "1", "\\bfine\\b"));
	GError *error = NULL;
	mp_ruleset *rs = mp_rules_load(dir, NULL, &error);
	assert_non_null(rs);
	GString *text = g_string_new("fine ");
	for (int i = 0; i < 900; i++)
		g_string_append_c(text, 'a');
	g_string_append(text, "!\n\n");
	for (int i = 0; i < 100; i++)
		g_string_append(text, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n\n");
	/* CPU time: a bound on the work, not on the neighbours' */
	struct timespec c0, c1;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
	GPtrArray *hits = mp_rules_match(rs, text->str, MP_SIDE_CUSTOMER, MESSAGE_DATE);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
	gint64 elapsed = (c1.tv_sec - c0.tv_sec) * G_USEC_PER_SEC + (c1.tv_nsec - c0.tv_nsec) / 1000;
	if (elapsed > 2 * G_USEC_PER_SEC)
		fail_msg("matching took %" G_GINT64_FORMAT " ms of CPU", elapsed / 1000);
	assert_int_equal(hits->len, 1);
	assert_string_equal(((mp_rule_hit *)hits->pdata[0])->rule, "plain");
	g_ptr_array_unref(hits);
	g_string_free(text, TRUE);
	mp_rules_free(rs);
	remove_dir(dir);
}

/* every problem of every file, each as FILE:LINE: message */
static void test_load_errors(void **state)
{
	char *dir = g_dir_make_tmp("rules-XXXXXX", NULL);
	write_file(dir, "a.rules",
	           "# comment\n"
	           RULE("good", "expansion", "2", "\\bseats\\b")          /* lines 2-7 */
	           RULE("bad-pattern", "expansion", "2", "(unclosed")     /* lines 9-14 */
	           RULE("bad-cat", "upsell", "2", "x")                    /* lines 16-21 */
	           RULE("bad-weight", "pricing", "lots", "x")             /* lines 23-28 */
	           "rule: no-label\ncategory: pricing\nweight: 1\napplies: us\npattern: x\n\n"
	           "rule: odd\ncolour: blue\n");                          /* lines 30-34, 36-37 */
	write_file(dir, "b.rules", RULE("good", "advocacy", "1", "x"));
	GError *error = NULL;
	mp_ruleset *rs = mp_rules_load(dir, NULL, &error);
	assert_null(rs);
	assert_non_null(error);
	assert_int_equal(error->code, MP_ERR_CONFIG);
	static const char *const want[] = {
		"/a.rules:14: pattern error at offset 9: missing closing parenthesis",
		"/a.rules:17: unknown category \"upsell\"",
		"/a.rules:25: bad weight \"lots\"",
		"/a.rules:30: rule \"no-label\": missing label",
		"/a.rules:37: unknown field \"colour\"",
		"/b.rules:1: duplicate rule id \"good\" (first at ",
	};
	for (guint i = 0; i < G_N_ELEMENTS(want); i++)
		if (strstr(error->message, want[i]) == NULL)
			fail_msg("want \"%s\" in:\n%s", want[i], error->message);
	g_clear_error(&error);
	remove_dir(dir);

	dir = g_dir_make_tmp("rules-XXXXXX", NULL);
	rs = mp_rules_load(dir, NULL, &error);
	assert_null(rs);
	assert_int_equal(error->code, MP_ERR_NOINPUT);
	g_clear_error(&error);
	remove_dir(dir);
}

/* the shipped rules pass their own examples; @competitors expands */
static void test_shipped_selftest(void **state)
{
	GError *error = NULL;
	guint checked = 0;
	if (!mp_rules_selftest(shipped, &checked, &error))
		fail_msg("%s", error->message);
	assert_true(checked > 50);
	assert_false(mp_rules_competitors_missing(shipped));
	for (const char *const *c = mp_rules_categories(); *c; c++) {
		guint n = 0;
		for (guint i = 0; i < mp_rules_count(shipped); i++) {
			mp_rule_info info;
			mp_rules_get(shipped, i, &info);
			n += strcmp(info.category, *c) == 0;
		}
		if (n == 0)
			fail_msg("no shipped rule for category %s", *c);
	}
	/* Without Competitors the named-competitor rules load but stay
	 * silent; a rival named as an alternative is still seen, its name
	 * carried in the label (issue 16). */
	char *dir = rules_dir();
	mp_ruleset *rs = mp_rules_load(dir, NULL, &error);
	g_free(dir);
	assert_non_null(rs);
	assert_true(mp_rules_competitors_missing(rs));
	GPtrArray *hits = mp_rules_match(rs, "Looker sent us their newsletter.", MP_SIDE_CUSTOMER, 0);
	assert_null(find_hit(hits, "competitor"));
	g_ptr_array_unref(hits);
	hits = mp_rules_match(rs, "We are moving to Looker.", MP_SIDE_CUSTOMER, 0);
	const mp_rule_hit *h = find_hit(hits, "competitor");
	assert_non_null(h);
	assert_string_equal(h->rule, "competitor-named-alternative");
	assert_true(g_str_has_suffix(h->label, ": Looker"));
	g_ptr_array_unref(hits);
	hits = mp_rules_match(rs, "We are migrating to Horizon's tenant.", MP_SIDE_CUSTOMER, 0);
	assert_null(find_hit(hits, "competitor"));
	g_ptr_array_unref(hits);
	mp_rules_free(rs);
}

/* hostile input: invalid UTF-8, NUL-free binary, empty, huge */
static void test_hostile_text(void **state)
{
	GPtrArray *hits = mp_rules_match(shipped, "", MP_SIDE_ANYONE, 0);
	assert_int_equal(hits->len, 0);
	g_ptr_array_unref(hits);
	hits = mp_rules_match(shipped, "\xff\xfe we have decided to \xc3 cancel our subscription",
	                      MP_SIDE_CUSTOMER, 0);
	g_ptr_array_unref(hits);
	GString *big = g_string_new(NULL);
	for (int i = 0; i < 40000; i++)
		g_string_append(big, "bla ");
	/* CPU time, not wall time: a bound on the work, which a busy machine
	 * does not stretch (the wall clock failed at a load of 12) */
	struct timespec t0, t1;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	hits = mp_rules_match(shipped, big->str, MP_SIDE_ANYONE, 0);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	gint64 elapsed = (t1.tv_sec - t0.tv_sec) * G_USEC_PER_SEC + (t1.tv_nsec - t0.tv_nsec) / 1000;
	if (elapsed > 3 * G_USEC_PER_SEC)
		fail_msg("160 KB without punctuation took %" G_GINT64_FORMAT " ms of CPU", elapsed / 1000);
	g_ptr_array_unref(hits);
	g_string_free(big, TRUE);
}

int main(void)
{
	setenv("TZ", "UTC", 1);
	tzset();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows),
		cmocka_unit_test(test_due_dates),
		cmocka_unit_test(test_not_owed),
		cmocka_unit_test(test_evidence),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_load_errors),
		cmocka_unit_test(test_unless),
		cmocka_unit_test(test_shipped_selftest),
		cmocka_unit_test(test_hostile_text),
	};
	return cmocka_run_group_tests(tests, load_shipped, free_shipped);
}
