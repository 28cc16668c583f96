# -*- coding: utf-8 -*-
from core import person, account, M

# =====================================================================  Brasa Norte (MX)
person('claudia', 'Claudia Garza', 'claudia.garza@brasanorte.com.mx', 'Gerente de Nómina', lang='es', client='outlook',
       sig="Claudia Garza Treviño\nGerente de Nómina | Brasa Norte Restaurantes\nMonterrey, N.L.")
person('ernesto', 'Ernesto Villarreal', 'ernesto.villarreal@brasanorte.com.mx', 'Director de Administración y Finanzas',
       lang='es', client='gmail', sig="Ernesto Villarreal\nDirector de Administración y Finanzas")
account(account='Brasa Norte Restaurantes', mbox='brasa_norte.mbox', domains=['brasanorte.com.mx'], owner='lucia.paredes@solanopayroll.com',
        arr=96000, segment='mid', renewal_date='2026-11-20', scenario='latency_degradation_renewal_at_risk', risk=True,
        region='us', lang='es', country='MX')

M('bn01', '2026-06-02 09:10 -0500', 'lucia', ['claudia'], 'Revisión trimestral – Brasa Norte', ask=True, body="""
Hola Claudia, buenos días.

Ya se cumplen tres meses desde la última revisión y me gustaría agendar una llamada de una hora para ver cómo van las quincenas, los incidentes abiertos y lo que tengan planeado para el segundo semestre.

¿Te acomoda el jueves 4 por la mañana?

Saludos,""")
M('bn02', '2026-06-02 10:42 -0600', 'claudia', ['lucia'], re='bn01', sig=[('expansion', 'vamos a abrir dos sucursales nuevas en Saltillo')], body="""
Hola Lucía,

Sí, el jueves a las 10 nos queda bien. Te adelanto un tema: vamos a abrir dos sucursales nuevas en Saltillo en agosto y vamos a necesitar dar de alta a unos 60 empleados más entre meseros, cocina y gerentes. Me gustaría que lo viéramos en la llamada.

Saludos""")
M('bn03', '2026-06-02 12:05 -0500', 'lucia', ['claudia'], 'Invitación: Revisión trimestral Brasa Norte / Solano – jue 4 jun 10:00 (CST)', kind='calendar',
  neg='calendar invitation sent by the vendor', sigblock=False, ics='bn', body="""
Lucía Paredes le ha invitado a una reunión.

Revisión trimestral Brasa Norte / Solano
Jueves, 4 de junio de 2026, 10:00 – 11:00 (hora del centro de México)
Microsoft Teams: unirse desde el enlace de la invitación

Orden del día: quincenas de mayo, incidentes abiertos, altas de Saltillo.""")
M('bn04', '2026-06-02 12:31 -0600', 'claudia', ['lucia'], 'Aceptado: Revisión trimestral Brasa Norte / Solano – jue 4 jun 10:00 (CST)', kind='calendar',
  neg='calendar acceptance, no text', sigblock=False, body="""
Claudia Garza ha aceptado esta reunión.""")
M('bn05', '2026-06-04 13:20 -0500', 'lucia', ['claudia'], 'Acuerdos de la revisión trimestral', cc=['ernesto'],
  sig=[('commitment', 'Le enviaré la cotización para las dos sucursales de Saltillo a más tardar el viernes 12 de junio')], body="""
Claudia, Ernesto:

Gracias por el tiempo de hoy. Resumo los acuerdos:

1. Le enviaré la cotización para las dos sucursales de Saltillo a más tardar el viernes 12 de junio.
2. Soporte revisará el ticket de las propinas que no se reflejaban en el recibo de la 2a quincena de mayo.
3. Nos volvemos a ver en julio para la planeación de las altas.

Cualquier cosa que me haya faltado, díganme.

Saludos,""")
M('bn06', '2026-06-04 16:02 -0600', 'claudia', ['lucia'], re='bn05', client='iphone', sigblock=False, body="""
Perfecto, gracias Lucía.

Enviado desde mi iPhone""")
M('bn07', '2026-06-11 17:45 -0500', 'lucia', ['claudia'], re='bn05', cc=['ernesto'], subj='Cotización sucursales Saltillo', ask=True,
  neg="vendor's own quote and list prices (vendor-written upsell)", body="""
Hola Claudia,

Como quedamos, te comparto la cotización para las dos sucursales de Saltillo: 60 empleados adicionales a la tarifa vigente de su contrato, sin costo de implementación porque reutilizamos la configuración de Monterrey. Incluye el módulo de propinas y el reloj checador en tableta.

Quedo atenta a sus comentarios.

Saludos,""")
M('bn08', '2026-06-11 22:40 -0600', 'claudia', ['lucia'], re='bn07', body="""
Gracias, lo reviso con Ernesto y te comento.

Saludos""")
M('bn09', '2026-06-16 08:03 -0500', 'support_es', ['claudia'], '[Ticket #48213] Propinas no reflejadas en recibo – actualización', kind='bulk',
  neg='ticketing notification', body="""
Hola Claudia,

Tu ticket #48213 cambió a estado: RESUELTO.

Resumen: el concepto P-017 (propinas) no estaba mapeado al recibo CFDI. Se corrigió la plantilla; el cambio aplica a partir de la 1a quincena de junio.

Si no respondes en 5 días el ticket se cerrará automáticamente.
No respondas a este correo por encima de esta línea.""")
M('bn10', '2026-06-22 07:55 -0600', 'ernesto', ['lucia'], 'Fwd: Reporte sectorial restaurantero – 2T 2026', neg='customer forwards an industry report about menu prices (their own prices and competitors)',
  body="""
Lucía, para que veas cómo anda el sector. Nosotros también vamos a subir precios del menú en julio.

E.""", fwd="""
---------- Mensaje reenviado ---------
De: Boletín CANIRAC Nuevo León <boletin@canirac-nl.org.mx>
Date: vie, 19 jun 2026 a las 18:00
Subject: Reporte sectorial restaurantero – 2T 2026
To: <ernesto.villarreal@brasanorte.com.mx>

Los restaurantes de servicio completo en Monterrey reportan un aumento promedio de 9% en precios de menú durante el segundo trimestre. El costo de la carne de res subió 14% y la rotación de personal de cocina se mantiene en 6% mensual. Cadenas competidoras como Los Cabritos y La Parrilla del Norte anunciaron aperturas en Saltillo y Torreón.""")
M('bn11', '2026-07-02 10:15 -0500', 'lucia', ['claudia'], re='bn07', ask=True, body="""
Hola Claudia,

¿Pudieron revisar la cotización con Ernesto? Para tener listas las altas de Saltillo en agosto necesitaríamos arrancar la configuración a mediados de julio.

Saludos,""")
M('bn12', '2026-07-03 07:20 -0600', 'claudia', ['lucia'], re='bn11',
  sig=[('pricing', 'el precio por empleado se nos hace alto')], body="""
Lucía, Ernesto todavía la está revisando. Siendo honesta, el precio por empleado se nos hace alto para las sucursales chicas, que tienen mucha rotación. Te aviso en cuanto tenga respuesta.

Saludos""")
M('bn13', '2026-07-06 09:30 -0500', 'lucia', ['claudia'], re='bn12', ask=True, body="""
Claudia, entiendo lo de la rotación. Podemos ver un esquema por empleado activo en el mes en vez de empleado dado de alta, que para Saltillo les convendría. ¿Tienes 30 minutos esta semana para verlo?

Saludos,""")
M('bn14', '2026-07-08 08:05 -0600', 'claudia', ['lucia'], re='bn13', client='iphone', sigblock=False, body="""
Esta semana imposible, cierre de quincena. Te aviso

Enviado desde mi iPhone""")
M('bn15', '2026-07-28 06:00 -0500', 'billing', ['claudia'], 'Solano Payroll – Factura SP-MX-2026-0731', kind='bulk', lang='es',
  neg='e-bill from the vendor billing system', body="""
Estimado cliente:

Adjuntamos su factura SP-MX-2026-0731 por el periodo julio 2026.
Importe: MXN 136,000.00 + IVA
Fecha de vencimiento: 27/08/2026

Puede consultar sus facturas y complementos de pago en el portal de clientes.
Este es un mensaje automático, por favor no responda.""")
M('bn16', '2026-08-04 11:10 -0500', 'lucia', ['claudia'], 'Altas Saltillo', ask=True, body="""
Hola Claudia,

¿Cómo van las aperturas de Saltillo? Si me confirman la fecha de la primera quincena, agendo con soporte la carga de empleados para que no les tome por sorpresa.

Saludos,""")
M('bn17', '2026-08-07 14:30 -0600', 'claudia', ['lucia'], re='bn16', body="""
Abrimos solo una, la de Venustiano Carranza. La otra se pospuso sin fecha. Los 28 empleados los damos de alta nosotros, no hace falta soporte.

Saludos""")
M('bn18', '2026-08-12 08:00 -0500', 'lucia', ['claudia'], 'Su renovación con Solano – 20 de noviembre de 2026', kind='human',
  neg='vendor-written renewal reminder (template)', body="""
Estimada Claudia:

Le recordamos que el contrato de servicio de Brasa Norte Restaurantes con Solano Payroll vence el 20 de noviembre de 2026. Para renovar en las mismas condiciones no se requiere ninguna acción; si desea revisar el número de empleados o agregar módulos, con gusto preparamos una propuesta de renovación.

Atentamente,""")
M('bn19', '2026-08-25 10:00 -0500', 'lucia', ['claudia'], 'Reunión de renovación', cc=['ernesto'], ask=True, body="""
Hola Claudia, hola Ernesto,

Me gustaría agendar la revisión de renovación en septiembre, antes del cierre del trimestre. ¿Qué semana les funciona?

Saludos,""")
M('bn20', '2026-08-25 09:01 -0600', 'claudia', ['lucia'], re='bn19', kind='auto', quote=False, sigblock=False,
  subj='Respuesta automática: Reunión de renovación', neg='out-of-office auto-reply', body="""
Estoy fuera de la oficina hasta el 28 de agosto con acceso limitado al correo. Para temas urgentes de nómina comunicarse con Patricia Salinas a patricia.salinas@brasanorte.com.mx.""")
M('bn21', '2026-09-01 12:50 -0600', 'claudia', ['lucia'], re='bn19', body="""
Perdón la demora Lucía. Lo platico con Ernesto y te digo.

Saludos""")
M('bn22', '2026-09-02 10:20 -0500', 'lucia', ['claudia'], re='bn21', cc=['ernesto'], ask=True, body="""
Claudia, gracias. Propongo el miércoles 9 o el jueves 10 a las 11:00. Si les sirve, llevo también el esquema de cobro por empleado activo que comentamos en julio.

Saludos,""")
M('bn23', '2026-09-08 18:40 -0600', 'claudia', ['lucia'], re='bn22',
  sig=[('churn_risk', 'Ernesto pidió revisar otras opciones antes de renovar'), ('renewal', 'antes de renovar')], body="""
Lucía, esta semana no vamos a poder. Ernesto pidió revisar otras opciones antes de renovar, así que por ahora no agendemos nada. Yo te busco.

Claudia""")
M('bn24', '2026-09-09 09:05 -0500', 'lucia', ['claudia'], re='bn23', cc=['ernesto'], ask=True, body="""
Claudia, gracias por avisarme. ¿Me podrías decir qué les gustaría que mejoráramos? Si es el precio de las sucursales chicas, tengo margen para proponer algo. Ernesto, con gusto me reúno contigo directamente.

Saludos,""")
M('bn25', '2026-09-16 16:30 -0500', 'lucia', ['ernesto'], re='bn24', ask=True, body="""
Ernesto, buenas tardes.

Te escribo directamente para no perder la conversación: el contrato vence el 20 de noviembre y me gustaría entender qué están evaluando. ¿Te puedo llamar el lunes?

Saludos,""")
from core import alert, contact_meta
contact_meta('claudia', 'active'); contact_meta('ernesto', 'silent')
alert('expansion_opportunity', 'medium', '2026-06-02', ['bn02'], 'Two new restaurants in Saltillo, ~60 employees to add.')
alert('open_commitment', 'low', '2026-06-04', ['bn05'], 'Quote for Saltillo promised by 2026-06-12; kept by bn07 on 2026-06-11.', due='2026-06-12')
alert('latency_degradation', 'high', '2026-09-01', ['bn14', 'bn17', 'bn21', 'bn23'], 'Claudia answered within hours in June; 20 h and 48 h in July, 75 h in August, 7 days on 2026-09-01, 6 days on 2026-09-08.')
alert('contacts_going_silent', 'medium', '2026-08-21', ['bn10'], 'Ernesto (finance director, decision maker) has not written since 2026-06-22 although copied on every renewal mail.')
alert('churn_risk', 'high', '2026-09-08', ['bn23'], 'Finance director asked to review other options before renewing.')
alert('renewal_at_risk', 'high', '2026-09-08', ['bn23', 'bn12'], 'Renewal 2026-11-20 (51 days) with pricing objection, slowing replies and an option review.')

# =====================================================================  Limpiezas Hospitalarias Cantábrico (ES)
person('carmen', 'Carmen Solórzano', 'carmen.solorzano@lhcantabrico.es', 'Responsable de RR. HH.', lang='es', client='outlook',
       sig="Carmen Solórzano Ibarra\nResponsable de Recursos Humanos\nLimpiezas Hospitalarias Cantábrico, S.L.\nPolígono de Raos, parcela 12 – 39011 Santander\n\nLa información contenida en este correo es confidencial. De acuerdo con el RGPD, sus datos serán tratados por LHC con la finalidad de gestionar la relación comercial.")
person('inigo', 'Iñigo Ruiz de la Peña', 'inigo.ruiz@lhcantabrico.es', 'Director Financiero', lang='es', client='oldoutlook',
       sig="Iñigo Ruiz de la Peña\nDirector Económico-Financiero\nLimpiezas Hospitalarias Cantábrico, S.L.")
person('javier', 'Javier Gómez', 'javier.gomez@lhcantabrico.es', 'Técnico de Nóminas', lang='es', client='thunderbird',
       sig="Javier Gómez\nNóminas – LHC")
account(account='Limpiezas Hospitalarias Cantábrico', mbox='lh_cantabrico.mbox', domains=['lhcantabrico.es'], owner='alvaro.benitez@solano.es',
        arr=72000, segment='mid', renewal_date='2026-12-15', scenario='budget_freeze_going_dark', risk=True, region='eu', lang='es', country='ES')

M('lh01', '2026-06-03 10:12 +0200', 'carmen', ['alvaro'], 'Cuadrantes para los nuevos hospitales',
  sig=[('expansion', 'Nos interesa ampliar al módulo de cuadrantes')], body="""
Buenos días, Álvaro:

Desde el 1 de julio asumimos la limpieza de tres centros más del Servicio Cántabro de Salud (Laredo, Reinosa y Sierrallana). Son unas 140 personas a turnos y ahora mismo los cuadrantes se hacen en Excel. Nos interesa ampliar al módulo de cuadrantes para todos los centros, no solo Valdecilla.

¿Podrías enviarnos una propuesta?

Un saludo,""")
M('lh02', '2026-06-03 12:40 +0200', 'alvaro', ['carmen'], re='lh01',
  sig=[('commitment', 'te mando la propuesta el lunes 8 de junio')], body="""
Hola Carmen:

¡Buena noticia lo de los tres centros! Lo preparo con Marta, que conoce vuestra configuración, y te mando la propuesta el lunes 8 de junio.

Un abrazo,""")
M('lh03', '2026-06-08 17:05 +0200', 'alvaro', ['carmen'], re='lh02', subj='Propuesta módulo de cuadrantes – LHC', ask=True,
  neg="vendor's own proposal with prices (vendor-written upsell)", body="""
Carmen:

Te adjunto la propuesta para el módulo de cuadrantes en los cuatro centros: 140 empleados adicionales, implantación en tres semanas y formación a los encargados de cada hospital. El precio se mantiene en la tarifa del contrato actual hasta la renovación de diciembre.

Quedo a tu disposición para revisarla juntos.""")
M('lh04', '2026-06-09 09:30 +0200', 'carmen', ['alvaro'], re='lh03', body="""
Gracias, Álvaro. La paso a Iñigo para que la apruebe; en principio encaja con lo que hablamos.

Un saludo,""")
M('lh05', '2026-06-17 08:14 +0200', 'javier', ['support_es'], 'Plus de nocturnidad junio', body="""
Hola,

En el cálculo de la nómina de junio el plus de nocturnidad de Valdecilla sale a 1,12 €/h y según el convenio de limpieza de Cantabria es 1,21 €/h desde el 1 de enero. ¿Me lo podéis revisar antes del cierre del 24?

Gracias""")
M('lh06', '2026-06-17 11:20 +0200', 'marta', ['javier'], re='lh05', cc=['support_es'], client='outlook', sigblock=False, body="""
Hola Javier:

Tienes razón, la tabla salarial de 2026 no se había cargado para vuestro convenio. Ya está corregida en el entorno; si relanzas el cálculo de prueba debería salir 1,21 €/h.

Marta Ibáñez
Consultora de Implantación | Solano Payroll España""")
M('lh07', '2026-06-17 13:02 +0200', 'javier', ['marta'], re='lh06', body="""
Perfecto, ya cuadra. Gracias Marta!""")
M('lh08', '2026-06-26 09:00 +0200', 'mkt_es', ['carmen'], 'Solano al día – junio: nuevo módulo de cuadrantes y calendario laboral 2027',
  kind='bulk', neg='vendor newsletter (upsell language)', body="""
Solano al día · Junio 2026

• Nuevo módulo de cuadrantes con aplicación móvil: amplía tu plan hoy y obtén un 10% de descuento en la implantación.
• Calendario laboral 2027 ya disponible para todas las comunidades autónomas.
• Webinar: registro horario y la nueva Ley de reducción de jornada.

Para darte de baja de esta lista, responde con BAJA.""")
M('lh09', '2026-07-06 13:45 +0200', 'inigo', ['alvaro'], 'Comunicación: congelación presupuestaria', cc=['carmen'],
  sig=[('churn_risk', 'quedan en suspenso todas las nuevas contrataciones de software'),
       ('renewal', 'revisaremos también las condiciones de renovación del contrato vigente')], body="""
Estimado Sr. Benítez:

Por la presente le comunicamos que, a raíz de la congelación presupuestaria acordada por el Consejo de Administración el pasado 1 de julio, quedan en suspenso todas las nuevas contrataciones de software hasta el cierre del ejercicio. Esta decisión afecta a la propuesta del módulo de cuadrantes remitida el 8 de junio, que no podemos aprobar en este momento.

Asimismo, le informamos de que antes de diciembre revisaremos también las condiciones de renovación del contrato vigente, en el marco del plan de contención de costes.

Le agradecemos la comprensión.

Atentamente,""")
M('lh10', '2026-07-06 16:20 +0200', 'alvaro', ['inigo'], re='lh09', cc=['carmen'], ask=True, body="""
Estimado Sr. Ruiz de la Peña:

Gracias por comunicárnoslo con claridad. Entendemos la situación. Si le parece, podemos mantener una reunión breve en septiembre para ver opciones de renovación que se ajusten al plan de contención (por ejemplo, facturación trimestral o un compromiso a dos años con precio congelado).

Quedo a su disposición.""")
M('lh11', '2026-07-08 08:50 +0200', 'carmen', ['alvaro'], re='lh10', client='iphone', sigblock=False, body="""
Lo siento mucho, Álvaro, de verdad. No depende de mí. Hablamos.

Enviado desde mi iPhone""")
M('lh12', '2026-07-20 10:05 +0200', 'alvaro', ['carmen'], 'Opciones para la renovación', ask=True, body="""
Hola Carmen:

Sin prisa, pero te dejo por escrito las dos opciones que podríamos ofrecer para la renovación: (a) pago trimestral sin recargo, (b) dos años con la tarifa de 2026 congelada. ¿Crees que Iñigo las vería con buenos ojos?

Un abrazo,""")
M('lh13', '2026-07-21 18:30 +0200', 'carmen', ['alvaro'], re='lh12', body="""
Se lo traslado a Iñigo. No te prometo nada.""")
M('lh14', '2026-08-03 09:40 +0200', 'alvaro', ['carmen', 'inigo'], 'Renovación LHC – propuesta de reunión', ask=True, body="""
Buenos días, Carmen e Iñigo:

¿Podríamos fijar una reunión en la primera quincena de septiembre para hablar de la renovación de diciembre? Me adapto a vuestra agenda.

Un saludo,""")
M('lh15', '2026-08-03 09:41 +0200', 'carmen', ['alvaro'], re='lh14', kind='auto', quote=False, sigblock=False,
  subj='Respuesta automática: Renovación LHC – propuesta de reunión', neg='out-of-office auto-reply (holidays)', body="""
Estaré de vacaciones hasta el lunes 24 de agosto. Para asuntos de nóminas, escriba a javier.gomez@lhcantabrico.es.""")
M('lh16', '2026-08-14 07:00 +0200', 'billing', ['inigo'], 'Solano Payroll España – Factura FE-2026-0814', kind='bulk', lang='es',
  neg='e-bill', body="""
Estimado cliente:

Ya está disponible su factura FE-2026-0814 (agosto 2026) por importe de 6.000,00 € + IVA. Vencimiento: 13/09/2026. Forma de pago: domiciliación bancaria.

Mensaje generado automáticamente.""")
M('lh17', '2026-09-01 09:15 +0200', 'alvaro', ['carmen'], re='lh14', ask=True, body="""
Hola Carmen, ¿qué tal las vacaciones?

Retomo lo de la reunión de renovación. ¿Tendríais un hueco la semana del 14?

Un abrazo,""")
M('lh18', '2026-09-09 21:14 +0200', 'javier', ['marta'], 'Cena del 19', kind='personal', sigblock=False,
  neg='personal mail between a customer employee and a vendor employee (former colleagues)', body="""
Marta!! Al final vienes a la cena de los de la antigua gestoría el sábado 19? Somos ya 11. Es en el Cañadío a las 21:30.

Javi""")
M('lh19', '2026-09-10 08:02 +0200', 'marta', ['javier'], re='lh18', kind='personal',
  neg='personal reply about a dinner', body="""
Sííí, cuenta conmigo! Bajo a Santander el viernes. Lleva las fotos de la comida de Navidad de 2019 😂""")
M('lh20', '2026-09-15 08:00 +0200', 'alvaro', ['inigo'], 'Aviso de renovación – contrato LHC – 15/12/2026', neg='vendor-written renewal reminder (template)', body="""
Estimado cliente:

Le recordamos que su contrato con Solano Payroll España vence el 15 de diciembre de 2026 y se renovará automáticamente por doce meses salvo comunicación en contrario con 30 días de antelación. Su gestor de cuentas está a su disposición para revisar las condiciones.

Atentamente,""")
M('lh21', '2026-09-22 12:30 +0200', 'alvaro', ['inigo'], re='lh09', cc=['carmen'], subj='Renovación – propuesta de condiciones 2027', ask=True, body="""
Estimado Sr. Ruiz de la Peña:

Retomo su comunicación del 6 de julio. Con el fin de facilitar la decisión dentro del plan de contención de costes, le propongo mantener para 2027 la tarifa actual sin incremento por IPC y pasar a facturación trimestral. Le agradecería una breve reunión antes del 15 de octubre.

Atentamente,""")
M('lh22', '2026-09-23 03:10 +0200', 'support_es', ['javier'], '[Ticket #51877] Se ha cerrado su solicitud', kind='bulk', neg='ticketing notification (auto-closed)', body="""
Su solicitud #51877 «Certificado de retenciones» se ha cerrado automáticamente tras 7 días sin respuesta.
Si el problema persiste, responda a este correo para reabrirla.""")
contact_meta('carmen', 'silent'); contact_meta('inigo', 'silent'); contact_meta('javier', 'silent')
alert('expansion_opportunity', 'medium', '2026-06-03', ['lh01'], 'Scheduling module for three new hospital sites (~140 staff).')
alert('open_commitment', 'low', '2026-06-03', ['lh02'], 'Proposal promised for 2026-06-08; kept by lh03.', due='2026-06-08')
alert('churn_risk', 'high', '2026-07-06', ['lh09'], 'Board budget freeze suspends all new software purchases; expansion dead.')
alert('renewal_at_risk', 'high', '2026-07-06', ['lh09'], 'Finance director will review the renewal conditions under a cost-containment plan; renewal 2026-12-15.')
alert('account_going_silent', 'high', '2026-09-04', ['lh13', 'lh14', 'lh17'], 'No business reply since 2026-07-21 despite vendor mails of 08-03 and 09-01; only auto-replies, tickets and personal mail.')
alert('contacts_going_silent', 'medium', '2026-09-04', ['lh09', 'lh13'], 'Both decision contacts (Iñigo, Carmen) silent; Javier writes only about payroll and a private dinner.')

# =====================================================================  Aerolíneas del Café (CO)
person('andres', 'Andrés Felipe Ocampo', 'andres.ocampo@aerocafe.com.co', 'Jefe de Nómina', lang='es', client='outlook',
       sig="Andrés Felipe Ocampo R.\nJefe de Nómina | Aerolíneas del Café S.A.S.\nAeropuerto El Dorado, Bogotá D.C.\n\nAVISO DE PRIVACIDAD: Los datos personales contenidos en este mensaje son tratados conforme a la Ley 1581 de 2012.")
person('luisa', 'Luisa Fernanda Cárdenas', 'luisa.cardenas@aerocafe.com.co', 'Gerente de Operaciones Terrestres', lang='es', client='apple',
       sig="Luisa Fernanda Cárdenas\nGerente de Operaciones Terrestres")
person('hernan', 'Hernán Restrepo', 'hernan.restrepo@aerocafe.com.co', 'Director de Gestión Humana', lang='es', client='outlook',
       sig="Hernán Restrepo Uribe\nDirector de Gestión Humana\nAerolíneas del Café S.A.S.")
account(account='Aerolíneas del Café', mbox='aerocafe.mbox', domains=['aerocafe.com.co'], owner='lucia.paredes@solanopayroll.com',
        arr=128000, segment='mid', renewal_date='2027-02-28', scenario='escalation_resolved_well', risk=False, region='us', lang='es', country='CO')

M('ac01', '2026-06-04 08:20 -0500', 'andres', ['lucia'], 'Jornada de 42 horas desde el 15 de julio', ask=False, body="""
Buenos días Lucía,

Como sabe, desde el 15 de julio la jornada máxima baja a 42 horas semanales (Ley 2101). En rampa tenemos turnos rotativos 24/7 y necesitamos que el cálculo de horas extra y recargos tome la nueva jornada desde esa fecha exacta, no desde el inicio de la quincena. ¿Cómo lo manejamos?

Cordialmente,""")
M('ac02', '2026-06-04 11:05 -0500', 'lucia', ['andres'], re='ac01', cc=['greg'],
  sig=[('commitment', 'tendrán la configuración de 42 horas en su ambiente de pruebas antes del 10 de julio')], body="""
Hola Andrés,

Lo tenemos contemplado. El equipo de Greg (en copia) está preparando el cambio para todos los clientes en Colombia: tendrán la configuración de 42 horas en su ambiente de pruebas antes del 10 de julio, con corte exacto al 15.

Saludos,""")
M('ac03', '2026-06-04 14:48 -0500', 'andres', ['lucia'], re='ac02', body="""
Listo Lucía, quedo atento. Gracias.""")
M('ac04', '2026-06-18 09:00 -0500', 'mkt_es', ['andres'], 'Solano al día – Colombia: reducción de jornada, ¿está listo?', kind='bulk',
  neg='vendor newsletter', body="""
Solano al día · Edición Colombia

La reducción a 42 horas entra en vigor el 15 de julio. Descubra cómo el módulo de turnos de Solano recalcula recargos nocturnos, dominicales y festivos automáticamente. ¿Aún no tiene el módulo? Pida una demo y mejore su plan.

Si no desea recibir más boletines, haga clic en «cancelar suscripción».""")
M('ac05', '2026-07-09 16:30 -0500', 'greg', ['andres'], re='ac02', cc=['lucia'], lang='en', subj='42-hour week configuration available in your sandbox', body="""
Hi Andrés,

The 42-hour week configuration is live in your sandbox (aerocafe-test). Effective date is set to July 15, 2026; overtime and night/Sunday surcharges use the new threshold from that day forward. Let us know if anything looks off in your test run.

(Lucía will follow up in Spanish if needed.)""")
M('ac06', '2026-07-17 07:40 -0500', 'luisa', ['lucia'], 'URGENTE – recargo nocturno mal liquidado', cc=['hernan', 'andres'],
  sig=[('escalation', 'Esto es inaceptable')], body="""
Lucía:

Esto es inaceptable. En la quincena que pagamos ayer les liquidaron mal el recargo nocturno a 183 auxiliares de rampa y agentes de plataforma: el sistema siguió usando 47 horas para los turnos que cruzaron la medianoche del 15. El sindicato ya nos llamó a primera hora y tengo gente amenazando con no presentarse al turno de la noche.

Necesito saber hoy qué pasó y cuándo se corrige.

Luisa Fernanda""")
M('ac07', '2026-07-17 09:10 -0500', 'lucia', ['luisa'], re='ac06', cc=['hernan', 'andres', 'greg'],
  sig=[('commitment', 'la corrección y el archivo de reliquidación estarán listos a más tardar el viernes 24 de julio')], body="""
Luisa Fernanda, lo siento mucho. Ya identificamos la causa: los turnos que empezaron el 14 y terminaron el 15 quedaron con la regla anterior. Greg y su equipo están trabajando en ello desde esta mañana.

Me comprometo a que la corrección y el archivo de reliquidación estarán listos a más tardar el viernes 24 de julio, para que puedan pagar la diferencia en nómina extraordinaria. Le escribo cada día con el avance.

Saludos,""")
M('ac08', '2026-07-18 10:25 -0500', 'hernan', ['lucia'], re='ac07', cc=['luisa', 'andres'],
  sig=[('escalation', 'Necesito que esto quede resuelto antes del próximo pago'), ('churn_risk', 'tendremos que replantear la relación con Solano')], body="""
Lucía, buenos días.

Necesito que esto quede resuelto antes del próximo pago. Entiendo que los errores pasan, pero no con el personal de rampa en plena temporada de vacaciones. Si se repite, tendremos que replantear la relación con Solano.

Cordialmente,""")
M('ac09', '2026-07-20 06:00 -0500', 'support_es', ['andres'], '[Ticket #49902] Recargo nocturno – en progreso', kind='bulk', neg='ticketing notification', body="""
Tu ticket #49902 «Recargo nocturno turnos cruzados 15/07» fue actualizado.
Estado: EN PROGRESO · Prioridad: CRÍTICA · Asignado a: Ingeniería de soporte

Puedes responder a este correo para agregar comentarios.""")
M('ac10', '2026-07-23 15:40 -0500', 'greg', ['andres', 'luisa'], re='ac07', cc=['lucia', 'hernan'], lang='en', subj='Fix deployed + reliquidation file (ticket #49902)', body="""
Hi all,

The fix for shifts crossing midnight on July 15 is deployed to production. Attached is the reliquidation file: 183 employees, total difference COP 41,862,300, itemised per employee and per shift. Andrés' team can load it as an extraordinary payroll.

Sorry again for the trouble.""")
M('ac11', '2026-07-23 18:05 -0500', 'andres', ['greg'], re='ac10', cc=['lucia'], body="""
Validado con una muestra de 30 personas, cuadra todo. Lo pagamos mañana. Gracias Greg.""")
M('ac12', '2026-07-24 07:55 -0500', 'luisa', ['lucia'], re='ac10', client='iphone', sigblock=False, body="""
Gracias por la rapidez. Así sí.

Enviado desde mi iPhone""")
M('ac13', '2026-07-27 11:00 -0500', 'lucia', ['hernan'], 'Compensación por el incidente de julio', cc=['luisa'], body="""
Hernán, buenos días.

Como gesto por el incidente del recargo nocturno, aplicaremos una nota crédito equivalente a un mes de servicio en la factura de agosto. Además, Greg incorporó una prueba automática para cambios de jornada con corte a mitad de quincena.

Gracias por la paciencia de su equipo.

Saludos,""")
M('ac14', '2026-07-28 08:15 -0500', 'hernan', ['lucia'], re='ac13', body="""
Lucía, agradezco la gestión y la nota crédito. El equipo quedó tranquilo.

Cordialmente,""")
M('ac15', '2026-08-06 19:20 -0500', 'lucia', ['andres'], '¿Cena el jueves?', kind='personal', client='gmail', sigblock=False,
  neg='personal mail (dinner invitation)', body="""
Andrés! Estoy en Bogotá la otra semana. ¿Cenamos el jueves 13? Yo invito, me debes la revancha del ajiaco 😄

Lucía""")
M('ac16', '2026-08-06 21:02 -0500', 'andres', ['lucia'], re='ac15', kind='personal', client='iphone', sigblock=False,
  neg='personal reply about dinner', body="""
Hecho. Jueves 7:30 en el de la 93. Llevo a Diana.

Enviado desde mi iPhone""")
M('ac17', '2026-08-20 12:10 -0500', 'luisa', ['lucia'], 'Fwd: Tarifas de asistencia en tierra 2027', sigblock=False,
  neg='customer forwards an aviation trade article about its own competitors and tariffs', body="""
Lucía, te lo paso por lo que hablamos del crecimiento en Rionegro. Interesante lo de las tarifas.

LF""", fwd="""
Inicio del mensaje reenviado:

De: Boletín Aerocivil Industria <boletin@aeronautica-industria.co>
Asunto: Tarifas de asistencia en tierra 2027
Fecha: 19 de agosto de 2026, 6:00:00 p.m. GMT-5
Para: luisa.cardenas@aerocafe.com.co

Las aerolíneas regionales anuncian un aumento de entre 6% y 11% en las tarifas de asistencia en tierra para 2027. Avianca y LATAM evalúan internalizar la atención en rampa en Rionegro, mientras que Clic y Satena mantendrán a sus proveedores actuales. Los operadores advierten que la reducción de jornada incrementará los costos de personal.""")
M('ac18', '2026-09-03 09:30 -0500', 'hernan', ['lucia'], 'Referencia', sig=[('advocacy', 'le di su correo para que le cuente')], body="""
Lucía, buenos días.

Ayer me reuní con la directora de Gestión Humana de una aerolínea de carga en Medellín que está cambiando de sistema de nómina. Le conté cómo manejaron ustedes lo del recargo nocturno y la reducción de jornada, y le di su correo para que le cuente. Se llama Marcela Giraldo; probablemente la contacte esta semana.

Cordialmente,""")
M('ac19', '2026-09-03 10:02 -0500', 'lucia', ['hernan'], re='ac18', body="""
Hernán, ¡muchísimas gracias! Significa mucho viniendo de ustedes después de julio. Quedo atenta a Marcela.

Saludos,""")
M('ac20', '2026-09-10 06:00 -0500', 'billing', ['andres'], 'Solano Payroll – Factura SP-CO-2026-0910', kind='bulk', lang='es', neg='e-bill', body="""
Apreciado cliente:

Su factura electrónica SP-CO-2026-0910 (septiembre 2026) por COP 41.200.000 ya está disponible. Vencimiento: 10/10/2026.
Este correo es generado automáticamente; no responda.""")
M('ac21', '2026-09-24 14:15 -0500', 'andres', ['lucia'], 'Técnicos de mantenimiento', sig=[('expansion', 'Queremos agregar al personal de mantenimiento')], body="""
Hola Lucía,

Queremos agregar al personal de mantenimiento (unos 90 técnicos del hangar de Rionegro) a partir de enero. Tienen turnos 4x3 y un auxilio de herramienta. ¿Nos puede cotizar?

Cordialmente,""")
M('ac22', '2026-09-24 16:40 -0500', 'lucia', ['andres'], re='ac21',
  sig=[('commitment', 'Te envío la propuesta el viernes 2 de octubre')], body="""
¡Qué buena noticia, Andrés! Te envío la propuesta el viernes 2 de octubre, con la configuración de turnos 4x3 incluida.

Saludos,""")
contact_meta('andres', 'active'); contact_meta('luisa', 'active'); contact_meta('hernan', 'active')
alert('open_commitment', 'low', '2026-06-04', ['ac02'], '42-hour configuration promised before 2026-07-10; kept by ac05 on 07-09.', due='2026-07-10')
alert('escalation', 'high', '2026-07-17', ['ac06', 'ac08'], 'Night surcharge wrongly paid to 183 ground staff; union involved; director escalates.')
alert('churn_risk', 'medium', '2026-07-18', ['ac08'], 'Director: if it happens again they will reconsider the relationship (resolved by 07-24).')
alert('open_commitment', 'high', '2026-07-17', ['ac07'], 'Fix and reliquidation file promised by 2026-07-24; kept by ac10 on 07-23.', due='2026-07-24')
alert('advocacy', 'medium', '2026-09-03', ['ac18'], 'Director referred another airline HR director to Solano.')
alert('expansion_opportunity', 'medium', '2026-09-24', ['ac21'], '90 maintenance technicians from January.')
alert('open_commitment', 'medium', '2026-09-24', ['ac22'], 'Proposal for maintenance staff promised for 2026-10-02 (not yet due at as_of).', due='2026-10-02')

# =====================================================================  ConectaMás Contact Center (MX)
person('sandra', 'Sandra Luna', 'sandra.luna@conectamas.mx', 'Jefa de Nómina', lang='es', client='gmail',
       sig="Sandra Luna Ávila\nJefa de Nómina · ConectaMás Contact Center\nInsurgentes Sur 1602, CDMX")
person('rafael', 'Rafael Domínguez', 'rafael.dominguez@conectamas.mx', 'Director de Operaciones', lang='es', client='outlook',
       sig="Rafael Domínguez\nDirector de Operaciones\nConectaMás Contact Center S.A. de C.V.")
person('gabriela', 'Gabriela Ortiz', 'gabriela.ortiz@conectamas.mx', 'Gerente de Compras', lang='es', client='outlook',
       sig="Lic. Gabriela Ortiz Mendoza\nGerente de Compras y Contratos\nConectaMás Contact Center S.A. de C.V.\nTel. 55 5555 0199 ext. 214\n\nEste correo electrónico y cualquier archivo adjunto son confidenciales y para uso exclusivo del destinatario. Si lo recibió por error, notifíquelo al remitente y elimínelo.")
account(account='ConectaMás Contact Center', mbox='conectamas.mbox', domains=['conectamas.mx'], owner='lucia.paredes@solanopayroll.com',
        arr=88000, segment='mid', renewal_date='2026-12-10', scenario='mixed_broken_commitments_pricing_pressure', risk=False, region='us', lang='es', country='MX')

M('cm01', '2026-06-03 11:30 -0600', 'sandra', ['lucia'], 'Conector con el marcador', body="""
Hola Lucía,

Queremos que las horas de conexión de los agentes vengan directo de nuestro marcador (Five9) y ya no capturarlas a mano. Son 1,150 agentes en tres turnos. ¿Tienen un conector o una especificación para que nuestro equipo de TI lo desarrolle?

Saludos""")
M('cm02', '2026-06-04 09:00 -0500', 'lucia', ['sandra'], re='cm01', cc=['kevin'],
  sig=[('commitment', 'Kevin les entrega la especificación del conector el viernes 19 de junio')], body="""
Hola Sandra,

Sí, tenemos una API de importación de horas. Kevin les entrega la especificación del conector el viernes 19 de junio, con ejemplos para Five9.

Saludos,""")
M('cm03', '2026-06-12 17:20 -0600', 'rafael', ['lucia'], 'RV: Benchmark de tarifas BPO 2026', sigblock=False,
  neg='customer forwards a market report about its own prices to its clients', body="""
Lucía, por si te sirve para entender nuestro negocio. Nuestros clientes nos están apretando con la tarifa por hora-agente.

Rafael""", fwd="""
De: Observatorio Nacional de Contact Centers <reportes@onccmx.org>
Enviado el: jueves, 11 de junio de 2026 08:00
Para: Rafael Domínguez
Asunto: Benchmark de tarifas BPO 2026

La tarifa promedio por hora-agente bilingüe en México bajó a USD 11.40 (-4%). Los grandes jugadores como Teleperformance y Atento ofrecen descuentos por volumen a clientes financieros. Se espera que los operadores medianos migren a esquemas de precio por resultado.""")
M('cm04', '2026-06-24 10:45 -0600', 'sandra', ['lucia'], re='cm02', body="""
Lucía, ¿qué pasó con la especificación? Quedaron el 19 y no nos ha llegado nada. TI ya tenía la semana apartada para esto.""")
M('cm05', '2026-06-24 12:10 -0500', 'lucia', ['sandra'], re='cm04', cc=['kevin'],
  sig=[('commitment', 'La tendrán a más tardar el miércoles 1 de julio')], body="""
Sandra, una disculpa, se nos atravesó un cambio en la API y Kevin quiso esperar a que quedara estable. La tendrán a más tardar el miércoles 1 de julio.

Saludos,""")
M('cm06', '2026-07-01 16:50 -0500', 'kevin', ['sandra'], re='cm05', cc=['lucia'], lang='en', subj='Time import API – connector specification (Five9)', body="""
Hi Sandra,

Attached is the specification for the time import API (v2.3) with a worked example for Five9 agent session exports: field mapping, batching rules (max 5,000 records per call) and error codes. Happy to walk your IT team through it.

Sorry it took longer than promised.""")
M('cm07', '2026-07-02 08:30 -0600', 'sandra', ['kevin'], re='cm06', body="""
Recibido, gracias Kevin. Se lo paso a TI.""")
M('cm08', '2026-07-15 13:00 -0600', 'gabriela', ['lucia'], 'Solicitud formal – condiciones de renovación 2027', cc=['rafael'],
  sig=[('pricing', 'solicitamos una reducción del 15% en la tarifa por empleado'),
       ('renewal', 'de cara a la renovación del contrato que vence el 10 de diciembre'),
       ('churn_risk', 'nos veremos en la necesidad de evaluar otras alternativas en el mercado')], body="""
Estimada Lic. Paredes:

Por medio de la presente, y de cara a la renovación del contrato que vence el 10 de diciembre de 2026, me permito hacer de su conocimiento lo siguiente:

1. Como parte del programa anual de eficiencia de la Dirección de Finanzas, solicitamos una reducción del 15% en la tarifa por empleado vigente.
2. Solicitamos que los retrasos en la entrega de compromisos técnicos se documenten con niveles de servicio y penalizaciones en el nuevo contrato.
3. En caso de no contar con una propuesta que atienda estos puntos, nos veremos en la necesidad de evaluar otras alternativas en el mercado.

Agradeceré su respuesta por escrito.

Sin otro particular, quedo de usted.""")
M('cm09', '2026-07-16 10:20 -0500', 'lucia', ['gabriela'], re='cm08', cc=['rafael'],
  sig=[('commitment', 'le haré llegar una respuesta formal a más tardar el viernes 31 de julio')], body="""
Estimada Lic. Ortiz:

Acuso recibo de su solicitud. La revisaré con nuestra Dirección Comercial y le haré llegar una respuesta formal a más tardar el viernes 31 de julio.

Atentamente,""")
M('cm10', '2026-08-05 09:40 -0600', 'gabriela', ['lucia'], re='cm09', cc=['rafael'], body="""
Estimada Lic. Paredes:

A la fecha no hemos recibido la respuesta comprometida para el 31 de julio. Le agradeceré indicarnos una fecha cierta.

Saludos cordiales,""")
M('cm11', '2026-08-05 09:00 -0500', 'mkt_es', ['sandra'], 'Solano al día – México: CFDI 4.0 y finiquitos sin errores', kind='bulk', neg='vendor newsletter', body="""
Solano al día · Edición México

• Timbrado de finiquitos con CFDI 4.0: lo que cambia en septiembre.
• Caso de éxito: cómo un operador logístico redujo 40% el tiempo de cierre de quincena.
• Amplía tu plan con el módulo de incidencias y obtén 2 meses sin costo.

Cancelar suscripción""")
M('cm12', '2026-08-14 18:30 -0500', 'lucia', ['gabriela'], re='cm10', cc=['rafael'], ask=True, body="""
Estimada Lic. Ortiz:

Le ofrezco una disculpa por el retraso. Nuestra propuesta: una reducción del 8% en la tarifa por empleado con un contrato a 24 meses, y un anexo de niveles de servicio para compromisos técnicos con fechas de entrega y un crédito del 5% mensual en caso de incumplimiento.

Quedo atenta a sus comentarios.

Atentamente,""")
M('cm13', '2026-08-20 11:15 -0600', 'gabriela', ['lucia'], re='cm12', cc=['rafael'],
  neg='short acknowledgement; the quoted letter repeats earlier pricing/churn words', body="""
Lic. Paredes, recibido. Lo revisaremos con Dirección y le informamos.

Saludos cordiales,""")
M('cm14', '2026-08-27 19:05 -0600', 'rafael', ['lucia'], 'Plática de ayer', neg="negation: customer states they are NOT thinking of changing payroll vendor; procurement's letter is routine",
  body="""
Lucía, gracias por la comida de ayer. Para que quede claro: no estamos pensando en cambiar de proveedor de nómina. Lo de Compras es su proceso normal de cada año, le piden descuento a todos, hasta al de la cafetería.

Lo que sí necesito es que lo del conector no se vuelva a atrasar.

Rafael""")
M('cm15', '2026-09-01 10:00 -0500', 'lucia', ['gabriela', 'rafael'], 'Propuesta de renovación 2027–2028 – ConectaMás', neg='vendor-written renewal proposal with its own prices',
  body="""
Estimada Lic. Ortiz, estimado Rafael:

Les comparto la propuesta formal de renovación: contrato de 24 meses a partir del 10 de diciembre de 2026, tarifa por empleado con 8% de descuento sobre la vigente, anexo de niveles de servicio y soporte prioritario incluido. La propuesta tiene vigencia de 30 días.

Atentamente,""")
M('cm16', '2026-09-02 09:00 -0500', 'lucia', ['rafael', 'gabriela'], 'Invitación: Revisión de propuesta de renovación – jue 10 sep 12:00', kind='calendar', ics='cm', sigblock=False,
  neg='calendar invitation', body="""
Lucía Paredes le ha invitado a: Revisión de propuesta de renovación
jueves, 10 de septiembre de 2026, 12:00 – 13:00 (Ciudad de México)
Lugar: Oficinas ConectaMás, Insurgentes Sur 1602, piso 9""")
M('cm17', '2026-09-02 09:47 -0600', 'rafael', ['lucia'], 'Aceptado: Revisión de propuesta de renovación – jue 10 sep 12:00', kind='calendar', sigblock=False,
  neg='calendar acceptance', body="""
Rafael Domínguez ha aceptado la invitación.""")
M('cm18', '2026-09-08 13:25 -0600', 'sandra', ['support_es'], '¿Timbrado de finiquitos?', cc=['lucia'], body="""
Hola,

¿El timbrado CFDI 4.0 de finiquitos ya funciona en producción? Tenemos 46 bajas en la quincena y necesito saber si los timbro desde Solano o desde el portal del SAT. Les agradecería respuesta antes del viernes.

Sandra""")
M('cm19', '2026-09-10 15:30 -0500', 'lucia', ['rafael', 'gabriela'], 'Acuerdos – revisión de renovación',
  sig=[('commitment', 'les enviaré el contrato actualizado el viernes 18 de septiembre')], body="""
Rafael, Gabriela:

Gracias por recibirme hoy. Quedamos en que les enviaré el contrato actualizado el viernes 18 de septiembre, con el anexo de niveles de servicio y la cláusula de penalización que pidió Compras.

Saludos,""")
M('cm20', '2026-09-16 07:00 -0500', 'support_es', ['sandra'], '[Ticket #52140] Recibimos tu solicitud', kind='bulk', neg='ticketing notification', body="""
Hola Sandra,

Recibimos tu solicitud #52140 «Error de timbrado en recibo de nómina extraordinaria». Un agente te responderá en un máximo de 8 horas hábiles.

Horario de soporte México: lunes a viernes de 8:00 a 19:00.""")
M('cm21', '2026-09-16 06:01 -0600', 'sandra', ['support_es'], re='cm20', kind='auto', quote=False, sigblock=False,
  subj='Respuesta automática: [Ticket #52140] Recibimos tu solicitud', neg='out-of-office auto-reply (Mexican national holiday)', body="""
Hoy 16 de septiembre es día feriado. Regreso mañana jueves 17. Para urgencias de nómina: 55 5555 0188.""")
M('cm22', '2026-09-25 12:40 -0600', 'gabriela', ['lucia'], re='cm19', cc=['rafael'], body="""
Estimada Lic. Paredes:

Seguimos a la espera del contrato actualizado que se comprometió a enviar el 18 de septiembre. Le recuerdo que nuestra área jurídica requiere al menos 30 días para revisarlo antes del vencimiento.

Saludos cordiales,""")
M('cm23', '2026-09-28 06:00 -0500', 'billing', ['sandra'], 'Solano Payroll – Factura SP-MX-2026-0928', kind='bulk', lang='es', neg='e-bill', body="""
Estimado cliente:

Adjuntamos su factura SP-MX-2026-0928 por el periodo septiembre 2026. Importe: MXN 125,400.00 + IVA. Vencimiento: 28/10/2026.
Este es un mensaje automático, por favor no responda.""")
contact_meta('sandra', 'active'); contact_meta('rafael', 'active'); contact_meta('gabriela', 'active')
alert('commitment_overdue', 'medium', '2026-06-20', ['cm02', 'cm04'], 'Connector spec promised for 2026-06-19, not delivered; delivered late on 07-01 (cm06).', due='2026-06-19')
alert('open_commitment', 'low', '2026-06-24', ['cm05'], 'New date 2026-07-01 for the spec; kept by cm06.', due='2026-07-01')
alert('churn_risk', 'medium', '2026-07-15', ['cm08'], 'Procurement letter: 15% reduction or they evaluate alternatives (later softened by the director, cm14).')
alert('commitment_overdue', 'medium', '2026-08-01', ['cm09', 'cm10'], 'Formal answer promised by 2026-07-31; sent 08-14.', due='2026-07-31')
alert('unanswered_customer_message', 'medium', '2026-09-11', ['cm18'], 'Payroll head asked about CFDI severance stamping with a Friday deadline; nobody answered by as_of.')
alert('commitment_overdue', 'high', '2026-09-19', ['cm19', 'cm22'], 'Updated contract promised for 2026-09-18, still missing at as_of; procurement chased on 09-25.', due='2026-09-18')
alert('unanswered_customer_message', 'medium', '2026-09-30', ['cm22'], 'Procurement reminder of 09-25 unanswered.')
