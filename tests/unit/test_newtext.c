/*
 * test_newtext.c - the new text of a message: quotes, forwards and
 * signatures removed, in several languages, from text and from HTML.
 *
 * Table-driven: each row names itself in the failure ("got X, want Y").
 * The "keep" rows are the ones that matter most: cutting real new text
 * would hide a signal from the phrase rules.
 */
#include <time.h>
#include "unit.h"
#include "newtext.h"
#include "parse.h"

typedef struct split_row {
	const char *name;
	const char *text;
	const char *body;      /* exact */
	const char *signature; /* exact, NULL = none */
	gboolean forwarded;
} split_row;

/* check_rows_from - split each row's text as sent by from (may be NULL)
 * and compare body, signature, flag */
static void check_rows_from(const split_row *rows, guint n, const char *from)
{
	for (guint i = 0; i < n; i++) {
		mp_newtext *nt = mp_newtext_split(rows[i].text, from);
		assert_str_row(rows[i].name, nt->body, rows[i].body);
		assert_str_row(rows[i].name, nt->signature, rows[i].signature);
		if (nt->forwarded != rows[i].forwarded)
			fail_msg("row %s: got forwarded %d, want %d", rows[i].name, nt->forwarded,
			         rows[i].forwarded);
		mp_newtext_free(nt);
	}
}

/* check_rows - idem, with no display name */
static void check_rows(const split_row *rows, guint n)
{
	check_rows_from(rows, n, NULL);
}

static void test_quotes(void **state)
{
	static const split_row rows[] = {
		{ "plain > quote", "Yes, go ahead.\n\n> Can we start?\n> Thanks", "Yes, go ahead.", NULL, FALSE },
		{ "en attribution",
		  "Sounds good.\n\nOn Tue, Mar 3, 2026 at 10:00 AM Ann Lee <ann@acme.com> wrote:\n> Shall we?",
		  "Sounds good.", NULL, FALSE },
		{ "en attribution wrapped over two lines",
		  "Sounds good.\n\nOn Tue, Mar 3, 2026 at 10:00 AM Ann Lee <\nann@acme.com> wrote:\n\n> Shall we?",
		  "Sounds good.", NULL, FALSE },
		{ "en attribution wrapped over three lines",
		  "Fine.\n\nOn Nov 21, 2014,\nat 10:18,\nJohn Doe <john@doe123.com> wrote:\n\n> Ok.",
		  "Fine.", NULL, FALSE },
		{ "fr attribution",
		  "D'accord.\n\nLe mar. 3 mars 2026 à 10:00, Jean Dupont <jean@vins.fr> a écrit :\n> Alors ?",
		  "D'accord.", NULL, FALSE },
		{ "de attribution",
		  "Passt.\n\nAm 03.03.2026 um 10:00 schrieb Jürgen Weber <jw@beispiel.de>:\n> Und?",
		  "Passt.", NULL, FALSE },
		{ "es attribution",
		  "Vale.\n\nEl mar, 3 mar 2026 a las 10:00, Ana Ruiz (<ana@ejemplo.es>) escribió:\n> ¿Y?",
		  "Vale.", NULL, FALSE },
		{ "nl attribution",
		  "Prima.\n\nOp di 3 mrt. 2026 om 10:00 schreef Piet de Vries <piet@voorbeeld.nl>:\n> En?",
		  "Prima.", NULL, FALSE },
		{ "pt attribution unprefixed",
		  "Certo.\n\nEm 10 de julho de 2017 às 16:32:35, John Doe (\ncontact@stripe.com) escreveu:\n\nHi there!",
		  "Certo.", NULL, FALSE },
		{ "it attribution wrapped",
		  "Va bene.\n\nIl giovedì 8 dicembre 2016, Luca <luca@esempio.it>\nha scritto:\n> Ciao",
		  "Va bene.", NULL, FALSE },
		{ "unprefixed history after attribution is cut",
		  "Ok.\n\nOn Mon, 2 Mar 2026 at 09:00, Bob <bob@x.com> wrote:\n\nOld text\nmore old text",
		  "Ok.", NULL, FALSE },
		{ "original message en",
		  "See below.\n\n-----Original Message-----\nFrom: a@b.com\nSent: Monday\n\nold", "See below.", NULL, FALSE },
		{ "original message de",
		  "Siehe unten.\n\n-----Ursprüngliche Nachricht-----\nVon: a@b.de\n\nalt", "Siehe unten.", NULL, FALSE },
		{ "original message fr",
		  "Voir plus bas.\n-------- Message d'origine --------\nDe : a@b.fr\nancien", "Voir plus bas.", NULL, FALSE },
		{ "outlook block en with separator",
		  "Approved.\n\n________________________________\nFrom: Ann Lee <ann@acme.com>\n"
		  "Sent: Monday, March 2, 2026 9:00 AM\nTo: Bob <bob@us.com>\nSubject: RE: PO\n\nold",
		  "Approved.", NULL, FALSE },
		{ "outlook block de",
		  "Freigegeben.\n\nVon: Jürgen Weber <jw@beispiel.de>\nGesendet: Montag, 2. März 2026 09:00\n"
		  "An: Bob <bob@us.com>\nBetreff: AW: Bestellung\n\nalt", "Freigegeben.", NULL, FALSE },
		{ "outlook block fr",
		  "Validé.\n\nDe : Jean Dupont <jean@vins.fr>\nEnvoyé : lundi 2 mars 2026 09:00\n"
		  "À : Bob <bob@us.com>\nObjet : RE: Commande\n\nancien", "Validé.", NULL, FALSE },
		{ "outlook block bold markdown",
		  "Outlook reply\n\n*From:* Team [mailto:t@x.com]\n*Sent:* Thursday, February 09, 2012 1:36 PM\n"
		  "*To:* jow@x.com\n*Subject:* Update\n\nold", "Outlook reply", NULL, FALSE },
		{ "outlook From wrapped",
		  "Done.\n\nFrom: Human Resources\n<hr@example.com>\nSent: Monday, August 26, 2019 4:37 PM\n"
		  "To: Abhishek <a@c.com>\nSubject: A message\n\nold", "Done.", NULL, FALSE },
		{ "inline reply keeps answers",
		  "On Dec 15, 2024, at 2:00 PM, Jane <jane@example.com> wrote:\n> Option A?\n\nA is great.\n\n"
		  "> Option B?\n\nB has drawbacks.", "A is great.\n\n\nB has drawbacks.", NULL, FALSE },
		{ "quote wrapped by the client is still quoted",
		  "Fine.\n\nOn Mon, 2 Mar 2026 at 09:00, Bob <bob@x.com> wrote:\n"
		  "> this is a long quoted line that the client wrapped at some point\n"
		  "without prefix\n> end", "Fine.", NULL, FALSE },
		{ "zoho attribution in dashes",
		  "Java is fine.\n\n---- On Wed, 24 Feb 2021 14:02:50 +0530 john@gmail.com wrote ----\n\nold",
		  "Java is fine.", NULL, FALSE },
		{ "address and time attribution",
		  "Test ok.\n\n2017-11-24 16:32 GMT+01:00 Baptiste <b@crisp.chat>:\n\nold", "Test ok.", NULL, FALSE },
	};
	check_rows(rows, G_N_ELEMENTS(rows));
}

static void test_forwards(void **state)
{
	static const split_row rows[] = {
		{ "gmail forward",
		  "FYI, see the pricing question below.\n\n---------- Forwarded message ---------\n"
		  "From: Ann <ann@acme.com>\nDate: Mon, Mar 2, 2026\nSubject: pricing\n\nHow much for 20 seats?",
		  "FYI, see the pricing question below.", NULL, TRUE },
		{ "apple forward",
		  "Look at this.\n\nBegin forwarded message:\n\nFrom: Ann <ann@acme.com>\nSubject: x\n\nold",
		  "Look at this.", NULL, TRUE },
		{ "fr forward", "Pour info.\n\n-------- Message transféré --------\nSujet : x\n\nancien",
		  "Pour info.", NULL, TRUE },
		{ "de forward", "Zur Info.\n\n---------- Weitergeleitete Nachricht ----------\nVon: x\n\nalt",
		  "Zur Info.", NULL, TRUE },
		{ "outlook FW subject",
		  "Please handle.\n\nFrom: Ann <ann@acme.com>\nSent: Monday, March 2, 2026 9:00 AM\n"
		  "To: Bob <bob@us.com>\nSubject: FW: renewal\n\nold", "Please handle.", NULL, TRUE },
		{ "forward with nothing above", "---------- Forwarded message ---------\nFrom: a@b.com\n\nold",
		  "", NULL, TRUE },
		/* Lotus Notes: the marker names who forwarded and when */
		{ "notes forward",
		  "See below.\n\n---------------------- Forwarded by Jane Roe/HOU/ECT on 05/14/2001 03:22 PM"
		  " ---------------------------\n\nThe Fed will ease by 25bp next Tuesday.",
		  "See below.", NULL, TRUE },
		{ "notes forward fr", "Pour info.\n\n----- Transféré par Jean Dupont/PAR/ACME le 14/05/2001 15:22 -----\n\nancien",
		  "Pour info.", NULL, TRUE },
		{ "notes forward de", "Zur Info.\n\n----- Weitergeleitet von Eva Roth/MUC am 14.05.2001 15:22 -----\n\nalt",
		  "Zur Info.", NULL, TRUE },
		{ "notes forward es", "Para info.\n\n----- Reenviado por Ana Ruiz/MAD el 14/05/2001 15:22 -----\n\nviejo",
		  "Para info.", NULL, TRUE },
		{ "notes forward nl", "Ter info.\n\n----- Doorgestuurd door Jan Smit/AMS op 14-05-2001 15:22 -----\n\noud",
		  "Ter info.", NULL, TRUE },
		{ "forwarded by in a sentence", "This was forwarded by Ann yesterday.",
		  "This was forwarded by Ann yesterday.", NULL, FALSE },
	};
	check_rows(rows, G_N_ELEMENTS(rows));
}

static void test_signatures(void **state)
{
	static const split_row rows[] = {
		{ "dash dash space", "See you then.\n\n-- \nAnn Lee\nAcme", "See you then.", "-- \nAnn Lee\nAcme", FALSE },
		{ "en sign-off block",
		  "We want to roll this out to finance.\n\nBest regards,\nMaria Gonzalez\nVP of Finance\n+1 (555) 010-0199",
		  "We want to roll this out to finance.",
		  "Best regards,\nMaria Gonzalez\nVP of Finance\n+1 (555) 010-0199", FALSE },
		{ "thanks comma sign-off", "Invoice attached.\n\nThanks,\nAlex", "Invoice attached.", "Thanks,\nAlex", FALSE },
		{ "cheers with emoji", "Thanks for the update!\n\nCheers 🎉\nSarah", "Thanks for the update!",
		  "Cheers 🎉\nSarah", FALSE },
		{ "de sign-off", "Wir verlängern.\n\nMit freundlichen Grüßen\nJürgen Weber\nLeiter Einkauf",
		  "Wir verlängern.", "Mit freundlichen Grüßen\nJürgen Weber\nLeiter Einkauf", FALSE },
		{ "fr sign-off", "Nous renouvelons.\n\nCordialement,\nJean Dupont\nDirecteur commercial",
		  "Nous renouvelons.", "Cordialement,\nJean Dupont\nDirecteur commercial", FALSE },
		{ "fr bien à vous", "Merci pour le devis.\n\nBien à vous,\nClaire", "Merci pour le devis.",
		  "Bien à vous,\nClaire", FALSE },
		{ "es sign-off", "Renovamos.\n\nSaludos,\nAna Ruiz", "Renovamos.", "Saludos,\nAna Ruiz", FALSE },
		{ "iphone", "On my way.\n\nSent from my iPhone", "On my way.", "Sent from my iPhone", FALSE },
		{ "de iphone", "Bin unterwegs.\n\nVon meinem iPhone gesendet", "Bin unterwegs.",
		  "Von meinem iPhone gesendet", FALSE },
		{ "fr iphone", "J'arrive.\n\nEnvoyé de mon iPhone", "J'arrive.", "Envoyé de mon iPhone", FALSE },
		{ "outlook ios", "Agreed.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>", "Agreed.",
		  "Get Outlook for iOS<https://aka.ms/o0ukef>", FALSE },
		{ "mobile footer above an unmarked quote", "Yes.\n\nSent from my Pixel\n\nOld message text",
		  "Yes.", "Sent from my Pixel", FALSE },
		{ "en disclaimer",
		  "Please send the contract.\n\nThis email and any attachments are confidential and intended solely "
		  "for the addressee.", "Please send the contract.",
		  "This email and any attachments are confidential and intended solely for the addressee.", FALSE },
		{ "regulatory line opens the disclaimer",
		  "Confirmed working.\n\nSiobhan\nLiffey Life Partners Ltd is regulated by the Central Bank of Ireland. "
		  "Any views expressed do not constitute a commitment to renew any policy.",
		  "Confirmed working.\n\nSiobhan",
		  "Liffey Life Partners Ltd is regulated by the Central Bank of Ireland. "
		  "Any views expressed do not constitute a commitment to renew any policy.", FALSE },
		{ "we are regulated by, in a sentence, stays",
		  "As we are regulated by the Central Bank we need the audit log before the renewal.\n\nThanks,\nSiobhan",
		  "As we are regulated by the Central Bank we need the audit log before the renewal.",
		  "Thanks,\nSiobhan", FALSE },
		{ "de disclaimer", "Bitte Vertrag senden.\n\nDer Inhalt dieser E-Mail ist vertraulich.",
		  "Bitte Vertrag senden.", "Der Inhalt dieser E-Mail ist vertraulich.", FALSE },
		{ "fr disclaimer",
		  "Merci.\nA bientôt.\n\nCe message et toutes les pièces jointes sont confidentiels.",
		  "Merci.\nA bientôt.", "Ce message et toutes les pièces jointes sont confidentiels.", FALSE },
		{ "dash name", "Having the function would be great.\n\n-Abhishek Kona",
		  "Having the function would be great.", "-Abhishek Kona", FALSE },
		{ "sign-off then separator then full block",
		  "Thanks for your help!\n\nBest regards,\nJohn\n\n--\nJohn Doe\nSenior Developer",
		  "Thanks for your help!", "Best regards,\nJohn\n\n--\nJohn Doe\nSenior Developer", FALSE },
		{ "long company slogan after a Name | Title line",
		  "Please reset my password.\n\nThanks,\nKevin\n\nKevin Brown | IT Manager | Example Health\n"
		  "Rated a Top 100 Hospital three years running - 98% of our patients would recommend us.",
		  "Please reset my password.",
		  "Thanks,\nKevin\n\nKevin Brown | IT Manager | Example Health\n"
		  "Rated a Top 100 Hospital three years running - 98% of our patients would recommend us.", FALSE },
		{ "de Werbezeile after a Gruß block",
		  "Anbei das Protokoll.\n\nFreundliche Grüße\nKatrin Vogel\nKey Account Managerin DACH\n"
		  "Neu: Insights Enterprise - bis 30.09. 20 % Rabatt auf zusätzliche Lizenzen für alle Kunden",
		  "Anbei das Protokoll.",
		  "Freundliche Grüße\nKatrin Vogel\nKey Account Managerin DACH\n"
		  "Neu: Insights Enterprise - bis 30.09. 20 % Rabatt auf zusätzliche Lizenzen für alle Kunden", FALSE },
		{ "signature before the quote",
		  "Works now.\n\nRegards,\nBob\n\nOn Mon, 2 Mar 2026 at 09:00, Ann <ann@x.com> wrote:\n> Does it?",
		  "Works now.", "Regards,\nBob", FALSE },
	};
	check_rows(rows, G_N_ELEMENTS(rows));
}

/* The sender's name alone opens the block; a long slogan or warning
 * closes it once a name and a title or phone came before it. */
static void test_signatures_with_sender(void **state)
{
	static const split_row claire[] = {
		{ "marketing slogan after name, title and phone",
		  "Notes attached.\n\nClaire\n\nClaire Martin\nSenior Account Manager, Acme Analytics\n+1 (617) 555-0190\n"
		  "New this quarter: Acme Insights Enterprise - 20% off additional seats until September 30.",
		  "Notes attached.",
		  "Claire\n\nClaire Martin\nSenior Account Manager, Acme Analytics\n+1 (617) 555-0190\n"
		  "New this quarter: Acme Insights Enterprise - 20% off additional seats until September 30.", FALSE },
	};
	static const split_row sanjay[] = {
		{ "fraud warning after the sender's name and title",
		  "New metadata attached.\n\nSanjay Mehta\nIT Director | Quillon Legal LLP\n\nIMPORTANT: Quillon Legal LLP will "
		  "never cancel or change our bank details by\nemail; if you receive such an email, call us.",
		  "New metadata attached.",
		  "Sanjay Mehta\nIT Director | Quillon Legal LLP\n\nIMPORTANT: Quillon Legal LLP will "
		  "never cancel or change our bank details by\nemail; if you receive such an email, call us.", FALSE },
	};
	check_rows_from(claire, G_N_ELEMENTS(claire), "Claire Martin");
	check_rows_from(sanjay, G_N_ELEMENTS(sanjay), "Sanjay Mehta");
}

static void test_must_not_cut(void **state)
{
	static const split_row rows[] = {
		{ "thanks starting a sentence", "Thanks, that works for us. We want 20 more seats.",
		  "Thanks, that works for us. We want 20 more seats.", NULL, FALSE },
		{ "thanks line then real text",
		  "Thanks,\nthat works for us. We want 20 more seats, and we will roll it out to the whole finance "
		  "team next quarter once the budget is approved by our CFO and the board.\n\nBest,\nAnn",
		  "Thanks,\nthat works for us. We want 20 more seats, and we will roll it out to the whole finance "
		  "team next quarter once the budget is approved by our CFO and the board.",
		  "Best,\nAnn", FALSE },
		{ "P.S. after the sign-off stays", "See you.\n\nBest,\nAnn\n\nP.S. Our CEO loves it.",
		  "See you.\n\nBest,\nAnn\n\nP.S. Our CEO loves it.", NULL, FALSE },
		{ "only a thank-you is new text", "Thank you very much.\n\nFrom: x <x@y.com>\nSent: Monday 9:00\n"
		  "To: a@b.com\nSubject: hi\n\nold", "Thank you very much.", NULL, FALSE },
		{ "regards in a sentence", "I wanted to discuss the issue with regards to payment.\n\nAs regards "
		  "the timeline, Friday.", "I wanted to discuss the issue with regards to payment.\n\nAs regards "
		  "the timeline, Friday.", NULL, FALSE },
		{ "on at line start", "On the surface it looks fine.\nOn Monday we sign.",
		  "On the surface it looks fine.\nOn Monday we sign.", NULL, FALSE },
		{ "someone wrote in a sentence", "As Anna wrote:\nthe renewal is at risk.",
		  "As Anna wrote:\nthe renewal is at risk.", NULL, FALSE },
		{ "sent from in a sentence", "This was sent from my iPhone app to all users.",
		  "This was sent from my iPhone app to all users.", NULL, FALSE },
		{ "sent from my desk", "Here it is.\n\nSent from my desk, much easier than my phone.",
		  "Here it is.\n\nSent from my desk, much easier than my phone.", NULL, FALSE },
		{ "dashes in a sentence", "Here is a fix -- this is not a signature.\n\nkthxbai",
		  "Here is a fix -- this is not a signature.\n\nkthxbai", NULL, FALSE },
		{ "dash bullets", "Points:\n-- first\n-- second", "Points:\n-- first\n-- second", NULL, FALSE },
		{ "table rule", "Service  Date\n-----------\nRegistration Jun 27\nRenewal Jul 1\n\nPlease confirm.",
		  "Service  Date\n-----------\nRegistration Jun 27\nRenewal Jul 1\n\nPlease confirm.", NULL, FALSE },
		{ "from in a sentence", "Data comes From: our database, not From: outside.\nTo: be clear.",
		  "Data comes From: our database, not From: outside.\nTo: be clear.", NULL, FALSE },
		{ "timestamps in the body", "Times:\n2024-01-15 14:30:25\n15.01.2024 14:30\nAll examples.",
		  "Times:\n2024-01-15 14:30:25\n15.01.2024 14:30\nAll examples.", NULL, FALSE },
		{ "long paragraph after a sign-off-looking line",
		  "Cheers!\nWe are thrilled with the results and want to expand the deployment to three more "
		  "regions, starting with EMEA in April, then APAC and LATAM later this year.",
		  "Cheers!\nWe are thrilled with the results and want to expand the deployment to three more "
		  "regions, starting with EMEA in April, then APAC and LATAM later this year.", NULL, FALSE },
		{ "sign-off and name, then a long paragraph with no contact line",
		  "See below.\n\nThanks,\nAnn\nThe CFO approved it\nand we want to roll it out to the whole finance team and "
		  "the two plants in Ohio next quarter.",
		  "See below.\n\nThanks,\nAnn\nThe CFO approved it\nand we want to roll it out to the whole finance team and "
		  "the two plants in Ohio next quarter.", NULL, FALSE },
		{ "title sentence in the block is no contact line",
		  "See below.\n\nThanks,\nAnn\nOur CFO approved it.\nSo we want to roll it out to the whole finance team and "
		  "the two plants in Ohio next quarter, starting in April.",
		  "See below.\n\nThanks,\nAnn\nOur CFO approved it.\nSo we want to roll it out to the whole finance team and "
		  "the two plants in Ohio next quarter, starting in April.", NULL, FALSE },
		{ "empty", "", "", NULL, FALSE },
		{ "crlf lines", "Yes.\r\n\r\n> q\r\n", "Yes.", NULL, FALSE },
	};
	check_rows(rows, G_N_ELEMENTS(rows));
}

static void test_signature_fields(void **state)
{
	static const struct { const char *name; const char *text; const char *from;
	                      const char *sig_name, *title, *phone; } rows[] = {
		{ "name title phone", "Ok.\n\nBest regards,\nMaria Gonzalez\nVP of Finance\nTel: +1 (555) 010-0199",
		  NULL, "Maria Gonzalez", "VP of Finance", "+1 (555) 010-0199" },
		{ "title with company", "Ok.\n\nThanks,\nTom Baker\nHead of Operations | Acme Logistics\n"
		  "Mobile: 0171 555 0123", NULL, "Tom Baker", "Head of Operations | Acme Logistics", "0171 555 0123" },
		{ "name | title", "Ok.\n\n-- \n*Joe Smith | Director, Product Management*", NULL,
		  "Joe Smith", "Director, Product Management", NULL },
		{ "fr", "Ok.\n\nCordialement,\nJean Dupont\nDirecteur commercial\n01 23 45 67 89", NULL,
		  "Jean Dupont", "Directeur commercial", "01 23 45 67 89" },
		{ "de", "Ok.\n\nMit freundlichen Grüßen\n\nJürgen Weber\nLeiter Einkauf\nTel. +49 89 1234567",
		  NULL, "Jürgen Weber", "Leiter Einkauf", "+49 89 1234567" },
		{ "sender's name preferred", "Ok.\n\n-- \nAcme Logistics GmbH\nKlaus von Berg\nProkurist",
		  "Klaus von Berg", "Klaus von Berg", "Prokurist", NULL },
		{ "emoji phone", "Ok.\n\n—————\nSarah Johnson\nProduct Manager\n📧 sarah@example.com\n📱 +1 555-0123",
		  NULL, "Sarah Johnson", "Product Manager", "+1 555-0123" },
		{ "only a footer", "Ok.\n\nSent from my iPhone", NULL, NULL, NULL, NULL },
		{ "de department alone", "Ok.\n\nMarkus Weber\nControlling\nKessler Maschinenbau GmbH",
		  "Markus Weber", "Markus Weber", "Controlling", NULL },
		{ "de department with company", "Ok.\n\nMit freundlichen Grüßen\nSabine Gruber\n"
		  "Controlling | Hofer Elektro GmbH | Graz", NULL, "Sabine Gruber", "Controlling | Hofer Elektro GmbH | Graz",
		  NULL },
		{ "de compound title", "Ok.\n\nViele Grüße\nSvenja Brandt\nTeamleiterin Business Intelligence", NULL,
		  "Svenja Brandt", "Teamleiterin Business Intelligence", NULL },
		{ "fr job word", "Ok.\n\nAmélie Bernard\nContrôleuse de gestion", "Amélie Bernard", "Amélie Bernard",
		  "Contrôleuse de gestion", NULL },
		{ "fr department", "Ok.\n\nCordialement,\nLaure Petit\nService des achats\n05 56 00 11 22", NULL,
		  "Laure Petit", "Service des achats", "05 56 00 11 22" },
		{ "en department", "Ok.\n\nThanks,\nMegan Liu\nAccounts Payable\nAcme Foods, Inc.", NULL, "Megan Liu",
		  "Accounts Payable", NULL },
		{ "a company is no department", "Ok.\n\nBest,\nClaire Martin\nNorthwind Analytics", NULL,
		  "Claire Martin", NULL, NULL },
		{ "company with a legal form is no department", "Ok.\n\nBest,\nClaire Martin\nFinance Partners Ltd",
		  NULL, "Claire Martin", NULL, NULL },
		{ "title and phone on one line", "Ok.\n\nBest regards,\nDavid Okafor\n"
		  "Account Manager | Northwind Analytics | +1 617 555 0170", NULL, "David Okafor",
		  "Account Manager | Northwind Analytics", "+1 617 555 0170" },
		{ "name | title when the name came above", "Ok.\n\nThanks,\nKevin\n\nKevin Brown | IT Manager | Example Health",
		  NULL, "Kevin", "IT Manager | Example Health", NULL },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		mp_newtext *nt = mp_newtext_split(rows[i].text, rows[i].from);
		assert_str_row(rows[i].name, nt->sig_name, rows[i].sig_name);
		assert_str_row(rows[i].name, nt->sig_title, rows[i].title);
		assert_str_row(rows[i].name, nt->sig_phone, rows[i].phone);
		mp_newtext_free(nt);
	}
}

static void test_html(void **state)
{
	static const struct { const char *name; const char *html; const char *body; } rows[] = {
		{ "gmail quote",
		  "<div dir=\"ltr\">Yes, 20 more seats.</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">"
		  "On Mon, Mar 2, 2026 at 9:00 AM Ann &lt;ann@acme.com&gt; wrote:<br></div>"
		  "<blockquote class=\"gmail_quote\">How many?</blockquote></div>", "Yes, 20 more seats." },
		{ "gmail quote without blockquote",
		  "<div>Yes.</div><div class=\"gmail_quote gmail_quote_container\">old text</div>", "Yes." },
		{ "apple mail blockquote cite",
		  "<div>Sure.</div><div><br><blockquote type=\"cite\"><div>On 2 Mar 2026, at 09:00, Ann "
		  "&lt;ann@acme.com&gt; wrote:</div><div>How many?</div></blockquote></div>", "Sure." },
		{ "thunderbird moz-cite-prefix",
		  "<p>Agreed.</p><div class=\"moz-cite-prefix\">On 02/03/2026 09:00, Ann wrote:<br></div>"
		  "<blockquote type=\"cite\">old</blockquote>", "Agreed." },
		{ "outlook divRplyFwdMsg and what follows",
		  "<div>Approved for Q3.</div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Ann<br><b>Sent:</b> Monday"
		  "</div><div>old message</div><p>more old</p>", "Approved for Q3." },
		{ "owa x_divRplyFwdMsg",
		  "<div><p>Ok.</p><div id=\"x_divRplyFwdMsg\">Von: Ann</div><div>alt</div></div>", "Ok." },
		{ "yahoo quoted",
		  "<div>Fine.</div><div class=\"yahoo_quoted\"><div>On Monday, Ann wrote:</div><div>old</div></div>",
		  "Fine." },
		{ "plain html is all new", "<p>We want to <b>expand</b>.</p><p>Best,<br>Ann</p>", "We want to expand." },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		char *text = mp_html_to_text(rows[i].html, strlen(rows[i].html));
		mp_newtext *nt = mp_newtext_split(text, NULL);
		assert_str_row(rows[i].name, nt->body, rows[i].body);
		mp_newtext_free(nt);
		g_free(text);
	}
}

static void test_hostile(void **state)
{
	/* Long, pathological text must come back quickly and whole. */
	GString *s = g_string_new(NULL);
	for (int i = 0; i < 20000; i++)
		g_string_append(s, i % 3 ? "On Mon wrote\n" : ">>>>>>>>>>>>>>>>>>>>>>>>\n");
	g_string_append(s, "\xff\xfe invalid bytes\n");
	for (int i = 0; i < 10000; i++)
		g_string_append(s, "From: a\n");
	/* CPU time, not wall time: a bound on the work, which a busy machine
	 * does not stretch (the wall clock failed at 11 s under ASan on a
	 * loaded machine); quadratic work on this text takes minutes */
	struct timespec t0, t1;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	mp_newtext *nt = mp_newtext_split(s->str, "\xff");
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	double seconds = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	assert_non_null(nt->body);
	assert_true(g_utf8_validate(nt->body, -1, NULL));
	if (seconds > 20.0)
		fail_msg("took %.1f s of CPU", seconds);
	mp_newtext_free(nt);
	g_string_free(s, TRUE);
	nt = mp_newtext_split(NULL, NULL);
	assert_string_equal(nt->body, "");
	mp_newtext_free(nt);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_forwards),
		cmocka_unit_test(test_signatures),
		cmocka_unit_test(test_signatures_with_sender),
		cmocka_unit_test(test_must_not_cut),
		cmocka_unit_test(test_signature_fields),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_hostile),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
