/*
 * newtext_patterns.c - the patterns and line tests of the newtext_*.c files.
 *
 * SUMMARY
 *	The word lists of attributions, history markers, header blocks,
 *	sign-offs, disclaimers, titles and departments in a dozen languages,
 *	compiled once per process into one read-only nt_patterns
 *	(nt_patterns_get(), thread-safe through GOnce); and the small line
 *	tests both passes use: nt_match(), nt_is_blank(), nt_is_quote_line(),
 *	nt_is_separator().  newtext.c, newtext_quote.c and
 *	newtext_signature.c call these; they call nothing back.
 *
 * DIAGNOSTICS
 *	A pattern that does not compile is a programming error (they are
 *	constants of this file): the process aborts naming the pattern.
 */
#include "newtext_internal.h"

/* Reply verbs of attribution lines, by language. */
#define VERBS "wrote|writes|a écrit|a ecrit|schrieb|escribió|escribio|schreef|escreveu|" \
	"ha scritto|scrisse|napisał\\(a\\)|napisał|napisala|napisal|skrev|kirjoitti|" \
	"написал|написала|írta|yazdı|έγραψε"
#define OPENERS "On|Le|Am|El|Op|Em|Il|W dniu|Dnia|Den|Dne|Pe|Kun|На"
#define ORIGINAL "Original Message|Ursprüngliche Nachricht|Originalnachricht|" \
	"Message d'origine|Message original|Mensaje original|Messaggio originale|" \
	"Oorspronkelijk bericht|Origineel bericht|Mensagem original|Oprindelig besked|" \
	"Oprindelig meddelelse|Opprinnelig melding|Ursprungligt meddelande|" \
	"Alkuperäinen viesti|Исходное сообщение|Wiadomość oryginalna|Původní zpráva"
#define FORWARD "Forwarded message|Forwarded Message|Begin forwarded message|" \
	"Message transféré|Message transmis|Début du message réexpédié|" \
	"Weitergeleitete Nachricht|Anfang der weitergeleiteten Nachricht|" \
	"Mensaje reenviado|Inicio del mensaje reenviado|Messaggio inoltrato|" \
	"Inizio messaggio inoltrato|Doorgestuurd bericht|Begin doorgestuurd bericht|" \
	"Mensagem encaminhada|Início da mensagem reencaminhada|Videresendt meddelelse|" \
	"Videresendt melding|Vidarebefordrat meddelande|Välitetty viesti"
/* Lotus Notes writes its forward marker as a dashed line naming who
 * forwarded and when ("----- Forwarded by Jane Roe/HOU/ECT on 05/14/2001
 * 03:22 PM -----"), in the language of the client. */
#define NOTES_FORWARD "Forwarded by|Transféré par|Transmis par|Weitergeleitet von|" \
	"Reenviado por|Doorgestuurd door|Inoltrato da|Encaminhado por"
/* Header block fields; the kind of each is decided in newtext_quote.c. */
#define FIELDS "From|Von|De|Da|Van|Fra|Från|Od|Lähettäjä|Feladó|От|" \
	"Sent|Gesendet|Envoyé|Envoyé le|Enviado|Enviado el|Enviada em|Inviato|" \
	"Verzonden|Sendt|Skickat|Lähetetty|Отправлено|Date|Datum|Dato|Data|Fecha|Message du|" \
	"To|An|À|A|Para|Aan|Til|Till|Do|Vastaanottaja|Кому|" \
	"Cc|Kopie|Copie à|CC|" \
	"Subject|Betreff|Objet|Asunto|Oggetto|Onderwerp|Assunto|Emne|Ämne|Temat|Aihe|" \
	"Sujet|Тема|发件人|发送时间|日期|收件人|抄送|主题"
#define SIGNOFFS "best|best regards|best wishes|kind regards|kindest regards|" \
	"warm regards|warmest regards|warmly|regards|many regards|with regards|" \
	"thanks|thanks again|thanks so much|thanks a lot|many thanks|thank you|" \
	"thank you very much|thx|cheers|sincerely|yours sincerely|sincerely yours|" \
	"yours truly|yours|all the best|talk soon|take care|br|rgds|" \
	"cordialement|bien cordialement|très cordialement|bien à vous|bien a vous|" \
	"merci|merci beaucoup|merci d'avance|bonne journée|bonne soirée|salutations|" \
	"sincères salutations|meilleures salutations|amicalement|bien amicalement|" \
	"mit freundlichen grüßen|mit freundlichen grüssen|mfg|freundliche grüße|" \
	"freundliche grüsse|viele grüße|viele grüsse|beste grüße|beste grüsse|" \
	"liebe grüße|herzliche grüße|schöne grüße|grüße|gruß|danke|vielen dank|" \
	"saludos|saludos cordiales|un saludo|atentamente|gracias|muchas gracias|" \
	"met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|" \
	"vriendelijke groeten|groeten|groet|bedankt|hartelijke groet|" \
	"atenciosamente|obrigado|obrigada|abraços|cumprimentos|" \
	"cordiali saluti|distinti saluti|saluti|un saluto|grazie|grazie mille|" \
	"med venlig hilsen|venlig hilsen|mvh|med vennlig hilsen|vennlig hilsen|" \
	"med vänliga hälsningar|vänliga hälsningar|ystävällisin terveisin|terveisin"
#define DISCLAIMERS "this (e-?mail|message|communication)( and any (attachments?|files)| " \
	"\\(including any attachments\\))? (is|are|may be|contains?)|" \
	"confidentiality notice|disclaimer\\s*:|the information (contained )?in this " \
	"(e-?mail|message)|if you are not the intended recipient|" \
	"der inhalt dieser e-?mail ist vertraulich|diese e-?mail enthält vertrauliche|" \
	"diese nachricht ist vertraulich|ce (message|courriel|mail) et toutes les pièces jointes|" \
	"ce (message|courriel|mail) (est|et ses pièces jointes sont) confidentiel|" \
	"este (mensaje|correo)( electrónico)? (y sus anexos )?(es|contiene|puede contener) " \
	"(confidencial|información)|questo messaggio( e i suoi allegati)? (è|contiene|può contenere)|" \
	"dit e-?mail(bericht)? (is|kan) (vertrouwelijk|uitsluitend)|" \
	"esta mensagem( e seus anexos)? (é|pode conter|contém)|" \
	/* a firm's regulatory line opens many a finance or insurance footer: \
	 * its legal form first, so that "we are regulated by" in a sentence \
	 * is no footer */ \
	"[^.]{1,60}\\b(ltd|limited|plc|llp|gmbh|ag|s\\.?a\\.?|s\\.?l\\.?|b\\.?v\\.?|n\\.?v\\.?|sas|sarl|inc)\\.?,? " \
	"(is |are )?((authori[sz]ed|licensed) and )?(regulated|supervised) by|" \
	"[^.]{1,60}\\b(gmbh|ag|sa|sas|sarl|s\\.?l\\.?|b\\.?v\\.?|n\\.?v\\.?) " \
	"(est (agréée? et )?(réglementée?|contrôlée?) par|unterliegt der aufsicht|wird von der [^.]{1,40} beaufsichtigt|" \
	"(está|es) (autorizada y )?(regulada|supervisada) por|staat onder toezicht van)"
#define TITLES "VP|SVP|EVP|AVP|Vice President|President|Head of|Director|Directeur|" \
	"Directrice|Director[a]?|Direttore|Diretor|Manager|Managerin|Leiter|Leiterin|" \
	"Geschäftsführer|Geschäftsführerin|Vorstand|Prokurist|Referent|Referentin|" \
	"Sachbearbeiter|CEO|CTO|CFO|COO|CIO|CMO|CRO|CISO|Chief|Founder|Co-founder|" \
	"Partner|Owner|Engineer|Ingénieur|Ingenieur|Developer|Consultant|Berater|" \
	"Officer|Lead|Responsable|Gérant|Chargé|Chargée|Analyst|Specialist|" \
	"Spezialist|Coordinator|Coordinateur|Administrator|Architect|Account Executive|" \
	"Account Manager|Executive|Buyer|Einkäufer|Einkauf|Procurement|Purchasing|" \
	"Jefe|Gerente|Responsabile|Hoofd|Commercial|commercial|Comercial|Secretary|" \
	"Assistant|Assistante|Treasurer|Controller|Accountant|Comptable|Attorney|Counsel|" \
	"Recruiter|Représentant|Representative|Associate|Principal|Supervisor|Team Lead|" \
	"Controllerin|Contrôleur|Contrôleuse|Analyste|Acheteur|Acheteuse|Juriste|Chef|Cheffe|" \
	"Gestionnaire|Conseiller|Conseillère|Adjoint|Adjointe|Attaché|Attachée|Délégué|Déléguée|" \
	"Technicien|Technicienne|Ingénieure|Administrateur|Administratrice|Consultante|" \
	"Leitung|Prokuristin|Sachbearbeiterin|Assistent|Assistentin|Beraterin|Ingenieurin|" \
	"Einkäuferin|Buchhalter|Buchhalterin|Disponent|Disponentin|Kaufmann|Kauffrau|" \
	"Clerk|Planner|Technician|Scientist|Professor|Dean|Provost|Registrar|Superintendent"
/* German job titles are compounds: Vertriebsleiterin, IT-Referent ... */
#define TITLE_SUFFIXES "leiter|leiterin|leitung|referent|referentin|beauftragter|beauftragte|" \
	"berater|beraterin|ingenieur|ingenieurin|kaufmann|kauffrau|sachbearbeiter|sachbearbeiterin|" \
	"assistent|assistentin|controller|controllerin|manager|managerin|spezialist|spezialistin|" \
	"koordinator|koordinatorin|entwickler|entwicklerin|einkäufer|einkäuferin|disponent|disponentin"
/* Departments and functions: a signature line that is only one of these
 * ("Controlling", "Contrôle de gestion", "IT Services") says what its
 * author does.  Anchored at the line start, optionally after "Department
 * of", "Service", "Abteilung" ...: company names end in such words
 * ("Northwind Analytics"), department lines start with them. */
#define DEPARTMENT_HEADS "Department|Dept\\.?|Division|Team|Office of|Abteilung|Bereich|" \
	"Service|Direction|Département|Pôle"
#define DEPARTMENTS "Finance|Accounting|Accounts Payable|Accounts Receivable|Controlling|Treasury|" \
	"Purchasing|Procurement|Billing|Collections|Sales|Marketing|Operations|Logistics|Supply Chain|IT|" \
	"Information Technology|Information Systems|Engineering|Legal|Compliance|HR|Human Resources|" \
	"Customer Success|Customer Service|Customer Support|Support|Business Intelligence|BI|" \
	"Analytics|Data|Reporting|Research|R&D|Facilities|Administration|Quality|Risk|Audit|" \
	"Strategy|Communications|Infrastructure|Security|Revenue Cycle|Clinical Systems|" \
	"Finanzen|Finanzbuchhaltung|Buchhaltung|Rechnungswesen|Einkauf|Vertrieb|Logistik|EDV|" \
	"Informatik|Personal|Personalwesen|Personalabteilung|Recht|Rechtsabteilung|" \
	"Qualitätsmanagement|Geschäftsleitung|Geschäftsführung|Verwaltung|Kundenservice|" \
	"Kundendienst|Innendienst|Außendienst|Disposition|Datenschutz|" \
	"Comptabilité|Contrôle de gestion|Achats|des achats|Ventes|Logistique|Informatique|" \
	"Ressources humaines|RH|DRH|DAF|DSI|Juridique|Trésorerie|Qualité|Finances|" \
	"financière|commerciale|informatique|juridique|client|clientèle|Relation client|" \
	"des systèmes d'information|des ressources humaines|des finances"
/* Legal forms: a line with one names the company, not a department. */
#define COMPANY_FORMS "GmbH|AG|KG|SE|Ltd|Limited|LLC|LLP|Inc|Corp|PLC|plc|SA|SAS|SARL|S\\.A\\.|" \
	"BV|NV|AB|AS|ASA|Oy|KK|Co\\.|& Co|e\\.V\\.|University|Université|Universität|Council"

/* compile - one pattern, caseless unless told otherwise; aborts on a
 * pattern error since the patterns are constants of this file */
static GRegex *compile(const char *pattern, GRegexCompileFlags extra)
{
	GError *error = NULL;
	GRegex *re = g_regex_new(pattern, G_REGEX_OPTIMIZE | extra, 0, &error);
	if (re == NULL)
		g_error("newtext: bad pattern %s: %s", pattern, error->message);
	return re;
}

/* build_patterns - compile every pattern (GOnce callback) */
static gpointer build_patterns(gpointer unused)
{
	const GRegexCompileFlags ci = G_REGEX_CASELESS;
	nt_patterns *p = g_new0(nt_patterns, 1);
	p->attribution_verb = compile("(?<!\\w)(" VERBS ")(?!\\w)", ci);
	p->attribution_opener = compile("^\\s*(" OPENERS ")\\s", 0);
	p->date_or_time = compile("\\d{1,2}:\\d\\d|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|"
		"\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}", 0);
	p->original_message = compile("^\\s*[-_=*]{2,}\\s*(" ORIGINAL ")\\s*[-_=*]{2,}\\s*$", ci);
	p->forward_marker = compile("^\\s*[-_=*]*\\s*(" FORWARD ")\\s*:?\\s*[-_=*]*\\s*$"
		"|^\\s*-{3,}\\s*(" NOTES_FORWARD ")\\s+\\S", ci);
	p->header_field = compile("^\\s*[*_]*\\s*(" FIELDS ")\\s*[*_]*\\s*[:：]", 0);
	p->forward_subject = compile("^\\s*[*_]*\\s*\\w+\\s*[*_]*\\s*:\\s*[*_]*\\s*(FW|FWD|WG|TR|RV|I|Fwd|Fw|Doorst)\\s*:", ci);
	p->mobile_footer = compile("^\\s*(Sent from (my|a|an|the)?\\s*[\\w][\\w\\s.'-]{0,40}|"
		"Sent from \\w+\\s*<[^>]*>|Sent (with|via|using) [\\w\\s.'-]{1,40}|"
		"Get Outlook for (iOS|Android)|Envoyé de (mon|ma) [\\w\\s-]{1,40}|"
		"Envoyé (à partir de|depuis) [\\w\\s-]{1,40}|Von meinem [\\w\\s-]{1,40} gesendet|"
		"Gesendet von (meinem )?[\\w\\s-]{1,40}|Enviado desde mi [\\w\\s-]{1,40}|"
		"Enviado do meu [\\w\\s-]{1,40}|Inviato da [\\w\\s-]{1,40}|"
		"Verzonden (vanaf|met) (mijn )?[\\w\\s-]{1,40}|Sendt fra min [\\w\\s-]{1,40}|"
		"Skickat från min [\\w\\s-]{1,40})\\s*(<[^>\\s]*>)?\\s*$", ci);
	p->signoff = compile("^\\s*[*_]*(" SIGNOFFS ")[*_]*\\s*[,.!:;—–-]*\\s*[^\\w\\s]{0,4}\\s*$", ci);
	p->dash_name = compile("^\\s*[-–—~]\\s?\\p{Lu}[\\p{L}.'-]*( \\p{Lu}[\\p{L}.'-]*){0,3}\\s*$", 0);
	p->disclaimer = compile("^\\W*(" DISCLAIMERS ")", ci);
	p->phone = compile("(\\+|\\(\\+?)?\\d[\\d ().\\-/]{5,}\\d", 0);
	p->title_word = compile("(?<!\\w)(" TITLES ")(?!\\w)|\\p{Lu}[\\p{L}-]*(" TITLE_SUFFIXES ")(?!\\w)", 0);
	p->department_word = compile("^\\s*((" DEPARTMENT_HEADS ")\\s+(of\\s+|des\\s+|du\\s+|de\\s+la\\s+|de\\s+l'|de\\s+)?)?"
		"(" DEPARTMENTS ")(?!\\w)", 0);
	p->company_form = compile("(?<!\\w)(" COMPANY_FORMS ")(?!\\w)", 0);
	p->linking_word = compile("^(of|and|for|the|&|für|und|et|des|pour|en|am|im)$", 0);
	p->field_separator = compile("\\s*(?:\\||·|•| – | - )\\s*", 0);
	return p;
}

/* nt_patterns_get - the shared compiled patterns (once per process) */
const nt_patterns *nt_patterns_get(void)
{
	static GOnce once = G_ONCE_INIT;
	return g_once(&once, build_patterns, NULL);
}

/* nt_match - does re match anywhere in s */
gboolean nt_match(const GRegex *re, const char *s)
{
	return g_regex_match(re, s, 0, NULL);
}

/* nt_is_blank - only white space */
gboolean nt_is_blank(const char *line)
{
	/* Unicode spaces too: HTML mail is full of &nbsp; lines. */
	for (const char *p = line; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (!g_unichar_isspace(c) && c != 0x200B && c != 0x200E && c != 0xFEFF)
			return FALSE;
	}
	return TRUE;
}

/* nt_is_quote_line - a line of quoted text ("> ...") */
gboolean nt_is_quote_line(const char *line)
{
	/* A few leading spaces: some clients indent the whole quote. */
	int spaces = 0;
	while (line[spaces] == ' ' && spaces < 4)
		spaces++;
	return line[spaces] == '>';
}

/* nt_is_separator - only -, _, =, * or dashes, two or more */
gboolean nt_is_separator(const char *line)
{
	int n = 0;
	for (const char *p = line; *p; ) {
		gunichar c = g_utf8_get_char(p);
		if (c == '-' || c == '_' || c == '=' || c == '*' || c == 0x2014 || c == 0x2013)
			n++;
		else if (!g_unichar_isspace(c))
			return FALSE;
		p = g_utf8_next_char(p);
	}
	return n >= 2;
}

