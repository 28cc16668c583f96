# -*- coding: utf-8 -*-
from core import person
# Vendor staff (Solano Payroll Inc., Austin TX; Madrid and Rotterdam offices)
person('megan', 'Megan Whitfield', 'megan.whitfield@solanopayroll.com', 'Senior Account Manager',
       sig="Megan Whitfield\nSenior Account Manager | Solano Payroll Inc.\n512-555-0147 | Austin, TX")
person('lucia', 'Lucía Paredes', 'lucia.paredes@solanopayroll.com', 'Account Manager LatAm', lang='es',
       sig="Lucía Paredes\nAccount Manager – Latinoamérica\nSolano Payroll Inc. | +1 512 555 0182\n\nEste mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario.")
person('alvaro', 'Álvaro Benítez', 'alvaro.benitez@solano.es', 'Gestor de Cuentas', lang='es',
       sig="Álvaro Benítez Olmedo\nGestor de Cuentas | Solano Payroll España\nC/ Orense 34, 28020 Madrid · +34 910 55 01 23\n\nAVISO LEGAL: Este mensaje puede contener información confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine.")
person('daan', 'Daan Verhoeven', 'daan.verhoeven@solano.nl', 'Accountmanager Benelux', lang='nl',
       sig="Met vriendelijke groet,\n\nDaan Verhoeven\nAccountmanager Benelux | Solano Payroll\nWilhelminakade 91, 3072 AP Rotterdam | +31 10 555 0290")
person('sanne', 'Sanne de Graaf', 'sanne.degraaf@solano.nl', 'Implementatieconsultant', lang='nl',
       sig="Groet,\nSanne de Graaf\nImplementatieconsultant | Solano Payroll Rotterdam")
person('marta', 'Marta Ibáñez', 'marta.ibanez@solano.es', 'Consultora de Implantación', lang='es', client='gmail',
       sig="Marta")
person('kevin', 'Kevin Tran', 'kevin.tran@solanopayroll.com', 'Solutions Engineer',
       sig="Kevin Tran\nSolutions Engineer, Solano Payroll")
person('greg', 'Greg Halvorsen', 'greg.halvorsen@solanopayroll.com', 'Support Engineering Lead',
       sig="Greg Halvorsen\nSupport Engineering Lead | Solano Payroll Inc.")
person('support', 'Solano Support', 'support@solanopayroll.com', 'Support', client='system',
       sig="Solano Support | support@solanopayroll.com | status.solanopayroll.com")
person('support_es', 'Soporte Solano', 'support@solanopayroll.com', 'Soporte', client='system', lang='es',
       sig="Soporte Solano | support@solanopayroll.com")
person('support_nl', 'Solano Support', 'support@solanopayroll.com', 'Support', client='system', lang='nl',
       sig="Solano Support Benelux | support@solanopayroll.com")
person('billing', 'Solano Billing', 'billing@solanopayroll.com', 'Billing', client='system', sig='')
person('sales', 'Solano Sales', 'sales@solanopayroll.com', 'Sales', client='outlook', sig="Solano Sales Team\nsales@solanopayroll.com")
person('mkt_es', 'Solano al día', 'marketing@solano.es', 'Marketing', client='system', lang='es', sig='')
person('mkt_nl', 'Solano Nieuws', 'nieuws@solano.nl', 'Marketing', client='system', lang='nl', sig='')
person('mkt_us', 'Solano Payroll Insider', 'insider@solanopayroll.com', 'Marketing', client='system', sig='')
person('lotte', 'Lotte Brouwer', 'lotte.brouwer@solano.nl', 'Marketing & Communicatie', lang='nl',
       sig="Lotte Brouwer\nMarketing & Communicatie | Solano Payroll")
