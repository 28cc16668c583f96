#!/usr/bin/env python3
"""dev-6 scenario set: Andamio Obra Digital. Deterministic generator + validator.
Run: python3 generate.py  (writes files next to itself, exits non-zero on validation failure)."""
import os, sys, re, random, mailbox, email, csv, io, statistics
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from email import policy
from datetime import datetime, timedelta, timezone, date
import yaml
from zoneinfo import ZoneInfo

random.seed(6)
OUT = os.path.dirname(os.path.abspath(__file__))
AS_OF = date(2026, 11, 25)
START = date(2026, 7, 15)
W1 = (date(2026, 7, 15), date(2026, 9, 12))   # first_60_days
W2 = (date(2026, 10, 27), date(2026, 11, 25))  # last_30_days
VENDOR = ("andamio.es", "andamio-obra.com")

P = {}   # email -> dict(name, tz, title, lang)
def person(addr, name, tz, title="", lang="es"):
    P[addr] = dict(name=name, tz=tz, title=title, lang=lang)

# ---------------- vendor staff ----------------
person("lucia.ferrer@andamio.es", "Lucía Ferrer", "Europe/Madrid", "Account Manager", "es")
person("rodrigo.salinas@andamio.es", "Rodrigo Salinas", "America/Mexico_City", "Account Manager LatAm", "es")
person("megan.doyle@andamio-obra.com", "Megan Doyle", "America/Chicago", "Account Manager, North America", "en")
person("joost.vandijk@andamio-obra.com", "Joost van Dijk", "Europe/Amsterdam", "Sales & Account Manager Benelux", "nl")
person("carmen.ibanez@andamio.es", "Carmen Ibáñez", "Europe/Madrid", "Product Manager", "es")
person("diego.montoya@andamio.es", "Diego Montoya", "America/Mexico_City", "Ingeniero de soporte", "es")
person("soporte@andamio.es", "Soporte Andamio", "Europe/Madrid", "", "es")
person("support@andamio-obra.com", "Andamio Support", "Europe/Madrid", "", "en")
person("sales@andamio-obra.com", "Andamio Sales", "Europe/Madrid", "", "en")
person("facturacion@andamio.es", "Facturación Andamio", "Europe/Madrid", "", "es")
person("eventos@andamio.es", "Eventos Andamio", "Europe/Madrid", "", "es")
person("alvaro.pena@andamio.es", "Álvaro Peña", "Europe/Madrid", "Director de Customer Success", "es")
person("tom.becker@andamio-obra.com", "Tom Becker", "America/Chicago", "Support Engineer", "en")

ACCOUNTS = []
MSGS = {}      # key -> msg dict
ORDER = []

def acct(**kw):
    kw.setdefault("contacts_status", {})
    kw["msgs"] = []
    kw["alerts"] = []
    ACCOUNTS.append(kw)
    return kw

CUR = None
def use(a):
    global CUR
    CUR = a

def M(key, when, frm, to, subj, body, cc=(), re_=None, q=None, noirt=False, sig=(), neg=None,
      auto=False, bulk=False, extra_headers=None, fyi=False):
    """when: local time 'YYYY-MM-DD HH:MM' in sender's tz. q: quote style 'ol' / 'gm' / None."""
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(P[frm]["tz"]))
    dom = frm.split("@")[1]
    mid = "<%s.%s@%s>" % (key, dt.astimezone(timezone.utc).strftime("%Y%m%d%H%M"), dom)
    if isinstance(to, str): to = [to]
    if isinstance(cc, str): cc = [cc]
    m = dict(key=key, dt=dt, frm=frm, to=list(to), cc=list(cc), subj=subj, body=body.strip("\n") + "\n",
             re_=re_, q=q, noirt=noirt, sig=list(sig), neg=neg, auto=auto, bulk=bulk, mid=mid,
             acct=CUR["name"], extra=extra_headers or {}, noanswer_expected=fyi)
    assert key not in MSGS, key
    MSGS[key] = m
    CUR["msgs"].append(m)
    return m

def ALERT(type_, severity, date_, evidence, note):
    CUR["alerts"].append(dict(type=type_, severity=severity, date=date_, evidence=evidence, note=note))

DAYS_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MON_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DAYS_NL = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MON_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

def is_vendor(addr):
    return addr.split("@")[1] in VENDOR

def quote_block(m, parent):
    lang = P[m["frm"]]["lang"]
    pd = parent["dt"]
    pn = P[parent["frm"]]["name"]
    if m["q"] == "notes":
        hdr = ["", "", "De:\t%s <%s>" % (pn, parent["frm"]), "Para:\t%s" % ", ".join(parent["to"]),
               "Fecha:\t%s" % pd.strftime("%d/%m/%Y %H:%M"), "Asunto:\t%s" % parent["subj"], ""]
        return "\n".join(hdr) + "\n" + parent["body"]
    if m["q"] == "ol" or m["noirt"]:
        if lang == "es":
            hdr = ["-----Mensaje original-----", "De: %s <%s>" % (pn, parent["frm"]),
                   "Enviado el: %s" % pd.strftime("%d/%m/%Y %H:%M"),
                   "Para: %s" % "; ".join(parent["to"]), "Asunto: %s" % parent["subj"]]
        elif lang == "nl":
            hdr = ["-----Oorspronkelijk bericht-----", "Van: %s <%s>" % (pn, parent["frm"]),
                   "Verzonden: %s" % pd.strftime("%d-%m-%Y %H:%M"),
                   "Aan: %s" % "; ".join(parent["to"]), "Onderwerp: %s" % parent["subj"]]
        else:
            hdr = ["-----Original Message-----", "From: %s <%s>" % (pn, parent["frm"]),
                   "Sent: %s" % pd.strftime("%m/%d/%Y %I:%M %p"),
                   "To: %s" % "; ".join(parent["to"]), "Subject: %s" % parent["subj"]]
        return "\n\n" + "\n".join(hdr) + "\n\n" + parent["body"]
    if lang == "es":
        att = "El %s, %d %s %d a las %s, %s <%s> escribió:" % (DAYS_ES[pd.weekday()], pd.day, MON_ES[pd.month-1], pd.year, pd.strftime("%H:%M"), pn, parent["frm"])
    elif lang == "nl":
        att = "Op %s %d %s %d om %s schreef %s <%s>:" % (DAYS_NL[pd.weekday()], pd.day, MON_NL[pd.month-1], pd.year, pd.strftime("%H:%M"), pn, parent["frm"])
    else:
        att = "On %s, %s <%s> wrote:" % (pd.strftime("%a, %b %d, %Y at %I:%M %p"), pn, parent["frm"])
    ql = "\n".join(("> " + l) if l else ">" for l in parent["body"].rstrip("\n").split("\n"))
    return "\n\n" + att + "\n" + ql + "\n"

def root_subj(s):
    return re.sub(r"^((re|rv|fw|fwd|aw|antw|sv)\s*:\s*)+", "", s, flags=re.I)

def build(m):
    parent = MSGS.get(m["re_"]) if m["re_"] else None
    em = EmailMessage()
    em["From"] = formataddr((P[m["frm"]]["name"], m["frm"]))
    em["To"] = ", ".join(formataddr((P[a]["name"], a)) if a in P else a for a in m["to"])
    if m["cc"]:
        em["Cc"] = ", ".join(formataddr((P[a]["name"], a)) if a in P else a for a in m["cc"])
    subj = m["subj"]
    if subj is None:
        lang = P[m["frm"]]["lang"]
        pre = {"es": "RE: ", "nl": "Re: ", "en": "RE: "}[lang]
        subj = pre + root_subj(parent["subj"])
        m["subj"] = subj
    em["Subject"] = subj
    em["Date"] = format_datetime(m["dt"])
    em["Message-ID"] = m["mid"]
    if parent and not m["noirt"]:
        em["In-Reply-To"] = parent["mid"]
        refs = []
        p = parent
        while p:
            refs.insert(0, p["mid"])
            p = MSGS.get(p["re_"]) if p["re_"] and not p["noirt"] else None
        em["References"] = " ".join(refs)
    if m["frm"] in MAILER:
        em["X-Mailer"] = MAILER[m["frm"]]
    for k, v in m["extra"].items():
        em[k] = v
    if m["auto"]:
        em["Auto-Submitted"] = "auto-replied"
    if m["bulk"]:
        em["Precedence"] = "bulk"
    text = m["body"]
    if parent and (m["q"] or m["noirt"]):
        text = text + quote_block(m, parent)
    m["full"] = text
    em.set_content(text, charset="utf-8", cte="quoted-printable")
    return em

MAILER = {
    "rmontero@amvs-sevilla.es": "Lotus Notes Release 9.0.1FP10 SHF68 November 14, 2019",
    "hector.villasenor@torresreforma.mx": "Microsoft Office Outlook 12.0",
    "mariana.quiroz@torresreforma.mx": "Microsoft Outlook 16.0",
    "vicente.llorens@turia-ic.es": "iPhone Mail (21G93)",
    "camilo.restrepo@vias-andinas.com.co": "iPhone Mail (21G93)",
    "koen.peeters@prefabschelde.be": "Mozilla Thunderbird 115.14.0",
    "gustavo.ferraro@andamiosdelplata.com.ar": "Mozilla Thunderbird 128.2.0",
    "dale@lonestarroofing.com": "Microsoft Outlook 16.0",
}

def mboxrd_escape(s):
    return "\n".join((">" + l) if re.match(r"^>*From ", l) else l for l in s.split("\n"))

# =====================================================================================
# 1. Valencia civil engineering - healthy: expansion (new site, more inspectors), advocacy
# =====================================================================================
use(acct(name="Ingeniería Civil Turia", file="turia.mbox", domains=["turia-ic.es"], owner="lucia.ferrer@andamio.es",
         arr=96000, segment="mid", renewal="2027-03-31", scenario="healthy_expansion_advocacy",
         contacts_status={}))
person("amparo.soler@turia-ic.es", "Amparo Soler", "Europe/Madrid", "Directora de Producción")
person("vicente.llorens@turia-ic.es", "Vicente Llorens", "Europe/Madrid", "Jefe de Obra")
person("javier.murcia@turia-ma.es", "Javier Murcia", "Europe/Madrid", "Director Técnico, Turia Medioambiente")
person("n.casals@talentobra.es", "Núria Casals", "Europe/Madrid", "Headhunter")
M("v01", "2026-07-16 09:05", "lucia.ferrer@andamio.es", ["amparo.soler@turia-ic.es"], "Revisión trimestral julio", """
Hola Amparo:

¿Te viene bien que hagamos la revisión trimestral la semana que viene? Me gustaría repasar el uso del diario de obra en la variante de Sueca y ver qué planes tenéis para después del verano.

Un abrazo,
Lucía Ferrer
Andamio Obra Digital""", cc=["vicente.llorens@turia-ic.es"])
M("v02", "2026-07-16 11:40", "amparo.soler@turia-ic.es", ["lucia.ferrer@andamio.es"], None, """
Hola Lucía,

Sí, el martes 21 por la mañana nos va bien. Te adelanto que en septiembre vamos a abrir una obra nueva en el puerto de Castellón y querríamos tener allí el mismo sistema desde el primer día.

Amparo""", re_="v01", q="ol", cc=["vicente.llorens@turia-ic.es"], sig=[("expansion", "vamos a abrir una obra nueva en el puerto de Castellón")])
M("v03", "2026-07-16 12:02", "lucia.ferrer@andamio.es", ["amparo.soler@turia-ic.es", "vicente.llorens@turia-ic.es"], "Invitación: Revisión trimestral Turia / Andamio @ mar 21 jul 2026 10:00 - 11:00 (CEST)", """
Lucía Ferrer te ha invitado a un evento.

Revisión trimestral Turia / Andamio
Cuándo: martes, 21 de julio de 2026 10:00 – 11:00 (CEST)
Dónde: Teams (enlace en la invitación)
Invitados: amparo.soler@turia-ic.es, vicente.llorens@turia-ic.es

¿Asistirás? Sí - Quizás - No""", neg="calendar invitation sent by the vendor")
M("v04", "2026-07-16 12:30", "amparo.soler@turia-ic.es", ["lucia.ferrer@andamio.es"], "Aceptado: Revisión trimestral Turia / Andamio @ mar 21 jul 2026 10:00 - 11:00 (CEST)", """
Amparo Soler ha aceptado esta invitación.""", re_="v03", neg="calendar acceptance, automatic text", auto=True)
M("v05", "2026-07-21 13:15", "lucia.ferrer@andamio.es", ["amparo.soler@turia-ic.es"], "Resumen revisión trimestral", """
Amparo, gracias por la reunión de esta mañana. Resumen:

1. Obra del puerto de Castellón: os envío la propuesta para la obra de Castellón antes del 31 de julio, con las licencias de jefe de obra y las de inspección.
2. Informe de uso por obra: me comprometo a mandaros el informe de uso por obra a finales de septiembre, cuando tengamos datos del verano.
3. Vicente pidió que el parte diario funcione sin conexión; lo traslado a producto.

Lucía""", cc=["vicente.llorens@turia-ic.es"], re_="v02",
  sig=[("commitment", "os envío la propuesta para la obra de Castellón antes del 31 de julio", "2026-07-31"),
       ("commitment", "me comprometo a mandaros el informe de uso por obra a finales de septiembre", "2026-09-30")])
M("v06", "2026-07-29 17:48", "lucia.ferrer@andamio.es", ["amparo.soler@turia-ic.es"], "Propuesta obra Puerto de Castellón", """
Amparo, te adjunto la propuesta para Castellón: 4 licencias de jefe de obra, 6 de inspección de seguridad y el módulo de subcontratas. Precio según la tarifa de vuestro contrato marco, sin cambios.

Cualquier cosa me dices.
Lucía""")
M("v07", "2026-07-30 08:20", "amparo.soler@turia-ic.es", ["lucia.ferrer@andamio.es"], None, """
Perfecto, la paso a compras. Pásame también precio para cinco inspectores de seguridad más, que la coordinadora de seguridad quiere reforzar Sueca en otoño.

A.""", re_="v06", q="ol", sig=[("expansion", "precio para cinco inspectores de seguridad más")])
M("v08", "2026-07-30 10:05", "lucia.ferrer@andamio.es", ["amparo.soler@turia-ic.es"], None, """
Hecho, te lo añado en una línea aparte hoy mismo. Gracias, Amparo.""", re_="v07", q="gm")
M("v09", "2026-08-04 07:52", "vicente.llorens@turia-ic.es", ["soporte@andamio.es"], "parte diario no sube", """
buenas, el parte de hoy no sube desde la tablet, estamos en el tajo sin cobertura y llueve a mares. sale el icono rojo. como lo recupero?

Vicente
Enviado desde mi iPhone""")
M("v10", "2026-08-04 07:53", "soporte@andamio.es", ["vicente.llorens@turia-ic.es"], "[Ticket #48213] parte diario no sube", """
Hemos recibido tu solicitud. Número de ticket: 48213.
Un técnico te responderá lo antes posible. Horario de soporte: L-V 8:00-19:00 (CET).

Este es un mensaje automático, por favor no respondas a este correo.""", re_="v09", neg="ticketing system acknowledgement", auto=True)
M("v11", "2026-08-04 08:31", "soporte@andamio.es", ["vicente.llorens@turia-ic.es"], "[Ticket #48213] parte diario no sube", """
Hola Vicente,

El parte se queda guardado en la tablet aunque no haya cobertura. En cuanto tengas datos, abre la app y pulsa "Sincronizar pendientes" (menú de los tres puntos). No borres la app, que se perderían las fotos.

Un saludo,
Marta - Soporte Andamio""", re_="v09", q="gm")
M("v12", "2026-08-04 10:10", "vicente.llorens@turia-ic.es", ["soporte@andamio.es"], None, """
ok ya subio. gracias

Enviado desde mi iPhone""", re_="v11", q="gm")
M("v13", "2026-08-07 14:00", "amparo.soler@turia-ic.es", ["lucia.ferrer@andamio.es"], "Respuesta automática: Propuesta obra Puerto de Castellón", """
Estaré de vacaciones hasta el lunes 24 de agosto, sin acceso al correo. Para temas de obra podéis escribir a Vicente Llorens (vicente.llorens@turia-ic.es).

Amparo Soler
Directora de Producción""", neg="out-of-office auto-reply (vacation, back 24 Aug)", auto=True)
M("v14", "2026-09-09 10:00", "lucia.ferrer@andamio.es", ["amparo.soler@turia-ic.es", "vicente.llorens@turia-ic.es"], "Novedades de otoño en Andamio: alquiler de maquinaria y firma digital", """
Hola a los dos:

Os cuento que este otoño lanzamos el módulo de control de alquiler de maquinaria y la firma digital de actas de inspección. Los clientes que amplíen antes del 31 de octubre tienen un 10 % de descuento el primer año.

Si os interesa, lo vemos en diez minutos.
Lucía""", neg="vendor-written upsell with a discount; not a customer signal")
M("v15", "2026-09-15 16:22", "amparo.soler@turia-ic.es", ["lucia.ferrer@andamio.es"], "Os presento a Javier (Turia Medioambiente)", """
Lucía, te presento a Javier Murcia, director técnico de Turia Medioambiente, nuestra empresa hermana. Están montando las obras de depuradoras de la Ribera y buscan algo para los partes y las inspecciones. Le he dicho que con vosotros nos va muy bien y que le llames de mi parte.

Javier, Lucía es quien nos lleva la cuenta; cualquier duda, a ella.

Amparo""", cc=["javier.murcia@turia-ma.es"], sig=[("advocacy", "Le he dicho que con vosotros nos va muy bien y que le llames de mi parte")])
M("v16", "2026-09-15 18:05", "lucia.ferrer@andamio.es", ["javier.murcia@turia-ma.es"], None, """
Gracias, Amparo, de verdad.

Javier, encantada. ¿Te llamo el jueves a primera hora y te cuento cómo lo usa Turia en Sueca?

Lucía""", re_="v15", q="gm", cc=["amparo.soler@turia-ic.es"])
M("v17", "2026-09-25 12:40", "carmen.ibanez@andamio.es", ["amparo.soler@turia-ic.es"], "Informe de uso por obra (julio-septiembre)", """
Hola Amparo:

Lucía me pidió que os preparase el informe de uso por obra. Va en el adjunto: Sueca con 312 partes diarios y 88 inspecciones, Castellón todavía en montaje. La sincronización sin conexión ya está en la versión 5.4 de la app.

Saludos,
Carmen Ibáñez
Producto - Andamio Obra Digital""", cc=["lucia.ferrer@andamio.es"], fyi=True)
M("v18", "2026-09-28 09:14", "amparo.soler@turia-ic.es", ["lucia.ferrer@andamio.es"], "Fwd: Boletín AECOVAL - septiembre", """
Por si os interesa el apartado de digitalización.

---------- Mensaje reenviado ---------
De: AECOVAL Comunicación <boletin@aecoval.es>
Date: vie, 25 sept 2026 a las 13:00
Subject: Boletín AECOVAL - septiembre
To: <amparo.soler@turia-ic.es>

BOLETÍN AECOVAL · Asociación de Empresas Constructoras de la Comunitat Valenciana
- El precio del acero corrugado sube un 6 % en el trimestre; las empresas asociadas estudian revisar sus tarifas.
- Jornada de digitalización en obra civil: varias plataformas presentarán alternativas a los sistemas actuales.
- Licitaciones: el puerto de Castellón adjudica la ampliación del muelle.
Para darse de baja, responda con BAJA en el asunto.""", neg="forwarded trade-association newsletter (Gmail forward); prices and 'alternativas' are about the sector")
M("v19", "2026-10-05 11:30", "n.casals@talentobra.es", ["lucia.ferrer@andamio.es"], "Oportunidad: Key Account Manager SaaS construcción", """
Hola Lucía,

Te escribo porque he visto tu perfil. Una empresa líder en software para constructoras busca Key Account Manager en Madrid, con retribución variable atractiva. ¿Tendrías 15 minutos esta semana?

Núria Casals
Talent Obra - Headhunting""", neg="recruiter outside any customer")
M("v20", "2026-10-09 19:45", "vicente.llorens@turia-ic.es", ["lucia.ferrer@andamio.es"], "el sábado", """
Lucía!! al final vas al Valencia-Betis el sábado? tengo dos entradas de sobra en tribuna, si venís te las guardo. y después paella en casa de mi cuñado

V.""", neg="personal mail (football, paella)")
M("v21", "2026-10-09 21:02", "lucia.ferrer@andamio.es", ["vicente.llorens@turia-ic.es"], None, """
¡Claro que sí! Vamos Jorge y yo. Te debo una. ¡Amunt!""", re_="v20", q="gm", neg="personal mail reply")
M("v22", "2026-10-20 08:55", "amparo.soler@turia-ic.es", ["lucia.ferrer@andamio.es"], "Castellón en marcha + pregunta", """
Lucía, buenos días. El equipo de Castellón ya está usando el diario de obra y las inspecciones desde el lunes, sin incidencias.

Una pregunta: ¿se pueden exportar las actas de inspección a PDF con nuestro logo y el de la Autoridad Portuaria?

Amparo""")
M("v23", "2026-10-20 13:10", "lucia.ferrer@andamio.es", ["amparo.soler@turia-ic.es"], None, """
¡Qué buena noticia! Sí: en Configuración > Plantillas de acta puedes subir hasta dos logotipos. Te mando una captura con los pasos.

Lucía""", re_="v22", q="ol")
M("v24", "2026-11-03 10:00", "facturacion@andamio.es", ["amparo.soler@turia-ic.es"], "Factura A-2026-1187 - Andamio Obra Digital", """
Estimado cliente:

Adjuntamos la factura A-2026-1187 correspondiente a las licencias de la obra Puerto de Castellón (noviembre 2026). Importe: 2.940,00 EUR IVA incluido. Vencimiento: 03/12/2026.

Facturación - Andamio Obra Digital S.L. - CIF B-87654321""", neg="e-bill from the vendor")
M("v25", "2026-11-18 07:20", "vicente.llorens@turia-ic.es", ["lucia.ferrer@andamio.es"], "fotos hormigonado muelle", """
te paso lo que me pediste para la presentación, las fotos del hormigonado del muelle sacadas desde la app. ya me dirás

Vicente Llorens
Jefe de Obra - Ingeniería Civil Turia S.A.

AVISO LEGAL: Este mensaje y sus anexos son confidenciales. Si no es usted el destinatario, comuníquelo al remitente y proceda a su eliminación. Puede ejercer sus derechos de acceso, rectificación, cancelación y oposición escribiendo a lopd@turia-ic.es.""", neg="legal disclaimer contains 'cancelación'; not churn")
M("v26", "2026-11-18 09:02", "lucia.ferrer@andamio.es", ["vicente.llorens@turia-ic.es"], None, """
¡Geniales, Vicente! Las uso en la jornada de clientes si os parece bien. Gracias.""", re_="v25", q="gm")
M("v27", "2026-11-18 12:34", "vicente.llorens@turia-ic.es", ["lucia.ferrer@andamio.es"], None, """
si claro, sin problema""", re_="v26", q="gm")
M("v28", "2026-11-23 17:05", "amparo.soler@turia-ic.es", ["lucia.ferrer@andamio.es"], "RE: RE: Propuesta obra Puerto de Castellón", """
Lucía, ¿me reenvías la factura de julio de los inspectores? Administración dice que no la tiene.

Amparo""", re_="v08", q="ol", neg="new text is an invoice copy request; the quoted older mail repeats the July expansion request")
M("v29", "2026-11-23 18:20", "lucia.ferrer@andamio.es", ["amparo.soler@turia-ic.es"], None, """
Te la reenvío ahora mismo desde facturación. ¡Un beso!""", re_="v28", q="gm")
ALERT("expansion_opportunity", "medium", "2026-07-16", ["v02", "v07"], "New site at the port of Castellón and five more safety inspectors.")
ALERT("advocacy", "low", "2026-09-15", ["v15"], "Champion introduced a sister company (Turia Medioambiente) and recommended Andamio.")

# =====================================================================================
# 2. Mexico City tower developer - churn: new parent with its own platform, full export,
#    new operations director never engaged, champion goes quiet, renewal in 51 days
# =====================================================================================
use(acct(name="Torres Reforma Desarrollos", file="torres_reforma.mbox", domains=["torresreforma.mx"], owner="rodrigo.salinas@andamio.es",
         arr=420000, segment="enterprise", renewal="2027-01-15", scenario="churn_parent_company_platform",
         contacts_status={"hector.villasenor@torresreforma.mx": "silent", "ernesto.landa@torresreforma.mx": "new"}))
person("hector.villasenor@torresreforma.mx", "Héctor Villaseñor", "America/Mexico_City", "Gerente de Proyectos")
person("mariana.quiroz@torresreforma.mx", "Mariana Quiroz", "America/Mexico_City", "Directora de Administración y Finanzas")
person("ernesto.landa@torresreforma.mx", "Ernesto Landa", "America/Mexico_City", "Director de Operaciones")
person("kevin@pipeflow.io", "Kevin Marsh", "America/New_York", "Account Executive, Pipeflow", "en")
M("m01", "2026-07-20 10:15", "rodrigo.salinas@andamio.es", ["hector.villasenor@torresreforma.mx"], "Torre Insurgentes - seguimiento", """
Qué tal Héctor, ¿cómo van con la torre Insurgentes? Vi que el equipo de seguridad ya registra las inspecciones de andamios colgantes en la app. Si necesitan algo para el colado de losas de los niveles 30 en adelante, avísame.

Saludos,
Rodrigo Salinas
Andamio Obra Digital - Ciudad de México""")
M("m02", "2026-07-20 17:40", "hector.villasenor@torresreforma.mx", ["rodrigo.salinas@andamio.es"], None, """
Rodrigo, todo bien por acá. Ya vamos en el nivel 27. La gente de seguridad está contenta, sobre todo con las fotos georreferenciadas. Seguimos en contacto.

Ing. Héctor Villaseñor
Gerente de Proyectos | Torres Reforma Desarrollos""", re_="m01", q="ol")
M("m03", "2026-08-05 12:20", "hector.villasenor@torresreforma.mx", ["soporte@andamio.es"], "Retenciones en facturas de subcontratistas", """
Buenas tardes. En el módulo de facturación de subcontratistas, ¿cómo aplicamos la retención del 5 % de fondo de garantía? El contratista de herrería nos reclama que no le aparece.

Héctor""", cc=["rodrigo.salinas@andamio.es"])
M("m04", "2026-08-05 14:02", "diego.montoya@andamio.es", ["hector.villasenor@torresreforma.mx"], None, """
Hola Héctor, te llamo ahora para verlo en pantalla.

Diego Montoya
Soporte - Andamio Obra Digital""", re_="m03", q="gm", cc=["rodrigo.salinas@andamio.es"])
M("m05", "2026-08-05 16:30", "hector.villasenor@torresreforma.mx", ["diego.montoya@andamio.es"], None, """
Gracias Diego, quedó. Ya le aparece al de herrería.""", re_="m04", q="gm")
M("m06", "2026-08-20 09:00", "rodrigo.salinas@andamio.es", ["hector.villasenor@torresreforma.mx", "mariana.quiroz@torresreforma.mx"], "Renovación 2027 - calendario", """
Estimados Héctor y Mariana:

Les escribo con tiempo para coordinar la renovación de su suscripción, que vence el 15 de enero de 2027. Como cada año, les compartiremos la propuesta en noviembre. Si tienen nuevas obras previstas, podemos incluirlas con la tarifa actual.

Saludos cordiales,
Rodrigo""", neg="vendor-written routine renewal reminder; not a customer renewal signal")
M("m07", "2026-09-02 11:48", "hector.villasenor@torresreforma.mx", ["rodrigo.salinas@andamio.es"], "Grupo Cumbre", """
Rodrigo, te comento para que lo sepas por mí: a partir de octubre Torres Reforma pasa a formar parte de Grupo Inmobiliario Cumbre. Ellos tienen su propia plataforma de gestión de obra y el corporativo nos pidió inventariar qué sistemas se quedan y cuáles no. Todavía no hay nada decidido.

Héctor""", sig=[("churn_risk", "Ellos tienen su propia plataforma de gestión de obra")])
M("m08", "2026-09-02 13:05", "rodrigo.salinas@andamio.es", ["hector.villasenor@torresreforma.mx"], None, """
Héctor, te agradezco mucho el aviso. Para que tengas argumentos frente al corporativo, te mando una comparativa de funcionalidades y el histórico de uso de sus obras antes del 18 de septiembre. Y si ayuda, con gusto me presento con el equipo de sistemas de Cumbre.

Un abrazo,
Rodrigo""", re_="m07", q="gm", sig=[("commitment", "te mando una comparativa de funcionalidades y el histórico de uso de sus obras antes del 18 de septiembre", "2026-09-18")])
M("m09", "2026-09-10 18:22", "mariana.quiroz@torresreforma.mx", ["rodrigo.salinas@andamio.es"], "RV: Reporte de mercado oficinas CDMX 3T", """
Rodrigo, te reenvío el reporte que te comenté en la comida, por lo de los precios de renta.

-----Mensaje original-----
De: Research MX <research@inmodatos.mx>
Enviado el: miércoles, 9 de septiembre de 2026 08:00
Para: Mariana Quiroz
Asunto: Reporte de mercado oficinas CDMX 3T

Corredor Reforma: renta promedio 28.5 USD/m2/mes, alza de 4 % anual. Nuestro cliente Torres Reforma mantiene precios por debajo de la competencia en clase A+. Nuevos desarrolladores entran al corredor con descuentos agresivos.""", neg="forwarded market report (Outlook forward) on the customer's own rents and competitors")
M("m10", "2026-09-16 19:10", "rodrigo.salinas@andamio.es", ["hector.villasenor@torresreforma.mx"], "Comparativa Andamio vs. plataforma corporativa + histórico de uso", """
Héctor, como quedamos: adjunto la comparativa y el histórico de uso de Insurgentes y Polanco (14.200 partes diarios, 3.100 inspecciones, 412 facturas de subcontratistas conciliadas).

Rodrigo""")
M("m11", "2026-09-24 20:31", "hector.villasenor@torresreforma.mx", ["rodrigo.salinas@andamio.es"], None, """
Recibido, lo paso a Cumbre. Gracias.""", re_="m10", q="ol")
M("m12", "2026-09-30 09:00", "kevin@pipeflow.io", ["rodrigo.salinas@andamio.es"], "Rodrigo, quick question about your sales pipeline", """
Hi Rodrigo,

Teams like yours at Andamio use Pipeflow to forecast renewals 30% more accurately. Worth a 15-minute demo next week?

Kevin Marsh
Pipeflow""", neg="software vendor selling to Andamio; outside any customer")
M("m13", "2026-10-06 10:40", "ernesto.landa@torresreforma.mx", ["soporte@andamio.es"], "Alta de usuario - Director de Operaciones", """
Buenos días,

Me incorporo a Torres Reforma como Director de Operaciones, designado por Grupo Cumbre. Solicito un usuario con perfil de administrador para revisar la información de todas las obras activas.

Atentamente,
Ernesto Landa
Director de Operaciones | Torres Reforma Desarrollos - Grupo Cumbre""")
M("m14", "2026-10-06 18:41", "soporte@andamio.es", ["ernesto.landa@torresreforma.mx"], "[Ticket #51877] Alta de usuario - Director de Operaciones", """
Hemos recibido tu solicitud. Número de ticket: 51877.
Te responderemos en un plazo máximo de 24 horas laborables.

Mensaje automático - no responder.""", re_="m13", neg="ticketing auto-acknowledgement", auto=True)
M("m15", "2026-10-06 12:15", "diego.montoya@andamio.es", ["ernesto.landa@torresreforma.mx"], "[Ticket #51877] Alta de usuario - Director de Operaciones", """
Estimado Ernesto, su usuario administrador ya está activo: ernesto.landa@torresreforma.mx. Recibirá un correo para definir contraseña.

Diego Montoya - Soporte""", re_="m13", q="gm")
M("m16", "2026-10-21 17:55", "mariana.quiroz@torresreforma.mx", ["soporte@andamio.es"], "Solicitud de exportación de datos", """
Buenas tardes,

Por instrucción de la Dirección de Operaciones, requerimos una exportación completa de toda la información de las obras para nuestros archivos: bitácoras, inspecciones, fotografías y facturas de subcontratistas, en formato abierto (CSV/PDF). Agradeceré indicarnos la fecha de entrega.

Lic. Mariana Quiroz
Directora de Administración y Finanzas""", cc=["ernesto.landa@torresreforma.mx"], sig=[("churn_risk", "requerimos una exportación completa de toda la información de las obras para nuestros archivos")])
M("m17", "2026-10-23 13:20", "diego.montoya@andamio.es", ["mariana.quiroz@torresreforma.mx"], None, """
Lic. Quiroz, la exportación está lista para descarga (enlace válido 15 días). Incluye 4 obras, 61 GB con fotografías.

Diego Montoya - Soporte""", re_="m16", q="gm", cc=["ernesto.landa@torresreforma.mx"])
M("m18", "2026-10-26 09:30", "rodrigo.salinas@andamio.es", ["hector.villasenor@torresreforma.mx"], "¿Café esta semana?", """
Héctor, ¿tienes media hora esta semana para un café? Me gustaría entender en qué va la decisión del corporativo y ver cómo les ayudo con la renovación.

Rodrigo""")
M("m19", "2026-10-30 08:00", "eventos@andamio.es", ["hector.villasenor@torresreforma.mx", "mariana.quiroz@torresreforma.mx"], "Andamio Día de Clientes CDMX - 19 de noviembre", """
Te invitamos al Día de Clientes Andamio en Ciudad de México: novedades de producto, casos de éxito y networking. 19 de noviembre, Hotel Presidente InterContinental. Cupo limitado.

Para dejar de recibir estos correos, haz clic aquí.""", neg="vendor marketing event mailing", bulk=True)
M("m20", "2026-11-09 10:05", "rodrigo.salinas@andamio.es", ["mariana.quiroz@torresreforma.mx"], "Renovación 15 de enero", """
Lic. Quiroz, buen día. Quedan poco más de dos meses para el vencimiento. ¿Podemos agendar una llamada para revisar la renovación? Escribí a Héctor hace un par de semanas pero no he tenido respuesta.

Saludos,
Rodrigo""", cc=["hector.villasenor@torresreforma.mx"])
M("m21", "2026-11-09 17:47", "mariana.quiroz@torresreforma.mx", ["rodrigo.salinas@andamio.es"], None, """
Rodrigo, buenas tardes. Por ahora no podemos comprometer la renovación: el corporativo definirá en diciembre qué plataforma se usará en todas las empresas del grupo. Si gusta, envíenos una propuesta y la turnamos.

Saludos,
Mariana Quiroz""", re_="m20", q="ol", sig=[("renewal", "no podemos comprometer la renovación")])
M("m22", "2026-11-09 19:30", "rodrigo.salinas@andamio.es", ["mariana.quiroz@torresreforma.mx"], None, """
Entendido, Mariana. Le envío una propuesta de renovación con precio congelado a más tardar el 2 de diciembre, para que llegue antes de la decisión del corporativo.

Rodrigo""", re_="m21", q="ol", sig=[("commitment", "Le envío una propuesta de renovación con precio congelado a más tardar el 2 de diciembre", "2026-12-02")])
M("m23", "2026-11-09 20:10", "mariana.quiroz@torresreforma.mx", ["rodrigo.salinas@andamio.es"], None, """
Perfecto, quedo atenta. Enviado desde mi celular.

----- AVISO DE CONFIDENCIALIDAD -----
La información contenida en este correo es confidencial y para uso exclusivo del destinatario. Grupo Inmobiliario Cumbre podrá cancelar, suspender o modificar las condiciones de cualquier comunicación comercial sin previo aviso.""", re_="m22", q="ol", neg="courtesy reply; quoted text repeats 'no podemos comprometer la renovación'; 'cancelar' only in a disclaimer")
ALERT("churn_risk", "high", "2026-09-02", ["m07", "m16"], "New parent company with its own platform; full data export 'para nuestros archivos'.")
ALERT("new_senior_contact_not_engaged", "high", "2026-10-20", ["m13"], "Ernesto Landa, Director de Operaciones appointed by the new parent, only got a support ticket; AM never wrote to him.")
ALERT("contacts_going_silent", "medium", "2026-10-24", ["m11", "m18"], "Champion Héctor Villaseñor has not written since 2026-09-24; AM's 2026-10-26 mail unanswered.")
ALERT("renewal_at_risk", "high", "2026-11-09", ["m21", "m07", "m16"], "Renewal 2027-01-15 not committed, decision moved to the parent's platform choice.")
ALERT("open_commitment", "medium", "2026-11-09", ["m22"], "Frozen-price renewal proposal promised by 2026-12-02 (not yet due at as_of).")

# =====================================================================================
# 3. Bogotá road contractor - latency degrading, "local developer", renewal at risk
# =====================================================================================
use(acct(name="Constructora Vías Andinas", file="vias_andinas.mbox", domains=["vias-andinas.com.co"], owner="rodrigo.salinas@andamio.es",
         arr=64000, segment="mid", renewal="2027-02-10", scenario="latency_degrading_renewal_at_risk",
         contacts_status={"andres.cardenas@vias-andinas.com.co": "new"}))
person("camilo.restrepo@vias-andinas.com.co", "Camilo Restrepo", "America/Bogota", "Director de Proyectos")
person("paola.giraldo@vias-andinas.com.co", "Paola Giraldo", "America/Bogota", "Coordinadora HSE")
person("andres.cardenas@vias-andinas.com.co", "Andrés Cárdenas", "America/Bogota", "Gerente Financiero")
M("b01", "2026-07-22 08:30", "rodrigo.salinas@andamio.es", ["camilo.restrepo@vias-andinas.com.co"], "Tramo Honda - Villeta", """
Hola Camilo, ¿cómo va el arranque del tramo Honda - Villeta? Vi que crearon 3 frentes nuevos en la plataforma. Si quieren, les configuro las plantillas de bitácora que usaron en Ruta del Sol.

Saludos,
Rodrigo""")
M("b02", "2026-07-22 12:35", "camilo.restrepo@vias-andinas.com.co", ["rodrigo.salinas@andamio.es"], None, """
Rodrigo, sí por favor, las mismas plantillas. Vamos bien, con mucha lluvia pero bien.

Camilo Restrepo
Director de Proyectos - Constructora Vías Andinas S.A.S.""", re_="b01", q="gm")
M("b03", "2026-07-29 09:00", "rodrigo.salinas@andamio.es", ["paola.giraldo@vias-andinas.com.co"], "Capacitación inspectores HSE", """
Paola, buen día. Te propongo dos sesiones virtuales de capacitación para los inspectores HSE nuevos del tramo, de una hora cada una. ¿Qué fechas les sirven?

Rodrigo""", cc=["camilo.restrepo@vias-andinas.com.co"])
M("b04", "2026-07-29 12:10", "paola.giraldo@vias-andinas.com.co", ["rodrigo.salinas@andamio.es"], None, """
Hola Rodrigo, el martes 4 y el jueves 6 de agosto a las 7 a.m. antes de que salgan a frente. Gracias!!

Paola Giraldo
Coordinadora HSE""", re_="b03", q="gm")
M("b05", "2026-07-29 13:00", "rodrigo.salinas@andamio.es", ["paola.giraldo@vias-andinas.com.co"], "Invitación: Capacitación HSE Andamio (1/2) - mar 4 ago 2026 7:00 COT", """
Rodrigo Salinas te ha invitado a: Capacitación HSE Andamio (1/2)
Fecha: martes 4 de agosto de 2026, 7:00 - 8:00 (hora de Bogotá)
Google Meet: meet.google.com/xyz-andm-hse
Aceptar · Rechazar · Tal vez""", neg="calendar invitation")
M("b06", "2026-07-29 14:20", "paola.giraldo@vias-andinas.com.co", ["rodrigo.salinas@andamio.es"], "Invitación aceptada: Capacitación HSE Andamio (1/2) - mar 4 ago 2026 7:00 COT", """
Paola Giraldo ha aceptado la invitación.""", re_="b05", neg="calendar acceptance", auto=True)
M("b07", "2026-08-12 10:00", "rodrigo.salinas@andamio.es", ["camilo.restrepo@vias-andinas.com.co"], "Uso julio - Vías Andinas", """
Camilo, te comparto el resumen de julio: 1.240 bitácoras, 96 inspecciones HSE, 0 incidentes abiertos. El frente 3 todavía no registra los partes de maquinaria alquilada; ¿lo revisamos?

Rodrigo""")
M("b08", "2026-08-12 16:20", "camilo.restrepo@vias-andinas.com.co", ["rodrigo.salinas@andamio.es"], None, """
Gracias. Lo del frente 3 es que el residente es nuevo, ya le dije. Abrazo""", re_="b07", q="gm")
M("b09", "2026-08-26 09:15", "rodrigo.salinas@andamio.es", ["camilo.restrepo@vias-andinas.com.co"], "Temporada de lluvias - suspensiones", """
Camilo, con la temporada de lluvias que viene, ¿les sirve que activemos el registro de suspensiones por clima en la bitácora? Queda como soporte para la interventoría.

Rodrigo""")
M("b10", "2026-08-26 14:05", "camilo.restrepo@vias-andinas.com.co", ["rodrigo.salinas@andamio.es"], None, """
Sí, actívalo. La interventoría nos lo pide siempre.""", re_="b09", q="gm")
M("b11", "2026-09-01 07:00", "facturacion@andamio.es", ["camilo.restrepo@vias-andinas.com.co"], "Factura electrónica FE-CO-00931", """
Señores Constructora Vías Andinas S.A.S.:
Adjuntamos factura electrónica FE-CO-00931 por USD 5.333,33 (cuota septiembre). CUFE disponible en el XML adjunto.

Andamio Obra Digital""", neg="e-bill")
M("b11b", "2026-09-16 03:00", "support@andamio-obra.com", ["camilo.restrepo@vias-andinas.com.co", "paola.giraldo@vias-andinas.com.co"], "Scheduled maintenance / Mantenimiento programado 19-09", """
Mantenimiento programado: sábado 19 de septiembre, 22:00-02:00 (CEST). La app sigue funcionando sin conexión.
Scheduled maintenance: Saturday, September 19, 10pm-2am CEST. The app keeps working offline.

Andamio Support - this is an automated notification""", neg="vendor maintenance notification", bulk=True)
M("b12", "2026-09-09 08:45", "rodrigo.salinas@andamio.es", ["camilo.restrepo@vias-andinas.com.co"], "Revisión trimestral", """
Camilo, ¿hacemos la revisión trimestral el 17 o el 18? Media hora basta.

Rodrigo""")
M("b13", "2026-09-09 17:50", "camilo.restrepo@vias-andinas.com.co", ["rodrigo.salinas@andamio.es"], None, """
El 18 a las 10. Te aviso si cambia algo.""", re_="b12", q="gm")
M("b14", "2026-09-23 21:10", "camilo.restrepo@vias-andinas.com.co", ["rodrigo.salinas@andamio.es"], "Fwd: Boletín CCI - Infraestructura al día", """
Para que lo leas, sale lo de las 4G.

Enviado desde mi iPhone

Inicio del mensaje reenviado:

De: Cámara Colombiana de la Infraestructura <noticias@infraestructura.org.co>
Fecha: 23 de septiembre de 2026, 6:00:12 p.m. GMT-5
Para: camilo.restrepo@vias-andinas.com.co
Asunto: Boletín CCI - Infraestructura al día

- El Gobierno anuncia recorte de la inversión en vías terciarias para 2027.
- Contratistas advierten riesgos de cancelación de contratos por retrasos en pagos.
- Precios del asfalto: alza del 9 % en el año.""", neg="forwarded association newsletter (Apple Mail forward); 'recorte' and 'cancelación' are about the sector")
M("b15", "2026-10-07 09:30", "rodrigo.salinas@andamio.es", ["camilo.restrepo@vias-andinas.com.co"], "Renovación febrero 2027", """
Camilo, ya se acerca la renovación del 10 de febrero. ¿Podemos sentarnos en octubre para revisar usuarios y frentes del próximo año?

Rodrigo""")
M("b16", "2026-10-09 11:40", "camilo.restrepo@vias-andinas.com.co", ["rodrigo.salinas@andamio.es"], None, """
Rodrigo, perdón la demora. Sí, pero después del 20, estamos con cierre de obra en Villeta.""", re_="b15", q="gm")
M("b17", "2026-10-20 19:05", "camilo.restrepo@vias-andinas.com.co", ["rodrigo.salinas@andamio.es"], "antes de la reunión", """
Rodrigo, te cuento antes de que nos veamos: un desarrollador local nos ofreció construirnos una herramienta a la medida para bitácoras e inspecciones, conectada a nuestro ERP, y la gerencia lo está mirando con buenos ojos por el costo. Otra cosa: ¿ustedes se pueden integrar con SIESA?

Camilo""", sig=[("competitor", "un desarrollador local nos ofreció construirnos una herramienta a la medida")])
M("b18", "2026-10-21 08:10", "rodrigo.salinas@andamio.es", ["camilo.restrepo@vias-andinas.com.co"], None, """
Camilo, gracias por la franqueza. Sí, nos integramos con SIESA por API (lo tenemos en dos clientes en Medellín). Antes de que decidan, me gustaría mostrarles el costo total de un desarrollo propio: mantenimiento, app sin conexión, soporte.

Rodrigo""", re_="b17", q="gm")
M("b19", "2026-10-28 09:00", "rodrigo.salinas@andamio.es", ["camilo.restrepo@vias-andinas.com.co"], "Reunión renovación", """
Camilo, ¿te sirve el martes 3 o el miércoles 4 de noviembre para la reunión de renovación?

Rodrigo""")
M("b20", "2026-11-01 17:20", "camilo.restrepo@vias-andinas.com.co", ["rodrigo.salinas@andamio.es"], None, """
el 4 en la tarde""", re_="b19", q="gm")
M("b21", "2026-11-04 15:45", "andres.cardenas@vias-andinas.com.co", ["rodrigo.salinas@andamio.es"], "Costo renovación", """
Señor Salinas, buenas tardes:

Soy el nuevo Gerente Financiero. Para la evaluación de la renovación le solicito el costo anual si reducimos de 40 a 25 usuarios y retiramos el módulo de alquiler de equipos. Necesito el dato antes del comité del 13 de noviembre.

Cordialmente,
Andrés Cárdenas
Gerente Financiero""", cc=["camilo.restrepo@vias-andinas.com.co"], sig=[("pricing", "el costo anual si reducimos de 40 a 25 usuarios")])
M("b22", "2026-11-10 10:00", "rodrigo.salinas@andamio.es", ["camilo.restrepo@vias-andinas.com.co"], "¿Cómo vamos?", """
Camilo, ¿cómo van con la evaluación? Quedo pendiente de lo que hablamos el 4.

Rodrigo""")
M("b23", "2026-11-13 08:30", "camilo.restrepo@vias-andinas.com.co", ["rodrigo.salinas@andamio.es"], None, """
Rodrigo, la gerencia decide en diciembre entre renovar con ustedes o el desarrollo propio. Andrés te había pedido unos números.""", re_="b22", q="gm", sig=[("renewal", "la gerencia decide en diciembre entre renovar con ustedes o el desarrollo propio")])
M("b24", "2026-11-13 19:30", "camilo.restrepo@vias-andinas.com.co", ["rodrigo.salinas@andamio.es"], "referencia", """
Rodrigo, una cosa personal: mi sobrino Felipe aplicó a la vacante de soporte de ustedes en Bogotá. Es juicioso, si te preguntan por él, con gusto doy referencia.""", neg="personal mail: job reference for a relative")
ALERT("competitor_mention", "high", "2026-10-20", ["b17"], "A local developer offered a custom in-house tool; management is considering it.")
ALERT("unanswered_customer_message", "high", "2026-11-09", ["b21"], "New finance manager's price request of 2026-11-04 (needed before the 13 Nov committee) never answered by mail.")
ALERT("latency_degradation", "high", "2026-11-13", ["b20", "b23"], "Customer reply median went from about 4 h (Jul-Sep) to about 86 h (Nov), replies shortening to a few words.")
ALERT("renewal_at_risk", "high", "2026-11-13", ["b23", "b21", "b17"], "Renewal 2027-02-10 in play against an in-house build; downsizing being priced.")
ALERT("new_contacts", "low", "2026-11-04", ["b21"], "Andrés Cárdenas, new Gerente Financiero, joined the renewal thread.")

# =====================================================================================
# 4. Buenos Aires scaffolding rental - healthy: escalation resolved well, another module asked
# =====================================================================================
use(acct(name="Andamios del Plata", file="andamios_del_plata.mbox", domains=["andamiosdelplata.com.ar"], owner="lucia.ferrer@andamio.es",
         arr=18000, segment="smb", renewal="2027-06-30", scenario="healthy_escalation_resolved",
         contacts_status={"florencia.paz@andamiosdelplata.com.ar": "on_leave"}))
person("gustavo.ferraro@andamiosdelplata.com.ar", "Gustavo Ferraro", "America/Argentina/Buenos_Aires", "Socio Gerente")
person("florencia.paz@andamiosdelplata.com.ar", "Florencia Paz", "America/Argentina/Buenos_Aires", "Administración y Facturación")
person("ines.martorell@upv.es", "Inés Martorell", "Europe/Madrid", "Investigadora, Universitat Politècnica de València")
M("a01", "2026-07-27 09:10", "florencia.paz@andamiosdelplata.com.ar", ["soporte@andamio.es"], "Alquileres calculan mal los días", """
Hola, desde la actualización del sábado el módulo de alquiler de equipos no cuenta los días de alquiler de los andamios que salieron antes del 1/7. Nos da 0 días y así no puedo facturar. Tengo 140 remitos pendientes.

Florencia Paz
Andamios del Plata SRL""")
M("a02", "2026-07-27 14:11", "soporte@andamio.es", ["florencia.paz@andamiosdelplata.com.ar"], "[Ticket #47702] Alquileres calculan mal los días", """
Hemos recibido tu solicitud. Número de ticket: 47702. Prioridad: normal.

Mensaje automático - no responder.""", re_="a01", neg="ticket auto-acknowledgement", auto=True)
M("a03", "2026-07-27 13:30", "gustavo.ferraro@andamiosdelplata.com.ar", ["lucia.ferrer@andamio.es"], "URGENTE facturación parada", """
Lucía, te escribo directo porque por soporte nos contestó un robot. Sin los días de alquiler no podemos facturar el cierre de mes y el viernes tengo que pagar sueldos. Necesito que esto lo escale alguien hoy.

Gustavo Ferraro
Socio Gerente""", cc=["florencia.paz@andamiosdelplata.com.ar"], sig=[("escalation", "Necesito que esto lo escale alguien hoy")])
M("a04", "2026-07-27 19:05", "lucia.ferrer@andamio.es", ["gustavo.ferraro@andamiosdelplata.com.ar"], None, """
Gustavo, tienes toda la razón, perdona. Lo he pasado ya a producto como prioridad máxima. Mañana antes de las 12:00 hora de Buenos Aires tendréis la corrección aplicada; si no, te llamo yo para daros una salida manual.

Lucía""", re_="a03", q="gm", cc=["florencia.paz@andamiosdelplata.com.ar", "carmen.ibanez@andamio.es"],
  sig=[("commitment", "Mañana antes de las 12:00 hora de Buenos Aires tendréis la corrección aplicada", "2026-07-28")])
M("a05", "2026-07-28 15:20", "carmen.ibanez@andamio.es", ["florencia.paz@andamiosdelplata.com.ar", "gustavo.ferraro@andamiosdelplata.com.ar"], "[Ticket #47702] Corrección aplicada", """
Hola Florencia, hola Gustavo:

Hemos desplegado la corrección (versión 5.3.2). Los alquileres iniciados antes del 1 de julio vuelven a contar los días, y hemos recalculado los 140 remitos pendientes. Disculpad las molestias.

Carmen Ibáñez - Producto""", cc=["lucia.ferrer@andamio.es"])
M("a06", "2026-07-28 10:55", "florencia.paz@andamiosdelplata.com.ar", ["carmen.ibanez@andamio.es"], None, """
Funciona!! Ya estoy facturando. Gracias Carmen, re rápidos.""", re_="a05", q="gm")
M("a07", "2026-07-28 11:30", "gustavo.ferraro@andamiosdelplata.com.ar", ["lucia.ferrer@andamio.es"], "Re: URGENTE facturación parada", """
Lucía, gracias. Así da gusto. Perdón por el tono de ayer, era un día de locos.

G.""", re_="a04", q="gm")
M("a08", "2026-08-24 18:40", "gustavo.ferraro@andamiosdelplata.com.ar", ["lucia.ferrer@andamio.es"], "nueva lista de precios", """
Lucía, te paso nuestra lista nueva para que veas cómo la cargamos en el sistema. Con la inflación subimos un 12 % el alquiler mensual del multidireccional y bajamos el flete a obra para ganarle clientes a los de Avellaneda.

-------- Mensaje reenviado --------
Asunto: Lista de precios septiembre
Fecha: Mon, 24 Aug 2026 17:02:11 -0300
De: Florencia Paz <florencia.paz@andamiosdelplata.com.ar>
Para: Gustavo Ferraro <gustavo.ferraro@andamiosdelplata.com.ar>

Multidireccional: $ 48.500 / módulo / mes
Tubular: $ 21.000 / cuerpo / mes
Flete CABA: $ 95.000""", neg="customer's own price list and own competitors (Thunderbird forward)")
M("a09", "2026-08-25 09:12", "lucia.ferrer@andamio.es", ["gustavo.ferraro@andamiosdelplata.com.ar"], None, """
Gracias, Gustavo. Se carga en Configuración > Tarifas; con el importador de Excel lo tenéis en cinco minutos.""", re_="a08", q="gm")
M("a10", "2026-09-16 07:00", "facturacion@andamio.es", ["florencia.paz@andamiosdelplata.com.ar"], "Factura A-2026-0988", """
Adjuntamos factura A-2026-0988 (cuota trimestral) por 4.500,00 USD. Vencimiento 16/10/2026.

Facturación - Andamio Obra Digital S.L.""", neg="e-bill")
M("a11", "2026-10-06 16:25", "florencia.paz@andamiosdelplata.com.ar", ["lucia.ferrer@andamio.es"], "consulta módulo subcontratistas", """
Hola Lucía, una consulta: ¿el módulo de facturación de subcontratistas nos serviría para liquidarles a los montadores tercerizados? Hoy lo hacemos en una planilla y es un lío. ¿Cuánto saldría?

Flor""", sig=[("expansion", "el módulo de facturación de subcontratistas nos serviría para liquidarles a los montadores tercerizados")])
M("a12", "2026-10-06 22:40", "lucia.ferrer@andamio.es", ["florencia.paz@andamiosdelplata.com.ar"], None, """
Hola Flor, sí, encaja muy bien: cada montador sube su parte y el sistema genera la liquidación. Para vuestro tamaño serían unos 250 USD al mes. ¿Te hago una demo el martes?

Lucía""", re_="a11", q="gm")
M("a13", "2026-10-07 08:15", "florencia.paz@andamiosdelplata.com.ar", ["lucia.ferrer@andamio.es"], None, """
Dale, el martes a las 10 de acá.""", re_="a12", q="gm")
M("a14", "2026-10-07 13:30", "lucia.ferrer@andamio.es", ["florencia.paz@andamiosdelplata.com.ar"], "Invitación: Demo facturación subcontratistas @ mar 13 oct 2026 15:00 (CEST)", """
Lucía Ferrer te ha invitado a un evento.
Demo facturación subcontratistas
martes, 13 de octubre de 2026 · 15:00 – 15:45 (CEST) / 10:00 Buenos Aires
Google Meet""", neg="calendar invitation")
M("a15", "2026-10-07 08:40", "florencia.paz@andamiosdelplata.com.ar", ["lucia.ferrer@andamio.es"], "Aceptada: Demo facturación subcontratistas @ mar 13 oct 2026 15:00 (CEST)", """
Florencia Paz ha aceptado esta invitación.""", re_="a14", neg="calendar acceptance", auto=True)
M("a16", "2026-10-14 12:00", "ines.martorell@upv.es", ["lucia.ferrer@andamio.es"], "Entrevista para un estudio sobre digitalización en obra", """
Estimada Lucía:

Soy investigadora del grupo de Gestión de la Construcción de la Universitat Politècnica de València. Estamos entrevistando a proveedores de software sobre la adopción de herramientas digitales en obra. ¿Podría dedicarnos 30 minutos en noviembre? Las respuestas son anónimas.

Atentamente,
Dra. Inés Martorell""", neg="university researcher; outside any customer")
M("a16b", "2026-10-26 16:00", "lucia.ferrer@andamio.es", ["florencia.paz@andamiosdelplata.com.ar"], "Después de la demo", """
Hola Flor, ¿qué os pareció la demo del martes 13? Si os encaja, te preparo la propuesta; dime desde qué mes lo querríais.

Lucía""", cc=["gustavo.ferraro@andamiosdelplata.com.ar"])
M("a17", "2026-10-27 11:10", "florencia.paz@andamiosdelplata.com.ar", ["lucia.ferrer@andamio.es"], None, """
Lucía, lo hablé con Gustavo: lo queremos, pero arrancamos en enero porque diciembre acá es una locura con las obras que cierran. ¿Nos mandás la propuesta para enero?

Flor""", re_="a16b", q="gm")
M("a18", "2026-10-28 09:00", "lucia.ferrer@andamio.es", ["florencia.paz@andamiosdelplata.com.ar"], None, """
¡Estupendo! Te preparo la propuesta con fecha de inicio 1 de enero y te la envío antes del 20 de noviembre.

Lucía""", re_="a17", q="gm", sig=[("commitment", "te la envío antes del 20 de noviembre", "2026-11-20")])
M("a19", "2026-11-08 20:15", "gustavo.ferraro@andamiosdelplata.com.ar", ["lucia.ferrer@andamio.es"], "jaja", """
Che Lucía, ¿viste lo del Atleti el miércoles? Decile a tu viejo que este año la Champions es nuestra (bah, de Julián). Abrazo!""", neg="personal mail about football")
M("a20", "2026-11-19 10:30", "lucia.ferrer@andamio.es", ["florencia.paz@andamiosdelplata.com.ar"], "Propuesta módulo subcontratistas - inicio enero 2027", """
Flor, como te prometí, adjunto la propuesta del módulo de facturación de subcontratistas con inicio 1 de enero de 2027 (250 USD/mes, sin coste de alta). Si queréis, la firmamos en diciembre con calma.

Lucía""", cc=["gustavo.ferraro@andamiosdelplata.com.ar"])
M("a21", "2026-11-19 06:31", "florencia.paz@andamiosdelplata.com.ar", ["lucia.ferrer@andamio.es"], "Respuesta automática: Propuesta módulo subcontratistas - inicio enero 2027", """
Hola! Estoy de licencia hasta el lunes 7 de diciembre. Para temas urgentes de facturación escribime a administracion@andamiosdelplata.com.ar o llamá a Gustavo al 11 4567-8901.

Florencia""", re_="a20", neg="out-of-office auto-reply: on leave until 7 December", auto=True)
ALERT("escalation", "high", "2026-07-27", ["a03"], "Owner escalated a billing-blocking rental bug; fixed next day (commitment kept by a colleague).")
ALERT("expansion_opportunity", "medium", "2026-10-06", ["a11", "a17"], "Asked about the subcontractor invoicing module; wants it from January.")

# =====================================================================================
# 5. Texas roofing - mixed: CAPITALS escalation, rival named (Raken), resolved, renewal signed
# =====================================================================================
use(acct(name="Lone Star Roofing & Exteriors", file="lone_star_roofing.mbox", domains=["lonestarroofing.com"], owner="megan.doyle@andamio-obra.com",
         arr=9500, segment="smb", renewal="2026-12-20", scenario="mixed_escalation_competitor_renewed"))
person("dale@lonestarroofing.com", "Dale Hutchins", "America/Chicago", "Owner", "en")
person("brianna@lonestarroofing.com", "Brianna Ortiz", "America/Chicago", "Office Manager", "en")
M("t01", "2026-07-17 09:30", "megan.doyle@andamio-obra.com", ["brianna@lonestarroofing.com"], "Checking in - crews on the app?", """
Hi Brianna,

Just checking in now that all three crews have the app. Are the foremen filling in the roof inspection checklists on site, or is that still happening back at the office?

Best,
Megan Doyle
Account Manager, North America | Andamio Obra Digital""")
M("t02", "2026-07-17 11:02", "brianna@lonestarroofing.com", ["megan.doyle@andamio-obra.com"], None, """
Hi Megan! Two of the three crews do it on the roof now. Ricky's crew still brings me paper, I'm working on him lol.

Brianna""", re_="t01", q="gm")
M("t03", "2026-08-08 18:47", "dale@lonestarroofing.com", ["support@andamio-obra.com"], "PHOTOS GONE", """
THE APP LOST 3 DAYS OF INSPECTION PHOTOS ON THE KELLER JOB. THE INSURANCE ADJUSTER NEEDS THEM MONDAY MORNING OR WE DONT GET PAID. WHO IS GOING TO FIX THIS???

Dale Hutchins
Lone Star Roofing & Exteriors""", cc=["megan.doyle@andamio-obra.com"], sig=[("escalation", "WHO IS GOING TO FIX THIS???")])
M("t04", "2026-08-09 01:48", "support@andamio-obra.com", ["dale@lonestarroofing.com"], "[Ticket #48877] PHOTOS GONE", """
Thanks for contacting Andamio Support. Your ticket number is 48877. Our team is available Monday to Friday, 8am-7pm CET, and will get back to you as soon as possible.

This is an automated message.""", re_="t03", neg="ticket auto-acknowledgement (weekend)", auto=True)
M("t05", "2026-08-09 10:15", "megan.doyle@andamio-obra.com", ["dale@lonestarroofing.com"], None, """
Dale, I saw this on my phone and I'm on it, on a Sunday included. The photos are usually still on the foreman's phone if it wasn't reinstalled. Tom from our support team will call you tomorrow at 7am your time, and we will have the Keller photos recovered by Wednesday, August 12 at the latest.

Megan""", re_="t03", q="gm", cc=["tom.becker@andamio-obra.com"],
  sig=[("commitment", "we will have the Keller photos recovered by Wednesday, August 12 at the latest", "2026-08-12")])
M("t06", "2026-08-10 13:40", "tom.becker@andamio-obra.com", ["dale@lonestarroofing.com"], "[Ticket #48877] Keller photos recovered", """
Dale, all 212 photos from August 4-6 are back in the Keller job, recovered from Luis's phone cache. The adjuster link in the inspection report works again.

Tom Becker
Support Engineer, Andamio""", cc=["megan.doyle@andamio-obra.com"], fyi=True)
M("t06b", "2026-08-10 20:45", "support@andamio-obra.com", ["dale@lonestarroofing.com"], "[Ticket #48877] PHOTOS GONE - solved", """
Your ticket #48877 "PHOTOS GONE" has been marked as solved. If the problem persists, reply to this email to reopen it.

How would you rate our support? Great - OK - Not good""", re_="t03", neg="ticketing 'solved' notification; subject repeats the customer's capitals", auto=True)
M("t07", "2026-08-10 16:05", "dale@lonestarroofing.com", ["megan.doyle@andamio-obra.com"], "Re: PHOTOS GONE", """
ok. got them. adjuster has them. but this cant happen again. my nephew keeps telling me to go with Raken, says its cheaper and the photos go straight to the cloud.""", re_="t05", q="gm", sig=[("competitor", "my nephew keeps telling me to go with Raken")])
M("t08", "2026-08-10 17:30", "megan.doyle@andamio-obra.com", ["dale@lonestarroofing.com"], None, """
Understood, Dale, and I'm sorry it happened during an insurance job. The root cause was a phone running out of storage before upload. We'll ship an automatic photo backup setting by October 2 so this can't repeat, and I'll tell you the day it's live.

Megan""", re_="t07", q="gm", sig=[("commitment", "We'll ship an automatic photo backup setting by October 2", "2026-10-02")])
M("t09", "2026-08-20 08:10", "brianna@lonestarroofing.com", ["megan.doyle@andamio-obra.com"], "FW: Price increase notice - GAF shingles", """
FYI this is why Dale is grumpy this week haha. Not your problem!

-----Original Message-----
From: ABC Supply Fort Worth <notices@abcsupply-fw.com>
Sent: Wednesday, August 19, 2026 4:12 PM
To: Brianna Ortiz <brianna@lonestarroofing.com>
Subject: Price increase notice - GAF shingles

Effective September 1, pricing on architectural shingles will increase 7%. Contractors are encouraged to lock in current pricing on orders placed before August 31.""", neg="customer forwards a supplier's price increase (Outlook forward); their own costs")
M("t10", "2026-09-29 14:00", "tom.becker@andamio-obra.com", ["dale@lonestarroofing.com", "brianna@lonestarroofing.com"], "Automatic photo backup is live", """
Hi Dale, hi Brianna,

As Megan promised: version 5.5 of the app is out with "Back up photos on capture". It's switched on for all Lone Star users. Photos now upload the moment there is signal, and stay on the phone until the server confirms.

Tom""", cc=["megan.doyle@andamio-obra.com"], fyi=True)
M("t11", "2026-10-12 09:00", "megan.doyle@andamio-obra.com", ["brianna@lonestarroofing.com"], "Your Andamio plan renews December 20", """
Hi Brianna,

A quick heads-up that Lone Star's annual plan renews on December 20. If you renew before November 30 you keep your current rate for 2027, and you can add equipment tracking for your lifts and trailers at 20% off.

Best,
Megan""", neg="vendor-written renewal reminder and upsell")
M("t12", "2026-10-13 15:22", "brianna@lonestarroofing.com", ["megan.doyle@andamio-obra.com"], None, """
Hi Megan, Dale says we'll renew, no drama. He just wants to know the price stays the same for 2027 because he's already doing next year's budget.

Brianna""", re_="t11", q="gm", sig=[("renewal", "Dale says we'll renew"), ("pricing", "the price stays the same for 2027")])
M("t13", "2026-10-13 16:00", "megan.doyle@andamio-obra.com", ["brianna@lonestarroofing.com"], None, """
Great news! Yes, same price. I'll send the renewal order form by October 30.""", re_="t12", q="gm", sig=[("commitment", "I'll send the renewal order form by October 30", "2026-10-30")])
M("t14", "2026-10-29 10:20", "sales@andamio-obra.com", ["brianna@lonestarroofing.com"], "Order form - Lone Star Roofing renewal 2027", """
Hello Brianna,

Please find attached the renewal order form for 2027 (12 field users, 3 office users, USD 9,500 per year, unchanged). You can sign electronically via the link.

Andamio Sales on behalf of Megan Doyle""", cc=["megan.doyle@andamio-obra.com"])
M("t15", "2026-10-29 17:05", "dale@lonestarroofing.com", ["megan.doyle@andamio-obra.com"], "Re: Order form - Lone Star Roofing renewal 2027", """
Megan we are not switching to Raken, my nephew can keep his opinions. Brianna will sign it tomorrow. The backup thing works good.

Dale""", re_="t14", neg="negation: 'not switching to Raken'; competitor named only to rule it out")
M("t16", "2026-10-30 12:48", "brianna@lonestarroofing.com", ["sales@andamio-obra.com"], "Re: Order form - Lone Star Roofing renewal 2027", """
Signed! Thanks guys.

Brianna Ortiz | Office Manager
Lone Star Roofing & Exteriors | Fort Worth, TX""", re_="t14", q="gm", cc=["megan.doyle@andamio-obra.com"])
M("t17", "2026-11-05 13:30", "megan.doyle@andamio-obra.com", ["brianna@lonestarroofing.com"], "Thank you + chili", """
Thanks Brianna! Totally unrelated: did your chili win the cook-off at church? I still want that recipe.

Megan""", neg="personal mail")
M("t18", "2026-11-05 14:02", "brianna@lonestarroofing.com", ["megan.doyle@andamio-obra.com"], None, """
2nd place!! Recipe coming, the secret is the brisket.""", re_="t17", q="gm", neg="personal reply")
M("t19", "2026-11-24 15:31", "brianna@lonestarroofing.com", ["megan.doyle@andamio-obra.com"], "Automatic reply: Andamio 2027 roadmap webinar", """
Thank you for your email. Our office is closed November 26-27 for Thanksgiving. We will reply when we return on Monday, November 30. For roof leaks call (817) 555-0142.""", neg="holiday auto-reply", auto=True, re_="t21")
M("t21", "2026-11-24 15:30", "megan.doyle@andamio-obra.com", ["brianna@lonestarroofing.com"], "Andamio 2027 roadmap webinar", """
Hi Brianna,

We're presenting the 2027 roadmap in a webinar on December 10 (crew scheduling and hail-damage photo reports are on it). If you and Dale can't make it, I'll send you the recording and the slides by December 11.

Megan""", cc=["dale@lonestarroofing.com"], sig=[("commitment", "I'll send you the recording and the slides by December 11", "2026-12-11")])
ALERT("escalation", "high", "2026-08-08", ["t03"], "Owner in capitals: inspection photos lost before an insurance deadline; recovered in two days.")
ALERT("open_commitment", "low", "2026-11-24", ["t21"], "Webinar recording and slides promised by 2026-12-11 (not yet due at as_of).")
ALERT("competitor_mention", "medium", "2026-08-10", ["t07"], "Raken suggested by the owner's nephew; later ruled out (t15 is a negation).")

# =====================================================================================
# 6. Florida general contractor - renewal at risk: champion left, board cut, broken promise
# =====================================================================================
use(acct(name="Gulfside Builders Group", file="gulfside_builders.mbox", domains=["gulfsidebuilders.com"], owner="megan.doyle@andamio-obra.com",
         arr=72000, segment="mid", renewal="2027-02-15", scenario="renewal_at_risk_budget_cut_champion_left",
         contacts_status={"jenna.walsh@gulfsidebuilders.com": "left"}))
person("jenna.walsh@gulfsidebuilders.com", "Jenna Walsh", "America/New_York", "Project Controls Manager", "en")
person("richard.alvarez@gulfsidebuilders.com", "Richard Alvarez", "America/New_York", "Chief Financial Officer", "en")
person("marcus.reed@gulfsidebuilders.com", "Marcus Reed", "America/New_York", "VP Operations", "en")
person("jwalsh.atl@gmail.com", "Jenna Walsh", "America/New_York", "", "en")
person("mailer-daemon@andamio-obra.com", "Mail Delivery Subsystem", "Europe/Madrid", "", "en")
M("f01", "2026-07-15 10:00", "megan.doyle@andamio-obra.com", ["jenna.walsh@gulfsidebuilders.com"], "Q3 review", """
Hi Jenna, could we do the Q3 review in the last week of July? I'd love to hear how the Tampa medical office building is going on the daily logs.

Megan""")
M("f02", "2026-07-15 14:25", "jenna.walsh@gulfsidebuilders.com", ["megan.doyle@andamio-obra.com"], None, """
Hi Megan, July 28 at 2pm works. Supers on the Tampa MOB are using the daily log every day now, and the owner's rep loves the weekly PDF.

Jenna Walsh | Project Controls Manager | Gulfside Builders Group""", re_="f01", q="ol")
M("f03", "2026-07-15 15:00", "megan.doyle@andamio-obra.com", ["jenna.walsh@gulfsidebuilders.com"], "Invitation: Gulfside / Andamio Q3 review @ Tue Jul 28, 2026 2pm - 3pm (EDT)", """
Megan Doyle has invited you to: Gulfside / Andamio Q3 review
When: Tuesday, July 28, 2026 2:00pm - 3:00pm Eastern Time
Where: Zoom
Going? Yes - Maybe - No""", neg="calendar invitation")
M("f04", "2026-07-15 16:10", "jenna.walsh@gulfsidebuilders.com", ["megan.doyle@andamio-obra.com"], "Accepted: Gulfside / Andamio Q3 review @ Tue Jul 28, 2026 2pm - 3pm (EDT)", """
Jenna Walsh has accepted this invitation.""", re_="f03", neg="calendar acceptance", auto=True)
M("f05", "2026-08-14 17:20", "jenna.walsh@gulfsidebuilders.com", ["megan.doyle@andamio-obra.com"], "Some news", """
Megan, wanted you to hear it from me: my last day at Gulfside is August 28, I'm moving to Atlanta for a role with a developer there. Honestly not sure yet who will own Andamio after me. Richard in finance signs the contract, so he's your best bet for now.

It's been a pleasure!
Jenna""")
M("f06", "2026-08-14 18:05", "megan.doyle@andamio-obra.com", ["jenna.walsh@gulfsidebuilders.com"], None, """
Jenna, congratulations, and thank you for everything. Could you introduce me to whoever will run project controls before you go?

Megan""", re_="f05", q="gm")
M("f07", "2026-09-01 11:00", "jwalsh.atl@gmail.com", ["megan.doyle@andamio-obra.com"], "from my personal address", """
Hey Megan! This is my personal email now. Sorry I never managed the intro, the last two weeks were chaos. If you're ever in Atlanta, lunch is on me.

Jenna""", neg="personal mail from a former contact's private address")
M("f08", "2026-09-03 09:30", "megan.doyle@andamio-obra.com", ["jenna.walsh@gulfsidebuilders.com"], "Usage report August", """
Hi Jenna, sending the August usage report as usual (in case this reaches whoever is covering your inbox).

Megan""", fyi=True)
M("f09", "2026-09-03 16:31", "mailer-daemon@andamio-obra.com", ["megan.doyle@andamio-obra.com"], "Undeliverable: Usage report August", """
Delivery has failed to these recipients or groups:

jenna.walsh@gulfsidebuilders.com
The email address you entered couldn't be found. 550 5.1.1 User unknown.""", re_="f08", neg="bounce notification (evidence for contact_bounced, not a phrase signal)", auto=True)
M("f10", "2026-09-04 10:00", "megan.doyle@andamio-obra.com", ["richard.alvarez@gulfsidebuilders.com"], "Andamio at Gulfside after Jenna", """
Dear Richard,

Jenna suggested I reach out to you. Who would be the right person to work with on Andamio now that she has left? I want to make sure your superintendents keep getting support.

Kind regards,
Megan Doyle""")
M("f11", "2026-09-08 16:45", "richard.alvarez@gulfsidebuilders.com", ["megan.doyle@andamio-obra.com"], None, """
Dear Megan,

Thank you for reaching out. Marcus Reed, our VP of Operations, will oversee the field tools going forward. I should also let you know, in all transparency, that the board has asked us to reduce software spend by 20% next year, so every subscription will be reviewed in the autumn.

With kind regards,
Richard Alvarez
Chief Financial Officer""", re_="f10", q="ol", cc=["marcus.reed@gulfsidebuilders.com"], sig=[("churn_risk", "the board has asked us to reduce software spend by 20% next year")])
M("f12", "2026-09-09 09:15", "megan.doyle@andamio-obra.com", ["richard.alvarez@gulfsidebuilders.com", "marcus.reed@gulfsidebuilders.com"], None, """
Dear Richard, thank you, that is very helpful. To support the review I will send you a usage and savings summary for 2026 by September 25.

Marcus, great to meet you by email. Could we find 30 minutes in the next two weeks?

Megan""", re_="f11", q="ol", sig=[("commitment", "I will send you a usage and savings summary for 2026 by September 25", "2026-09-25")])
M("f13", "2026-09-14 08:40", "marcus.reed@gulfsidebuilders.com", ["megan.doyle@andamio-obra.com"], None, """
Megan - thanks. Week of the 21st is better, I'm on the Sarasota job all this week. Thursday 24th 9am?

Marcus Reed
VP Operations, Gulfside Builders Group
This e-mail and any attachments are confidential. If you received it in error please delete it and notify the sender. Gulfside Builders Group is an equal opportunity employer.""", re_="f12", q="gm")
M("f14", "2026-09-24 17:30", "megan.doyle@andamio-obra.com", ["richard.alvarez@gulfsidebuilders.com"], "2026 usage and savings summary", """
Dear Richard,

As promised, the 2026 summary is attached: 9,800 daily logs, 1,420 inspections, and an estimated 610 office hours saved on subcontractor pay applications. Marcus and I walked through it this morning.

Megan""", cc=["marcus.reed@gulfsidebuilders.com"], fyi=True)
M("f15", "2026-10-02 07:00", "richard.alvarez@gulfsidebuilders.com", ["megan.doyle@andamio-obra.com"], "Gulfside Quarterly - Fall 2026", """
GULFSIDE QUARTERLY - Fall 2026
- Gulfside wins the Sarasota County library contract against three national competitors.
- Our pricing for design-build multifamily stays 8% below the regional average.
- Welcome to Marcus Reed, VP Operations.
You receive this newsletter as a partner of Gulfside Builders Group. Unsubscribe.""", neg="customer's own newsletter: their own prices and competitors", bulk=True)
M("f16", "2026-10-15 10:00", "megan.doyle@andamio-obra.com", ["richard.alvarez@gulfsidebuilders.com"], "Invoice INV-US-2026-0412", """
Dear Richard, please find attached invoice INV-US-2026-0412 for Q4 (USD 18,000.00), due November 14. Thank you.

Andamio Obra Digital - Accounts Receivable""", neg="vendor e-bill")
M("f17", "2026-10-20 11:00", "megan.doyle@andamio-obra.com", ["richard.alvarez@gulfsidebuilders.com", "marcus.reed@gulfsidebuilders.com"], "Renewal options for February", """
Dear Richard, dear Marcus,

With the February 15 renewal approaching, I'd like to share options that fit the review: a multi-year rate, or a smaller package focused on daily logs and inspections. When would be a good time to talk?

Megan""")
M("f18", "2026-10-26 13:10", "richard.alvarez@gulfsidebuilders.com", ["megan.doyle@andamio-obra.com"], None, """
Dear Megan,

Thank you for the options. Before anything is decided, could you prepare a revised proposal with 30 seats instead of 45? I must be candid: given the board's guidance we will have to look at all our suppliers before February, and Andamio is one of several tools under review.

With kind regards,
Richard""", re_="f17", q="ol", cc=["marcus.reed@gulfsidebuilders.com"], sig=[("churn_risk", "we will have to look at all our suppliers before February"), ("pricing", "a revised proposal with 30 seats instead of 45")])
M("f19", "2026-10-27 09:05", "megan.doyle@andamio-obra.com", ["richard.alvarez@gulfsidebuilders.com"], None, """
Dear Richard, understood. I will send the revised 30-seat proposal by November 6.

Megan""", re_="f18", q="ol", cc=["marcus.reed@gulfsidebuilders.com"], sig=[("commitment", "I will send the revised 30-seat proposal by November 6", "2026-11-06")])
M("f20", "2026-11-02 12:00", "sales@andamio-obra.com", ["marcus.reed@gulfsidebuilders.com"], "New: equipment rental tracking for general contractors", """
Hi Marcus,

Track every rented lift, generator and trailer across your jobs, with off-rent reminders that stop surprise invoices. Existing Andamio customers get the first three months free.

The Andamio team""", neg="vendor marketing upsell", bulk=True)
M("f21", "2026-11-18 10:20", "richard.alvarez@gulfsidebuilders.com", ["megan.doyle@andamio-obra.com"], "Revised proposal", """
Dear Megan,

I hope all is well. I wanted to check whether the revised proposal is still coming; our budget committee meets on December 3 and I would like to include Andamio in the comparison.

Kind regards,
Richard Alvarez""", cc=["marcus.reed@gulfsidebuilders.com"])
M("f22", "2026-11-18 10:21", "marcus.reed@gulfsidebuilders.com", ["richard.alvarez@gulfsidebuilders.com", "megan.doyle@andamio-obra.com"], "Automatic reply: Revised proposal", """
I am out of the office on site visits with limited access to email until Friday, November 20.""", re_="f21", neg="out-of-office auto-reply", auto=True)
ALERT("contact_departed", "high", "2026-08-14", ["f05"], "Champion Jenna Walsh left on 2026-08-28 with no successor introduced.")
ALERT("contact_bounced", "medium", "2026-09-03", ["f09"], "jenna.walsh@gulfsidebuilders.com bounces (550 user unknown).")
ALERT("churn_risk", "high", "2026-09-08", ["f11", "f18"], "Board cut software spend 20%; CFO will 'look at all our suppliers'.")
ALERT("renewal_at_risk", "high", "2026-10-26", ["f18", "f11"], "Renewal 2027-02-15 under review, downsizing from 45 to 30 seats requested.")
ALERT("commitment_overdue", "high", "2026-11-07", ["f19"], "Revised 30-seat proposal promised by 2026-11-06, never sent.")
ALERT("unanswered_customer_message", "high", "2026-11-20", ["f21"], "CFO's 2026-11-18 follow-up (committee on Dec 3) still unanswered at as_of.")

# =====================================================================================
# 7. Rotterdam dredging subcontractor - healthy: new country, more inspectors, user-day speaker,
#    project lead on paternity leave until 4 Jan 2027
# =====================================================================================
use(acct(name="Maasdelta Baggerwerken", file="maasdelta.mbox", domains=["maasdelta-bagger.nl"], owner="joost.vandijk@andamio-obra.com",
         arr=48000, segment="mid", renewal="2027-05-31", scenario="healthy_expansion_new_country",
         contacts_status={"ruud.hendriks@maasdelta-bagger.nl": "on_leave"}))
person("sanne.deboer@maasdelta-bagger.nl", "Sanne de Boer", "Europe/Amsterdam", "Hoofd Uitvoering", "nl")
person("pieter.visser@maasdelta-bagger.nl", "Pieter Visser", "Europe/Amsterdam", "KAM-coördinator", "nl")
person("ruud.hendriks@maasdelta-bagger.nl", "Ruud Hendriks", "Europe/Amsterdam", "Projectleider", "nl")
M("r01", "2026-07-21 08:45", "joost.vandijk@andamio-obra.com", ["sanne.deboer@maasdelta-bagger.nl"], "Even bijpraten", """
Hoi Sanne,

Hoe bevalt het dagrapport op de schepen inmiddels? Ik zit donderdag in de buurt van de Waalhaven, dus als je tijd hebt drinken we een kop koffie.

Groet,
Joost van Dijk
Andamio Obra Digital - Benelux""")
M("r02", "2026-07-21 13:20", "sanne.deboer@maasdelta-bagger.nl", ["joost.vandijk@andamio-obra.com"], None, """
Hoi Joost,

Donderdag 10 uur is prima. Nieuwtje: we hebben de verdieping van de Elbe bij Hamburg gewonnen en vanaf oktober willen we Andamio ook in Duitsland gebruiken. Kan de app in het Duits?

Sanne""", re_="r01", q="gm", sig=[("expansion", "vanaf oktober willen we Andamio ook in Duitsland gebruiken")])
M("r03", "2026-07-21 14:05", "joost.vandijk@andamio-obra.com", ["sanne.deboer@maasdelta-bagger.nl"], None, """
Gefeliciteerd! Ja, de app is er in het Duits, ook de inspectielijsten. Ik stuur je vóór 7 augustus een offerte voor de Duitse vestiging, dan kunnen jullie in september inrichten.

Joost""", re_="r02", q="gm", sig=[("commitment", "Ik stuur je vóór 7 augustus een offerte voor de Duitse vestiging", "2026-08-07")])
M("r04", "2026-08-05 16:30", "joost.vandijk@andamio-obra.com", ["sanne.deboer@maasdelta-bagger.nl"], "Offerte Maasdelta GmbH - Hamburg", """
Hoi Sanne,

Zoals beloofd de offerte voor Hamburg: 3 uitvoerders, 5 inspecteurs, Duitse interface en een inrichtingsdag op locatie. Zelfde tarieven als in Nederland.

Groet, Joost""")
M("r05", "2026-08-06 09:10", "sanne.deboer@maasdelta-bagger.nl", ["joost.vandijk@andamio-obra.com"], None, """
Akkoord, ik laat de inkooporder maken. Zet er meteen ook vier extra inspecteurs bij voor de Maasvlakte, want Pieter krijgt versterking.

Sanne""", re_="r04", q="gm", sig=[("expansion", "Zet er meteen ook vier extra inspecteurs bij voor de Maasvlakte")])
M("r06", "2026-08-19 11:00", "pieter.visser@maasdelta-bagger.nl", ["joost.vandijk@andamio-obra.com"], "FW: Nieuwsbrief Vereniging van Waterbouwers - augustus", """
Ter info, stukje over digitale VGM-registratie.

Van: Vereniging van Waterbouwers <nieuwsbrief@waterbouwers.nl>
Verzonden: dinsdag 18 augustus 2026 15:00
Aan: Pieter Visser <pieter.visser@maasdelta-bagger.nl>
Onderwerp: Nieuwsbrief Vereniging van Waterbouwers - augustus

- Tarieven voor baggerwerk stijgen door hogere brandstofprijzen; leden herzien hun prijzen per m3.
- Nieuwe concurrenten uit Azië op de Europese markt voor sleephopperzuigers.
- Digitale VGM-registratie: steeds meer leden stappen over op apps.""", neg="forwarded sector newsletter (Outlook NL forward); prices and 'overstappen' are about the sector")
M("r07", "2026-09-10 10:00", "eventos@andamio.es", ["sanne.deboer@maasdelta-bagger.nl", "pieter.visser@maasdelta-bagger.nl"], "Uitnodiging: Andamio Gebruikersdag Benelux - 10 december, Rotterdam", """
Beste klant,

Graag nodigen we u uit voor de Andamio Gebruikersdag Benelux op donderdag 10 december in de Van Nelle Fabriek in Rotterdam. Nieuwe functies, klantverhalen en een borrel.

Aanmelden via de link. Afmelden voor deze mailing? Klik hier.""", neg="vendor event marketing", bulk=True)
M("r08", "2026-09-11 07:55", "sanne.deboer@maasdelta-bagger.nl", ["joost.vandijk@andamio-obra.com"], "Re: Uitnodiging: Andamio Gebruikersdag Benelux - 10 december, Rotterdam", """
Joost, we komen met z'n drieën. En als jullie nog een spreker zoeken: ik wil best vertellen hoe we de inspecties op de baggerschepen hebben gedigitaliseerd. Twintig minuten, met foto's van de Elbe erbij.

Sanne""", re_="r07", sig=[("advocacy", "ik wil best vertellen hoe we de inspecties op de baggerschepen hebben gedigitaliseerd")])
M("r09", "2026-09-11 09:30", "joost.vandijk@andamio-obra.com", ["sanne.deboer@maasdelta-bagger.nl"], None, """
Sanne, heel graag! Ik zet je op het programma na de lunch. Dank je wel.

Joost""", re_="r08", q="gm")
M("r10", "2026-09-22 13:15", "pieter.visser@maasdelta-bagger.nl", ["support@andamio-obra.com"], "Inspectielijst in het Duits", """
Hallo support,

Hoe zet ik onze inspectielijst 'Werken boven water' om naar het Duits zonder de Nederlandse te verliezen?

Pieter Visser
KAM-coördinator""")
M("r11", "2026-09-22 15:40", "support@andamio-obra.com", ["pieter.visser@maasdelta-bagger.nl"], None, """
Hi Pieter,

Open the checklist, choose "Duplicate as language version" and pick German. Both versions stay linked, so results land in the same report. (Dutch help article attached.)

Andamio Support""", re_="r10", q="gm")
M("r12", "2026-10-02 16:20", "ruud.hendriks@maasdelta-bagger.nl", ["joost.vandijk@andamio-obra.com"], "Verlof", """
Hoi Joost,

Even laten weten: vanaf 12 oktober ben ik met vaderschapsverlof, tot en met 4 januari 2027. Sanne neemt mijn projecten over, Pieter de inspecties op de Maasvlakte.

Groeten,
Ruud""", neg="leave announcement (paternity leave until 4 Jan 2027): Ruud must not be treated as departed or silent")
M("r13", "2026-10-02 17:00", "joost.vandijk@andamio-obra.com", ["ruud.hendriks@maasdelta-bagger.nl"], None, """
Wat mooi, Ruud! Geniet ervan. Tot in januari.""", re_="r12", q="gm", neg="courtesy reply")
M("r14", "2026-10-14 12:05", "sanne.deboer@maasdelta-bagger.nl", ["joost.vandijk@andamio-obra.com"], "bellen", """
Joost, ter info: er belde gisteren een verkoper van BouwApp Pro met een 'overstapaanbieding'. Ik heb gezegd dat we niet gaan overstappen, alles staat nu in Andamio en het werkt. Dus geen zorgen.

Sanne""", neg="negation: 'niet gaan overstappen'; competitor call rejected")
M("r15", "2026-10-20 09:00", "ruud.hendriks@maasdelta-bagger.nl", ["joost.vandijk@andamio-obra.com"], "Automatisch antwoord: Planning Maasvlakte", """
Ik ben met verlof tot en met 4 januari 2027 en lees mijn mail niet. Voor lopende projecten: Sanne de Boer (sanne.deboer@maasdelta-bagger.nl).""", neg="out-of-office auto-reply (leave until 4 Jan 2027)", auto=True)
M("r16", "2026-10-20 18:30", "joost.vandijk@andamio-obra.com", ["pieter.visser@maasdelta-bagger.nl"], "Feyenoord", """
Pieter, zaterdag naar De Kuip? Ik heb een kaart over voor Feyenoord - Ajax. Jij trakteert op de frikandellen.""", neg="personal mail (football)")
M("r17", "2026-10-21 07:40", "pieter.visser@maasdelta-bagger.nl", ["joost.vandijk@andamio-obra.com"], None, """
Ha, deal! Tot zaterdag.""", re_="r16", q="gm", neg="personal reply")
M("r18", "2026-11-02 10:00", "facturacion@andamio.es", ["sanne.deboer@maasdelta-bagger.nl"], "Factuur A-2026-1201 - Andamio Obra Digital", """
Geachte klant,

Bijgaand factuur A-2026-1201 voor de licenties Maasdelta GmbH (Hamburg), november 2026. Bedrag: EUR 1.850,00 excl. btw (verlegd). Betaaltermijn 30 dagen.

Andamio Obra Digital S.L.""", neg="e-bill")
M("r19", "2026-11-10 11:20", "joost.vandijk@andamio-obra.com", ["sanne.deboer@maasdelta-bagger.nl"], "Gebruikersdag 10 december - jouw sessie", """
Hoi Sanne,

Je staat op het programma om 13:30. Ik stuur je de definitieve agenda en de technische gegevens voor je presentatie uiterlijk 20 november.

Joost""", sig=[("commitment", "Ik stuur je de definitieve agenda en de technische gegevens voor je presentatie uiterlijk 20 november", "2026-11-20")])
M("r20", "2026-11-10 14:00", "sanne.deboer@maasdelta-bagger.nl", ["joost.vandijk@andamio-obra.com"], None, """
Top. Hamburg draait trouwens sinds maandag volledig op Andamio; de Duitse uitvoerders waren sceptisch maar zijn nu om.""", re_="r19", q="gm")
M("r21", "2026-11-18 15:10", "joost.vandijk@andamio-obra.com", ["sanne.deboer@maasdelta-bagger.nl"], "Agenda Gebruikersdag + techniek", """
Sanne, hierbij de definitieve agenda en de technische gegevens (HDMI/USB-C, clicker aanwezig). Tot 10 december!

Joost""", fyi=True)
ALERT("expansion_opportunity", "medium", "2026-07-21", ["r02", "r05"], "New country (Germany, Elbe project) and four extra inspectors at Maasvlakte.")
ALERT("advocacy", "low", "2026-09-11", ["r08"], "Head of operations offered to speak at the Benelux user day.")

# =====================================================================================
# 8. Antwerp prefab concrete - churn via going dark: weekly writer stops, "volgend jaar is onzeker"
# =====================================================================================
use(acct(name="Prefab Schelde", file="prefab_schelde.mbox", domains=["prefabschelde.be"], owner="joost.vandijk@andamio-obra.com",
         arr=56000, segment="mid", renewal="2027-01-31", scenario="churn_going_dark",
         contacts_status={"koen.peeters@prefabschelde.be": "silent", "els.wouters@prefabschelde.be": "silent"}))
person("koen.peeters@prefabschelde.be", "Koen Peeters", "Europe/Brussels", "Productieleider", "nl")
person("els.wouters@prefabschelde.be", "Els Wouters", "Europe/Brussels", "Financieel Directeur", "nl")
M("k01", "2026-07-16 08:05", "koen.peeters@prefabschelde.be", ["joost.vandijk@andamio-obra.com"], "weekoverzicht wk 29", """
Dag Joost,

Weekje 29: 214 stortverslagen in Andamio, geen problemen. Vraagje: kunnen we de foto's van de wapening per element bewaren in plaats van per stort?

Groetjes,
Koen""")
M("k02", "2026-07-16 10:30", "joost.vandijk@andamio-obra.com", ["koen.peeters@prefabschelde.be"], None, """
Dag Koen, ja: zet in de stortverslag-sjabloon het veld 'element-ID' op verplicht, dan hangen de foto's per element. Groet, Joost""", re_="k01", q="gm")
M("k03", "2026-07-23 07:50", "koen.peeters@prefabschelde.be", ["joost.vandijk@andamio-obra.com"], "weekoverzicht wk 30", """
Dag Joost, element-ID werkt, merci. Kan de inspectielijst voor de bekistingen een veld 'ontkistingstijd' krijgen met een alarm als het te vroeg is?

Koen""")
M("k04", "2026-07-23 09:15", "joost.vandijk@andamio-obra.com", ["koen.peeters@prefabschelde.be"], None, """
Goed idee. Ik leg het voor aan ons productteam en je hoort vóór 31 juli of het in de volgende release komt.

Joost""", re_="k03", q="gm", sig=[("commitment", "je hoort vóór 31 juli of het in de volgende release komt", "2026-07-31")])
M("k05", "2026-07-29 12:00", "carmen.ibanez@andamio.es", ["koen.peeters@prefabschelde.be"], "Formwork checklist: stripping time field", """
Hi Koen,

Joost passed on your request. Good news: the "minimum stripping time" field with a warning will be in release 5.4 (mid-September). I'll let you know when it's out.

Best regards,
Carmen Ibáñez - Product, Andamio""", cc=["joost.vandijk@andamio-obra.com"], fyi=True)
M("k06", "2026-07-30 08:10", "koen.peeters@prefabschelde.be", ["joost.vandijk@andamio-obra.com"], "weekoverzicht wk 31", """
Joost, Carmen liet weten dat het in 5.4 komt, top. Vanaf vrijdag bouwverlof tot 17 augustus. Groetjes, Koen""")
M("k07", "2026-08-20 07:45", "koen.peeters@prefabschelde.be", ["joost.vandijk@andamio-obra.com"], "weekoverzicht wk 34", """
Terug van bouwverlof. Kunnen we de gehuurde mobiele kranen ook in de materieelhuur-module opvolgen of alleen eigen materieel?""")
M("k08", "2026-08-20 11:30", "joost.vandijk@andamio-obra.com", ["koen.peeters@prefabschelde.be"], None, """
Ook gehuurd materieel, Koen: kies bij het aanmaken 'huur' en vul de verhuurder in, dan krijg je de afhuur-herinneringen.""", re_="k07", q="gm")
M("k09", "2026-08-27 08:20", "koen.peeters@prefabschelde.be", ["joost.vandijk@andamio-obra.com"], "Fwd: Nieuwsbrief Febelcem", """
Zie puntje 3, misschien interessant voor jullie.

-------- Doorgestuurd bericht --------
Onderwerp: Nieuwsbrief Febelcem - augustus
Datum: Wed, 26 Aug 2026 14:00:00 +0200
Van: Febelcem <info@febelcem.be>
Aan: koen.peeters@prefabschelde.be

1. Cementprijzen stijgen in het najaar met 4 %.
2. Prefab-producenten zoeken alternatieven voor Duitse leveranciers.
3. Digitale kwaliteitsopvolging in de prefabsector: een overzicht.""", neg="forwarded sector newsletter (Thunderbird forward)")
M("k10", "2026-09-03 07:55", "koen.peeters@prefabschelde.be", ["joost.vandijk@andamio-obra.com"], "weekoverzicht wk 36", """
Drukke week. Onze grootste klant vraagt 5 % korting op de welfsels, dus we verlagen onze prijzen voor 2027 en kijken scherper naar de marge. Andamio draait goed, niks te melden.

Koen""", neg="customer's own prices towards their own client; 'Andamio draait goed'")
M("k11", "2026-09-10 08:00", "koen.peeters@prefabschelde.be", ["joost.vandijk@andamio-obra.com"], "weekoverzicht wk 37", """
Dag Joost, 5.4 staat erop, ontkistingsalarm werkt. Volgende week meer.""")
M("k12", "2026-09-17 07:58", "koen.peeters@prefabschelde.be", ["joost.vandijk@andamio-obra.com"], "weekoverzicht wk 38", """
kort deze week: 198 stortverslagen, 2 afkeuringen op dekking. groetjes""")
M("k13", "2026-09-24 16:40", "els.wouters@prefabschelde.be", ["joost.vandijk@andamio-obra.com"], "Verlenging contract", """
Beste Joost,

Dank voor uw herinnering over de verlenging van eind januari. Eerlijk gezegd: volgend jaar is onzeker voor ons, de orderboeken voor 2027 zijn nog maar half gevuld. We komen op de verlenging terug zodra de begroting rond is.

Met vriendelijke groeten,
Els Wouters
Financieel Directeur - Prefab Schelde NV""", sig=[("churn_risk", "volgend jaar is onzeker voor ons"), ("renewal", "We komen op de verlenging terug zodra de begroting rond is")])
M("k14", "2026-09-24 17:30", "joost.vandijk@andamio-obra.com", ["els.wouters@prefabschelde.be"], None, """
Beste Els, begrepen, dank voor de eerlijkheid. Als het helpt, kunnen we de licenties aan het aantal actieve productielijnen koppelen. Ik bel u begin oktober.

Joost""", re_="k13", q="gm")
M("k15", "2026-10-01 09:00", "support@andamio-obra.com", ["koen.peeters@prefabschelde.be"], "Gepland onderhoud zaterdag 3 oktober 22:00-02:00", """
Beste gebruiker,

Op zaterdag 3 oktober tussen 22:00 en 02:00 (CEST) voeren we gepland onderhoud uit. De app blijft offline werken; gegevens worden daarna gesynchroniseerd.

Andamio Support""", neg="vendor maintenance notification", bulk=True)
M("k16", "2026-10-08 10:15", "joost.vandijk@andamio-obra.com", ["koen.peeters@prefabschelde.be"], "Alles ok?", """
Dag Koen, ik heb al drie weken geen weekoverzicht gezien. Alles ok bij jullie? Laat gerust iets weten.

Joost""")
M("k17", "2026-10-09 09:00", "joost.vandijk@andamio-obra.com", ["els.wouters@prefabschelde.be"], "Telefoongesprek", """
Beste Els, ik heb u gisteren en vandaag proberen te bellen. Wanneer past een kort gesprek over de verlenging?

Joost""")
M("k18", "2026-10-22 14:00", "joost.vandijk@andamio-obra.com", ["els.wouters@prefabschelde.be", "koen.peeters@prefabschelde.be"], "Voorstel verlenging 2027", """
Beste Els, beste Koen,

In bijlage een voorstel voor 2027 waarbij de licenties meebewegen met het aantal actieve productielijnen (minimum 2). Ik hoor graag wat jullie ervan vinden.

Met vriendelijke groeten,
Joost van Dijk""")
M("k19", "2026-11-04 10:00", "facturacion@andamio.es", ["els.wouters@prefabschelde.be"], "Factuur A-2026-1222 - Prefab Schelde", """
Geachte klant,

Bijgaand factuur A-2026-1222 (kwartaal 4). Bedrag EUR 14.000,00 excl. btw. Betaaltermijn 30 dagen.

Andamio Obra Digital S.L.""", neg="e-bill")
M("k20", "2026-11-05 16:10", "joost.vandijk@andamio-obra.com", ["els.wouters@prefabschelde.be"], "Verlenging 31 januari", """
Beste Els, graag even een teken van leven over het voorstel; de verlenging staat op 31 januari en ik wil u niet met een automatische verlenging verrassen.

Joost""")
M("k21", "2026-11-19 08:00", "eventos@andamio.es", ["koen.peeters@prefabschelde.be", "els.wouters@prefabschelde.be"], "Nog een paar plaatsen: Gebruikersdag Benelux 10 december", """
Er zijn nog enkele plaatsen vrij voor de Andamio Gebruikersdag Benelux. Met een klantverhaal van Maasdelta Baggerwerken over digitale inspecties op baggerschepen.

Afmelden voor deze mailing? Klik hier.""", neg="vendor event marketing", bulk=True)
ALERT("churn_risk", "high", "2026-09-24", ["k13"], "'volgend jaar is onzeker voor ons' from the finance director, renewal deferred.")
ALERT("contacts_going_silent", "high", "2026-10-17", ["k12", "k16"], "Koen Peeters wrote a weekly report every week until 2026-09-17, then stopped without a word.")
ALERT("account_going_silent", "high", "2026-10-24", ["k13", "k16", "k17", "k18"], "No customer mail since 2026-09-24; four vendor mails unanswered.")
ALERT("renewal_at_risk", "high", "2026-11-05", ["k13", "k18", "k20"], "Renewal 2027-01-31 (67 days) with no reply to the proposal.")

# =====================================================================================
# 9. Seville public-housing agency - mixed: formal procurement, contract modification for more
#    inspectors, price-revision query, broken ENS promise, Lotus Notes without In-Reply-To
# =====================================================================================
use(acct(name="AMVS Sevilla", file="amvs_sevilla.mbox", domains=["amvs-sevilla.es"], owner="lucia.ferrer@andamio.es",
         arr=150000, segment="enterprise", renewal="2027-02-28", scenario="mixed_procurement_broken_promise"))
person("rmontero@amvs-sevilla.es", "Rocío Montero Vázquez", "Europe/Madrid", "Jefa del Servicio de Contratación")
person("fgil@amvs-sevilla.es", "Fernando Gil Arjona", "Europe/Madrid", "Director Técnico de Obras")
person("contratacion@amvs-sevilla.es", "Contratación AMVS", "Europe/Madrid", "buzón compartido")
person("noreply@face.gob.es", "FACe - Punto General de Entrada de Facturas", "Europe/Madrid", "")
person("boletin@aptecon.es", "APTECON", "Europe/Madrid", "Asociación de Proveedores Tecnológicos de la Construcción")
DISC_AMVS = """
--
Rocío Montero Vázquez
Jefa del Servicio de Contratación
Agencia Municipal de Vivienda y Suelo de Sevilla
Este correo y sus adjuntos son confidenciales. En cumplimiento de la Ley Orgánica 3/2018, puede ejercer sus derechos de acceso, rectificación, supresión, oposición y limitación ante el Delegado de Protección de Datos."""
M("s01", "2026-07-20 10:14", "rmontero@amvs-sevilla.es", ["lucia.ferrer@andamio.es"], "Expte. 2025/SER/0047 - Requerimiento de documentación", """
Sra. Ferrer:

En relación con el contrato de servicios de plataforma digital de gestión de obras (Expte. 2025/SER/0047), y de conformidad con lo dispuesto en el artículo 62 de la Ley 9/2017, de 8 de noviembre, de Contratos del Sector Público, le requiero para que aporte la certificación de conformidad con el Esquema Nacional de Seguridad (Real Decreto 311/2022) en categoría MEDIA, vigente para el ejercicio 2026, junto con la declaración responsable actualizada.

Atentamente,""" + DISC_AMVS, cc=["contratacion@amvs-sevilla.es"])
M("s02", "2026-07-21 12:30", "lucia.ferrer@andamio.es", ["rmontero@amvs-sevilla.es"], None, """
Estimada Sra. Montero:

Acusamos recibo del requerimiento. Adjunto la declaración responsable actualizada. En cuanto a la certificación ENS, nuestra auditoría de renovación está programada para septiembre; le remitiremos el certificado ENS renovado y el informe de auditoría antes del 15 de octubre de 2026.

Quedo a su disposición.
Lucía Ferrer
Andamio Obra Digital S.L.""", re_="s01", q="ol", cc=["contratacion@amvs-sevilla.es"],
  sig=[("commitment", "le remitiremos el certificado ENS renovado y el informe de auditoría antes del 15 de octubre de 2026", "2026-10-15")])
M("s03", "2026-07-22 09:02", "rmontero@amvs-sevilla.es", ["lucia.ferrer@andamio.es"], "Respuesta: Expte. 2025/SER/0047 - Requerimiento de documentación", """
Sra. Ferrer:

Se toma razón de la documentación aportada y del plazo indicado para la certificación, que se incorporará al expediente.

Atentamente,""" + DISC_AMVS, re_="s02", noirt=True, q="notes")
M("s04", "2026-08-03 11:00", "rmontero@amvs-sevilla.es", ["lucia.ferrer@andamio.es"], "Ausencia de la oficina", """
Me encuentro fuera de la oficina hasta el 31 de agosto. Para asuntos urgentes diríjanse a contratacion@amvs-sevilla.es.""", neg="out-of-office auto-reply", auto=True)
M("s05", "2026-09-07 13:40", "fgil@amvs-sevilla.es", ["lucia.ferrer@andamio.es"], "Ampliación de técnicos inspectores", """
Buenas tardes, Lucía:

Con el inicio de las promociones de Su Eminencia (96 viviendas) y Pino Montano (140 viviendas), necesitaremos dar de alta a doce técnicos inspectores adicionales a partir de enero. Entiendo que habrá que tramitarlo como modificación del contrato (art. 205 LCSP). ¿Nos podéis pasar una valoración para el informe técnico?

Un saludo,
Fernando Gil Arjona
Director Técnico de Obras - AMVS Sevilla""", sig=[("expansion", "necesitaremos dar de alta a doce técnicos inspectores adicionales")])
M("s06", "2026-09-08 09:20", "lucia.ferrer@andamio.es", ["fgil@amvs-sevilla.es"], None, """
Buenos días, Fernando:

Estupendo. Te paso hoy mismo la valoración con los precios unitarios del contrato (no cambian): 12 licencias de inspector x 540 EUR/año. Si necesitas el desglose en el formato del informe técnico, me dices.

Lucía""", re_="s05", q="ol")
M("s07", "2026-09-21 12:05", "rmontero@amvs-sevilla.es", ["lucia.ferrer@andamio.es"], "Expte. 2025/SER/0047 - Consulta sobre revisión de precios", """
Sra. Ferrer:

A efectos de la preparación del presupuesto del ejercicio 2027, se solicita que informe si pretende instar la revisión de precios prevista en el artículo 103 de la LCSP y, en su caso, el índice y el porcentaje de revisión aplicable para el ejercicio 2027.

Atentamente,""" + DISC_AMVS, sig=[("pricing", "si pretende instar la revisión de precios prevista en el artículo 103 de la LCSP")])
M("s08", "2026-09-22 10:45", "lucia.ferrer@andamio.es", ["rmontero@amvs-sevilla.es"], None, """
Estimada Sra. Montero:

Le informo de que Andamio Obra Digital no instará revisión de precios para el ejercicio 2027; se mantienen los precios unitarios adjudicados.

Atentamente,
Lucía Ferrer""", re_="s07", q="ol")
M("s09", "2026-10-05 10:02", "rmontero@amvs-sevilla.es", ["lucia.ferrer@andamio.es"], "Circular: facturación electrónica a través de FACe", """
Para su conocimiento y efectos.

----- Reenviado por Rocío Montero Vázquez/AMVS el 05/10/2026 10:02 -----

De:	Intervención General <intervencion@sevilla.org>
Para:	Servicios de Contratación <contratacion@amvs-sevilla.es>
Fecha:	02/10/2026 13:30
Asunto:	Circular 4/2026 sobre facturación electrónica

Se recuerda a todos los proveedores que las facturas deberán presentarse a través de FACe con los códigos DIR3 correspondientes. Las facturas en papel serán rechazadas y podrán dar lugar a la cancelación del registro.""" + DISC_AMVS, neg="Lotus Notes forward of a circular; 'cancelación' is about invoices")
M("s10", "2026-10-20 09:31", "rmontero@amvs-sevilla.es", ["lucia.ferrer@andamio.es"], "Respuesta: Expte. 2025/SER/0047 - Certificación ENS", """
Sra. Ferrer:

Se le recuerda que, a fecha de hoy, no consta en este Servicio la recepción de la certificación ENS comprometida para el 15 de octubre de 2026. De no aportarse en el plazo de diez días hábiles, se dará traslado al responsable del contrato a los efectos del artículo 194 de la LCSP.

Atentamente,""" + DISC_AMVS, re_="s02", noirt=True, q="notes", cc=["contratacion@amvs-sevilla.es", "fgil@amvs-sevilla.es"],
  sig=[("escalation", "se dará traslado al responsable del contrato a los efectos del artículo 194 de la LCSP")])
M("s11", "2026-10-20 12:15", "lucia.ferrer@andamio.es", ["rmontero@amvs-sevilla.es"], None, """
Estimada Sra. Montero:

Le pido disculpas. La entidad certificadora ha retrasado la emisión del certificado tras la auditoría de septiembre. En cuanto lo recibamos se lo haremos llegar. La llamo esta mañana para explicárselo.

Atentamente,
Lucía Ferrer""", re_="s10", q="ol", cc=["contratacion@amvs-sevilla.es", "alvaro.pena@andamio.es"])
M("s12", "2026-10-27 17:10", "fgil@amvs-sevilla.es", ["lucia.ferrer@andamio.es"], "Modificación aprobada", """
Lucía, te confirmo que el Consejo de Administración aprobó ayer la modificación del contrato para los doce inspectores, con efectos 1 de enero. Contratación os notificará formalmente.

Fernando""")
M("s13", "2026-10-28 08:50", "lucia.ferrer@andamio.es", ["fgil@amvs-sevilla.es"], None, """
¡Muy buena noticia, Fernando! Preparamos los accesos para que el 4 de enero estén operativos.""", re_="s12", q="gm")
M("s14", "2026-11-03 11:47", "noreply@face.gob.es", ["facturacion@andamio.es"], "FACe: factura registrada - nº registro REGAGE26e000123456", """
Su factura A-2026-1190 dirigida a AGENCIA MUNICIPAL DE VIVIENDA Y SUELO DE SEVILLA (L01410917) ha sido registrada.
Estado: Registrada. Importe: 37.500,00 EUR.
Este mensaje se ha generado automáticamente.""", neg="public e-invoicing platform notification", auto=True)
M("s15", "2026-11-06 13:00", "fgil@amvs-sevilla.es", ["lucia.ferrer@andamio.es"], "Invitación: Formación nuevos inspectores AMVS - jue 14 ene 2027", """
Fernando Gil Arjona le ha invitado a la reunión:
Formación nuevos inspectores AMVS
jueves, 14 de enero de 2027, 9:30 - 12:30
Lugar: Sede AMVS, C/ Bilbao 4, Sevilla - Sala 2""", neg="calendar invitation sent by the customer")
M("s16", "2026-11-06 13:25", "lucia.ferrer@andamio.es", ["fgil@amvs-sevilla.es"], "Aceptado: Formación nuevos inspectores AMVS - jue 14 ene 2027", """
Lucía Ferrer ha aceptado la reunión.""", re_="s15", neg="calendar acceptance", auto=True)
M("s17", "2026-11-12 08:00", "boletin@aptecon.es", ["lucia.ferrer@andamio.es"], "APTECON Informa - noviembre 2026", """
APTECON INFORMA · Asociación de Proveedores Tecnológicos de la Construcción
- Las administraciones públicas exigirán el ENS en todos los contratos de software de obra a partir de 2027.
- Encuesta: el 41 % de las constructoras planea cambiar de proveedor de software en los próximos dos años.
- Asamblea anual: 3 de diciembre, Madrid.
Recibe este boletín como empresa asociada.""", neg="trade-association newsletter; outside any customer", bulk=True)
M("s18", "2026-11-16 10:30", "lucia.ferrer@andamio.es", ["fgil@amvs-sevilla.es"], "Control de alquiler de maquinaria para las promociones", """
Fernando, ahora que arrancan Su Eminencia y Pino Montano: el módulo de control de alquiler de maquinaria os avisaría de las devoluciones pendientes de las contratas. Si os encaja, os hago una demostración.

Lucía""", neg="vendor-written upsell")
M("s19", "2026-11-17 08:40", "fgil@amvs-sevilla.es", ["lucia.ferrer@andamio.es"], None, """
Ahora mismo no, que bastante tenemos con la modificación. Lo vemos en 2027.

Enviado desde mi móvil""", re_="s18", q="gm", neg="declines an upsell for now; not churn")
ALERT("expansion_opportunity", "medium", "2026-09-07", ["s05", "s12"], "Twelve additional inspectors via a contract modification, approved 2026-10-26.")
ALERT("commitment_overdue", "high", "2026-10-16", ["s02", "s10"], "Renewed ENS certificate promised by 2026-10-15, still not delivered at as_of.")
ALERT("escalation", "high", "2026-10-20", ["s10"], "Formal reminder citing art. 194 LCSP (penalties) for the missing ENS certificate.")

# =====================================================================================
# 10. Chilean mining-camp builder - healthy: new camp, praise to the boss with vendor in CC,
#     questions answered by phone, open training commitment
# =====================================================================================
use(acct(name="Campamentos Atacama", file="campamentos_atacama.mbox", domains=["campatacama.cl"], owner="rodrigo.salinas@andamio.es",
         arr=110000, segment="mid", renewal="2027-08-31", scenario="healthy_new_site_advocacy"))
person("ivaldivia@campatacama.cl", "Ignacio Valdivia", "America/Santiago", "Jefe de Proyecto Sierra Gorda")
person("frojas@campatacama.cl", "Francisca Rojas", "America/Santiago", "Gerenta de Operaciones")
person("msoto@campatacama.cl", "Matías Soto", "America/Santiago", "Prevencionista de Riesgos")
M("c01", "2026-07-24 07:40", "ivaldivia@campatacama.cl", ["rodrigo.salinas@andamio.es"], "horas grúas", """
oye Rodrigo, cómo saco el informe de horas de las grúas arrendadas por turno? el mandante me lo pide para mañana""")
M("c02", "2026-07-24 07:10", "rodrigo.salinas@andamio.es", ["ivaldivia@campatacama.cl"], None, """
Ignacio, te llamo ahora y lo vemos en tu pantalla.""", re_="c01", q="gm")
M("c03", "2026-08-12 15:20", "msoto@campatacama.cl", ["soporte@andamio.es"], "Formulario trabajo en altura sin señal", """
Estimados, en el módulo 4 del campamento no hay señal y el formulario de trabajo en altura no deja cerrar la inspección sin la firma del supervisor. ¿Hay alguna forma de firmar sin conexión?

Matías Soto
Prevencionista de Riesgos - Campamentos Atacama SpA""", cc=["rodrigo.salinas@andamio.es"])
M("c04", "2026-08-12 14:05", "diego.montoya@andamio.es", ["msoto@campatacama.cl"], None, """
Matías, te llamo ahora para configurarlo contigo.

Diego Montoya - Soporte""", re_="c03", q="gm", cc=["rodrigo.salinas@andamio.es"])
M("c05", "2026-08-31 19:15", "ivaldivia@campatacama.cl", ["frojas@campatacama.cl"], "Sierra Gorda - auditoría mandante", """
Francisca:

Te cuento que pasamos la auditoría de seguridad del mandante sin observaciones. Quería destacar el apoyo de Rodrigo y Diego de Andamio en la puesta en marcha de Sierra Gorda: gracias a ellos teníamos todas las inspecciones y permisos de trabajo al día, incluso en los módulos sin señal.

Saludos,
Ignacio""", cc=["rodrigo.salinas@andamio.es", "diego.montoya@andamio.es"], sig=[("advocacy", "Quería destacar el apoyo de Rodrigo y Diego de Andamio en la puesta en marcha de Sierra Gorda")])
M("c06", "2026-09-01 09:30", "frojas@campatacama.cl", ["ivaldivia@campatacama.cl", "rodrigo.salinas@andamio.es"], None, """
Buenísimo, Ignacio, felicitaciones al equipo.

Rodrigo, aprovecho: el próximo año abrimos un campamento nuevo en Antofagasta para 1.200 camas y queremos replicar todo lo de Sierra Gorda allá desde el primer día. ¿Me mandas una propuesta?

Francisca Rojas
Gerenta de Operaciones""", re_="c05", q="gm", cc=["diego.montoya@andamio.es"], sig=[("expansion", "el próximo año abrimos un campamento nuevo en Antofagasta para 1.200 camas")])
M("c07", "2026-09-01 09:10", "rodrigo.salinas@andamio.es", ["frojas@campatacama.cl"], None, """
Francisca, gracias a ustedes. Con gusto: te envío la propuesta para Antofagasta a más tardar el 15 de septiembre.

Rodrigo""", re_="c06", q="gm", cc=["ivaldivia@campatacama.cl"], sig=[("commitment", "te envío la propuesta para Antofagasta a más tardar el 15 de septiembre", "2026-09-15")])
M("c08", "2026-09-14 18:00", "rodrigo.salinas@andamio.es", ["frojas@campatacama.cl"], "Propuesta campamento Antofagasta", """
Francisca, adjunto la propuesta para Antofagasta: 8 licencias de supervisor, 20 de inspección, control de arriendo de maquinaria y facturación de subcontratistas, con la misma tarifa de Sierra Gorda.

Rodrigo""")
M("c09", "2026-09-14 21:01", "frojas@campatacama.cl", ["rodrigo.salinas@andamio.es"], "Respuesta automática: Propuesta campamento Antofagasta", """
Estaré fuera por Fiestas Patrias hasta el martes 22 de septiembre. Para temas urgentes, contactar a Ignacio Valdivia.""", re_="c08", neg="holiday auto-reply (Fiestas Patrias)", auto=True)
M("c10", "2026-09-23 11:45", "frojas@campatacama.cl", ["rodrigo.salinas@andamio.es"], "Re: Propuesta campamento Antofagasta", """
Rodrigo, la revisé, está bien. La llevamos al directorio de noviembre junto con el presupuesto del campamento.

Francisca""", re_="c08", q="gm")
M("c11", "2026-10-05 08:30", "ivaldivia@campatacama.cl", ["rodrigo.salinas@andamio.es"], "Fwd: Informe MACh - Cámara Chilena de la Construcción", """
mira lo de los costos, está brígido

---------- Mensaje reenviado ---------
De: CChC Estudios <estudios@cchc.cl>
Date: vie, 2 oct 2026 a las 12:00
Subject: Informe MACh 72
To: <ivaldivia@campatacama.cl>

- Costos de construcción suben 5,8 % en doce meses.
- Empresas de servicios a la minería revisan tarifas de campamentos.
- La competencia por mano de obra calificada en Antofagasta presiona salarios.""", neg="forwarded chamber-of-construction report (Gmail forward); costs and competition are the sector's")
M("c12", "2026-10-14 10:10", "msoto@campatacama.cl", ["soporte@andamio.es"], "Exportar inspecciones a Excel", """
Hola, ¿se pueden exportar las inspecciones de andamios de octubre a Excel con las fotos como enlace? Es para el comité paritario.

Matías""")
M("c13", "2026-10-14 09:25", "diego.montoya@andamio.es", ["msoto@campatacama.cl"], None, """
Hola Matías, sí: Inspecciones > filtro por fecha > Exportar > "Excel con enlaces". Los enlaces duran 90 días.

Diego""", re_="c12", q="gm")
M("c14", "2026-10-20 10:00", "eventos@andamio.es", ["frojas@campatacama.cl", "ivaldivia@campatacama.cl", "msoto@campatacama.cl"], "Webinar: novedades Andamio 5.5 para minería", """
Te invitamos al webinar "Novedades Andamio 5.5 para minería y campamentos", el jueves 29 de octubre a las 11:00 (hora de Chile). Inscríbete aquí. Si no deseas recibir más comunicaciones, date de baja.""", neg="vendor webinar mailing", bulk=True)
M("c15", "2026-10-30 10:00", "facturacion@andamio.es", ["frojas@campatacama.cl"], "Factura A-2026-1175 - Campamentos Atacama SpA", """
Adjuntamos la factura A-2026-1175 (cuota trimestral) por 27.500,00 USD. Vencimiento 29/11/2026.

Facturación - Andamio Obra Digital S.L.""", neg="e-bill")
M("c16", "2026-11-10 12:20", "frojas@campatacama.cl", ["rodrigo.salinas@andamio.es"], "Directorio aprobó Antofagasta", """
Rodrigo, el directorio aprobó el campamento de Antofagasta y tu propuesta. Abrimos en enero, así que necesitamos capacitar a 15 supervisores nuevos antes de Navidad. ¿Puedes venir a Antofagasta?

Francisca""", sig=[("expansion", "necesitamos capacitar a 15 supervisores nuevos antes de Navidad")])
M("c17", "2026-11-10 10:05", "rodrigo.salinas@andamio.es", ["frojas@campatacama.cl"], None, """
¡Felicitaciones, Francisca! Sí, voy yo con Diego: les hago la capacitación presencial en Antofagasta antes del 10 de diciembre. Te propongo fechas mañana.

Rodrigo""", re_="c16", q="gm", cc=["diego.montoya@andamio.es"], sig=[("commitment", "les hago la capacitación presencial en Antofagasta antes del 10 de diciembre", "2026-12-10")])
M("c18", "2026-11-11 09:00", "rodrigo.salinas@andamio.es", ["frojas@campatacama.cl"], "Invitación: Capacitación supervisores Antofagasta - mié 9 dic 2026", """
Rodrigo Salinas te ha invitado a: Capacitación supervisores Antofagasta
miércoles, 9 de diciembre de 2026, 09:00 - 17:00 (hora de Chile)
Lugar: Campamento Antofagasta, sala de inducción
¿Asistirás? Sí - Quizás - No""", neg="calendar invitation")
M("c19", "2026-11-11 12:15", "frojas@campatacama.cl", ["rodrigo.salinas@andamio.es"], "Aceptada: Capacitación supervisores Antofagasta - mié 9 dic 2026", """
Francisca Rojas ha aceptado esta invitación.""", re_="c18", neg="calendar acceptance", auto=True)
M("c20", "2026-11-20 18:30", "ivaldivia@campatacama.cl", ["rodrigo.salinas@andamio.es"], "asado", """
Rodrigo, cuando vengas a Antofagasta te quedas el sábado, hacemos un asado en la casa y vemos el Colo-Colo. No acepto un no jaja""", neg="personal mail (barbecue and football)")
M("c21", "2026-11-20 16:00", "rodrigo.salinas@andamio.es", ["ivaldivia@campatacama.cl"], None, """
Jaja hecho, llevo el vino. ¡Gracias, Nacho!""", re_="c20", q="gm", neg="personal reply")
M("c22", "2026-11-24 07:50", "ivaldivia@campatacama.cl", ["rodrigo.salinas@andamio.es"], "informe grúas noviembre en blanco", """
Rodrigo, el informe de horas de grúas por turno me sale en blanco para noviembre. sabes por qué?""")
M("c23", "2026-11-24 05:20", "rodrigo.salinas@andamio.es", ["ivaldivia@campatacama.cl"], None, """
Te llamo ahora, Nacho.""", re_="c22", q="gm")
ALERT("advocacy", "low", "2026-08-31", ["c05"], "Site manager praised Andamio's team to his own boss with the vendor in CC.")
ALERT("expansion_opportunity", "medium", "2026-09-01", ["c06", "c16"], "New 1,200-bed camp in Antofagasta; board approved, 15 new supervisors.")
ALERT("open_commitment", "medium", "2026-11-10", ["c17"], "On-site training in Antofagasta promised before 2026-12-10 (not yet due at as_of).")

# =====================================================================================
# stories for README
# =====================================================================================
STORIES = {
"Ingeniería Civil Turia": """
Healthy. Amparo Soler (Directora de Producción) announces a new site at the port of Castellón (v02) and asks
for five more safety inspectors (v07). Lucía's two dated promises (v05) are both kept: the Castellón proposal
on 29 July (v06) and the usage report, delivered by her colleague Carmen in another thread on 25 September
(v17). Amparo introduces the sister company Turia Medioambiente and recommends Andamio (v15). Vicente, the
site manager, writes from his phone in the rain (v09-v12); he and Lucía also exchange personal mail about
football (v20-v21). Hard negatives: calendar traffic, ticket acknowledgement, vacation auto-reply, vendor
upsell (v14), a forwarded AECOVAL newsletter (Gmail, Spanish), a recruiter (outside), an e-bill, an LOPD
disclaimer containing 'cancelación' (v25), and an invoice-copy request that quotes the July expansion mail (v28).""",
"Torres Reforma Desarrollos": """
Risk (churn). Renewal 2027-01-15, 51 days after as_of. The champion Héctor Villaseñor warns that Torres Reforma
joins Grupo Inmobiliario Cumbre, which 'tiene su propia plataforma' (m07). Rodrigo keeps his promise of a
comparison (m08 -> m10, 16 Sept); Héctor answers 'Recibido, lo paso a Cumbre' (m11) and never writes again;
Rodrigo's invitation for coffee (m18) stays unanswered. Ernesto Landa, Director de Operaciones appointed by the
parent, only opens a support ticket for admin access (m13); the AM never writes to him. Finance requests a full
export 'para nuestros archivos' (m16). Mariana will not commit to the renewal until the group picks its
platform (m21); Rodrigo promises a frozen-price proposal by 2 December (m22, open at as_of). A phone answer
('te llamo ahora', m04) resolves a support question. Hard negatives: vendor renewal reminder (m06), a
forwarded market report about their own rents and competitors (Outlook, Spanish), a software vendor selling
to Andamio (m12, outside), ticket auto-reply, event mailing, a courtesy reply quoting the renewal sentence with
a disclaimer that says 'cancelar' (m23).""",
"Constructora Vías Andinas": """
Risk (latency degrading, renewal at risk). Renewal 2027-02-10 (77 days). In July-August Camilo Restrepo answers
within hours (median about 4 h, b02/b08/b10/b13); by November he needs three to four days and a few words
(b20 'el 4 en la tarde', b23), median about 86 h. On 20 October he writes that a local developer offered to
build a custom tool (b17). The new finance manager Andrés Cárdenas asks what the renewal costs with 25 instead
of 40 users (b21) - nobody answers him by mail. Camilo: management decides in December between renewing and the
in-house build (b23). Hard negatives: calendar traffic, e-bill, maintenance notice, a forwarded CCI newsletter
(Apple Mail, Spanish: 'recorte', 'cancelación de contratos' about the sector), and a personal job-reference
note (b24).""",
"Andamios del Plata": """
Healthy (escalation resolved well). A release breaks rental-day counting; the owner Gustavo writes to the AM
directly because support answered 'con un robot' (a03). Lucía promises a fix before noon Buenos Aires time next
day (a04); Carmen ships it at 10:20 (a05), Florencia confirms (a06), Gustavo thanks and apologises for his tone
(a07). Florencia then asks about the subcontractor invoicing module (a11), sees a demo and wants it from
January (a17); Lucía's promised proposal (a18, due 20 Nov) arrives on 19 Nov (a20). Florencia is on leave until
7 December (auto-reply a21). Quiet in September (only an e-bill). Hard negatives: ticket auto-reply, their own
price list with inflation rises and a local competitor (Thunderbird forward, a08), calendar traffic, a
university researcher (a16, outside), a football message (a19).""",
"Lone Star Roofing & Exteriors": """
Mixed. Renewal 2026-12-20 (25 days), signed on 30 Oct. The owner Dale writes in capitals on a Saturday evening
after three days of inspection photos vanish before an insurance deadline (t03). Megan answers on Sunday and
promises recovery by 12 August (t05); Tom recovers them on the 10th (t06). Dale mentions his nephew's advice to
go with Raken (t07). Megan promises automatic photo backup by 2 October (t08), delivered by Tom in another thread
on 29 September (t10). Brianna: 'Dale says we'll renew', price to stay the same (t12); the order form promised
for 30 Oct goes out on 29 Oct from sales@ (t14). Dale: 'we are not switching to Raken' (t15, negation). Open at
as_of: webinar recording and slides by 11 December (t21). Hard negatives: ticket auto-reply and 'solved'
notification, a supplier's shingle price increase (Outlook forward), vendor renewal reminder with upsell (t11),
personal chili cook-off mail, Thanksgiving auto-reply.""",
"Gulfside Builders Group": """
Risk (renewal at risk after a budget cut, champion left). Renewal 2027-02-15 (82 days). Champion Jenna Walsh
announces she leaves on 28 August with no successor (f05); a later mail to her bounces (f09). The CFO Richard
Alvarez, always polite, points to Marcus Reed (VP Operations) and says the board wants software spend cut by
20 % (f11). Megan's promised usage summary (due 25 Sept) arrives on 24 Sept (f14). On 26 Oct Richard asks for a
30-seat proposal and 'will have to look at all our suppliers before February' (f18). Megan promises it by
6 November (f19) and never sends it; Richard's polite follow-up of 18 Nov (f21, committee on 3 Dec) is still
unanswered at as_of. Hard negatives: calendar traffic, Jenna's personal mail from Gmail (f07), the bounce,
Gulfside's own newsletter with their prices and competitors (f15), an e-bill, a vendor upsell, Marcus's
auto-reply.""",
"Maasdelta Baggerwerken": """
Healthy (expansion to a new country, advocacy). Sanne de Boer announces the Elbe deepening near Hamburg and wants
Andamio in Germany from October (r02); Joost's quote promised before 7 August arrives on 5 August (r04); she adds
four inspectors for the Maasvlakte (r05). She offers to speak at the Benelux user day (r08). Ruud Hendriks is on
paternity leave from 12 October up to and including 4 January 2027 (r12, auto-reply r15): on_leave, not silent.
A competitor's sales call is rejected: 'we niet gaan overstappen' (r14, negation). Joost's promise of the agenda
by 20 November (r19) is kept on 18 November (r21). Hard negatives: a sector newsletter forwarded from Outlook
(Dutch markers), vendor event mailing, the leave announcement and auto-reply, Feyenoord tickets (personal), e-bill.""",
"Prefab Schelde": """
Risk (churn through going dark). Renewal 2027-01-31 (67 days). Koen Peeters, production manager, sends a weekly
report every week ('weekoverzicht', k01-k12) until 17 September, then nothing - no announcement. Joost's promise
(k04, answer before 31 July) is kept by Carmen (k05). On 24 September the finance director Els Wouters writes
'volgend jaar is onzeker voor ons' and defers the renewal (k13). After that no customer mail at all: Joost's
check-in (k16), call request (k17), renewal proposal (k18) and reminder (k20) are unanswered. Hard negatives: a
Febelcem newsletter (Thunderbird forward, Dutch), Koen's note about cutting their own prices to their biggest
client (k10), maintenance notice, e-bill, user-day mailing.""",
"AMVS Sevilla": """
Mixed (formal public procurement). Renewal 2027-02-28 (95 days, outside the window). The head of procurement
writes formal letters citing the LCSP from Lotus Notes; her replies drop In-Reply-To and carry a Notes header
block (s03, s10). Lucía promises the renewed ENS certificate before 15 October (s02) and does not deliver; on 20
October a formal reminder threatens the art. 194 LCSP procedure (s10); Lucía apologises without a new date
(s11) - still overdue at as_of. Meanwhile the technical director needs twelve more inspectors via a contract
modification (s05), approved on 26 October (s12). A price-revision query under art. 103 LCSP (s07) is answered
(no revision). Hard negatives: auto-reply, a Lotus Notes forward of an invoicing circular ('cancelación del
registro'), a FACe notification, calendar traffic sent by the customer, a trade-association newsletter
(APTECON, outside) with 'cambiar de proveedor' statistics, a vendor upsell and its polite decline.""",
"Campamentos Atacama": """
Healthy (new site, advocacy, phone support). Site questions are answered by phone: 'te llamo ahora' (c02, c04,
c23), with no written answer - nothing is left unanswered. After passing the mining client's safety audit, the
project manager praises Rodrigo and Diego to his own boss with them in CC (c05). The operations manager
announces a new 1,200-bed camp in Antofagasta (c06); the proposal promised by 15 September arrives on the 14th
(c08); the board approves and 15 new supervisors need training (c16). Rodrigo promises on-site training before
10 December (c17, open at as_of). Hard negatives: Fiestas Patrias auto-reply, a CChC report (Gmail forward),
webinar mailing, e-bill, calendar traffic, a barbecue invitation and reply.""",
}

# =====================================================================================
# output + validation
# =====================================================================================
ERR = []
def err(s):
    ERR.append(s)

def ldate(m):
    return m["dt"].date().isoformat()

def in_win(d, w):
    return w[0] <= d <= w[1]

def dom_of(a):
    return a.split("@")[1].lower()

def write_all():
    for a in ACCOUNTS:
        a["msgs"].sort(key=lambda m: m["dt"])
    # mboxes
    for a in ACCOUNTS:
        chunks = []
        for m in a["msgs"]:
            em = build(m)
            raw = em.as_bytes(policy=policy.SMTP.clone(max_line_length=120)).decode("ascii").replace("\r\n", "\n")
            env = "From %s %s\n" % (m["frm"], m["dt"].astimezone(timezone.utc).strftime("%a %b %d %H:%M:%S %Y"))
            chunks.append(env + mboxrd_escape(raw).rstrip("\n") + "\n\n")
        with open(os.path.join(OUT, a["file"]), "w", encoding="ascii", newline="\n") as f:
            f.write("".join(chunks))
    # accounts.csv
    with open(os.path.join(OUT, "accounts.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["account", "domains", "owner", "arr", "renewal_date", "segment"])
        for a in ACCOUNTS:
            w.writerow([a["name"], ";".join(a["domains"]), a["owner"], a["arr"], a["renewal"], a["segment"]])

def ev(key):
    m = MSGS[key]
    return {"message_id": m["mid"], "date": ldate(m), "from": m["frm"]}

def latency(a):
    cust = lambda m: dom_of(m["frm"]) in a["domains"]
    res = {}
    for side, who, other in (("customer_reply_hours", cust, lambda m: is_vendor(m["frm"])),
                             ("vendor_reply_hours", lambda m: is_vendor(m["frm"]), cust)):
        out = {}
        for wname, w in (("first_60_days", W1), ("last_30_days", W2)):
            samples = []
            for m in a["msgs"]:
                if not who(m) or m["auto"] or m["bulk"] or not m["re_"]:
                    continue
                p = MSGS[m["re_"]]
                if not other(p) or p["auto"] or p["bulk"]:
                    continue
                if not in_win(m["dt"].date(), w):
                    continue
                h = round((m["dt"] - p["dt"]).total_seconds() / 3600.0, 1)
                if h > 30 * 24:
                    continue   # an old thread reused for a new topic is not a response-time sample
                samples.append({"reply": m["mid"], "reply_date": ldate(m), "to_message": p["mid"], "hours": h})
            d = {"n": len(samples), "median_hours": round(statistics.median([s["hours"] for s in samples]), 1) if samples else None}
            if side == "customer_reply_hours":
                d["samples"] = samples
            out[wname] = d
        res[side] = out
    unans = []
    for m in a["msgs"]:
        if not is_vendor(m["frm"]) or m["auto"] or m["bulk"]:
            continue
        if not any(dom_of(x) in a["domains"] for x in m["to"]):
            continue
        if m["re_"] and not is_vendor(MSGS[m["re_"]]["frm"]):
            continue   # a vendor reply to the customer: no answer expected
        if m["neg"]:
            continue   # vendor marketing, bills, invitations, personal mail
        if m.get("noanswer_expected"):
            continue
        answered = any(x["re_"] == m["key"] and dom_of(x["frm"]) in a["domains"] and not x["auto"] for x in a["msgs"])
        if not answered:
            unans.append({"message_id": m["mid"], "date": ldate(m), "to": m["to"],
                          "age_days_at_as_of": (AS_OF - m["dt"].date()).days})
    res["unanswered_vendor_messages"] = unans
    return res

def contacts(a):
    seen = {}
    for m in a["msgs"]:
        for x in [m["frm"]] + m["to"] + m["cc"]:
            if dom_of(x) in a["domains"] and x not in seen:
                seen[x] = {"email": x, "name": P[x]["name"], "title": P[x]["title"],
                           "status": a["contacts_status"].get(x, "active"), "first_seen": ldate(m),
                           "human_messages_sent": 0, "last_human_message": None}
        if dom_of(m["frm"]) in a["domains"] and not m["auto"]:
            c = seen[m["frm"]]
            c["human_messages_sent"] += 1
            c["last_human_message"] = ldate(m)
    return list(seen.values())

DEFINITIONS = {
    "vendor_domains": list(VENDOR),
    "latency": "hours between a vendor message and the customer's direct reply to it (customer_reply_hours), and the reverse (vendor_reply_hours); auto-replies, calendar acceptances, ticket notifications and bulk mail are not replies; a reply whose client dropped In-Reply-To still counts (the quoted header block identifies its parent); windows are by reply date",
    "stale_replies": "a reply sent more than 30 days after its parent (an old thread reused for a new topic) is not a latency sample",
    "first_60_days": "%s to %s" % W1,
    "last_30_days": "%s to %s" % W2,
    "unanswered_vendor_messages": "vendor-initiated human messages to the customer that expect an answer (not replies to a customer message, not bulk/automatic, not marketing, bills, invitations, personal mail or FYI deliveries) with no customer reply by as_of",
    "contact_status": "active: wrote within the period and is still engaged; silent: used to write regularly and stopped for 30+ days without any announcement; on_leave: announced absence until a stated date; left: departed; new: first appeared in the last 60 days",
    "renewal_window": "days_to_renewal counted from as_of; inside_90_day_window when <= 90",
    "signal_dates": "local date of the message in the sender's time zone",
    "commitment": "a vendor promise with a due date; commitment_overdue when the due date passed before as_of and nothing was delivered (in any thread, by anyone); open_commitment when not yet due",
    "health": "risk accounts (scenario starting with churn, renewal_at_risk or latency) must score below 60 and below every healthy account (scenario starting with healthy)",
}

def expected():
    accs = []
    for a in ACCOUNTS:
        rd = date.fromisoformat(a["renewal"])
        dtr = (rd - AS_OF).days
        sigs = []
        for m in a["msgs"]:
            for s in m["sig"]:
                d = {"type": s[0], "phrase": s[1], "message_id": m["mid"], "date": ldate(m), "from": m["frm"]}
                if s[0] == "commitment":
                    d["due"] = s[2]
                sigs.append(d)
        alerts = []
        for al in a["alerts"]:
            alerts.append({"type": al["type"], "severity": al["severity"], "date": al["date"],
                           "evidence": [ev(k) for k in al["evidence"]], "note": al["note"]})
        mna = [{"message_id": m["mid"], "date": ldate(m), "from": m["frm"], "why": m["neg"]} for m in a["msgs"] if m["neg"]]
        accs.append({"account": a["name"], "mbox": a["file"], "domains": a["domains"], "owner": a["owner"],
                     "arr": a["arr"], "segment": a["segment"], "renewal_date": a["renewal"],
                     "renewal_window": {"days_to_renewal": dtr, "status": "inside_90_day_window" if dtr <= 90 else "outside_90_day_window"},
                     "scenario": a["scenario"], "latency": latency(a), "contacts": contacts(a),
                     "signals": sigs, "alerts": alerts, "must_not_alert": mna})
    doc = {"as_of": AS_OF.isoformat(), "vendor_domain": VENDOR[0], "definitions": DEFINITIONS, "accounts": accs}
    with open(os.path.join(OUT, "expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=120)
    return doc

def new_text(m):
    return m["body"]

def validate(doc):
    ids = {}
    for a in ACCOUNTS:
        path = os.path.join(OUT, a["file"])
        raw = open(path, "rb").read().decode("ascii")
        # mboxrd: every body line beginning with (>*)From  must be escaped
        for blk in re.split(r"\n(?=From \S+ \w{3} \w{3} )", raw):
            for l in blk.split("\n")[1:]:
                if re.match(r"^From ", l):
                    err("%s: unescaped From line" % a["file"])
        box = mailbox.mbox(path)
        got = {}
        for msg in box:
            e = email.message_from_bytes(msg.as_bytes(), policy=policy.default)
            for part in e.walk():
                if part.defects:
                    err("%s %s defects %s" % (a["file"], e["Message-ID"], part.defects))
            if e.defects:
                err("%s defects %s" % (e["Message-ID"], e.defects))
            mid = e["Message-ID"]
            got[mid] = e
            if mid in ids:
                err("duplicate Message-ID %s" % mid)
            ids[mid] = a["name"]
        if len(got) != len(a["msgs"]):
            err("%s: %d parsed vs %d written" % (a["file"], len(got), len(a["msgs"])))
        for m in a["msgs"]:
            e = got.get(m["mid"])
            if e is None:
                err("missing %s" % m["mid"]); continue
            body = e.get_content()
            for s in m["sig"]:
                if s[1] not in new_text(m):
                    err("phrase not in new text: %s %r" % (m["key"], s[1]))
                if s[1] not in body:
                    err("phrase not in decoded body: %s" % m["key"])
                if s[0] not in ("expansion", "advocacy", "churn_risk", "competitor", "pricing", "escalation", "commitment", "renewal"):
                    err("bad signal type %s" % s[0])
                if s[0] == "commitment" and not is_vendor(m["frm"]):
                    err("commitment from non-vendor %s" % m["key"])
                if s[0] != "commitment" and is_vendor(m["frm"]):
                    err("customer signal from vendor %s" % m["key"])
            if m["neg"] and m["sig"]:
                err("message both negative and signal %s" % m["key"])
            irt = e["In-Reply-To"]
            if m["re_"]:
                p = MSGS[m["re_"]]
                if p["acct"] != m["acct"]:
                    err("cross-account reply %s" % m["key"])
                if p["dt"] >= m["dt"]:
                    err("reply before parent %s" % m["key"])
                if m["noirt"]:
                    if irt: err("noirt but IRT %s" % m["key"])
                elif irt != p["mid"]:
                    err("bad IRT %s" % m["key"])
            elif irt:
                err("unexpected IRT %s" % m["key"])
            d = m["dt"].date()
            if not (START <= d <= AS_OF):
                err("date out of period %s %s" % (m["key"], d))
    allmids = set(ids)
    for acc in doc["accounts"]:
        mine = {m["mid"] for a in ACCOUNTS if a["name"] == acc["account"] for m in a["msgs"]}
        for s in acc["signals"]:
            if s["message_id"] not in mine: err("signal mid missing %s" % s["message_id"])
        for al in acc["alerts"]:
            for e_ in al["evidence"]:
                if e_["message_id"] not in mine: err("evidence mid missing %s" % e_["message_id"])
            if al["date"] > doc["as_of"]:
                err("alert after as_of %s" % al)
        for n in acc["must_not_alert"]:
            if n["message_id"] not in mine: err("neg mid missing")
    return allmids

def stats(doc):
    nmsg = sum(len(a["msgs"]) for a in ACCOUNTS)
    nneg = sum(1 for a in ACCOUNTS for m in a["msgs"] if m["neg"])
    from collections import Counter
    cat = Counter(); lang = Counter(); alerts = Counter()
    for a in ACCOUNTS:
        for m in a["msgs"]:
            for s in m["sig"]:
                cat[s[0]] += 1; lang[P[m["frm"]]["lang"]] += 1
        for al in a["alerts"]:
            alerts[al["type"]] += 1
    vend = sum(1 for a in ACCOUNTS for m in a["msgs"] if is_vendor(m["frm"]))
    return nmsg, nneg, cat, lang, alerts, vend

def readme(doc):
    L = ["# dev-6 scenario set: Andamio Obra Digital", "",
         "Vendor: Andamio Obra Digital (Madrid; office in Mexico City; sales rep in Rotterdam). Construction software:",
         "site diaries, safety inspections, equipment rental tracking, subcontractor invoicing. Vendor domains",
         "andamio.es (Spanish staff, soporte@, facturacion@, eventos@) and andamio-obra.com (English/Dutch staff, support@, sales@).",
         "Period 2026-07-15 to 2026-11-25, as_of 2026-11-25. Regenerate with `python3 generate.py` (deterministic; exits 1 on",
         "validation failure). Dates in the mail carry the sender's office time zone (Europe/Madrid, America/Mexico_City,",
         "America/Bogota, America/Argentina/Buenos_Aires, America/Santiago, America/Chicago, America/New_York, Europe/Amsterdam,",
         "Europe/Brussels), including the DST changes of late October / early November.", "",
         "Message keys used below (v02, m07, k13, ...) are the prefix of each Message-ID, e.g. <v02.202607160940@turia-ic.es>.",
         "vendor_domain in expected.yaml is andamio.es; definitions.vendor_domains lists both internal domains.", "",
         "Health verdict: accounts whose scenario starts with `churn`, `renewal_at_risk` or `latency` are the risk accounts;",
         "scenarios starting with `healthy` are healthy; `mixed` accounts are not constrained.", ""]
    nmsg, nneg, cat, lang, alerts, vend = stats(doc)
    L += ["Counts: %d accounts, %d messages (%d vendor-side), %d hard negatives, %d signals." % (len(ACCOUNTS), nmsg, vend, nneg, sum(cat.values())),
          "Signals by category: " + ", ".join("%s %d" % kv for kv in sorted(cat.items())),
          "Signals by language: " + ", ".join("%s %d" % kv for kv in sorted(lang.items())), ""]
    for a in ACCOUNTS:
        L += ["## %s (%s, %s, ARR %s, renewal %s) - `%s`" % (a["name"], a["file"], a["segment"], a["arr"], a["renewal"], a["scenario"]), "",
              STORIES[a["name"]].strip(), ""]
    L += ["## Alert table", "", "| account | alert | severity | date | evidence | note |", "|---|---|---|---|---|---|"]
    for a in ACCOUNTS:
        for al in a["alerts"]:
            L.append("| %s | %s | %s | %s | %s | %s |" % (a["name"], al["type"], al["severity"], al["date"],
                     " ".join(MSGS[k]["mid"] for k in al["evidence"]), al["note"]))
    L += ["", "Accounts with no alert rows must raise none. Everything in must_not_alert (with its reason) must raise no",
          "signal and no alert: vendor upsell/renewal mail, forwarded newsletters and market reports (Gmail, Outlook, Apple Mail,",
          "Thunderbird, Lotus Notes forward markers in Spanish, English and Dutch), auto-replies, calendar traffic, ticket",
          "notifications, e-bills, personal mail, customers' own prices and competitors, negations, quoted older mail and",
          "disclaimers; also four messages from outside any customer (a recruiter, a software vendor selling to Andamio, a",
          "university researcher, a trade-association newsletter)."]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

if __name__ == "__main__":
    write_all()
    doc = expected()
    validate(doc)
    readme(doc)
    nmsg, nneg, cat, lang, alerts, vend = stats(doc)
    print("accounts %d messages %d vendor %d negatives %d" % (len(ACCOUNTS), nmsg, vend, nneg))
    print("signals", dict(cat), "by lang", dict(lang))
    print("alerts", dict(alerts))
    if ERR:
        for e in ERR:
            print("ERROR:", e)
        sys.exit(1)
    print("validation passed")
