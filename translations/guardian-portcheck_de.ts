<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Catalog</name>
    <message>
        <source>Cayosoft Guardian network requirements</source>
        <translation>Netzwerkanforderungen von Cayosoft Guardian</translation>
    </message>
    <message>
        <source>Guardian server</source>
        <translation>Guardian-Server</translation>
    </message>
    <message>
        <source>The machine running the Guardian service; often also hosts the web portal.</source>
        <translation>Der Computer, auf dem der Guardian-Dienst läuft; hostet oft auch das Webportal.</translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <source>Every DC of every managed domain, not only those in a backup plan.</source>
        <translation>Jeder DC jeder verwalteten Domäne, nicht nur die in einem Sicherungsplan.</translation>
    </message>
    <message>
        <source>Network file share</source>
        <translation>Netzwerkfreigabe</translation>
    </message>
    <message>
        <source>The SMB share that holds backups.</source>
        <translation>Die SMB-Freigabe mit den Sicherungen.</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Webportal</translation>
    </message>
    <message>
        <source>Guardian&apos;s web UI over HTTP or HTTPS.</source>
        <translation>Die Weboberfläche von Guardian über HTTP oder HTTPS.</translation>
    </message>
    <message>
        <source>Admin workstation</source>
        <translation>Admin-Arbeitsplatz</translation>
    </message>
    <message>
        <source>Where a person opens the portal in a browser.</source>
        <translation>Wo eine Person das Portal im Browser öffnet.</translation>
    </message>
    <message>
        <source>AD connector</source>
        <translation>AD-Connector</translation>
    </message>
    <message>
        <source>Optional collector near the DCs; delivers changes to the Guardian server.</source>
        <translation>Optionaler Sammler in der Nähe der DCs; liefert Änderungen an den Guardian-Server.</translation>
    </message>
    <message>
        <source>Forest Recovery agent</source>
        <translation>Forest-Recovery-Agent</translation>
    </message>
    <message>
        <source>Runs on a DC (backup) or on a machine in a recovery site.</source>
        <translation>Läuft auf einem DC (Sicherung) oder auf einem Computer an einem Wiederherstellungsstandort.</translation>
    </message>
    <message>
        <source>Cayosoft cloud</source>
        <translation>Cayosoft-Cloud</translation>
    </message>
    <message>
        <source>License service, telemetry and product update downloads.</source>
        <translation>Lizenzdienst, Telemetrie und Downloads von Produktupdates.</translation>
    </message>
    <message>
        <source>Microsoft 365 / Entra ID</source>
        <translation>Microsoft 365 / Entra ID</translation>
    </message>
    <message>
        <source>Azure SQL</source>
        <translation>Azure SQL</translation>
    </message>
    <message>
        <source>The regional gateway of an external Azure SQL database.</source>
        <translation>Das regionale Gateway einer externen Azure-SQL-Datenbank.</translation>
    </message>
    <message>
        <source>Guardian directory mode</source>
        <translation>Verzeichnismodus von Guardian</translation>
    </message>
    <message>
        <source>How the Guardian service connects to domain controllers.</source>
        <translation>Wie sich der Guardian-Dienst mit den Domänencontrollern verbindet.</translation>
    </message>
    <message>
        <source>Default (LDAP, LDAPS fallback)</source>
        <translation>Standard (LDAP, LDAPS als Fallback)</translation>
    </message>
    <message>
        <source>389 and 3268 first; when they fail, Guardian falls back to 636 and 3269 silently.</source>
        <translation>Zuerst 389 und 3268; scheitern sie, weicht Guardian stillschweigend auf 636 und 3269 aus.</translation>
    </message>
    <message>
        <source>LDAPS only</source>
        <translation>Nur LDAPS</translation>
    </message>
    <message>
        <source>LDAPS only (useLdaps = true): 636 and 3269 must be open on every DC; no fallback.</source>
        <translation>Nur LDAPS (useLdaps = true): 636 und 3269 müssen auf jedem DC offen sein; kein Fallback.</translation>
    </message>
    <message>
        <source>Forest Recovery agent directory mode</source>
        <translation>Verzeichnismodus des Forest-Recovery-Agenten</translation>
    </message>
    <message>
        <source>How a Forest Recovery agent connects to domain controllers.</source>
        <translation>Wie sich ein Forest-Recovery-Agent mit den Domänencontrollern verbindet.</translation>
    </message>
    <message>
        <source>LDAP (signed and sealed)</source>
        <translation>LDAP (signiert und versiegelt)</translation>
    </message>
    <message>
        <source>389 must be open from every agent to the DCs.</source>
        <translation>389 muss von jedem Agenten zu den DCs offen sein.</translation>
    </message>
    <message>
        <source>LDAPS</source>
        <translation>LDAPS</translation>
    </message>
    <message>
        <source>636 must be open from every agent to the DCs; no fallback.</source>
        <translation>636 muss von jedem Agenten zu den DCs offen sein; kein Fallback.</translation>
    </message>
    <message>
        <source>LDAPS with fallback</source>
        <translation>LDAPS mit Fallback</translation>
    </message>
    <message>
        <source>636 first, then 389; the fallback is logged as a warning.</source>
        <translation>Zuerst 636, dann 389; der Fallback wird als Warnung protokolliert.</translation>
    </message>
    <message>
        <source>WinRM transport</source>
        <translation>WinRM-Transport</translation>
    </message>
    <message>
        <source>The WinRM transport of the backup plan.</source>
        <translation>Der WinRM-Transport des Sicherungsplans.</translation>
    </message>
    <message>
        <source>HTTP only</source>
        <translation>Nur HTTP</translation>
    </message>
    <message>
        <source>5985 must be open on every DC.</source>
        <translation>5985 muss auf jedem DC offen sein.</translation>
    </message>
    <message>
        <source>HTTPS only</source>
        <translation>Nur HTTPS</translation>
    </message>
    <message>
        <source>5986 must be open on every DC, with a certificate the server trusts.</source>
        <translation>5986 muss auf jedem DC offen sein, mit einem Zertifikat, dem der Server vertraut.</translation>
    </message>
    <message>
        <source>Auto (HTTPS preferred)</source>
        <translation>Automatisch (HTTPS bevorzugt)</translation>
    </message>
    <message>
        <source>Chosen per DC: a DC passes when 5986 or 5985 answers.</source>
        <translation>Je DC gewählt: ein DC besteht, wenn 5986 oder 5985 antwortet.</translation>
    </message>
    <message>
        <source>Auto (HTTP preferred)</source>
        <translation>Automatisch (HTTP bevorzugt)</translation>
    </message>
    <message>
        <source>Chosen per DC: a DC passes when 5985 or 5986 answers.</source>
        <translation>Je DC gewählt: ein DC besteht, wenn 5985 oder 5986 antwortet.</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Lizenzierung</translation>
    </message>
    <message>
        <source>How the Guardian license is validated.</source>
        <translation>Wie die Guardian-Lizenz geprüft wird.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>The license service at Cayosoft must be reachable on 443.</source>
        <translation>Der Lizenzdienst bei Cayosoft muss über 443 erreichbar sein.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>No license traffic; telemetry and updates stay optional.</source>
        <translation>Kein Lizenzverkehr; Telemetrie und Updates bleiben optional.</translation>
    </message>
    <message>
        <source>Azure SQL connection policy</source>
        <translation>Azure-SQL-Verbindungsrichtlinie</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Only 1433 to the regional gateway.</source>
        <translation>Nur 1433 zum regionalen Gateway.</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <source>1433 to the gateway, then 11000-11999 to the database node after login.</source>
        <translation>1433 zum Gateway, nach der Anmeldung 11000-11999 zum Datenbankknoten.</translation>
    </message>
    <message>
        <source>Guardian service</source>
        <translation>Guardian-Dienst</translation>
    </message>
    <message>
        <source>Watches and backs up Active Directory; always installed.</source>
        <translation>Überwacht und sichert Active Directory; immer installiert.</translation>
    </message>
    <message>
        <source>The browser UI; needs HTTP or HTTPS from the admin workstations.</source>
        <translation>Die Browser-Oberfläche; braucht HTTP oder HTTPS von den Admin-Arbeitsplätzen.</translation>
    </message>
    <message>
        <source>A collector near the DCs that forwards changes to the Guardian server.</source>
        <translation>Ein Sammler in der Nähe der DCs, der Änderungen an den Guardian-Server weiterleitet.</translation>
    </message>
    <message>
        <source>Forest Recovery</source>
        <translation>Forest Recovery</translation>
    </message>
    <message>
        <source>Agents that back up and restore a whole forest.</source>
        <translation>Agenten, die eine ganze Gesamtstruktur sichern und wiederherstellen.</translation>
    </message>
    <message>
        <source>Cayosoft cloud services</source>
        <translation>Cayosoft-Clouddienste</translation>
    </message>
    <message>
        <source>Licensing, telemetry and product updates over HTTPS.</source>
        <translation>Lizenzierung, Telemetrie und Produktupdates über HTTPS.</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Manage Entra ID and Microsoft 365 tenants.</source>
        <translation>Entra-ID- und Microsoft-365-Mandanten verwalten.</translation>
    </message>
    <message>
        <source>Keep Guardian&apos;s database in Azure SQL instead of a local SQL Server.</source>
        <translation>Die Datenbank von Guardian in Azure SQL statt in einem lokalen SQL Server halten.</translation>
    </message>
    <message>
        <source>LDAP, Global Catalog (signed/sealed); LDAPS, GC over TLS</source>
        <translation>LDAP, globaler Katalog (signiert/versiegelt); LDAPS, GC über TLS</translation>
    </message>
    <message>
        <source>Read and watch the directory of every managed domain.</source>
        <translation>Das Verzeichnis jeder verwalteten Domäne lesen und überwachen.</translation>
    </message>
    <message>
        <source>works through the LDAPS fallback; Guardian falls back on every connection</source>
        <translation>funktioniert über den LDAPS-Fallback; Guardian weicht bei jeder Verbindung aus</translation>
    </message>
    <message>
        <source>WinRM HTTP / HTTPS</source>
        <translation>WinRM HTTP / HTTPS</translation>
    </message>
    <message>
        <source>Collect forest metadata from every DC.</source>
        <translation>Gesamtstruktur-Metadaten von jedem DC erfassen.</translation>
    </message>
    <message>
        <source>SMB (direct) or NetBIOS session</source>
        <translation>SMB (direkt) oder NetBIOS-Sitzung</translation>
    </message>
    <message>
        <source>Write and read backups on the network share.</source>
        <translation>Sicherungen auf der Netzwerkfreigabe schreiben und lesen.</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Validate the license online.</source>
        <translation>Die Lizenz online prüfen.</translation>
    </message>
    <message>
        <source>Send telemetry (api.telemetry.cayosoft.com) and download product updates.</source>
        <translation>Telemetrie senden (api.telemetry.cayosoft.com) und Produktupdates herunterladen.</translation>
    </message>
    <message>
        <source>HTTP / HTTPS</source>
        <translation>HTTP / HTTPS</translation>
    </message>
    <message>
        <source>Open the Guardian web portal in a browser.</source>
        <translation>Das Guardian-Webportal im Browser öffnen.</translation>
    </message>
    <message>
        <source>Deliver collected changes to the portal endpoint of the Guardian server.</source>
        <translation>Gesammelte Änderungen an den Portal-Endpunkt des Guardian-Servers liefern.</translation>
    </message>
    <message>
        <source>LDAP, Global Catalog</source>
        <translation>LDAP, globaler Katalog</translation>
    </message>
    <message>
        <source>Read changes and collect events from the preferred DC and any other DC.</source>
        <translation>Änderungen lesen und Ereignisse vom bevorzugten DC und jedem anderen DC sammeln.</translation>
    </message>
    <message>
        <source>Deploy and drive the Forest Recovery agents.</source>
        <translation>Die Forest-Recovery-Agenten verteilen und steuern.</translation>
    </message>
    <message>
        <source>Service side of the agent channel (the ports page lists 443 both ways).</source>
        <translation>Dienstseite des Agentenkanals (die Portliste nennt 443 in beide Richtungen).</translation>
    </message>
    <message>
        <source>Agent reports to the service; the agent can be set to validate the service certificate.</source>
        <translation>Der Agent meldet an den Dienst; er kann so eingestellt werden, dass er das Dienstzertifikat prüft.</translation>
    </message>
    <message>
        <source>Store and fetch forest backups on the network share.</source>
        <translation>Gesamtstruktur-Sicherungen auf der Netzwerkfreigabe ablegen und abrufen.</translation>
    </message>
    <message>
        <source>Collect the metadata of every DC.</source>
        <translation>Die Metadaten jedes DC erfassen.</translation>
    </message>
    <message>
        <source>LDAP / LDAPS (per the agent&apos;s directory mode)</source>
        <translation>LDAP / LDAPS (je nach Verzeichnismodus des Agenten)</translation>
    </message>
    <message>
        <source>Read the directory during backup and recovery.</source>
        <translation>Das Verzeichnis während Sicherung und Wiederherstellung lesen.</translation>
    </message>
    <message>
        <source>works through the agent&apos;s LDAP fallback; the agent logs a warning on every connection</source>
        <translation>funktioniert über den LDAP-Fallback des Agenten; der Agent protokolliert bei jeder Verbindung eine Warnung</translation>
    </message>
    <message>
        <source>TDS (SQL Server)</source>
        <translation>TDS (SQL Server)</translation>
    </message>
    <message>
        <source>Guardian&apos;s database in Azure SQL.</source>
        <translation>Die Datenbank von Guardian in Azure SQL.</translation>
    </message>
    <message>
        <source>After login the Redirect policy moves the session to 11000-11999 on the database node; that range can only be checked with a login: open it outbound.</source>
        <translation>Nach der Anmeldung verlegt die Umleitungsrichtlinie die Sitzung auf 11000-11999 am Datenbankknoten; dieser Bereich lässt sich nur mit Anmeldung prüfen: öffnen Sie ihn ausgehend.</translation>
    </message>
    <message>
        <source>Start the service that should listen on TCP {port} on {host}, or allow TCP {port} from the {from} in the inbound rules of Windows Defender Firewall (or the host&apos;s own firewall) on {host}.</source>
        <translation>Starten Sie den Dienst, der auf {host} an TCP {port} lauschen soll, oder erlauben Sie TCP {port} von „{from}“ in den eingehenden Regeln der Windows Defender Firewall (oder der hosteigenen Firewall) auf {host}.</translation>
    </message>
    <message>
        <source>Allow TCP {port} from the {from} to {host} on every network firewall between them (for an Internet endpoint: the perimeter firewall or the proxy), and check the inbound rules of Windows Defender Firewall on {host}.</source>
        <translation>Erlauben Sie TCP {port} von „{from}“ zu {host} auf jeder Netzwerk-Firewall dazwischen (für einen Internet-Endpunkt: die Perimeter-Firewall oder der Proxy), und prüfen Sie die eingehenden Regeln der Windows Defender Firewall auf {host}.</translation>
    </message>
    <message>
        <source>Give the {from} a route to {host}: ask the network team to check the routing, VPN or VLAN between them, and check the network settings of {host}.</source>
        <translation>Geben Sie „{from}“ eine Route zu {host}: Bitten Sie das Netzwerkteam, Routing, VPN oder VLAN dazwischen zu prüfen, und prüfen Sie die Netzwerkeinstellungen von {host}.</translation>
    </message>
    <message>
        <source>Register {host} in DNS (an A record in its zone on the DNS server), or correct the name you entered or the DNS suffix and DNS servers in the network settings of the {from}.</source>
        <translation>Registrieren Sie {host} im DNS (ein A-Eintrag in seiner Zone auf dem DNS-Server), oder korrigieren Sie den eingegebenen Namen oder das DNS-Suffix und die DNS-Server in den Netzwerkeinstellungen von „{from}“.</translation>
    </message>
    <message>
        <source>Read the error in the evidence of {host}:{port}, fix its cause on the {from} (proxy settings, security software, or the address entered), then test again.</source>
        <translation>Lesen Sie den Fehler im Nachweis von {host}:{port}, beheben Sie seine Ursache bei „{from}“ (Proxy-Einstellungen, Sicherheitssoftware oder die eingegebene Adresse) und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Start Active Directory Domain Services on {host} and enable the inbound rule &apos;Active Directory Domain Services (LDAP-In)&apos; in Windows Defender Firewall on {host}; if {host} is not a domain controller, enter a DC&apos;s name instead.</source>
        <translation>Starten Sie die Active Directory-Domänendienste auf {host} und aktivieren Sie die eingehende Regel „Active Directory Domain Services (LDAP-In)“ in der Windows Defender Firewall auf {host}; ist {host} kein Domänencontroller, geben Sie stattdessen den Namen eines DCs ein.</translation>
    </message>
    <message>
        <source>Enter the domain controller&apos;s own name instead of {host}: another service or a load balancer answers port {port} there. If it is a load balancer, configure it to pass LDAP through to the DCs.</source>
        <translation>Geben Sie statt {host} den eigenen Namen des Domänencontrollers ein: Dort beantwortet ein anderer Dienst oder ein Load Balancer Port {port}. Ist es ein Load Balancer, konfigurieren Sie ihn so, dass er LDAP an die DCs durchreicht.</translation>
    </message>
    <message>
        <source>Exempt LDAP (TCP {port}) from the {from} to {host} from inspection on the firewall or proxy that accepts the connection and then holds it; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation>Nehmen Sie LDAP (TCP {port}) von „{from}“ zu {host} von der Inspektion auf der Firewall oder dem Proxy aus, der die Verbindung annimmt und dann festhält; liegt nichts dazwischen, starten Sie die Active Directory-Domänendienste auf {host} neu.</translation>
    </message>
    <message>
        <source>Make {host} a Global Catalog (Active Directory Sites and Services: the DC&apos;s NTDS Settings, &apos;Global Catalog&apos;) and enable &apos;Active Directory Domain Services (LDAP for Global Catalog-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>Machen Sie {host} zu einem globalen Katalog (Active Directory-Standorte und -Dienste: die NTDS Settings des DCs, „Global Catalog“) und aktivieren Sie „Active Directory Domain Services (LDAP for Global Catalog-In)“ in der Windows Defender Firewall auf {host}.</translation>
    </message>
    <message>
        <source>Enter a Global Catalog&apos;s own name instead of {host}: another service or a load balancer answers port {port} there.</source>
        <translation>Geben Sie statt {host} den eigenen Namen eines globalen Katalogs ein: Dort beantwortet ein anderer Dienst oder ein Load Balancer Port {port}.</translation>
    </message>
    <message>
        <source>Exempt the Global Catalog port (TCP {port}) from the {from} to {host} from inspection on the firewall or proxy that holds the connection; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation>Nehmen Sie den Port des globalen Katalogs (TCP {port}) von „{from}“ zu {host} von der Inspektion auf der Firewall oder dem Proxy aus, der die Verbindung festhält; liegt nichts dazwischen, starten Sie die Active Directory-Domänendienste auf {host} neu.</translation>
    </message>
    <message>
        <source>Enroll a Server Authentication certificate with the DC&apos;s FQDN in the subject or SAN on {host} (the &apos;Domain Controller&apos; or &apos;Kerberos Authentication&apos; template of your enterprise CA): the DC then serves LDAPS on {port}. Enable &apos;Active Directory Domain Services (LDAPS-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>Registrieren Sie auf {host} ein Zertifikat für die Serverauthentifizierung mit dem FQDN des DCs im Antragsteller oder SAN (die Vorlage „Domain Controller“ oder „Kerberos Authentication“ Ihrer Unternehmens-CA): Der DC stellt dann LDAPS an {port} bereit. Aktivieren Sie „Active Directory Domain Services (LDAPS-In)“ in der Windows Defender Firewall auf {host}.</translation>
    </message>
    <message>
        <source>Replace the LDAPS certificate of {host} (Certificates console, Local Computer, Personal) with one from a CA that the {from} trusts, with the DC&apos;s FQDN in the SAN and not expired; or import the issuing CA into &apos;Trusted Root Certification Authorities&apos; on the {from}.</source>
        <translation>Ersetzen Sie das LDAPS-Zertifikat von {host} (Zertifikatkonsole, Lokaler Computer, Eigene Zertifikate) durch eines von einer CA, der „{from}“ vertraut, mit dem FQDN des DCs im SAN und nicht abgelaufen; oder importieren Sie die ausstellende CA unter „Vertrauenswürdige Stammzertifizierungsstellen“ auf „{from}“.</translation>
    </message>
    <message>
        <source>Enter the domain controller&apos;s own name instead of {host}: a TLS-terminating load balancer or proxy answers port {port} there without LDAP inside.</source>
        <translation>Geben Sie statt {host} den eigenen Namen des Domänencontrollers ein: Dort beantwortet ein TLS-terminierender Load Balancer oder Proxy Port {port}, ohne LDAP darin.</translation>
    </message>
    <message>
        <source>Exempt LDAPS (TCP {port}) from the {from} to {host} from TLS inspection on the firewall or proxy that holds the connection; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation>Nehmen Sie LDAPS (TCP {port}) von „{from}“ zu {host} von der TLS-Inspektion auf der Firewall oder dem Proxy aus, der die Verbindung festhält; liegt nichts dazwischen, starten Sie die Active Directory-Domänendienste auf {host} neu.</translation>
    </message>
    <message>
        <source>Make {host} a Global Catalog (Active Directory Sites and Services) with an LDAPS certificate (as for 636), and enable &apos;Active Directory Domain Services (LDAPS for Global Catalog-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>Machen Sie {host} zu einem globalen Katalog (Active Directory-Standorte und -Dienste) mit einem LDAPS-Zertifikat (wie für 636), und aktivieren Sie „Active Directory Domain Services (LDAPS for Global Catalog-In)“ in der Windows Defender Firewall auf {host}.</translation>
    </message>
    <message>
        <source>Replace the certificate of {host} used on {port} (the DC&apos;s LDAPS certificate, Certificates console, Local Computer, Personal) with one from a CA that the {from} trusts, naming the DC&apos;s FQDN; or import the issuing CA on the {from}.</source>
        <translation>Ersetzen Sie das an {port} verwendete Zertifikat von {host} (das LDAPS-Zertifikat des DCs, Zertifikatkonsole, Lokaler Computer, Eigene Zertifikate) durch eines von einer CA, der „{from}“ vertraut, mit dem FQDN des DCs; oder importieren Sie die ausstellende CA auf „{from}“.</translation>
    </message>
    <message>
        <source>Enter a Global Catalog&apos;s own name instead of {host}: a TLS-terminating load balancer or proxy answers port {port} there without the Global Catalog inside.</source>
        <translation>Geben Sie statt {host} den eigenen Namen eines globalen Katalogs ein: Dort beantwortet ein TLS-terminierender Load Balancer oder Proxy Port {port}, ohne globalen Katalog darin.</translation>
    </message>
    <message>
        <source>Exempt TCP {port} from the {from} to {host} from TLS inspection on the firewall or proxy that holds the connection; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation>Nehmen Sie TCP {port} von „{from}“ zu {host} von der TLS-Inspektion auf der Firewall oder dem Proxy aus, der die Verbindung festhält; liegt nichts dazwischen, starten Sie die Active Directory-Domänendienste auf {host} neu.</translation>
    </message>
    <message>
        <source>Run &apos;winrm quickconfig&apos; on {host} (or enable &apos;Allow remote server management through WinRM&apos; by Group Policy) and enable &apos;Windows Remote Management (HTTP-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>Führen Sie „winrm quickconfig“ auf {host} aus (oder aktivieren Sie per Gruppenrichtlinie „Allow remote server management through WinRM“) und aktivieren Sie „Windows Remote Management (HTTP-In)“ in der Windows Defender Firewall auf {host}.</translation>
    </message>
    <message>
        <source>Move the other web service off port {port} on {host}, or put the WinRM listener on that port (&apos;winrm enumerate winrm/config/listener&apos; on {host} shows where it listens).</source>
        <translation>Verlegen Sie den anderen Webdienst auf {host} von Port {port} weg, oder legen Sie den WinRM-Listener auf diesen Port („winrm enumerate winrm/config/listener“ auf {host} zeigt, wo er lauscht).</translation>
    </message>
    <message>
        <source>Restart the Windows Remote Management service (WinRM) on {host}; if a firewall or proxy between the {from} and {host} holds the connection, exempt TCP {port} from inspection there.</source>
        <translation>Starten Sie den Dienst Windows-Remoteverwaltung (WinRM) auf {host} neu; hält eine Firewall oder ein Proxy zwischen „{from}“ und {host} die Verbindung fest, nehmen Sie TCP {port} dort von der Inspektion aus.</translation>
    </message>
    <message>
        <source>Create a WinRM HTTPS listener on {host} (&apos;winrm quickconfig -transport:https&apos; with a Server Authentication certificate naming {host}) and allow TCP {port} inbound in Windows Defender Firewall on {host}.</source>
        <translation>Erstellen Sie einen WinRM-HTTPS-Listener auf {host} („winrm quickconfig -transport:https“ mit einem Zertifikat für die Serverauthentifizierung, das {host} nennt) und erlauben Sie TCP {port} eingehend in der Windows Defender Firewall auf {host}.</translation>
    </message>
    <message>
        <source>Give the WinRM HTTPS listener on {host} a certificate from a CA that the {from} trusts, naming {host} and not expired (&apos;winrm set winrm/config/listener?Address=*+Transport=HTTPS&apos; with its thumbprint); or import the issuing CA into &apos;Trusted Root Certification Authorities&apos; on the {from}.</source>
        <translation>Geben Sie dem WinRM-HTTPS-Listener auf {host} ein Zertifikat von einer CA, der „{from}“ vertraut, das {host} nennt und nicht abgelaufen ist („winrm set winrm/config/listener?Address=*+Transport=HTTPS“ mit seinem Fingerabdruck); oder importieren Sie die ausstellende CA unter „Vertrauenswürdige Stammzertifizierungsstellen“ auf „{from}“.</translation>
    </message>
    <message>
        <source>Move the other TLS service off port {port} on {host}, or put the WinRM HTTPS listener on that port (&apos;winrm enumerate winrm/config/listener&apos; on {host}).</source>
        <translation>Verlegen Sie den anderen TLS-Dienst auf {host} von Port {port} weg, oder legen Sie den WinRM-HTTPS-Listener auf diesen Port („winrm enumerate winrm/config/listener“ auf {host}).</translation>
    </message>
    <message>
        <source>Restart the Windows Remote Management service (WinRM) on {host}; if a firewall or proxy between the {from} and {host} holds the connection, exempt TCP {port} from TLS inspection there.</source>
        <translation>Starten Sie den Dienst Windows-Remoteverwaltung (WinRM) auf {host} neu; hält eine Firewall oder ein Proxy zwischen „{from}“ und {host} die Verbindung fest, nehmen Sie TCP {port} dort von der TLS-Inspektion aus.</translation>
    </message>
    <message>
        <source>Start the Server service (LanmanServer) on {host} and enable &apos;File and Printer Sharing (SMB-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>Starten Sie den Dienst Server (LanmanServer) auf {host} und aktivieren Sie „File and Printer Sharing (SMB-In)“ in der Windows Defender Firewall auf {host}.</translation>
    </message>
    <message>
        <source>Enable SMB 2 or 3 on {host} (for a NAS: in its settings or with a firmware update; SMB1-only servers are not supported), or keep the backups on another share.</source>
        <translation>Aktivieren Sie SMB 2 oder 3 auf {host} (bei einem NAS: in seinen Einstellungen oder per Firmware-Update; Server nur mit SMB1 werden nicht unterstützt), oder legen Sie die Sicherungen auf eine andere Freigabe.</translation>
    </message>
    <message>
        <source>Restart the Server service (LanmanServer) on {host}; if a firewall between the {from} and {host} holds the connection, allow SMB (TCP {port}) there without inspection.</source>
        <translation>Starten Sie den Dienst Server (LanmanServer) auf {host} neu; hält eine Firewall zwischen „{from}“ und {host} die Verbindung fest, erlauben Sie SMB (TCP {port}) dort ohne Inspektion.</translation>
    </message>
    <message>
        <source>Open TCP 445 (SMB) to {host} instead: 139 is only the NetBIOS fallback. To use 139 anyway, enable NetBIOS over TCP/IP on the network adapter of {host} (IPv4, Advanced, WINS) and &apos;File and Printer Sharing (NB-Session-In)&apos; in its firewall.</source>
        <translation>Öffnen Sie stattdessen TCP 445 (SMB) zu {host}: 139 ist nur der NetBIOS-Ausweichweg. Um trotzdem 139 zu nutzen, aktivieren Sie NetBIOS über TCP/IP am Netzwerkadapter von {host} (IPv4, Erweitert, WINS) und „File and Printer Sharing (NB-Session-In)“ in seiner Firewall.</translation>
    </message>
    <message>
        <source>Open TCP 445 (SMB) from the {from} to {host} on the firewalls between them instead: the NetBIOS session on {port} does not lead to SMB 2 or 3.</source>
        <translation>Öffnen Sie stattdessen TCP 445 (SMB) von „{from}“ zu {host} auf den Firewalls dazwischen: Die NetBIOS-Sitzung an {port} führt nicht zu SMB 2 oder 3.</translation>
    </message>
    <message>
        <source>Open TCP 445 (SMB) from the {from} to {host} on the firewalls between them instead: the NetBIOS session on {port} accepts and never answers.</source>
        <translation>Öffnen Sie stattdessen TCP 445 (SMB) von „{from}“ zu {host} auf den Firewalls dazwischen: Die NetBIOS-Sitzung an {port} nimmt an und antwortet nie.</translation>
    </message>
    <message>
        <source>Bind the Guardian web portal&apos;s site to port {port} in IIS Manager on {host} (Site Bindings) and allow TCP {port} inbound in Windows Defender Firewall on {host}.</source>
        <translation>Binden Sie die Website des Guardian-Webportals im IIS-Manager auf {host} an Port {port} (Bindungen) und erlauben Sie TCP {port} eingehend in der Windows Defender Firewall auf {host}.</translation>
    </message>
    <message>
        <source>Move the other service off port {port} on {host}, or bind the Guardian portal&apos;s IIS site to another port and use that one (IIS Manager on {host}, Site Bindings).</source>
        <translation>Verlegen Sie den anderen Dienst auf {host} von Port {port} weg, oder binden Sie die IIS-Website des Guardian-Portals an einen anderen Port und verwenden Sie diesen (IIS-Manager auf {host}, Bindungen).</translation>
    </message>
    <message>
        <source>Restart the Guardian portal&apos;s IIS site on {host} (IIS Manager); if a proxy or firewall between the {from} and {host} holds the connection, allow HTTP there without inspection.</source>
        <translation>Starten Sie die IIS-Website des Guardian-Portals auf {host} neu (IIS-Manager); hält ein Proxy oder eine Firewall zwischen „{from}“ und {host} die Verbindung fest, erlauben Sie HTTP dort ohne Inspektion.</translation>
    </message>
    <message>
        <source>Add an https binding on port {port} in IIS Manager on {host} when it is a Guardian server or portal, and allow TCP {port} inbound in its firewall; for an Internet endpoint, allow HTTPS to {host} for the {from} on the proxy or perimeter firewall.</source>
        <translation>Fügen Sie im IIS-Manager auf {host} eine https-Bindung an Port {port} hinzu, wenn es ein Guardian-Server oder -Portal ist, und erlauben Sie TCP {port} eingehend in seiner Firewall; für einen Internet-Endpunkt erlauben Sie HTTPS zu {host} für „{from}“ auf dem Proxy oder der Perimeter-Firewall.</translation>
    </message>
    <message>
        <source>Exempt {host} from TLS inspection on the proxy or firewall whose certificate the {from} was shown, or import that CA into &apos;Trusted Root Certification Authorities&apos; on the {from}; for your own server, install a certificate from a CA that the {from} trusts, naming {host}.</source>
        <translation>Nehmen Sie {host} von der TLS-Inspektion auf dem Proxy oder der Firewall aus, deren Zertifikat „{from}“ gezeigt wurde, oder importieren Sie diese CA unter „Vertrauenswürdige Stammzertifizierungsstellen“ auf „{from}“; für Ihren eigenen Server installieren Sie ein Zertifikat von einer CA, der „{from}“ vertraut, das {host} nennt.</translation>
    </message>
    <message>
        <source>Let HTTPS to {host} pass the proxy or firewall as a plain TLS tunnel: TLS worked, but what answered inside it on {port} is not the web server.</source>
        <translation>Lassen Sie HTTPS zu {host} den Proxy oder die Firewall als reinen TLS-Tunnel passieren: TLS funktionierte, aber was darin an {port} antwortete, ist nicht der Webserver.</translation>
    </message>
    <message>
        <source>Allow HTTPS from the {from} to {host} on the proxy or firewall that accepts the connection and then holds it (or exempt {host} from inspection there); for your own server, restart its web site in IIS Manager.</source>
        <translation>Erlauben Sie HTTPS von „{from}“ zu {host} auf dem Proxy oder der Firewall, die die Verbindung annimmt und dann festhält (oder nehmen Sie {host} dort von der Inspektion aus); für Ihren eigenen Server starten Sie seine Website im IIS-Manager neu.</translation>
    </message>
    <message>
        <source>Check that {host} is the Azure SQL server&apos;s name (&lt;server&gt;.database.windows.net), and allow outbound TCP {port} from the {from} on the firewall that rejects it.</source>
        <translation>Prüfen Sie, dass {host} der Name des Azure SQL-Servers ist (&lt;server&gt;.database.windows.net), und erlauben Sie ausgehendes TCP {port} von „{from}“ auf der Firewall, die es ablehnt.</translation>
    </message>
    <message>
        <source>Allow outbound TCP {port} from the {from} to the Azure SQL gateways of the region (service tag Sql.&lt;region&gt;) on the perimeter firewall; TDS cannot pass an HTTP proxy.</source>
        <translation>Erlauben Sie ausgehendes TCP {port} von „{from}“ zu den Azure SQL-Gateways der Region (Diensttag Sql.&lt;region&gt;) auf der Perimeter-Firewall; TDS kann keinen HTTP-Proxy passieren.</translation>
    </message>
    <message>
        <source>Enter the Azure SQL server&apos;s own name (&lt;server&gt;.database.windows.net) instead of {host}: another service or a proxy answers port {port} there.</source>
        <translation>Geben Sie statt {host} den eigenen Namen des Azure SQL-Servers ein (&lt;server&gt;.database.windows.net): Dort beantwortet ein anderer Dienst oder ein Proxy Port {port}.</translation>
    </message>
    <message>
        <source>Route TDS (TCP {port}) from the {from} to {host} directly, without inspection or an HTTP proxy on the way: configure that on the firewall that holds the connection.</source>
        <translation>Leiten Sie TDS (TCP {port}) von „{from}“ direkt zu {host}, ohne Inspektion oder HTTP-Proxy auf dem Weg: Konfigurieren Sie das auf der Firewall, die die Verbindung festhält.</translation>
    </message>
    <message>
        <source>Directory (LDAP)</source>
        <translation>Verzeichnis (LDAP)</translation>
    </message>
    <message>
        <source>Forest metadata (WinRM)</source>
        <translation>Gesamtstruktur-Metadaten (WinRM)</translation>
    </message>
    <message>
        <source>Backups (SMB)</source>
        <translation>Sicherungen (SMB)</translation>
    </message>
    <message>
        <source>Licensing (HTTPS)</source>
        <translation>Lizenzierung (HTTPS)</translation>
    </message>
    <message>
        <source>Telemetry and updates (HTTPS)</source>
        <translation>Telemetrie und Updates (HTTPS)</translation>
    </message>
    <message>
        <source>Web portal (HTTP/HTTPS)</source>
        <translation>Webportal (HTTP/HTTPS)</translation>
    </message>
    <message>
        <source>Change delivery (HTTP/HTTPS)</source>
        <translation>Übermittlung von Änderungen (HTTP/HTTPS)</translation>
    </message>
    <message>
        <source>Change collection (LDAP)</source>
        <translation>Erfassung von Änderungen (LDAP)</translation>
    </message>
    <message>
        <source>Agent control (WinRM)</source>
        <translation>Agent-Steuerung (WinRM)</translation>
    </message>
    <message>
        <source>Agent channel (HTTPS)</source>
        <translation>Agent-Kanal (HTTPS)</translation>
    </message>
    <message>
        <source>Agent reports (HTTPS)</source>
        <translation>Agent-Berichte (HTTPS)</translation>
    </message>
    <message>
        <source>Forest backups (SMB)</source>
        <translation>Gesamtstruktur-Sicherungen (SMB)</translation>
    </message>
    <message>
        <source>DC metadata (WinRM)</source>
        <translation>DC-Metadaten (WinRM)</translation>
    </message>
    <message>
        <source>Agent directory (LDAP/LDAPS)</source>
        <translation>Agent-Verzeichnis (LDAP/LDAPS)</translation>
    </message>
    <message>
        <source>Database (TDS)</source>
        <translation>Datenbank (TDS)</translation>
    </message>
    <message>
        <source>Start the Kerberos Key Distribution Center service (KDC) on {host} and enable the inbound rule &apos;Kerberos Key Distribution Center (TCP-In)&apos; in Windows Defender Firewall on {host}; if {host} is not a domain controller, enter a DC&apos;s name instead.</source>
        <translation>Starten Sie den Dienst Kerberos-Schlüsselverteilungscenter (KDC) auf {host} und aktivieren Sie die eingehende Regel „Kerberos Key Distribution Center (TCP-In)“ in der Windows Defender Firewall auf {host}; ist {host} kein Domänencontroller, geben Sie stattdessen den Namen eines DCs ein.</translation>
    </message>
    <message>
        <source>Enter the domain controller&apos;s own name instead of {host}: another service answers TCP {port} there. If a load balancer or firewall sits in front of {host}, let Kerberos (TCP {port}) pass through to the DC unchanged.</source>
        <translation>Geben Sie statt {host} den eigenen Namen des Domänencontrollers ein: Dort beantwortet ein anderer Dienst TCP {port}. Steht ein Load Balancer oder eine Firewall vor {host}, lassen Sie Kerberos (TCP {port}) unverändert zum DC durch.</translation>
    </message>
    <message>
        <source>Exempt Kerberos (TCP {port}) from the {from} to {host} from inspection on the firewall or proxy that accepts the connection and then holds it; if nothing sits between them, restart the Kerberos Key Distribution Center service on {host}.</source>
        <translation>Nehmen Sie Kerberos (TCP {port}) von „{from}“ zu {host} von der Inspektion auf der Firewall oder dem Proxy aus, der die Verbindung annimmt und dann festhält; liegt nichts dazwischen, starten Sie den Dienst Kerberos-Schlüsselverteilungscenter auf {host} neu.</translation>
    </message>
    <message>
        <source>Start the DNS Server service on {host} and enable &apos;DNS (TCP, Incoming)&apos; in Windows Defender Firewall on {host}; if the domain&apos;s DNS runs on other servers, point the network settings of the {from} at them instead.</source>
        <translation>Starten Sie den Dienst DNS-Server auf {host} und aktivieren Sie „DNS (TCP, Incoming)“ in der Windows Defender Firewall auf {host}; läuft das DNS der Domäne auf anderen Servern, tragen Sie stattdessen diese in den Netzwerkeinstellungen von „{from}“ ein.</translation>
    </message>
    <message>
        <source>Enter a DNS server of the domain instead of {host}: another service answers TCP {port} there.</source>
        <translation>Geben Sie statt {host} einen DNS-Server der Domäne ein: Dort beantwortet ein anderer Dienst TCP {port}.</translation>
    </message>
    <message>
        <source>Allow DNS over TCP ({port}) from the {from} to {host} on the firewall that accepts the connection and then holds it (DNS falls back to TCP for long answers, such as the SRV records of a large domain); if nothing sits between them, restart the DNS Server service on {host}.</source>
        <translation>Erlauben Sie DNS über TCP ({port}) von „{from}“ zu {host} auf der Firewall, die die Verbindung annimmt und dann festhält (DNS weicht bei langen Antworten auf TCP aus, etwa bei den SRV-Einträgen einer großen Domäne); liegt nichts dazwischen, starten Sie den Dienst DNS-Server auf {host} neu.</translation>
    </message>
    <message>
        <source>Authentication (Kerberos)</source>
        <translation>Authentifizierung (Kerberos)</translation>
    </message>
    <message>
        <source>Kerberos (TCP)</source>
        <translation>Kerberos (TCP)</translation>
    </message>
    <message>
        <source>Authenticate the Guardian service&apos;s LDAP (signed and sealed) and WinRM (Negotiate) connections to the DCs: both use Kerberos by default, and Windows sends it over TCP. Inferred, the vendor&apos;s table does not list it: without the KDC, Negotiate falls back to NTLM or fails.</source>
        <translation>Die LDAP-Verbindungen (signiert und versiegelt) und WinRM-Verbindungen (Negotiate) des Guardian-Dienstes zu den DCs authentifizieren: Beide verwenden standardmäßig Kerberos, und Windows sendet es über TCP. Abgeleitet, die Tabelle des Herstellers nennt es nicht: Ohne den KDC weicht Negotiate auf NTLM aus oder schlägt fehl.</translation>
    </message>
    <message>
        <source>DC location (DNS)</source>
        <translation>DC-Suche (DNS)</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Find the domain&apos;s DCs through DNS (the DC locator&apos;s SRV records, _ldap._tcp.dc._msdcs.&lt;domain&gt;), which the DCs usually serve themselves. Inferred, the vendor&apos;s table does not list it; optional, since the DNS servers of the Guardian server may be other machines than the DCs.</source>
        <translation>Die DCs der Domäne über DNS finden (die SRV-Einträge des DC-Locators, _ldap._tcp.dc._msdcs.&lt;domain&gt;), die meist die DCs selbst bereitstellen. Abgeleitet, die Tabelle des Herstellers nennt es nicht; optional, da die DNS-Server des Guardian-Servers andere Computer als die DCs sein können.</translation>
    </message>
    <message>
        <source>Authenticate the AD connector&apos;s LDAP (signed and sealed) and WinRM (Negotiate) connections to the DCs: both use Kerberos by default, and Windows sends it over TCP. Inferred, the vendor&apos;s table does not list it: without the KDC, Negotiate falls back to NTLM or fails.</source>
        <translation>Die LDAP-Verbindungen (signiert und versiegelt) und WinRM-Verbindungen (Negotiate) des AD-Connectors zu den DCs authentifizieren: Beide verwenden standardmäßig Kerberos, und Windows sendet es über TCP. Abgeleitet, die Tabelle des Herstellers nennt es nicht: Ohne den KDC weicht Negotiate auf NTLM aus oder schlägt fehl.</translation>
    </message>
    <message>
        <source>Find the domain&apos;s DCs through DNS (the DC locator&apos;s SRV records, _ldap._tcp.dc._msdcs.&lt;domain&gt;), which the DCs usually serve themselves. Inferred, the vendor&apos;s table does not list it; optional, since the DNS servers of the AD connector may be other machines than the DCs.</source>
        <translation>Die DCs der Domäne über DNS finden (die SRV-Einträge des DC-Locators, _ldap._tcp.dc._msdcs.&lt;domain&gt;), die meist die DCs selbst bereitstellen. Abgeleitet, die Tabelle des Herstellers nennt es nicht; optional, da die DNS-Server des AD-Connectors andere Computer als die DCs sein können.</translation>
    </message>
    <message>
        <source>Authenticate the Forest Recovery agent&apos;s LDAP (signed and sealed) and WinRM (Negotiate) connections to the DCs: both use Kerberos by default, and Windows sends it over TCP. Inferred, the vendor&apos;s table does not list it: without the KDC, Negotiate falls back to NTLM or fails.</source>
        <translation>Die LDAP-Verbindungen (signiert und versiegelt) und WinRM-Verbindungen (Negotiate) des Forest-Recovery-Agenten zu den DCs authentifizieren: Beide verwenden standardmäßig Kerberos, und Windows sendet es über TCP. Abgeleitet, die Tabelle des Herstellers nennt es nicht: Ohne den KDC weicht Negotiate auf NTLM aus oder schlägt fehl.</translation>
    </message>
    <message>
        <source>Find the domain&apos;s DCs through DNS (the DC locator&apos;s SRV records, _ldap._tcp.dc._msdcs.&lt;domain&gt;), which the DCs usually serve themselves. Inferred, the vendor&apos;s table does not list it; optional, since the DNS servers of the agent may be other machines than the DCs.</source>
        <translation>Die DCs der Domäne über DNS finden (die SRV-Einträge des DC-Locators, _ldap._tcp.dc._msdcs.&lt;domain&gt;), die meist die DCs selbst bereitstellen. Abgeleitet, die Tabelle des Herstellers nennt es nicht; optional, da die DNS-Server des Agenten andere Computer als die DCs sein können.</translation>
    </message>
    <message>
        <source>Allow TCP {port} from the {from} to every address of {host}, its IPv6 address included, on the firewalls between them and in Windows Defender Firewall on {host}; if {host} is not meant to be reached on that address, remove the record (an AAAA record for IPv6) from DNS instead.</source>
        <translation>Erlauben Sie TCP {port} von „{from}“ zu jeder Adresse von {host}, einschließlich seiner IPv6-Adresse, auf den Firewalls dazwischen und in der Windows Defender Firewall auf {host}; soll {host} unter dieser Adresse nicht erreichbar sein, entfernen Sie stattdessen den Eintrag (einen AAAA-Eintrag für IPv6) aus dem DNS.</translation>
    </message>
    <message>
        <source>Correct the clock of {host}: a domain controller takes its time from the domain hierarchy (&apos;w32tm /config /syncfromflags:domhier /update&apos; on {host}, then restart the Windows Time service); the PDC emulator of the forest root domain takes it from a reliable NTP server (&apos;w32tm /config /manualpeerlist:&lt;NTP server&gt; /syncfromflags:manual /reliable:yes /update&apos;). If {host} agrees with the other domain controllers, correct the clock of the {from} instead (&apos;w32tm /resync&apos;). &apos;w32tm /stripchart /computer:{host}&apos; on the {from} shows the offset.</source>
        <translation>Korrigieren Sie die Uhr von {host}: Ein Domänencontroller bezieht seine Zeit aus der Domänenhierarchie („w32tm /config /syncfromflags:domhier /update“ auf {host}, danach den Dienst Windows-Zeitgeber neu starten); der PDC-Emulator der Stammdomäne der Gesamtstruktur bezieht sie von einem zuverlässigen NTP-Server („w32tm /config /manualpeerlist:&lt;NTP server&gt; /syncfromflags:manual /reliable:yes /update“). Stimmt {host} mit den anderen Domänencontrollern überein, korrigieren Sie stattdessen die Uhr von „{from}“ („w32tm /resync“). „w32tm /stripchart /computer:{host}“ auf „{from}“ zeigt die Abweichung.</translation>
    </message>
    <message>
        <source>Correct the clock of the {from} (this machine): run &apos;w32tm /resync&apos; and check with &apos;w32tm /query /source&apos; that it takes its time from a domain controller; on a virtual machine, turn off the hypervisor&apos;s time synchronisation (Hyper-V Integration Services or VMware Tools) so that it does not override the domain&apos;s time.</source>
        <translation>Korrigieren Sie die Uhr von „{from}“ (dieser Computer): Führen Sie „w32tm /resync“ aus und prüfen Sie mit „w32tm /query /source“, dass er seine Zeit von einem Domänencontroller bezieht; schalten Sie auf einem virtuellen Computer die Zeitsynchronisierung des Hypervisors aus (Hyper-V-Integrationsdienste oder VMware Tools), damit sie die Zeit der Domäne nicht überschreibt.</translation>
    </message>
    <message>
        <source>Enter domain controllers of the profile&apos;s domain instead of {host}, or correct the domain in the profile: Guardian reads and writes the directory of the DC it connects to, and {host} holds another domain&apos;s.</source>
        <translation>Geben Sie statt {host} Domänencontroller der Domäne des Profils ein, oder korrigieren Sie die Domäne im Profil: Guardian liest und schreibt das Verzeichnis des DCs, mit dem es sich verbindet, und {host} enthält das einer anderen Domäne.</translation>
    </message>
    <message>
        <source>Enter a Global Catalog of the profile&apos;s forest instead of {host}: a Global Catalog answers only for the objects of its own forest.</source>
        <translation>Geben Sie statt {host} einen globalen Katalog der Gesamtstruktur des Profils ein: Ein globaler Katalog antwortet nur für die Objekte seiner eigenen Gesamtstruktur.</translation>
    </message>
    <message>
        <source>Enter a domain controller of the profile&apos;s domain instead of {host}, or correct the domain in the profile: a KDC issues tickets only for its own realm.</source>
        <translation>Geben Sie statt {host} einen Domänencontroller der Domäne des Profils ein, oder korrigieren Sie die Domäne im Profil: Ein KDC stellt Tickets nur für seinen eigenen Realm aus.</translation>
    </message>
    <message>
        <source>Point the DNS settings of the {from} at a DNS server that holds the domain&apos;s zones (usually its domain controllers), or correct the domain in the profile; if {host} is that server, check that the domain controllers register their SRV records in it (the Netlogon service, &apos;nltest /dsregdns&apos;).</source>
        <translation>Tragen Sie in den DNS-Einstellungen von „{from}“ einen DNS-Server ein, der die Zonen der Domäne enthält (meist ihre Domänencontroller), oder korrigieren Sie die Domäne im Profil; ist {host} dieser Server, prüfen Sie, ob die Domänencontroller ihre SRV-Einträge darin registrieren (der Dienst Netlogon, „nltest /dsregdns“).</translation>
    </message>
    <message>
        <source>Correct the proxy setting of the {from} (the proxy&apos;s name and port, in Guardian&apos;s proxy setting and &apos;netsh winhttp show proxy&apos;), or start the proxy service and allow the {from} to reach it on that port.</source>
        <translation>Korrigieren Sie die Proxy-Einstellung von „{from}“ (Name und Port des Proxys, in der Proxy-Einstellung von Guardian und in „netsh winhttp show proxy“), oder starten Sie den Proxy-Dienst und erlauben Sie „{from}“, ihn an diesem Port zu erreichen.</translation>
    </message>
    <message>
        <source>Allow the {from} to reach its proxy on the proxy&apos;s port on the firewalls between them, or correct the proxy setting of the {from} (&apos;netsh winhttp show proxy&apos;) if that proxy is gone.</source>
        <translation>Erlauben Sie „{from}“ auf den Firewalls dazwischen, den eigenen Proxy an dessen Port zu erreichen, oder korrigieren Sie die Proxy-Einstellung von „{from}“ („netsh winhttp show proxy“), wenn es diesen Proxy nicht mehr gibt.</translation>
    </message>
    <message>
        <source>Allow HTTPS (CONNECT to port {port}) to {host} for the {from} on its proxy: the proxy&apos;s administrators add {host} to its allow list or its category exemptions.</source>
        <translation>Erlauben Sie auf dem Proxy von „{from}“ HTTPS (CONNECT an Port {port}) zu {host}: Die Administratoren des Proxys nehmen {host} in dessen Zulassungsliste oder Kategorieausnahmen auf.</translation>
    </message>
    <message>
        <source>Let the {from} through the proxy to {host}:{port}: the proxy demands a login (its schemes are in the evidence). Exempt the {from}&apos;s address or {host} from proxy authentication, or make sure the account Guardian&apos;s service runs as can sign in to the proxy with one of those schemes.</source>
        <translation>Lassen Sie „{from}“ durch den Proxy zu {host}:{port}: Der Proxy verlangt eine Anmeldung (seine Authentifizierungsverfahren stehen im Nachweis). Nehmen Sie die Adresse von „{from}“ oder {host} von der Proxy-Authentifizierung aus, oder stellen Sie sicher, dass sich das Konto, unter dem der Guardian-Dienst läuft, mit einem dieser Verfahren am Proxy anmelden kann.</translation>
    </message>
    <message>
        <source>Check why the proxy of the {from} cannot reach {host}:{port}: its DNS, its own egress through the perimeter firewall, or its upstream proxy (the evidence has the proxy&apos;s answer).</source>
        <translation>Prüfen Sie, warum der Proxy von „{from}“ {host}:{port} nicht erreicht: sein DNS, sein eigener Weg ins Internet durch die Perimeter-Firewall oder sein Upstream-Proxy (der Nachweis enthält die Antwort des Proxys).</translation>
    </message>
    <message>
        <source>Check the proxy of the {from}: it accepts the connection and then never answers CONNECT to {host}:{port} (an inspection rule or an overloaded proxy service).</source>
        <translation>Prüfen Sie den Proxy von „{from}“: Er nimmt die Verbindung an und beantwortet dann CONNECT zu {host}:{port} nie (eine Inspektionsregel oder ein überlasteter Proxy-Dienst).</translation>
    </message>
    <message>
        <source>Exempt {host} from TLS inspection on the proxy or firewall that re-signs it (its CA is named in the verdict), so that the {from} sees the certificate {host} really serves: Guardian&apos;s sign-in and Microsoft Graph calls, and its online licensing, fail or stall behind inspection.</source>
        <translation>Nehmen Sie {host} von der TLS-Inspektion auf dem Proxy oder der Firewall aus, die das Zertifikat neu signiert (das Urteil nennt deren CA), damit „{from}“ das Zertifikat sieht, das {host} tatsächlich bereitstellt: Die Anmeldung und die Microsoft Graph-Aufrufe von Guardian sowie seine Online-Lizenzierung schlagen hinter einer Inspektion fehl oder bleiben hängen.</translation>
    </message>
    <message>
        <source>Sign-in (Entra ID) and Microsoft Graph, as listed in Microsoft&apos;s published endpoint sets.</source>
        <translation>Anmeldung (Entra ID) und Microsoft Graph, wie in den von Microsoft veröffentlichten Endpunkt-Sets aufgeführt.</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Online administration over HTTPS (its PowerShell module and REST endpoints).</source>
        <translation>Verwaltung von Exchange Online über HTTPS (das PowerShell-Modul und die REST-Endpunkte).</translation>
    </message>
    <message>
        <source>Exchange Online SMTP</source>
        <translation>Exchange Online SMTP</translation>
    </message>
    <message>
        <source>SMTP submission to Exchange Online (TCP 587), for alert mail sent through Microsoft 365.</source>
        <translation>SMTP-Übermittlung an Exchange Online (TCP 587) für Benachrichtigungs-E-Mails, die über Microsoft 365 gesendet werden.</translation>
    </message>
    <message>
        <source>Certificate revocation (CRL/OCSP)</source>
        <translation>Zertifikatsperrprüfung (CRL/OCSP)</translation>
    </message>
    <message>
        <source>The CRL and OCSP servers Windows asks, over HTTP, whether the certificates of Microsoft&apos;s endpoints are revoked.</source>
        <translation>Die CRL- und OCSP-Server, bei denen Windows über HTTP abfragt, ob die Zertifikate der Microsoft-Endpunkte widerrufen sind.</translation>
    </message>
    <message>
        <source>Microsoft cloud</source>
        <translation>Microsoft-Cloud</translation>
    </message>
    <message>
        <source>The Microsoft cloud of the tenants Guardian manages; each has its own sign-in, Graph and Exchange names.</source>
        <translation>Die Microsoft-Cloud der Mandanten, die Guardian verwaltet; jede hat eigene Namen für Anmeldung, Graph und Exchange.</translation>
    </message>
    <message>
        <source>Worldwide (commercial, GCC)</source>
        <translation>Weltweit (kommerziell, GCC)</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>US Government GCC High</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>US Government DoD</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (betrieben von 21Vianet)</translation>
    </message>
    <message>
        <source>Sign-in and Microsoft Graph (HTTPS)</source>
        <translation>Anmeldung und Microsoft Graph (HTTPS)</translation>
    </message>
    <message>
        <source>Sign in to Entra ID and manage Entra ID and Microsoft 365 tenants through Microsoft Graph (Microsoft&apos;s sets also list TCP 80; Guardian&apos;s service uses 443).</source>
        <translation>Bei Entra ID anmelden und Entra-ID- und Microsoft-365-Mandanten über Microsoft Graph verwalten (die Sets von Microsoft nennen auch TCP 80; der Guardian-Dienst verwendet 443).</translation>
    </message>
    <message>
        <source>Exchange Online (HTTPS)</source>
        <translation>Exchange Online (HTTPS)</translation>
    </message>
    <message>
        <source>Administer Exchange Online (recipients, mailbox permissions) through its PowerShell module and REST endpoints.</source>
        <translation>Exchange Online (Empfänger, Postfachberechtigungen) über sein PowerShell-Modul und seine REST-Endpunkte verwalten.</translation>
    </message>
    <message>
        <source>Alert mail (SMTP)</source>
        <translation>Benachrichtigungs-E-Mails (SMTP)</translation>
    </message>
    <message>
        <source>SMTP submission</source>
        <translation>SMTP-Übermittlung</translation>
    </message>
    <message>
        <source>Send alert mail through Exchange Online (SMTP submission on 587). Inferred, the vendor&apos;s table does not list it; optional, needed only when alerts are sent this way.</source>
        <translation>Benachrichtigungs-E-Mails über Exchange Online senden (SMTP-Übermittlung an 587). Abgeleitet, die Tabelle des Herstellers nennt es nicht; optional, nur nötig, wenn Benachrichtigungen auf diesem Weg gesendet werden.</translation>
    </message>
    <message>
        <source>Certificate revocation (HTTP)</source>
        <translation>Zertifikatsperrprüfung (HTTP)</translation>
    </message>
    <message>
        <source>HTTP (CRL, OCSP)</source>
        <translation>HTTP (CRL, OCSP)</translation>
    </message>
    <message>
        <source>Let Windows check whether the certificates of Microsoft&apos;s endpoints are revoked (CRL and OCSP over HTTP): when these servers are blocked, each TLS connection to Microsoft 365 stalls for seconds first.</source>
        <translation>Windows prüfen lassen, ob die Zertifikate der Microsoft-Endpunkte widerrufen sind (CRL und OCSP über HTTP): Sind diese Server blockiert, hängt jede TLS-Verbindung zu Microsoft 365 zunächst einige Sekunden lang.</translation>
    </message>
    <message>
        <source>Sign-in: login.microsoftonline.com; Graph: graph.microsoft.com; Exchange: outlook.office365.com.</source>
        <translation>Anmeldung: login.microsoftonline.com; Graph: graph.microsoft.com; Exchange: outlook.office365.com.</translation>
    </message>
    <message>
        <source>Sign-in: login.microsoftonline.us; Graph: graph.microsoft.us; Exchange: outlook.office365.us.</source>
        <translation>Anmeldung: login.microsoftonline.us; Graph: graph.microsoft.us; Exchange: outlook.office365.us.</translation>
    </message>
    <message>
        <source>Sign-in: login.microsoftonline.us; Graph: dod-graph.microsoft.us; Exchange: outlook-dod.office365.us.</source>
        <translation>Anmeldung: login.microsoftonline.us; Graph: dod-graph.microsoft.us; Exchange: outlook-dod.office365.us.</translation>
    </message>
    <message>
        <source>Sign-in: login.chinacloudapi.cn; Graph: microsoftgraph.chinacloudapi.cn; Exchange: partner.outlook.cn.</source>
        <translation>Anmeldung: login.chinacloudapi.cn; Graph: microsoftgraph.chinacloudapi.cn; Exchange: partner.outlook.cn.</translation>
    </message>
    <message>
        <source>The connection policy of the Azure SQL server (its Networking settings, Connectivity), and whether Guardian reaches it through a private endpoint.</source>
        <translation>Die Verbindungsrichtlinie des Azure-SQL-Servers (seine Netzwerkeinstellungen, Konnektivität) und ob Guardian ihn über einen privaten Endpunkt erreicht.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Redirect when Guardian runs inside Azure, Proxy outside: see &apos;Guardian server runs in Azure&apos;.</source>
        <translation>Umleitung, wenn Guardian in Azure läuft, sonst Proxy: siehe „Guardian-Server läuft in Azure“.</translation>
    </message>
    <message>
        <source>Private endpoint, Proxy</source>
        <translation>Privater Endpunkt, Proxy</translation>
    </message>
    <message>
        <source>1433 to the private endpoint&apos;s address in the virtual network; no public gateway.</source>
        <translation>1433 zur Adresse des privaten Endpunkts im virtuellen Netzwerk; kein öffentliches Gateway.</translation>
    </message>
    <message>
        <source>Private endpoint, Redirect</source>
        <translation>Privater Endpunkt, Umleitung</translation>
    </message>
    <message>
        <source>1433 to the private endpoint, then a port between 1433 and 65535 of it after login.</source>
        <translation>1433 zum privaten Endpunkt, nach der Anmeldung dann ein Port zwischen 1433 und 65535 desselben.</translation>
    </message>
    <message>
        <source>Guardian server runs in Azure</source>
        <translation>Guardian-Server läuft in Azure</translation>
    </message>
    <message>
        <source>Where the Guardian server runs: Azure SQL&apos;s Default policy redirects connections from inside Azure and proxies those from outside.</source>
        <translation>Wo der Guardian-Server läuft: Die Standardrichtlinie von Azure SQL leitet Verbindungen aus Azure um und leitet solche von außerhalb über das Gateway (Proxy).</translation>
    </message>
    <message>
        <source>Outside Azure</source>
        <translation>Außerhalb von Azure</translation>
    </message>
    <message>
        <source>On-premises or in another cloud: the Default policy acts as Proxy (1433 only).</source>
        <translation>Lokal oder in einer anderen Cloud: Die Standardrichtlinie wirkt wie Proxy (nur 1433).</translation>
    </message>
    <message>
        <source>Inside Azure</source>
        <translation>In Azure</translation>
    </message>
    <message>
        <source>An Azure virtual machine: the Default policy acts as Redirect (1433, then 11000-11999).</source>
        <translation>Ein virtueller Azure-Computer: Die Standardrichtlinie wirkt wie Umleitung (1433, dann 11000-11999).</translation>
    </message>
    <message>
        <source>Inside Azure the Default policy is Redirect: after login the session moves to 11000-11999 on the database node; that range can only be checked with a login: open it outbound.</source>
        <translation>In Azure ist die Standardrichtlinie Umleitung: Nach der Anmeldung wechselt die Sitzung auf 11000-11999 am Datenbankknoten; dieser Bereich lässt sich nur mit Anmeldung prüfen: öffnen Sie ihn ausgehend.</translation>
    </message>
    <message>
        <source>Through a private endpoint the Redirect policy moves the session after login to a port between 1433 and 65535 of the private endpoint; that range can only be checked with a login: open it outbound to the private endpoint&apos;s address.</source>
        <translation>Über einen privaten Endpunkt verlegt die Umleitungsrichtlinie die Sitzung nach der Anmeldung auf einen Port zwischen 1433 und 65535 des privaten Endpunkts; dieser Bereich lässt sich nur mit Anmeldung prüfen: öffnen Sie ihn ausgehend zur Adresse des privaten Endpunkts.</translation>
    </message>
    <message>
        <source>Exempt TDS from the {from} to {host} (port {port}) from TLS inspection on the firewall or proxy that re-signs it, or import the CA it was signed with into &apos;Trusted Root Certification Authorities&apos; on the {from}: Guardian&apos;s SQL driver verifies the gateway&apos;s certificate and refuses one it does not trust.</source>
        <translation>Nehmen Sie TDS von „{from}“ zu {host} (Port {port}) auf der Firewall oder dem Proxy, der es neu signiert, von der TLS-Prüfung aus, oder importieren Sie die signierende CA unter „Vertrauenswürdige Stammzertifizierungsstellen“ auf „{from}“: Der SQL-Treiber von Guardian prüft das Zertifikat des Gateways und lehnt eines ab, dem er nicht vertraut.</translation>
    </message>
    <message>
        <source>Exempt TDS from the {from} to {host} (port {port}) from TLS inspection on the firewall that re-signs it (its CA is named in the verdict), so that Guardian&apos;s database connection sees the certificate Azure SQL really serves.</source>
        <translation>Nehmen Sie TDS von „{from}“ zu {host} (Port {port}) auf der Firewall, die es neu signiert (ihre CA nennt das Ergebnis), von der TLS-Prüfung aus, damit die Datenbankverbindung von Guardian das Zertifikat sieht, das Azure SQL wirklich ausliefert.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>guardian-portcheck %1 (catalog %2 %3, Qt %4)</source>
        <translation>guardian-portcheck %1 (Katalog %2 %3, Qt %4)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;, expected one of: %2</source>
        <translation>unbekannter Befehl „%1“, erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>cannot write the %1 file %2: the folder %3 is not writable</source>
        <translation>die %1-Datei %2 kann nicht geschrieben werden: der Ordner %3 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot write the %1 file %2: the folder %3 does not exist</source>
        <translation>die %1-Datei %2 kann nicht geschrieben werden: der Ordner %3 existiert nicht</translation>
    </message>
    <message>
        <source>--page-size is a4 or letter, not &apos;%1&apos;</source>
        <translation>--page-size ist a4 oder letter, nicht „%1“</translation>
    </message>
    <message>
        <source>the PDF needs the graphical libraries, which did not start</source>
        <translation>das PDF braucht die Grafikbibliotheken, die nicht starteten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation>„%1“ nimmt keine Argumente</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>kein PEM-Zertifikat in %1</translation>
    </message>
    <message>
        <source>&apos;discover&apos; needs exactly one DNS domain</source>
        <translation>„discover“ braucht genau eine DNS-Domäne</translation>
    </message>
    <message>
        <source>&apos;merge&apos; needs one or more results files written by &apos;run --json&apos;</source>
        <translation>„merge“ braucht eine oder mehrere Ergebnisdateien von „run --json“</translation>
    </message>
    <message>
        <source>&apos;run&apos; needs exactly one profile file</source>
        <translation>„run“ braucht genau eine Profildatei</translation>
    </message>
    <message>
        <source>Try &apos;guardian-portcheck --help&apos;.</source>
        <translation>Siehe „guardian-portcheck --help“.</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>Ergebnisse in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Firewall request written to %1.</source>
        <translation>Firewall-Antrag in %1 geschrieben.</translation>
    </message>
    <message>
        <source>JUnit results written to %1.</source>
        <translation>JUnit-Ergebnisse in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht in %1 geschrieben.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n results file(s) (%1)</source>
        <translation>
            <numerusform>%n Ergebnisdatei zusammengeführt (%1)</numerusform>
            <numerusform>%n Ergebnisdateien zusammengeführt (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>URTEIL</translation>
    </message>
    <message>
        <source>LINK</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>TESTED FROM</source>
        <translation>GETESTET VON</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>BEGRÜNDUNG</translation>
    </message>
    <message>
        <source>%1 pass, %2 warn, %3 fail, %4 not tested by any of these machines.</source>
        <translation>%1 bestanden, %2 Warnungen, %3 fehlgeschlagen, %4 von keinem dieser Computer getestet.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, found &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, gefunden: „%4“</translation>
    </message>
    <message>
        <source>%1 (catalog %2 %3)</source>
        <translation>%1 (Katalog %2 %3)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;, expected table, csv or yaml</source>
        <translation>unbekanntes Format „%1“, erwartet: table, csv oder yaml</translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation>TCP %1</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (abgeleitet)</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>PROBE</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <source>NEED</source>
        <translation>BEDARF</translation>
    </message>
    <message>
        <source>WHEN REQUIRED</source>
        <translation>WANN ERFORDERLICH</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>&apos;probe&apos; needs at least one HOST:PORT[/KIND]</source>
        <translation>„probe“ braucht mindestens ein HOST:PORT[/ART]</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>NACHWEIS</translation>
    </message>
    <message>
        <source>domain controller</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <source>DC in site %1</source>
        <translation>DC am Standort %1</translation>
    </message>
    <message>
        <source>global catalog</source>
        <translation>globaler Katalog</translation>
    </message>
    <message>
        <source>PDC emulator</source>
        <translation>PDC-Emulator</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÄT</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>GEWICHT</translation>
    </message>
    <message>
        <source>the demo site cannot start: %1</source>
        <translation>der Demo-Standort kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo site on loopback (127.0.0.1-127.0.0.5): two domain controllers, a file share, a cloud
endpoint behind a TLS-inspecting proxy and a Forest Recovery agent.</source>
        <translation>Demo-Standort auf Loopback (127.0.0.1-127.0.0.5): zwei Domänencontroller, eine Dateifreigabe, ein
Cloud-Endpunkt hinter einem TLS-prüfenden Proxy und ein Forest-Recovery-Agent.</translation>
    </message>
    <message>
        <source>yes (advisory)</source>
        <translation>ja (Hinweis)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Plan für %1</translation>
    </message>
    <message>
        <source>FROM HERE</source>
        <translation>VON HIER</translation>
    </message>
    <message>
        <source>%1 checks for %2 link-host pairs; %3 testable from this machine (vantage: %4), %5 distinct probes.</source>
        <translation>%1 Prüfungen für %2 Verbindung-Host-Paare; %3 von diesem Computer aus testbar (Standort: %4), %5 verschiedene Prüfungen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Note: no hosts for %1: the links to it are left out.</source>
        <translation>Hinweis: keine Hosts für %1: die Verbindungen dorthin entfallen.</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (für %2)</translation>
    </message>
    <message>
        <source>Checks from this machine (%1)</source>
        <translation>Prüfungen von diesem Computer (%1)</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Was zu ändern ist</translation>
    </message>
    <message>
        <source>%1 pass, %2 warn, %3 fail, %4 not tested from here; %5 probes in %6 ms.</source>
        <translation>%1 bestanden, %2 Warnungen, %3 fehlgeschlagen, %4 von hier nicht getestet; %5 Prüfungen in %6 ms.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>%1... (%2 characters, all of them in the JSON)</source>
        <translation>%1... (%2 Zeichen, alle davon im JSON)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no option --%2</source>
        <translation>„%1“ kennt keine Option --%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take --%2; its options: %3</source>
        <translation>„%1“ kennt kein --%2; seine Optionen: %3</translation>
    </message>
    <message>
        <source>interrupted by %1: the results so far are written, marked incomplete</source>
        <translation>durch %1 unterbrochen: die bisherigen Ergebnisse sind geschrieben, als unvollständig markiert</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; for --lang, expected one of: %2</source>
        <translation>unbekannte Sprache „%1“ für --lang, erwartet wird eine von: %2</translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation>für: %1</translation>
    </message>
    <message>
        <source>--domain &apos;%1&apos; is not a DNS domain name, expected something like corp.example</source>
        <translation>--domain „%1“ ist kein DNS-Domänenname, erwartet wird etwa corp.example</translation>
    </message>
    <message>
        <source>&apos;compare&apos; needs two results files: the run before the change, then the run after it</source>
        <translation>„compare“ braucht zwei Ergebnisdateien: den Lauf vor der Änderung, dann den Lauf danach</translation>
    </message>
    <message>
        <source>Before: %1 (%2)</source>
        <translation>Vorher:  %1 (%2)</translation>
    </message>
    <message>
        <source>After:  %1 (%2)</source>
        <translation>Nachher: %1 (%2)</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>VORHER</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>NACHHER</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>JETZT</translation>
    </message>
    <message>
        <source>The firewall request of the run before: %1 of %2 rule(s) verified open after</source>
        <translation>Der Firewall-Antrag des Laufs davor: %1 von %2 Regel(n) danach als offen bestätigt</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <source>Comparison written to %1.</source>
        <translation>Vergleich in %1 geschrieben.</translation>
    </message>
    <message>
        <source>--as: &apos;%1&apos; is not a role a link starts from, expected one of: %2</source>
        <translation>--as: „%1“ ist keine Rolle, bei der eine Verbindung beginnt, erwartet wird eine von: %2</translation>
    </message>
    <message>
        <source>--as needs a role, one of: %1</source>
        <translation>--as braucht eine Rolle, eine von: %1</translation>
    </message>
    <message>
        <source>this machine, %1, is in none of the profile&apos;s host lists of a role a link starts from (%2), and the profile names no &apos;vantage&apos;; run it with --as ROLE, one of: %3</source>
        <translation>dieser Computer, %1, steht in keiner Hostliste des Profils für eine Rolle, bei der eine Verbindung beginnt (%2), und das Profil nennt kein „vantage“; führen Sie es mit --as ROLE aus, eine von: %3</translation>
    </message>
    <message>
        <source>it lists none</source>
        <translation>es nennt keine</translation>
    </message>
    <message>
        <source>%1 (listed as %2)</source>
        <translation>%1 (aufgeführt als %2)</translation>
    </message>
    <message>
        <source>This machine plays, by the profile&apos;s host lists: %1.</source>
        <translation>Rollen dieses Computers laut den Hostlisten des Profils: %1.</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: expected NAME=ADDRESS, e.g. login.microsoftonline.com=127.0.0.5</source>
        <translation>--resolve „%1“: erwartet wird NAME=ADDRESS, z. B. login.microsoftonline.com=127.0.0.5</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: &apos;%2&apos; is not an IPv4 or IPv6 address</source>
        <translation>--resolve „%1“: „%2“ ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>Proxy for HTTPS to the Internet: %1 (%2)</source>
        <translation>Proxy für HTTPS ins Internet: %1 (%2)</translation>
    </message>
    <message>
        <source>none, direct</source>
        <translation>keiner, direkt</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Microsoft 365 list (no set id)</source>
        <translation>Microsoft-365-Liste (ohne Set-ID)</translation>
    </message>
    <message>
        <source>Microsoft 365 set %1</source>
        <translation>Microsoft-365-Set %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file: Microsoft&apos;s endpoints list saved as JSON</source>
        <translation>„%1“ braucht eine Datei: die als JSON gespeicherte Endpunktliste von Microsoft</translation>
    </message>
    <message>
        <source>the catalog %1 lists no Microsoft 365 endpoint sets</source>
        <translation>der Katalog %1 nennt keine Microsoft-365-Endpunkt-Sets</translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos;, expected one of: %2</source>
        <translation>unbekannte Cloud „%1“, erwartet wird eine von: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 endpoints, %1 cloud (%2), from %3: %n set(s) that Guardian needs, of %4 in the file.</source>
        <translation>
            <numerusform>Microsoft-365-Endpunkte, Cloud %1 (%2), aus %3: %n Set, das Guardian braucht, von %4 in der Datei.</numerusform>
            <numerusform>Microsoft-365-Endpunkte, Cloud %1 (%2), aus %3: %n Sets, die Guardian braucht, von %4 in der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the list in use (%1):</source>
        <translation>Verglichen mit der verwendeten Liste (%1):</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>ports %1, were %2</source>
        <translation>Ports %1, vorher %2</translation>
    </message>
    <message>
        <source>now required</source>
        <translation>jetzt erforderlich</translation>
    </message>
    <message>
        <source>now optional</source>
        <translation>jetzt optional</translation>
    </message>
    <message>
        <source>set %1 (%2): %3</source>
        <translation>Set %1 (%2): %3</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>Wildcards with no name to test (the firewall request lists them; a run cannot test them): %1</source>
        <translation>Platzhalter ohne testbaren Namen (der Firewall-Antrag führt sie auf; ein Lauf kann sie nicht testen): %1</translation>
    </message>
    <message>
        <source>Dry run: nothing saved.</source>
        <translation>Probelauf: nichts gespeichert.</translation>
    </message>
    <message>
        <source>cannot save the list: %1</source>
        <translation>die Liste kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved to %1: every run and the window now test this list for the %2 cloud.</source>
        <translation>In %1 gespeichert: Jeder Lauf und das Fenster testen jetzt diese Liste für die Cloud %2.</translation>
    </message>
    <message>
        <source>--azure-service-tags: %1</source>
        <translation>--azure-service-tags: %1</translation>
    </message>
    <message>
        <source>--azure-service-tags: the profile names no Azure region; add &apos;azure-region: westeurope&apos; (the region of the Azure SQL server) to it</source>
        <translation>--azure-service-tags: Das Profil nennt keine Azure-Region; ergänzen Sie „azure-region: westeurope“ (die Region des Azure-SQL-Servers)</translation>
    </message>
    <message>
        <source>%1 holds no service tag %2 and no %3.* tag at all</source>
        <translation>%1 enthält kein Diensttag %2 und überhaupt kein %3.*-Tag</translation>
    </message>
    <message>
        <source>%1 holds no service tag %2 (the profile&apos;s azure-region); its %3 tags include %4</source>
        <translation>%1 enthält kein Diensttag %2 (die azure-region des Profils); seine %3-Tags sind unter anderem %4</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>HTML report written to %1.</source>
        <translation>HTML-Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Coverage: each link is tested from the machines it starts on</source>
        <translation>Abdeckung: jede Verbindung wird von den Rechnern aus geprüft, auf denen sie beginnt</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Still to run:</source>
        <translation>Noch auszuführen:</translation>
    </message>
    <message>
        <source>cannot write the log %1: %2</source>
        <translation>das Protokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Usage: guardian-portcheck [COMMAND] [OPTIONS]
Proves whether every network path Cayosoft Guardian needs is open.

Commands:
  (none)                          open the window
  run PROFILE.yaml [--json F]     probe what the profile needs from this machine, give verdicts
  run PROFILE.yaml --dry-run      the checks a profile plans, without sending anything
  run SITE.yaml [--as ROLE,...]   one profile for every machine: without &apos;vantage:&apos; in it,
                                  the roles whose host lists name this machine; --as decides
  probe HOST:PORT[/KIND]...       ad-hoc probes, e.g. dc1.corp.example:389/ldap (the kind
                                  defaults from the port: 389 ldap, 636 ldaps, 445 smb,
                                  88 kerberos, 53 dns, ...)
  discover DOMAIN [--site S] [--nameserver IPv4] [--json F]
                                  DCs, site DCs, GCs and the PDC from DNS SRV records
  demo [--text] [--json F]        a simulated site on loopback, opened in the window (in the
                                  terminal without a display, or with --text or --json): every
                                  verdict, no traffic elsewhere
  merge A.json B.json... [--pdf F] [--html F] [--json F] [--csv F] [--junit F]
                                  join the results of several machines (each its own vantage)
  compare BEFORE.json AFTER.json [--json F] [--csv F] [--pdf F] [--html F]
                                  what a change did: fixed, newly broken, still failing, and
                                  each requested firewall rule verified open or not
  catalog [--format table|csv|yaml]
                                  every link Guardian needs: the firewall request
  import-m365 FILE [--cloud C] [--dry-run]
                                  refresh the Microsoft 365 endpoints from a saved copy of
                                  Microsoft&apos;s list (https://endpoints.office.com/endpoints/
                                  Worldwide?clientrequestid=&lt;GUID&gt;; never fetched here); C is
                                  worldwide, gcc-high, dod or china (default: from the file)

Options:
  --json FILE                     write the results as JSON (run, probe, merge, demo)
  --pdf FILE                      write the change-approval report as PDF (run, merge, demo,
                                  compare)
  --html FILE                     the same report as one self-contained HTML file (run, merge,
                                  demo, compare)
  --page-size a4|letter           the PDF&apos;s paper (default: from the locale)
  --csv FILE                      write the firewall change request as CSV (run, merge, demo,
                                  compare)
  --junit FILE                    write JUnit XML, a test case per link and host (run, merge, demo)
  --azure-service-tags FILE       a saved copy of Azure&apos;s service tags (ServiceTags_Public_
                                  &lt;date&gt;.json from Microsoft&apos;s download page; never fetched
                                  here): the firewall request lists the prefixes of Sql.&lt;region&gt;
                                  (the profile&apos;s azure-region) (run, merge, demo)
  --run-by NAME                   who ran it, on the report&apos;s cover (default: the account name)
  --ticket ID, --requester NAME, --approver NAME
                                  the change on the report&apos;s cover (default: the profile&apos;s
                                  ticket, requester, approver; left blank: lines to fill in)
                                  (run, merge, demo)
  --ca-file PEM                   trust these CA certificates too (TLS probes)
  --connect-timeout MS            give up connecting after MS (default 3000)
  --timeout MS                    wait MS for the TLS handshake and for the answer (default 5000)
  --concurrency N                 probes in flight at once (default 256); a connect still
                                  unanswered after a moment waits aside, so dropped ports
                                  cost one timeout, not one per N probes
  --per-host N                    probes in flight to one host (default 8)
  --proxy URL|system|none         how HTTPS to the Internet leaves this machine (run, probe):
                                  an HTTP proxy (http://host:port), the system&apos;s setting
                                  (default; Windows: WinHTTP and Internet Options with PAC and
                                  WPAD; Linux: https_proxy and the desktop&apos;s settings), or none
  --resolve NAME=ADDRESS          probe NAME at ADDRESS without asking DNS (repeatable)
  --domain DOMAIN                 the AD domain: the realm and zone the kerberos and dns probes
                                  ask for (run: the profile&apos;s domain; default: each host&apos;s suffix)
  --catalog FILE                  use this catalog instead of the built-in one
  --lang en|de|fr|ja              the language of the window, the report and this output
  --log FILE                      write a debug log for support: lookups, probes, verdicts
  -h, --help                      show this help
  -v, --version                   show the version

Exit codes: 0 every required link passes, 1 a required link fails, 2 bad usage or input,
3 internal error, 130/143 interrupted by SIGINT/SIGTERM (what finished is written, marked
incomplete). &apos;demo&apos; exits 0 when its site ran: it is built to show a failing link.
</source>
        <translation>Aufruf: guardian-portcheck [BEFEHL] [OPTIONEN]
Prüft, ob jeder Netzwerkpfad offen ist, den Cayosoft Guardian braucht.

Befehle:
  (keiner)                        das Fenster öffnen
  run PROFILE.yaml [--json F]     prüfen, was das Profil von diesem Computer braucht, Urteile geben
  run PROFILE.yaml --dry-run      die Prüfungen, die ein Profil plant, ohne etwas zu senden
  run SITE.yaml [--as ROLE,...]   ein Profil für jeden Computer: ohne „vantage:“ darin gelten die
                                  Rollen, deren Hostlisten diesen Computer nennen; --as entscheidet
  probe HOST:PORT[/KIND]...       Ad-hoc-Prüfungen, z. B. dc1.corp.example:389/ldap (die Art
                                  folgt standardmäßig aus dem Port: 389 ldap, 636 ldaps, 445 smb,
                                  88 kerberos, 53 dns, ...)
  discover DOMAIN [--site S] [--nameserver IPv4] [--json F]
                                  DCs, Standort-DCs, GCs und der PDC aus DNS-SRV-Einträgen
  demo [--text] [--json F]        eine simulierte Umgebung auf Loopback, im Fenster geöffnet (im
                                  Terminal ohne Anzeige, oder mit --text oder --json): jedes
                                  Urteil, kein Verkehr anderswohin
  merge A.json B.json... [--pdf F] [--html F] [--json F] [--csv F] [--junit F]
                                  die Ergebnisse mehrerer Computer zusammenführen (jeder mit
                                  eigenem Standort)
  compare BEFORE.json AFTER.json [--json F] [--csv F] [--pdf F] [--html F]
                                  was eine Änderung bewirkt hat: behoben, neu fehlgeschlagen,
                                  weiterhin fehlgeschlagen, und ob jede beantragte Firewall-Regel
                                  danach als offen bestätigt ist
  catalog [--format table|csv|yaml]
                                  jede Verbindung, die Guardian braucht: der Firewall-Antrag
  import-m365 FILE [--cloud C] [--dry-run]
                                  die Microsoft-365-Endpunkte aus einer gespeicherten Kopie der
                                  Microsoft-Liste aktualisieren (https://endpoints.office.com/
                                  endpoints/Worldwide?clientrequestid=&lt;GUID&gt;; wird hier nie
                                  abgerufen); C ist worldwide, gcc-high, dod oder china
                                  (Standard: aus der Datei)

Optionen:
  --json FILE                     die Ergebnisse als JSON schreiben (run, probe, merge, demo)
  --pdf FILE                      den Bericht zur Änderungsgenehmigung als PDF schreiben
                                  (run, merge, demo, compare)
  --html FILE                     derselbe Bericht als eine eigenständige HTML-Datei
                                  (run, merge, demo, compare)
  --page-size a4|letter           das Papierformat des PDFs (Standard: aus dem Gebietsschema)
  --csv FILE                      den Firewall-Änderungsantrag als CSV schreiben (run, merge, demo, compare)
  --junit FILE                    JUnit-XML schreiben, ein Testfall je Verbindung und Host
                                  (run, merge, demo)
  --azure-service-tags FILE       eine gespeicherte Kopie der Azure-Diensttags (ServiceTags_Public_
                                  &lt;Datum&gt;.json von Microsofts Downloadseite; hier nie abgerufen):
                                  die Firewall-Anfrage nennt die Präfixe von Sql.&lt;Region&gt;
                                  (azure-region des Profils) (run, merge, demo)
  --run-by NAME                   wer die Prüfung ausführt, auf dem Deckblatt (Standard: der Kontoname)
  --ticket ID, --requester NAME, --approver NAME
                                  die Änderung auf dem Deckblatt (Standard: ticket, requester,
                                  approver des Profils; leer: Linien zum Ausfüllen)
                                  (run, merge, demo)
  --ca-file PEM                   auch diesen CA-Zertifikaten vertrauen (TLS-Prüfungen)
  --connect-timeout MS            Verbindungsaufbau nach MS aufgeben (Standard 3000)
  --timeout MS                    MS auf den TLS-Handshake und die Antwort warten (Standard 5000)
  --concurrency N                 gleichzeitig laufende Prüfungen (Standard 256); ein noch
                                  unbeantworteter Verbindungsaufbau wartet beiseite, so kosten
                                  verworfene Ports ein Timeout, nicht eines je N Prüfungen
  --per-host N                    gleichzeitig laufende Prüfungen zu einem Host (Standard 8)
  --proxy URL|system|none         wie HTTPS ins Internet diesen Computer verlässt (run, probe):
                                  ein HTTP-Proxy (http://host:port), die Einstellung des Systems
                                  (Standard; Windows: WinHTTP und Internetoptionen mit PAC und
                                  WPAD; Linux: https_proxy und die Einstellungen des Desktops)
                                  oder none (direkt, ohne Proxy)
  --resolve NAME=ADDRESS          NAME unter ADDRESS prüfen, ohne DNS zu fragen (mehrfach möglich)
  --domain DOMAIN                 die AD-Domäne: Realm und Zone, nach denen die kerberos- und
                                  dns-Prüfungen fragen (run: die Domäne des Profils; Standard:
                                  das Suffix jedes Hosts)
  --catalog FILE                  diesen Katalog statt des eingebauten verwenden
  --lang en|de|fr|ja              die Sprache des Fensters, des Berichts und dieser Ausgabe
  --log FILE                      ein Debug-Protokoll für den Support schreiben: Namensauflösungen, Prüfungen, Urteile
  -h, --help                      diese Hilfe anzeigen
  -v, --version                   die Version anzeigen

Exit-Codes: 0 jede erforderliche Verbindung besteht, 1 eine erforderliche Verbindung schlägt
fehl, 2 falscher Aufruf oder falsche Eingabe, 3 interner Fehler, 130/143 durch SIGINT/SIGTERM
unterbrochen (was fertig ist, wird geschrieben, als unvollständig markiert). „demo“ endet mit 0,
wenn seine Umgebung lief: sie ist dafür gebaut, eine fehlschlagende Verbindung zu zeigen.
</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>newly broken</source>
        <translation>neu fehlgeschlagen</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>weiterhin fehlgeschlagen</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>now warns</source>
        <translation>warnt jetzt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>no evidence in one of the runs</source>
        <translation>kein Nachweis in einem der Läufe</translation>
    </message>
    <message>
        <source>%1 and %2 share no link and host: they are not of the same site</source>
        <translation>%1 und %2 haben keine gemeinsame Verbindung und keinen gemeinsamen Host: Sie gehören nicht zur selben Umgebung</translation>
    </message>
    <message>
        <source>the modes differ between the two runs: a change may come from the modes, not the network</source>
        <translation>die Modi unterscheiden sich zwischen den beiden Läufen: eine Änderung kann von den Modi kommen, nicht vom Netzwerk</translation>
    </message>
    <message>
        <source>the profiles&apos; names differ: &apos;%1&apos; before, &apos;%2&apos; after</source>
        <translation>die Namen der Profile unterscheiden sich: vorher „%1“, nachher „%2“</translation>
    </message>
    <message>
        <source>not in the after run</source>
        <translation>nicht im Lauf danach</translation>
    </message>
    <message>
        <source>the files come from different catalogs: %1 and %2</source>
        <translation>die Dateien stammen aus verschiedenen Katalogen: %1 und %2</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>bestätigt: %1</translation>
    </message>
    <message>
        <source>now closed: %1</source>
        <translation>jetzt geschlossen: %1</translation>
    </message>
    <message>
        <source>still closed: %1</source>
        <translation>weiterhin geschlossen: %1</translation>
    </message>
    <message>
        <source>open, but the service fails: %1</source>
        <translation>offen, aber der Dienst antwortet fehlerhaft: %1</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>%1 fixed, %2 newly broken, %3 still failing, %4 unchanged, other changes: %5.</source>
        <translation>%1 behoben, %2 neu fehlgeschlagen, %3 weiterhin fehlgeschlagen, %4 unverändert, andere Änderungen: %5.</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>tested</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>keine Ergebnisse</translation>
    </message>
    <message>
        <source>each %1</source>
        <translation>jeder %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 of them required</source>
        <translation>%1: %2, %3, davon %4 erforderlich</translation>
    </message>
    <message>
        <source>no machine named</source>
        <translation>kein Rechner benannt</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n Rechner</numerusform>
            <numerusform>%n Rechner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>%1: the results of %2, which ran as %3 by --as; the profile lists only this machine for it</source>
        <translation>%1: die Ergebnisse von %2, das mit --as als %3 lief; das Profil nennt nur diesen Rechner dafür</translation>
    </message>
    <message>
        <source>%1 ran as %2 and is not in the profile&apos;s list of them</source>
        <translation>%1 lief als %2 und steht nicht in der Liste des Profils</translation>
    </message>
    <message>
        <source>The profile lists no %1 and none of these results comes from one.</source>
        <translation>Das Profil nennt keinen %1, und keines dieser Ergebnisse stammt von einem.</translation>
    </message>
    <message>
        <source>on each %1: %2</source>
        <translation>auf jedem %1: %2</translation>
    </message>
    <message>
        <source>on %1 (%2): %3</source>
        <translation>auf %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>again on %1 (%2), which has %n required link(s) without evidence: %3</source>
        <translation>
            <numerusform>erneut auf %1 (%2), dem für %n erforderliche Verbindung der Nachweis fehlt: %3</numerusform>
            <numerusform>erneut auf %1 (%2), dem für %n erforderliche Verbindungen der Nachweis fehlt: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage complete: every required link has evidence from each machine it starts on.</source>
        <translation>Abdeckung vollständig: Jede erforderliche Verbindung hat einen Nachweis von jedem Rechner, auf dem sie beginnt.</translation>
    </message>
    <message numerus="yes">
        <source>%n required link(s)</source>
        <translation>
            <numerusform>%n erforderliche Verbindung</numerusform>
            <numerusform>%n erforderliche Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage incomplete: still to run on %1, for %2.</source>
        <translation>Abdeckung unvollständig: noch auszuführen auf %1, für %2.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>the demo certificates are missing from the program&apos;s resources</source>
        <translation>die Demo-Zertifikate fehlen in den Ressourcen des Programms</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>kann auf %1 nicht lauschen: %2</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>kann auf %1 nicht lauschen</translation>
    </message>
    <message>
        <source>no free port on %1</source>
        <translation>kein freier Port auf %1</translation>
    </message>
    <message>
        <source>the demo site runs already</source>
        <translation>der Demo-Standort läuft bereits</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>the system resolver is not loopback (PORTCHECK_LOOPBACK_ONLY): give a loopback nameserver</source>
        <translation>der Systemresolver ist nicht Loopback (PORTCHECK_LOOPBACK_ONLY): geben Sie einen Loopback-Nameserver an</translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; has a port: only port 53 can be asked (Qt 6.4), expected an IPv4 address</source>
        <translation>Nameserver „%1“ hat einen Port: nur Port 53 kann abgefragt werden (Qt 6.4), erwartet wird eine IPv4-Adresse</translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; is not an IP address, expected an IPv4 address like 10.0.0.5</source>
        <translation>Nameserver „%1“ ist keine IP-Adresse, erwartet wird eine IPv4-Adresse wie 10.0.0.5</translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; is IPv6: Qt 6.4 would ignore it and ask the system resolver instead, expected an IPv4 address</source>
        <translation>Nameserver „%1“ ist IPv6: Qt 6.4 würde ihn übergehen und stattdessen den Systemresolver fragen, erwartet wird eine IPv4-Adresse</translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; is not loopback (PORTCHECK_LOOPBACK_ONLY)</source>
        <translation>Nameserver „%1“ ist nicht Loopback (PORTCHECK_LOOPBACK_ONLY)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS domain name, expected something like corp.example</source>
        <translation>„%1“ ist kein DNS-Domänenname, erwartet wird etwa corp.example</translation>
    </message>
    <message>
        <source>site &apos;%1&apos; contains &apos;%2&apos;: AD site names in DNS use letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Standort „%1“ enthält „%2“: AD-Standortnamen im DNS bestehen aus Buchstaben, Ziffern, „-“ und „_“</translation>
    </message>
    <message>
        <source>no SRV records at %1</source>
        <translation>keine SRV-Einträge unter %1</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN): check the domain name and that this machine asks the domain&apos;s DNS servers</source>
        <translation>der Name existiert nicht (NXDOMAIN): prüfen Sie den Domänennamen und ob dieser Computer die DNS-Server der Domäne fragt</translation>
    </message>
    <message>
        <source>the DNS server refused the query</source>
        <translation>der DNS-Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>the DNS server failed (SERVFAIL)</source>
        <translation>der DNS-Server ist gescheitert (SERVFAIL)</translation>
    </message>
    <message>
        <source>no DNS server could be asked: %1</source>
        <translation>kein DNS-Server konnte gefragt werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer from the DNS server within %2 s</source>
        <translation>%1: keine Antwort vom DNS-Server innerhalb von %2 s</translation>
    </message>
    <message>
        <source>no SRV records at %1, or no answer from the system&apos;s DNS server (Qt tells these apart only when a nameserver is given)</source>
        <translation>keine SRV-Einträge unter %1, oder keine Antwort vom DNS-Server des Systems (Qt unterscheidet das nur, wenn ein Nameserver angegeben ist)</translation>
    </message>
    <message>
        <source>no SRV records at %1 (the DNS server %2 answered, with none we could use)</source>
        <translation>keine SRV-Einträge unter %1 (der DNS-Server %2 antwortete, ohne verwendbare Einträge)</translation>
    </message>
    <message>
        <source>%1: no answer, the query to %2 port 53 came back undeliverable (nothing listens there, or the host is unreachable): check the nameserver&apos;s address and that its DNS service runs</source>
        <translation>%1: keine Antwort, die Anfrage an %2 Port 53 kam als unzustellbar zurück (dort lauscht nichts, oder der Host ist nicht erreichbar): prüfen Sie die Adresse des Nameservers und ob sein DNS-Dienst läuft</translation>
    </message>
    <message>
        <source>the DNS answer could not be read</source>
        <translation>die DNS-Antwort konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Firewall</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>%1 deployed</source>
        <translation>%1 bereitgestellt</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>jede(r) %1</translation>
    </message>
    <message>
        <source>cannot be probed anonymously</source>
        <translation>anonym nicht prüfbar</translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation>von hier nicht getestet</translation>
    </message>
    <message>
        <source>not tested (run cancelled)</source>
        <translation>nicht getestet (Lauf abgebrochen)</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>verified open, no change</source>
        <translation>als offen bestätigt, keine Änderung</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öffnen</translation>
    </message>
    <message>
        <source>fix the service</source>
        <translation>den Dienst reparieren</translation>
    </message>
    <message>
        <source>open if blocked (not tested)</source>
        <translation>öffnen, falls blockiert (nicht getestet)</translation>
    </message>
    <message>
        <source>required after login</source>
        <translation>nach der Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>fallback when %1 fails</source>
        <translation>Ausweichweg, wenn %1 fehlschlägt</translation>
    </message>
    <message>
        <source>alternative to %1</source>
        <translation>Alternative zu %1</translation>
    </message>
    <message>
        <source>Firewall request: %1 port(s) to open, %2 recommended, %3 to fix at the service, %4 verified open (no change), %5 not tested from here</source>
        <translation>Firewall-Antrag: %1 Port(s) zu öffnen, %2 empfohlen, %3 am Dienst zu reparieren, %4 als offen bestätigt (keine Änderung), %5 von hier nicht getestet</translation>
    </message>
    <message>
        <source>%1 (instead of %2)</source>
        <translation>%1 (statt %2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>allow on the proxy %1</source>
        <translation>auf dem Proxy %1 erlauben</translation>
    </message>
    <message>
        <source>verified through the proxy %1, no change</source>
        <translation>über den Proxy %1 als offen bestätigt, keine Änderung</translation>
    </message>
    <message>
        <source>a wildcard: no one name of it to test</source>
        <translation>ein Platzhalter: kein einzelner Name daraus testbar</translation>
    </message>
    <message>
        <source>%1 (tested as %2)</source>
        <translation>%1 (getestet als %2)</translation>
    </message>
    <message>
        <source>%1 (service tag %2)</source>
        <translation>%1 (Diensttag %2)</translation>
    </message>
    <message>
        <source>%1 Inferred: no document states it.</source>
        <translation>%1 Abgeleitet: kein Dokument nennt es.</translation>
    </message>
    <message>
        <source>%1 Inferred from %2.</source>
        <translation>%1 Abgeleitet aus %2.</translation>
    </message>
    <message>
        <source>%1 Source: %2.</source>
        <translation>%1 Quelle: %2.</translation>
    </message>
    <message>
        <source>source -&gt; proxy %1 -&gt; destination</source>
        <translation>Quelle -&gt; Proxy %1 -&gt; Ziel</translation>
    </message>
    <message>
        <source>source -&gt; destination</source>
        <translation>Quelle -&gt; Ziel</translation>
    </message>
</context>
<context>
    <name>HostImport</name>
    <message>
        <source>%1: more than %2 columns in one row</source>
        <translation>%1: mehr als %2 Spalten in einer Zeile</translation>
    </message>
    <message>
        <source>%1: the quoted cell that starts here is never closed</source>
        <translation>%1: die hier beginnende Zelle in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>%1: text after the closing quote of a cell (a quote inside a quoted cell is written twice: &quot;&quot;)</source>
        <translation>%1: Text nach dem schließenden Anführungszeichen einer Zelle (ein Anführungszeichen in einer Zelle in Anführungszeichen wird doppelt geschrieben: &quot;&quot;)</translation>
    </message>
    <message>
        <source>%1: more than %2 hosts in one file; split it or use a profile</source>
        <translation>%1: mehr als %2 Hosts in einer Datei; teilen Sie sie auf oder verwenden Sie ein Profil</translation>
    </message>
    <message>
        <source>not a text file (a NUL byte at %1)</source>
        <translation>keine Textdatei (ein NUL-Byte bei %1)</translation>
    </message>
</context>
<context>
    <name>HostInput</name>
    <message>
        <source>missing port number after &apos;:&apos;</source>
        <translation>Portnummer nach „:“ fehlt</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number</source>
        <translation>Port „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>port %1 is out of range: ports are 1 to 65535</source>
        <translation>Port %1 liegt außerhalb des Bereichs: Ports gehen von 1 bis 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: it needs four numbers separated by dots</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse: sie braucht vier durch Punkte getrennte Zahlen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: empty number</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse: leere Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a leading zero in &apos;%2&apos;, which some tools read as octal: write it without the zero</source>
        <translation>„%1“ hat eine führende Null in „%2“, die manche Werkzeuge als Oktalzahl lesen: schreiben Sie sie ohne die Null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: %2 is above 255</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse: %2 ist größer als 255</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <source>0.0.0.0 is the unspecified address, not a host</source>
        <translation>0.0.0.0 ist die unspezifizierte Adresse, kein Host</translation>
    </message>
    <message>
        <source>255.255.255.255 is the broadcast address, not a host</source>
        <translation>255.255.255.255 ist die Broadcast-Adresse, kein Host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a multicast address, not a host</source>
        <translation>„%1“ ist eine Multicast-Adresse, kein Host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a scope id (%...), which is not portable: use a routable address</source>
        <translation>„%1“ hat eine Scope-ID (%...), die nicht portabel ist: verwenden Sie eine routbare Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>:: is the unspecified address, not a host</source>
        <translation>:: ist die unspezifizierte Adresse, kein Host</translation>
    </message>
    <message>
        <source>empty host name</source>
        <translation>leerer Hostname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a wildcard: list each host</source>
        <translation>„%1“ enthält einen Platzhalter: führen Sie jeden Host einzeln auf</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;_&apos;, which is not allowed in host names</source>
        <translation>„%1“ enthält „_“, das in Hostnamen nicht erlaubt ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid internationalised host name</source>
        <translation>„%1“ ist kein gültiger internationalisierter Hostname</translation>
    </message>
    <message>
        <source>host name is %1 characters long; the limit is 253</source>
        <translation>der Hostname ist %1 Zeichen lang; die Grenze ist 253</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty label (two dots in a row, or a leading dot)</source>
        <translation>„%1“ hat ein leeres Label (zwei Punkte hintereinander oder ein Punkt am Anfang)</translation>
    </message>
    <message>
        <source>label &apos;%1...&apos; is %2 characters long; the limit is 63</source>
        <translation>Label „%1...“ ist %2 Zeichen lang; die Grenze ist 63</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; starts or ends with &apos;-&apos;</source>
        <translation>Label „%1“ beginnt oder endet mit „-“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;%2&apos;, which is not allowed in host names</source>
        <translation>„%1“ enthält „%2“, das in Hostnamen nicht erlaubt ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends in a numeric label: neither a host name nor an IPv4 address</source>
        <translation>„%1“ endet mit einem numerischen Label: weder Hostname noch IPv4-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a URL: enter only the host name</source>
        <translation>„%1“ ist eine URL: geben Sie nur den Hostnamen ein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;@&apos;: enter the host without a user name</source>
        <translation>„%1“ enthält „@“: geben Sie den Host ohne Benutzernamen ein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;/&apos;: enter single hosts, not paths or subnets</source>
        <translation>„%1“ enthält „/“: geben Sie einzelne Hosts ein, keine Pfade oder Subnetze</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lacks the closing &apos;]&apos; of the IPv6 address</source>
        <translation>bei „%1“ fehlt die schließende „]“ der IPv6-Adresse</translation>
    </message>
    <message>
        <source>&apos;[]&apos; holds no address</source>
        <translation>„[]“ enthält keine Adresse</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after &apos;]&apos;, expected &apos;:port&apos;</source>
        <translation>unerwartetes „%1“ nach „]“, erwartet wird „:Port“</translation>
    </message>
    <message>
        <source>%1 (write [address]:port to give a port)</source>
        <translation>%1 (schreiben Sie [Adresse]:Port, um einen Port anzugeben)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a port; give per-host ports as overrides instead</source>
        <translation>„%1“ hat einen Port; geben Sie Ports je Host stattdessen als Überschreibung an</translation>
    </message>
    <message>
        <source>a port override is CATALOGPORT=PORT, both from 1 to 65535</source>
        <translation>eine Port-Überschreibung lautet KATALOGPORT=PORT, beide von 1 bis 65535</translation>
    </message>
    <message>
        <source>a port override must follow the host it belongs to</source>
        <translation>eine Port-Überschreibung muss dem Host folgen, zu dem sie gehört</translation>
    </message>
    <message>
        <source>port %1 is already overridden for %2</source>
        <translation>Port %1 ist für %2 bereits überschrieben</translation>
    </message>
    <message>
        <source>a host here has no port of its own; to test another port write it after the host as CATALOGPORT=PORT, e.g. &apos;%1 389=%2&apos;</source>
        <translation>ein Host hat hier keinen eigenen Port; um einen anderen Port zu testen, schreiben Sie ihn nach dem Host als KATALOGPORT=PORT, z. B. „%1 389=%2“</translation>
    </message>
    <message>
        <source>no link to these hosts uses port %1, so it cannot be overridden; the ports that apply are %2</source>
        <translation>keine Verbindung zu diesen Hosts verwendet Port %1, daher kann er nicht überschrieben werden; zutreffende Ports sind %2</translation>
    </message>
    <message>
        <source>a port is needed, expected HOST:PORT or [IPv6]:PORT</source>
        <translation>ein Port fehlt, erwartet: HOST:PORT oder [IPv6]:PORT</translation>
    </message>
    <message>
        <source>unknown probe kind &apos;%1&apos;, expected one of: %2</source>
        <translation>unbekannte Prüfungsart „%1“, erwartet wird eine von: %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>record %1 (id %2)</source>
        <translation>Datensatz %1 (ID %2)</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>the file is larger than 16 MB; Microsoft&apos;s list is about 100 KB</source>
        <translation>die Datei ist größer als 16 MB; die Liste von Microsoft hat etwa 100 KB</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not Microsoft&apos;s endpoints list: expected a JSON array of records (id, serviceArea, urls, tcpPorts, category, required), found an object</source>
        <translation>nicht die Endpunktliste von Microsoft: erwartet wird ein JSON-Array von Datensätzen (id, serviceArea, urls, tcpPorts, category, required), gefunden wurde ein Objekt</translation>
    </message>
    <message>
        <source>the list is empty: it holds no endpoint sets</source>
        <translation>die Liste ist leer: sie enthält keine Endpunkt-Sets</translation>
    </message>
    <message>
        <source>%1 records, more than the 10,000 a list can have</source>
        <translation>%1 Datensätze, mehr als die 10.000, die eine Liste haben kann</translation>
    </message>
    <message>
        <source>%1 is not an object: every record is a JSON object with an id</source>
        <translation>%1 ist kein Objekt: jeder Datensatz ist ein JSON-Objekt mit einer id</translation>
    </message>
    <message>
        <source>%1 has no set id: &apos;id&apos; must be a whole number from 1 to 1,000,000</source>
        <translation>%1 hat keine Set-ID: „id“ muss eine ganze Zahl von 1 bis 1.000.000 sein</translation>
    </message>
    <message>
        <source>%1: the set id appears twice</source>
        <translation>%1: die Set-ID kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a string</source>
        <translation>%1: „%2“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1: &apos;tcpPorts&apos; is &apos;%2&apos;, expected port numbers separated by commas</source>
        <translation>%1: „tcpPorts“ ist „%2“, erwartet werden durch Kommas getrennte Portnummern</translation>
    </message>
    <message>
        <source>%1: &apos;urls&apos; is not a list of at most 2,000 names</source>
        <translation>%1: „urls“ ist keine Liste von höchstens 2.000 Namen</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; in &apos;urls&apos; is not a DNS name</source>
        <translation>%1: „%2“ in „urls“ ist kein DNS-Name</translation>
    </message>
    <message>
        <source>set %1, which Guardian needs (%2), is not in the file: is it Microsoft&apos;s %3 list, saved whole?</source>
        <translation>Set %1, das Guardian braucht (%2), ist nicht in der Datei: ist es die Liste %3 von Microsoft, vollständig gespeichert?</translation>
    </message>
    <message>
        <source>no record of the file lists the names Guardian needs for %1 (%2): is it Microsoft&apos;s %3 list?</source>
        <translation>kein Datensatz der Datei nennt die Namen, die Guardian für %1 braucht (%2): ist es die Liste %3 von Microsoft?</translation>
    </message>
    <message>
        <source>values[%1]</source>
        <translation>values[%1]</translation>
    </message>
    <message>
        <source>values[%1] (%2)</source>
        <translation>values[%1] (%2)</translation>
    </message>
    <message>
        <source>the file is larger than 64 MB; Azure&apos;s service tags file is about 5 MB</source>
        <translation>die Datei ist größer als 64 MB; die Diensttag-Datei von Azure hat etwa 5 MB</translation>
    </message>
    <message>
        <source>not JSON: %1 at line %2, column %3</source>
        <translation>kein JSON: %1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>not Azure&apos;s service tags file: expected an object with &quot;changeNumber&quot;, &quot;cloud&quot; and a &quot;values&quot; list of tags (ServiceTags_Public_&lt;date&gt;.json)</source>
        <translation>keine Diensttag-Datei von Azure: erwartet wird ein Objekt mit &quot;changeNumber&quot;, &quot;cloud&quot; und einer Liste &quot;values&quot; der Tags (ServiceTags_Public_&lt;Datum&gt;.json)</translation>
    </message>
    <message>
        <source>the file holds more than %1 tags</source>
        <translation>die Datei enthält mehr als %1 Tags</translation>
    </message>
    <message>
        <source>%1: expected a tag with a &quot;name&quot;</source>
        <translation>%1: erwartet wird ein Tag mit &quot;name&quot;</translation>
    </message>
    <message>
        <source>%1: no &quot;properties&quot; with &quot;addressPrefixes&quot;</source>
        <translation>%1: keine &quot;properties&quot; mit &quot;addressPrefixes&quot;</translation>
    </message>
    <message>
        <source>%1: more than %2 address prefixes</source>
        <translation>%1: mehr als %2 Adresspräfixe</translation>
    </message>
    <message>
        <source>%1: addressPrefixes[%2] is not an address prefix (such as 13.69.105.0/24): %3</source>
        <translation>%1: addressPrefixes[%2] ist kein Adresspräfix (wie 13.69.105.0/24): %3</translation>
    </message>
    <message>
        <source>the file lists no service tags</source>
        <translation>die Datei enthält keine Diensttags</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;changeNumber&quot; must be a whole number from 0, found %1</source>
        <translation>&quot;changeNumber&quot; muss eine ganze Zahl ab 0 sein, gefunden: %1</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file (a device, a pipe or a socket), refused</source>
        <translation>keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket), abgelehnt</translation>
    </message>
    <message>
        <source>%1 bytes, larger than the %2 such a file may be</source>
        <translation>%1 Bytes, größer als die %2, die eine solche Datei haben darf</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>larger than the %1 such a file may be</source>
        <translation>größer als die %1, die eine solche Datei haben darf</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a Guardian Port Check results file (no &quot;tool&quot;: &quot;guardian-portcheck&quot;)</source>
        <translation>keine Ergebnisdatei von Guardian Port Check (kein &quot;tool&quot;: &quot;guardian-portcheck&quot;)</translation>
    </message>
    <message>
        <source>schema %1 is not supported, expected 1</source>
        <translation>Schema %1 wird nicht unterstützt, erwartet wird 1</translation>
    </message>
    <message>
        <source>has no &quot;checks&quot; and &quot;verdicts&quot;: written by &apos;probe&apos;, not &apos;run&apos;? Only &apos;run&apos; results merge</source>
        <translation>hat keine &quot;checks&quot; und &quot;verdicts&quot;: von „probe“ statt „run“ geschrieben? Nur Ergebnisse von „run“ lassen sich zusammenführen</translation>
    </message>
    <message>
        <source>unknown vantage role &apos;%1&apos;</source>
        <translation>unbekannte Standortrolle „%1“</translation>
    </message>
    <message>
        <source>unknown option value %1=%2</source>
        <translation>unbekannter Optionswert %1=%2</translation>
    </message>
    <message>
        <source>the run has no host</source>
        <translation>der Lauf hat keinen Host</translation>
    </message>
    <message>
        <source>check %1: unknown link &apos;%2&apos;</source>
        <translation>Prüfung %1: unbekannte Verbindung „%2“</translation>
    </message>
    <message>
        <source>no results files to merge</source>
        <translation>keine Ergebnisdateien zum Zusammenführen</translation>
    </message>
    <message>
        <source>%1: ran with other modes, so the verdicts cannot be joined (%2)</source>
        <translation>%1: lief mit anderen Modi, daher lassen sich die Urteile nicht zusammenführen (%2)</translation>
    </message>
    <message>
        <source>%1: catalog %2, %3: %4</source>
        <translation>%1: Katalog %2, %3: %4</translation>
    </message>
    <message>
        <source>not JSON at %1:%2: %3</source>
        <translation>kein JSON bei %1:%2: %3</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be the number 1, found %1</source>
        <translation>„schema“ muss die Zahl 1 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>check %1: &quot;%2&quot; is missing or bad (%3)</source>
        <translation>Prüfung %1: „%2“ fehlt oder ist ungültig (%3)</translation>
    </message>
    <message>
        <source>%1 is the same run as %2 (%3, started %4): it is read once</source>
        <translation>%1 ist derselbe Lauf wie %2 (%3, gestartet %4): er wird einmal gelesen</translation>
    </message>
    <message>
        <source>%1 and %2 are two runs of %3 from the same roles: each check counts once, the later result wins (%4 results of %1 replaced by %2)</source>
        <translation>%1 und %2 sind zwei Läufe von %3 aus denselben Rollen: jede Prüfung zählt einmal, das spätere Ergebnis gilt (%4 Ergebnisse von %1 durch %2 ersetzt)</translation>
    </message>
    <message>
        <source>the run&apos;s proxy %1 is not a proxy URL</source>
        <translation>der Proxy %1 des Laufs ist keine Proxy-URL</translation>
    </message>
    <message>
        <source>%1: the role &apos;%2&apos; has more than %3 networks in all the files; the request leaves out %4</source>
        <translation>%1: Die Rolle &apos;%2&apos; hat in allen Dateien zusammen mehr als %3 Netze; der Antrag lässt %4 weg</translation>
    </message>
    <message>
        <source>&quot;source_networks&quot; must be an object of roles and their networks, found %1</source>
        <translation>&quot;source_networks&quot; muss ein Objekt aus Rollen und ihren Netzen sein, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown source role &apos;%1&apos; in &quot;source_networks&quot;</source>
        <translation>unbekannte Quellrolle &apos;%1&apos; in &quot;source_networks&quot;</translation>
    </message>
    <message>
        <source>the networks of &apos;%1&apos; must be a list of at most %2 networks, found %3</source>
        <translation>die Netze von &apos;%1&apos; müssen eine Liste von höchstens %2 Netzen sein, gefunden: %3</translation>
    </message>
    <message>
        <source>bad network %1 for the role &apos;%2&apos;, expected a CIDR or one address, each once</source>
        <translation>ungültiges Netz %1 für die Rolle &apos;%2&apos;, erwartet wird ein CIDR oder eine Adresse, jedes nur einmal</translation>
    </message>
</context>
<context>
    <name>PortCheck::CheckTableModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (für %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Not needed: every link that uses this port works through another port.</source>
        <translation>Nicht nötig: jede Verbindung, die diesen Port verwendet, funktioniert über einen anderen Port.</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
</context>
<context>
    <name>PortCheck::ComparisonPanes</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Links whose verdict changed</source>
        <translation>Verbindungen mit geändertem Urteil</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Found before</source>
        <translation>Vorher vorgefunden</translation>
    </message>
    <message>
        <source>Found after</source>
        <translation>Nachher vorgefunden</translation>
    </message>
    <message>
        <source>Rules the run before asked for</source>
        <translation>Regeln, die der Lauf davor angefordert hat</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>No link changed its verdict.</source>
        <translation>Keine Verbindung hat ihr Urteil geändert.</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) the run before asked for are verified open after the change.</source>
        <translation>%1 von %2 Regel(n), die der Lauf davor angefordert hat, sind nach der Änderung als offen bestätigt.</translation>
    </message>
    <message>
        <source>(see the tab Rules verified)</source>
        <translation>(siehe Reiter „Geprüfte Regeln“)</translation>
    </message>
    <message>
        <source>verified open</source>
        <translation>als offen bestätigt</translation>
    </message>
    <message>
        <source>still closed</source>
        <translation>weiterhin geschlossen</translation>
    </message>
    <message>
        <source>not tested after</source>
        <translation>danach nicht getestet</translation>
    </message>
</context>
<context>
    <name>PortCheck::ComponentsPage</name>
    <message>
        <source>Components and modes</source>
        <translation>Komponenten und Modi</translation>
    </message>
    <message>
        <source>What you deploy decides which links are needed; the modes decide which ports.</source>
        <translation>Was Sie einsetzen, bestimmt die nötigen Verbindungen; die Modi bestimmen die Ports.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>%1 (always installed)</source>
        <translation>%1 (immer installiert)</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modi</translation>
    </message>
    <message>
        <source>%1: what it requires</source>
        <translation>%1: was verlangt wird</translation>
    </message>
    <message>
        <source>&amp;Proxy for HTTPS to the Internet</source>
        <translation>&amp;Proxy für HTTPS ins Internet</translation>
    </message>
    <message>
        <source>This computer&apos;s setting (system proxy)</source>
        <translation>Einstellung dieses Computers (System-Proxy)</translation>
    </message>
    <message>
        <source>No proxy: direct</source>
        <translation>Kein Proxy: direkt</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>Proxy for HTTPS to the Internet</source>
        <translation>Proxy für HTTPS ins Internet</translation>
    </message>
    <message>
        <source>http://proxy.corp.example:8080</source>
        <translation>http://proxy.corp.example:8080</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy-Adresse</translation>
    </message>
    <message>
        <source>Proxy: what it means</source>
        <translation>Proxy: was das bedeutet</translation>
    </message>
    <message>
        <source>Type the proxy&apos;s address, e.g. http://proxy.corp.example:8080.</source>
        <translation>Geben Sie die Adresse des Proxys ein, z. B. http://proxy.corp.example:8080.</translation>
    </message>
    <message>
        <source>Not a proxy address yet: %1.</source>
        <translation>Noch keine Proxy-Adresse: %1.</translation>
    </message>
    <message>
        <source>Each Internet link is probed through %1 (HTTP CONNECT, no credentials) and directly, side by side; the verdict follows the proxy.</source>
        <translation>Jede Internet-Verbindung wird nebeneinander über %1 (HTTP CONNECT, ohne Anmeldedaten) und direkt geprüft; das Urteil richtet sich nach dem Proxy.</translation>
    </message>
    <message>
        <source>Internet links are probed directly, as Guardian connects without a proxy.</source>
        <translation>Internet-Verbindungen werden direkt geprüft, da sich Guardian ohne Proxy verbindet.</translation>
    </message>
    <message>
        <source>The proxy Windows gives this computer (WinHTTP and Internet Options, with PAC and WPAD) is asked when the run starts; the report names it.</source>
        <translation>Der Proxy, den Windows diesem Computer zuweist (WinHTTP und Internetoptionen, mit PAC und WPAD), wird beim Start des Laufs abgefragt; der Bericht nennt ihn.</translation>
    </message>
    <message>
        <source>The proxy of this computer&apos;s settings (https_proxy and the desktop&apos;s settings) is asked when the run starts; the report names it.</source>
        <translation>Der Proxy aus den Einstellungen dieses Computers (https_proxy und die Einstellungen des Desktops) wird beim Start des Laufs abgefragt; der Bericht nennt ihn.</translation>
    </message>
    <message>
        <source>Azure &amp;region of the SQL server</source>
        <translation>Azure-&amp;Region des SQL-Servers</translation>
    </message>
    <message>
        <source>westeurope</source>
        <translation>westeurope</translation>
    </message>
    <message>
        <source>Azure region of the SQL server</source>
        <translation>Azure-Region des SQL-Servers</translation>
    </message>
    <message>
        <source>Azure region: what it means</source>
        <translation>Azure-Region: was sie bedeutet</translation>
    </message>
    <message>
        <source>Not an Azure region: letters, digits, spaces and hyphens, as in westeurope or West Europe.</source>
        <translation>Keine Azure-Region: Buchstaben, Ziffern, Leerzeichen und Bindestriche, wie in westeurope oder West Europe.</translation>
    </message>
    <message>
        <source>Optional: the firewall request names the service tag Sql.&lt;region&gt; until you give the region.</source>
        <translation>Optional: Bis Sie die Region angeben, nennt die Firewall-Anfrage das Diensttag Sql.&lt;Region&gt;.</translation>
    </message>
    <message>
        <source>The firewall request names the service tag %1 (not for a private endpoint).</source>
        <translation>Die Firewall-Anfrage nennt das Diensttag %1 (nicht bei einem privaten Endpunkt).</translation>
    </message>
</context>
<context>
    <name>PortCheck::HostListEditor</name>
    <message>
        <source>Hosts: %1</source>
        <translation>Hosts: %1</translation>
    </message>
    <message>
        <source>One host per line, or separated by commas or spaces</source>
        <translation>Ein Host pro Zeile oder durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>One host name or IP address per line, e.g.
dc1.corp.example
10.0.0.5
Another port for one host: dc2.corp.example 389=10389
# comments are ignored</source>
        <translation>Ein Hostname oder eine IP-Adresse pro Zeile, z. B.
dc1.corp.example
10.0.0.5
Anderer Port für einen Host: dc2.corp.example 389=10389
# Kommentare werden ignoriert</translation>
    </message>
    <message>
        <source>Leave empty to test the published endpoints:
%1

or list the hosts to test instead.</source>
        <translation>Leer lassen, um die veröffentlichten Endpunkte zu testen:
%1

oder stattdessen die zu testenden Hosts angeben.</translation>
    </message>
    <message>
        <source>Host list check</source>
        <translation>Prüfung der Hostliste</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>Aus Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Import hosts from a text or CSV file</source>
        <translation>Hosts aus einer Text- oder CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation>Hosts importieren</translation>
    </message>
    <message>
        <source>Host lists (*.txt *.csv);;All files (*)</source>
        <translation>Hostlisten (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>corp.example</source>
        <translation>corp.example</translation>
    </message>
    <message>
        <source>Domain to discover</source>
        <translation>Zu durchsuchende Domäne</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Active Directory site</source>
        <translation>Active-Directory-Standort</translation>
    </message>
    <message>
        <source>optional, IPv4; default: this computer&apos;s DNS servers</source>
        <translation>optional, IPv4; Standard: die DNS-Server dieses Computers</translation>
    </message>
    <message>
        <source>DNS server for discovery</source>
        <translation>DNS-Server für die Suche</translation>
    </message>
    <message>
        <source>&amp;Find domain controllers</source>
        <translation>Domänencontroller &amp;finden</translation>
    </message>
    <message>
        <source>Find domain controllers in DNS</source>
        <translation>Domänencontroller im DNS finden</translation>
    </message>
    <message>
        <source>Discovery in progress</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>Discovery result</source>
        <translation>Ergebnis der Suche</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>DNS se&amp;rver:</source>
        <translation>DNS-Se&amp;rver:</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) ready.</source>
        <translation>
            <numerusform>%n Host bereit.</numerusform>
            <numerusform>%n Hosts bereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The published endpoints will be tested: %1.</source>
        <translation>Die veröffentlichten Endpunkte werden getestet: %1.</translation>
    </message>
    <message>
        <source>No host yet.</source>
        <translation>Noch kein Host.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored.</source>
        <translation>
            <numerusform>%n Duplikat ignoriert.</numerusform>
            <numerusform>%n Duplikate ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: &apos;%2&apos;: %3</source>
        <translation>Zeile %1: „%2“: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Type the DNS name of the domain first, e.g. corp.example.</source>
        <translation>Geben Sie zuerst den DNS-Namen der Domäne ein, z. B. corp.example.</translation>
    </message>
    <message>
        <source>Asking DNS for the domain controllers of %1…</source>
        <translation>DNS wird nach den Domänencontrollern von %1 gefragt…</translation>
    </message>
    <message>
        <source>No domain controller found in %1.</source>
        <translation>Kein Domänencontroller in %1 gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n domain controller(s) in %1</source>
        <translation>
            <numerusform>%n Domänencontroller in %1 gefunden</numerusform>
            <numerusform>%n Domänencontroller in %1 gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new in the list.</source>
        <translation>
            <numerusform>; %n neu in der Liste.</numerusform>
            <numerusform>; %n neu in der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid entries</source>
        <translation>Ungültige Einträge</translation>
    </message>
    <message>
        <source>Choose an entry to put the cursor on it in the host list</source>
        <translation>Wählen Sie einen Eintrag, um den Cursor in der Hostliste daraufzusetzen</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>S&amp;tandort:</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) to correct, listed below and underlined in the text:</source>
        <translation>
            <numerusform>%n Eintrag zu korrigieren, unten aufgeführt und im Text unterstrichen:</numerusform>
            <numerusform>%n Einträge zu korrigieren, unten aufgeführt und im Text unterstrichen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, not listed: correct the ones above first.</source>
        <translation>
            <numerusform>… und %n weiterer, nicht aufgeführt: korrigieren Sie zuerst die obigen.</numerusform>
            <numerusform>… und %n weitere, nicht aufgeführt: korrigieren Sie zuerst die obigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2and %n more</source>
        <translation>
            <numerusform>%1%2und %n weiterer</numerusform>
            <numerusform>%1%2und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Last import: %n host(s) from the first column of %1.</source>
        <translation>
            <numerusform>Letzter Import: %n Host aus der ersten Spalte von %1.</numerusform>
            <numerusform>Letzter Import: %n Hosts aus der ersten Spalte von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last import: %n host(s) from the column &quot;%2&quot; of %1.</source>
        <translation>
            <numerusform>Letzter Import: %n Host aus der Spalte &quot;%2&quot; von %1.</numerusform>
            <numerusform>Letzter Import: %n Hosts aus der Spalte &quot;%2&quot; von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no host there.</source>
        <translation>
            <numerusform>%n Zeile ohne Host in dieser Spalte.</numerusform>
            <numerusform>%n Zeilen ohne Host in dieser Spalte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::HostsPage</name>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Name the hosts of every role your components need. Paste as many as you like; each entry is checked as you type.</source>
        <translation>Geben Sie die Hosts jeder Rolle an, die Ihre Komponenten brauchen. Fügen Sie beliebig viele ein; jeder Eintrag wird beim Tippen geprüft.</translation>
    </message>
    <message>
        <source>Roles that need hosts</source>
        <translation>Rollen, die Hosts brauchen</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n invalid)</source>
        <translation>
            <numerusform>%1 (%n ungültig)</numerusform>
            <numerusform>%1 (%n ungültig)</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen components need no hosts: go back and choose a component.</source>
        <translation>Die gewählten Komponenten brauchen keine Hosts: gehen Sie zurück und wählen Sie eine Komponente.</translation>
    </message>
    <message>
        <source>Add at least one host for: %1.</source>
        <translation>Mindestens einen Host angeben für: %1.</translation>
    </message>
    <message>
        <source>Correct or remove the invalid entries in: %1.</source>
        <translation>Ungültige Einträge korrigieren oder entfernen in: %1.</translation>
    </message>
    <message>
        <source>Every role has its hosts.</source>
        <translation>Jede Rolle hat ihre Hosts.</translation>
    </message>
</context>
<context>
    <name>PortCheck::MachinePage</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>A link can only be tested from the machine that opens it. Choose what this computer is in your Guardian deployment; the other links are listed with the command to run on their machine.</source>
        <translation>Eine Verbindung kann nur von dem Computer aus getestet werden, der sie öffnet. Wählen Sie, welche Rolle dieser Computer in Ihrer Guardian-Umgebung hat; die anderen Verbindungen werden mit dem Befehl für ihren Computer aufgeführt.</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>Dieser Computer: %1</translation>
    </message>
    <message>
        <source>Choose at least one role to continue: without one, nothing can be tested from this computer.</source>
        <translation>Wählen Sie mindestens eine Rolle: ohne Rolle kann von diesem Computer aus nichts getestet werden.</translation>
    </message>
    <message>
        <source>For the report&apos;s cover</source>
        <translation>Für das Deckblatt des Berichts</translation>
    </message>
    <message>
        <source>&amp;Run by</source>
        <translation>&amp;Ausgeführt von</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Change &amp;ticket</source>
        <translation>Änderungs&amp;ticket</translation>
    </message>
    <message>
        <source>e.g. CHG0012345</source>
        <translation>z. B. CHG0012345</translation>
    </message>
    <message>
        <source>Re&amp;quested by</source>
        <translation>Bean&amp;tragt von</translation>
    </message>
    <message>
        <source>who asked for the change</source>
        <translation>wer die Änderung beantragt hat</translation>
    </message>
    <message>
        <source>Appro&amp;ved by</source>
        <translation>&amp;Genehmigt von</translation>
    </message>
    <message>
        <source>left empty: a line to sign on the printed report</source>
        <translation>leer gelassen: eine Linie zum Unterschreiben im gedruckten Bericht</translation>
    </message>
    <message>
        <source>Report cover: what is wrong</source>
        <translation>Deckblatt: was nicht stimmt</translation>
    </message>
    <message>
        <source>Not taken: %1.</source>
        <translation>Nicht übernommen: %1.</translation>
    </message>
    <message>
        <source>Roles the profile gives this computer</source>
        <translation>Rollen, die das Profil diesem Computer gibt</translation>
    </message>
    <message>
        <source>&amp;Use these roles</source>
        <translation>Diese Rollen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Choose the roles whose host lists in the profile name this computer</source>
        <translation>Die Rollen wählen, deren Hostlisten im Profil diesen Computer nennen</translation>
    </message>
    <message>
        <source>The profile&apos;s host lists do not name this computer: choose its roles below, or add its name to the list of its role.</source>
        <translation>Die Hostlisten des Profils nennen diesen Computer nicht: Wählen Sie unten seine Rollen oder tragen Sie seinen Namen in die Liste seiner Rolle ein.</translation>
    </message>
    <message>
        <source>%1 (listed as %2)</source>
        <translation>%1 (aufgeführt als %2)</translation>
    </message>
    <message>
        <source>The profile&apos;s host lists name this computer: %1.</source>
        <translation>Die Hostlisten des Profils nennen diesen Computer: %1.</translation>
    </message>
</context>
<context>
    <name>PortCheck::PortCheckWizard</name>
    <message>
        <source>Guardian Port Check</source>
        <translation>Guardian Port Check</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Save pr&amp;ofile…</source>
        <translation>Pr&amp;ofil speichern…</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Save what you chose as a profile (Ctrl+S): the file guardian-portcheck run reads on another machine</source>
        <translation>Ihre Auswahl als Profil speichern (Strg+S): die Datei, die guardian-portcheck run auf einem anderen Computer liest</translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml)</source>
        <translation>Profile (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>PortCheck::ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>The verdict of every link toward every host. Select a row for its evidence and what to change.</source>
        <translation>Das Urteil jeder Verbindung zu jedem Host. Wählen Sie eine Zeile für ihren Nachweis und was zu ändern ist.</translation>
    </message>
    <message>
        <source>Overall verdict</source>
        <translation>Gesamturteil</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>Evidence and remediation</source>
        <translation>Nachweis und Abhilfe</translation>
    </message>
    <message>
        <source>Save r&amp;eport (PDF)…</source>
        <translation>B&amp;ericht speichern (PDF)…</translation>
    </message>
    <message>
        <source>Save the change-approval report as PDF</source>
        <translation>Den Bericht für die Änderungsfreigabe als PDF speichern</translation>
    </message>
    <message>
        <source>Save &amp;results (JSON)…</source>
        <translation>E&amp;rgebnisse speichern (JSON)…</translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG…</translation>
    </message>
    <message>
        <source>Diagram as S&amp;VG…</source>
        <translation>Diagramm als S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the diagram as a PNG image</source>
        <translation>Das Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save the diagram as an SVG drawing</source>
        <translation>Das Diagramm als SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Save the results as JSON</source>
        <translation>Die Ergebnisse als JSON speichern</translation>
    </message>
    <message>
        <source>Save the firewall change request as CSV</source>
        <translation>Den Firewall-Änderungsantrag als CSV speichern</translation>
    </message>
    <message>
        <source>Copy a plain-text summary to the clipboard</source>
        <translation>Eine Textzusammenfassung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save diagram</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>Results (*.json)</source>
        <translation>Ergebnisse (*.json)</translation>
    </message>
    <message>
        <source>Save firewall request</source>
        <translation>Firewall-Antrag speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>Zusammenfassung kopiert.</translation>
    </message>
    <message>
        <source>(run cancelled: some probes did not finish)</source>
        <translation>(Lauf abgebrochen: einige Prüfungen wurden nicht beendet)</translation>
    </message>
    <message numerus="yes">
        <source>(merged from %n machine(s))</source>
        <translation>
            <numerusform>(zusammengeführt von %n Computer)</numerusform>
            <numerusform>(zusammengeführt von %n Computern)</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Tested from %1.</source>
        <translation>Getestet von %1.</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Inferred: no vendor document states this link.</source>
        <translation>Abgeleitet: kein Herstellerdokument nennt diese Verbindung.</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Was zu ändern ist</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (für %2)</translation>
    </message>
    <message>
        <source>other mode</source>
        <translation>anderer Modus</translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation>nicht von hier getestet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no result (cancelled)</source>
        <translation>kein Ergebnis (abgebrochen)</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>von %1: %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>There is no run to save.</source>
        <translation>Es gibt keinen Lauf zum Speichern.</translation>
    </message>
    <message>
        <source>Merged results cannot be re-tested from here: run the check on each machine.</source>
        <translation>Zusammengeführte Ergebnisse können hier nicht erneut getestet werden: führen Sie die Prüfung auf jedem Computer aus.</translation>
    </message>
    <message>
        <source>This link starts on another machine: it cannot be tested from here.</source>
        <translation>Diese Verbindung beginnt auf einem anderen Computer: sie kann nicht von hier getestet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Re-testing %n probe(s)…</source>
        <translation>
            <numerusform>%n Prüfung wird wiederholt…</numerusform>
            <numerusform>%n Prüfungen werden wiederholt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-tested.</source>
        <translation>Erneut getestet.</translation>
    </message>
    <message>
        <source>Guardian Port Check, %1, from %2</source>
        <translation>Guardian Port Check, %1, von %2</translation>
    </message>
    <message>
        <source>Overall: %1 (%2 pass, %3 warn, %4 fail, %5 not tested from here)</source>
        <translation>Gesamt: %1 (%2 bestanden, %3 Warnung, %4 fehlgeschlagen, %5 nicht von hier getestet)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link-host pair(s) start on other machines: run the check there too.</source>
        <translation>
            <numerusform>%n Verbindung beginnt auf einem anderen Computer: führen Sie die Prüfung auch dort aus.</numerusform>
            <numerusform>%n Verbindungen beginnen auf anderen Computern: führen Sie die Prüfung auch dort aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>Firewall-Änderungsantrag</translation>
    </message>
    <message>
        <source>Firewall request</source>
        <translation>Firewall-Antrag</translation>
    </message>
    <message>
        <source>Save firewall re&amp;quest (CSV)…</source>
        <translation>Firewall-&amp;Antrag speichern (CSV)…</translation>
    </message>
    <message>
        <source>This link starts on the %1. Copy %2 there and run:</source>
        <translation>Diese Verbindung beginnt bei „%1“. Kopieren Sie %2 dorthin und führen Sie aus:</translation>
    </message>
    <message>
        <source>Then open both results files together (Open results… on the first page, or guardian-portcheck merge) to see every link in one report.</source>
        <translation>Öffnen Sie dann beide Ergebnisdateien zusammen (Ergebnisse öffnen… auf der ersten Seite, oder guardian-portcheck merge), um jede Verbindung in einem Bericht zu sehen.</translation>
    </message>
    <message>
        <source>This link starts on the %1. To test it there, save the profile first (Save profile…, Ctrl+S): this advice then names the file and the command to run there. To probe only these ports there, run:</source>
        <translation>Diese Verbindung beginnt bei „%1“. Um sie dort zu testen, speichern Sie zuerst das Profil (Profil speichern…, Strg+S): dieser Hinweis nennt dann die Datei und den dort auszuführenden Befehl. Um dort nur diese Ports zu prüfen, führen Sie aus:</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>Was zu ändern ist:</translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation>für: %1</translation>
    </message>
    <message>
        <source>This build has no SVG support; save the diagram as PNG instead.</source>
        <translation>Dieser Build unterstützt kein SVG; speichern Sie das Diagramm stattdessen als PNG.</translation>
    </message>
    <message numerus="yes">
        <source>Service tag %1 (%2), %n address prefix(es): %3</source>
        <translation>
            <numerusform>Diensttag %1 (%2), %n Adresspräfix: %3</numerusform>
            <numerusform>Diensttag %1 (%2), %n Adresspräfixe: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Report as &amp;HTML…</source>
        <translation>Bericht als &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the report as one HTML file</source>
        <translation>Den Bericht als eine HTML-Datei speichern</translation>
    </message>
    <message>
        <source>One file with the diagram inside: opens from an e-mail or a ticket</source>
        <translation>Eine Datei mit dem Diagramm darin: öffnet sich aus einer E-Mail oder einem Ticket</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Rules verified</source>
        <translation>Geprüfte Regeln</translation>
    </message>
    <message>
        <source>(after the change: %1 fixed, %2 newly broken)</source>
        <translation>(nach der Änderung: %1 behoben, %2 neu fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Coverage by source machine</source>
        <translation>Abdeckung nach Quellrechner</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Still to run:</source>
        <translation>Noch auszuführen:</translation>
    </message>
    <message>
        <source>Filter by verdict, path, host or reason</source>
        <translation>Nach Ergebnis, Pfad, Host oder Grund filtern</translation>
    </message>
    <message>
        <source>Filter the verdicts</source>
        <translation>Die Ergebnisse filtern</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Den Filter leeren</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (every host is in the CSV and the report)</source>
        <translation>
            <numerusform>und %n weiterer (jeder Host steht in der CSV-Datei und im Bericht)</numerusform>
            <numerusform>und %n weitere (jeder Host steht in der CSV-Datei und im Bericht)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::RunPage</name>
    <message>
        <source>Testing</source>
        <translation>Test läuft</translation>
    </message>
    <message>
        <source>Each probe speaks the service&apos;s own protocol: an open port is not taken as proof.</source>
        <translation>Jede Prüfung spricht das Protokoll des Dienstes: ein offener Port gilt nicht als Beweis.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Fortschrittsdetails</translation>
    </message>
    <message>
        <source>Show probes</source>
        <translation>Prüfungen anzeigen</translation>
    </message>
    <message>
        <source>All probes</source>
        <translation>Alle Prüfungen</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <source>&amp;Re-run failed</source>
        <translation>Fehlgeschlagene e&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>Run the failed probes again</source>
        <translation>Die fehlgeschlagenen Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Prüfungen</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) from this computer (%1, as %2).</source>
        <translation>
            <numerusform>%n Prüfung von diesem Computer (%1, als %2).</numerusform>
            <numerusform>%n Prüfungen von diesem Computer (%1, als %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link-host pair(s) start on other machines and are listed as not tested from here.</source>
        <translation>
            <numerusform>%n Verbindung beginnt auf einem anderen Computer und wird als nicht von hier getestet geführt.</numerusform>
            <numerusform>%n Verbindungen beginnen auf anderen Computern und werden als nicht von hier getestet geführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>finished in %1 s</source>
        <translation>fertig in %1 s</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Re-run %n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagene e&amp;rneut prüfen</numerusform>
            <numerusform>%n fehlgeschlagene e&amp;rneut prüfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Verbindungs-Zeitlimit</translation>
    </message>
    <message>
        <source>How long to wait for a TCP connection. Windows reports a refused port only after about 2 s, so keep it above that.</source>
        <translation>Wie lange auf eine TCP-Verbindung gewartet wird. Windows meldet einen abgelehnten Port erst nach etwa 2 s; bleiben Sie darüber.</translation>
    </message>
    <message>
        <source>Protocol timeout</source>
        <translation>Protokoll-Zeitlimit</translation>
    </message>
    <message>
        <source>Probes at once</source>
        <translation>Gleichzeitige Prüfungen</translation>
    </message>
    <message>
        <source>Probes at once per host</source>
        <translation>Gleichzeitige Prüfungen pro Host</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Datei mit zusätzlichen CA-Zertifikaten</translation>
    </message>
    <message>
        <source>PEM file with your own CA, optional</source>
        <translation>PEM-Datei mit Ihrer eigenen CA, optional</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Die CA-Datei wählen</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Protocol timeout:</source>
        <translation>&amp;Protokoll-Zeitlimit:</translation>
    </message>
    <message>
        <source>Probes per &amp;host:</source>
        <translation>Prüfungen pro &amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Connec&amp;t timeout:</source>
        <translation>Verbindungs-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Probes &amp;at once:</source>
        <translation>Prüfungen &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>Zusätzliche CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>Azure service tags file</source>
        <translation>Azure-Diensttag-Datei</translation>
    </message>
    <message>
        <source>ServiceTags_Public_&lt;date&gt;.json, optional</source>
        <translation>ServiceTags_Public_&lt;Datum&gt;.json, optional</translation>
    </message>
    <message>
        <source>A copy of Microsoft&apos;s &quot;Azure IP Ranges and Service Tags&quot; that you saved (never downloaded here): the firewall request lists the address prefixes of the Azure SQL server&apos;s region from it.</source>
        <translation>Eine von Ihnen gespeicherte Kopie von Microsofts „Azure IP Ranges and Service Tags“ (hier nie heruntergeladen): Die Firewall-Anfrage nennt daraus die Adresspräfixe der Region des Azure-SQL-Servers.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Choose the Azure service tags file</source>
        <translation>Die Azure-Diensttag-Datei wählen</translation>
    </message>
    <message>
        <source>Azure service tags</source>
        <translation>Azure-Diensttags</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Azure service ta&amp;gs file:</source>
        <translation>Azure-Dienst&amp;tag-Datei:</translation>
    </message>
</context>
<context>
    <name>PortCheck::StartPage</name>
    <message>
        <source>Check the network paths Cayosoft Guardian needs</source>
        <translation>Die Netzwerkpfade prüfen, die Cayosoft Guardian braucht</translation>
    </message>
    <message>
        <source>Each check talks the real protocol (LDAP, WinRM, SMB, TLS) to the real hosts, anonymously: no password is asked for or sent.</source>
        <translation>Jede Prüfung spricht das echte Protokoll (LDAP, WinRM, SMB, TLS) mit den echten Hosts, anonym: kein Kennwort wird abgefragt oder gesendet.</translation>
    </message>
    <message>
        <source>Choose what this computer is, what you deploy and where it runs.</source>
        <translation>Wählen Sie, was dieser Computer ist, was Sie einsetzen und wo es läuft.</translation>
    </message>
    <message>
        <source>&amp;Open a profile…</source>
        <translation>Profil ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>A profile saved earlier or prepared by a colleague (YAML).</source>
        <translation>Ein früher gespeichertes oder von einem Kollegen vorbereitetes Profil (YAML).</translation>
    </message>
    <message>
        <source>&amp;Reopen the last session</source>
        <translation>&amp;Letzte Sitzung wieder öffnen</translation>
    </message>
    <message>
        <source>Try the &amp;demo site</source>
        <translation>&amp;Demo-Umgebung ausprobieren</translation>
    </message>
    <message>
        <source>A simulated site on this computer&apos;s loopback address shows every verdict in under a minute. Nothing leaves the machine.</source>
        <translation>Eine simulierte Umgebung auf der Loopback-Adresse dieses Computers zeigt jedes Urteil in unter einer Minute. Nichts verlässt den Computer.</translation>
    </message>
    <message>
        <source>Results files saved on one or several machines (JSON): merged into one diagram and one report.</source>
        <translation>Auf einem oder mehreren Computern gespeicherte Ergebnisdateien (JSON): zu einem Diagramm und einem Bericht zusammengeführt.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Open a profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml);;All files (*)</source>
        <translation>Profile (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>Ergebnisse öffnen</translation>
    </message>
    <message>
        <source>Results (*.json);;All files (*)</source>
        <translation>Ergebnisse (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1, %n host(s).</source>
        <translation>
            <numerusform>Gespeichert %1, %n Host.</numerusform>
            <numerusform>Gespeichert %1, %n Hosts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing saved yet: everything you type is saved as you go.</source>
        <translation>Noch nichts gespeichert: alles, was Sie eingeben, wird laufend gespeichert.</translation>
    </message>
    <message>
        <source>The profile cannot be used:</source>
        <translation>Das Profil kann nicht verwendet werden:</translation>
    </message>
    <message>
        <source>The last session cannot be reopened: %1</source>
        <translation>Die letzte Sitzung kann nicht wieder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The demo site cannot start: %1</source>
        <translation>Die Demo-Umgebung kann nicht starten: %1</translation>
    </message>
    <message>
        <source>The results cannot be opened:</source>
        <translation>Die Ergebnisse können nicht geöffnet werden:</translation>
    </message>
    <message>
        <source>Ne&amp;w check</source>
        <translation>Neue Prüf&amp;ung</translation>
    </message>
    <message>
        <source>Open resul&amp;ts…</source>
        <translation>Er&amp;gebnisse öffnen…</translation>
    </message>
    <message>
        <source>Com&amp;pare before and after…</source>
        <translation>&amp;Vorher und nachher vergleichen…</translation>
    </message>
    <message>
        <source>Two results files of one site, from before and after a firewall change: what was fixed, what broke, and whether each rule asked for is now open.</source>
        <translation>Zwei Ergebnisdateien eines Standorts, vor und nach einer Firewall-Änderung: was behoben ist, was defekt wurde und ob jede angeforderte Regel jetzt offen ist.</translation>
    </message>
    <message>
        <source>Before the change: choose its results file</source>
        <translation>Vor der Änderung: die Ergebnisdatei wählen</translation>
    </message>
    <message>
        <source>After the change: choose its results file</source>
        <translation>Nach der Änderung: die Ergebnisdatei wählen</translation>
    </message>
    <message>
        <source>The two results files cannot be compared:</source>
        <translation>Die beiden Ergebnisdateien lassen sich nicht vergleichen:</translation>
    </message>
</context>
<context>
    <name>PortCheck::TopologyScene</name>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>links start there: run the check on it</source>
        <translation>Verbindungen beginnen dort: Prüfung dort ausführen</translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation>nicht von hier getestet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n fehlerhaft</numerusform>
            <numerusform>%n fehlerhaft</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to expand</source>
        <translation>Doppelklick zum Aufklappen</translation>
    </message>
    <message>
        <source>The diagram is too large for an image (%1 x %2 pixels).</source>
        <translation>Das Diagramm ist zu groß für ein Bild (%1 x %2 Pixel).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Guardian network paths</source>
        <translation>Guardian-Netzwerkpfade</translation>
    </message>
    <message>
        <source>Generated by Guardian Port Check</source>
        <translation>Erstellt von Guardian Port Check</translation>
    </message>
    <message>
        <source>Re-test this link</source>
        <translation>Diese Verbindung erneut testen</translation>
    </message>
    <message>
        <source>Show every host</source>
        <translation>Jeden Host zeigen</translation>
    </message>
    <message>
        <source>Group these hosts</source>
        <translation>Diese Hosts gruppieren</translation>
    </message>
    <message>
        <source>This build has no SVG support (Qt SVG was missing when it was built); save the diagram as PNG instead. %1 was not written.</source>
        <translation>Dieser Build unterstützt kein SVG (beim Bauen fehlte Qt SVG); speichern Sie das Diagramm stattdessen als PNG. %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Nothing to show: no link fails or warns.</source>
        <translation>Nichts anzuzeigen: keine Verbindung schlägt fehl oder warnt.</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message numerus="yes">
        <source>Run in progress: %n failing link(s) so far.</source>
        <translation>
            <numerusform>Test läuft: bisher %n fehlgeschlagene Verbindung.</numerusform>
            <numerusform>Test läuft: bisher %n fehlgeschlagene Verbindungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::TopologyView</name>
    <message>
        <source>Topology diagram</source>
        <translation>Topologiediagramm</translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or the plus and minus keys; 0 fits the diagram</source>
        <translation>Mit dem Mausrad oder den Tasten Plus und Minus zoomen; 0 zeigt das ganze Diagramm</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Show only the links that fail or warn</source>
        <translation>Nur die Verbindungen zeigen, die fehlschlagen oder warnen</translation>
    </message>
</context>
<context>
    <name>PortCheck::WizardContext</name>
    <message>
        <source>The CA file %1 holds no PEM certificate; the run goes on without it.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat; der Lauf geht ohne sie weiter.</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>name mismatch</source>
        <translation>Name stimmt nicht überein</translation>
    </message>
    <message>
        <source>untrusted issuer</source>
        <translation>nicht vertrauenswürdiger Aussteller</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>name not found</source>
        <translation>Name nicht gefunden</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>something else answered</source>
        <translation>etwas anderes hat geantwortet</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>TCP connection accepted</source>
        <translation>TCP-Verbindung angenommen</translation>
    </message>
    <message>
        <source>TLS handshake completed</source>
        <translation>TLS-Handshake abgeschlossen</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>the answer is larger than 256 KB</source>
        <translation>die Antwort ist größer als 256 KB</translation>
    </message>
    <message>
        <source>the connection closed during the NetBIOS session request</source>
        <translation>die Verbindung wurde während der NetBIOS-Sitzungsanfrage geschlossen</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection was closed in the middle of the answer</source>
        <translation>die Verbindung wurde mitten in der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection was closed during the TLS handshake</source>
        <translation>die Verbindung wurde während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgewiesen</translation>
    </message>
    <message>
        <source>no answer to the connection attempt</source>
        <translation>keine Antwort auf den Verbindungsversuch</translation>
    </message>
    <message>
        <source>the service does not speak TLS: %1</source>
        <translation>der Dienst spricht kein TLS: %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no answer to the connection attempt within %1 ms</source>
        <translation>keine Antwort auf den Verbindungsversuch innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>the TLS handshake did not finish within %1 ms</source>
        <translation>der TLS-Handshake wurde nicht innerhalb von %1 ms abgeschlossen</translation>
    </message>
    <message>
        <source>accepted the connection, then said nothing for %1 ms</source>
        <translation>nahm die Verbindung an und schwieg dann %1 ms lang</translation>
    </message>
    <message>
        <source>sent %1 bytes that are not a complete answer</source>
        <translation>sandte %1 Bytes, die keine vollständige Antwort sind</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>the answer is not an LDAP message</source>
        <translation>die Antwort ist keine LDAP-Nachricht</translation>
    </message>
    <message>
        <source>malformed LDAP message</source>
        <translation>fehlerhafte LDAP-Nachricht</translation>
    </message>
    <message>
        <source>malformed LDAP search entry</source>
        <translation>fehlerhafter LDAP-Suchtreffer</translation>
    </message>
    <message>
        <source>malformed or oversized LDAP attribute list</source>
        <translation>fehlerhafte oder zu große LDAP-Attributliste</translation>
    </message>
    <message>
        <source>malformed LDAP attribute</source>
        <translation>fehlerhaftes LDAP-Attribut</translation>
    </message>
    <message>
        <source>malformed or oversized LDAP attribute values</source>
        <translation>fehlerhafte oder zu große LDAP-Attributwerte</translation>
    </message>
    <message>
        <source>truncated LDAP attribute value</source>
        <translation>abgeschnittener LDAP-Attributwert</translation>
    </message>
    <message>
        <source>truncated LDAP attribute list</source>
        <translation>abgeschnittene LDAP-Attributliste</translation>
    </message>
    <message>
        <source>malformed LDAP result</source>
        <translation>fehlerhaftes LDAP-Ergebnis</translation>
    </message>
    <message>
        <source>answered as %1, not %2: an alias, a load balancer or the wrong DNS record</source>
        <translation>antwortete als %1, nicht als %2: ein Alias, ein Load Balancer oder ein falscher DNS-Eintrag</translation>
    </message>
    <message>
        <source>unexpected LDAP operation 0x%1</source>
        <translation>unerwartete LDAP-Operation 0x%1</translation>
    </message>
    <message>
        <source>the answer is not an SMB frame</source>
        <translation>die Antwort ist kein SMB-Rahmen</translation>
    </message>
    <message>
        <source>the SMB frame is larger than any NEGOTIATE answer</source>
        <translation>der SMB-Rahmen ist größer als jede NEGOTIATE-Antwort</translation>
    </message>
    <message>
        <source>the server speaks only SMB1, which Guardian does not use</source>
        <translation>der Server spricht nur SMB1, das Guardian nicht verwendet</translation>
    </message>
    <message>
        <source>the answer is not SMB2</source>
        <translation>die Antwort ist kein SMB2</translation>
    </message>
    <message>
        <source>the SMB2 answer is too short</source>
        <translation>die SMB2-Antwort ist zu kurz</translation>
    </message>
    <message>
        <source>the SMB2 answer is not a NEGOTIATE response</source>
        <translation>die SMB2-Antwort ist keine NEGOTIATE-Antwort</translation>
    </message>
    <message>
        <source>the server rejected SMB2 NEGOTIATE with status 0x%1</source>
        <translation>der Server lehnte SMB2 NEGOTIATE mit Status 0x%1 ab</translation>
    </message>
    <message>
        <source>the SMB2 NEGOTIATE response has a wrong structure size</source>
        <translation>die SMB2-NEGOTIATE-Antwort hat eine falsche Strukturgröße</translation>
    </message>
    <message>
        <source>the answer is not a NetBIOS session response</source>
        <translation>die Antwort ist keine NetBIOS-Sitzungsantwort</translation>
    </message>
    <message>
        <source>the NetBIOS session response is too long</source>
        <translation>die NetBIOS-Sitzungsantwort ist zu lang</translation>
    </message>
    <message>
        <source>not listening on the called name</source>
        <translation>lauscht nicht auf dem gerufenen Namen</translation>
    </message>
    <message>
        <source>not listening for the calling name</source>
        <translation>lauscht nicht für den rufenden Namen</translation>
    </message>
    <message>
        <source>called name not present</source>
        <translation>gerufener Name nicht vorhanden</translation>
    </message>
    <message>
        <source>insufficient resources</source>
        <translation>unzureichende Ressourcen</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>nicht näher bezeichneter Fehler</translation>
    </message>
    <message>
        <source>NetBIOS refused the session: %1 (0x%2)</source>
        <translation>NetBIOS lehnte die Sitzung ab: %1 (0x%2)</translation>
    </message>
    <message>
        <source>bad or oversized chunk in the HTTP body</source>
        <translation>fehlerhafter oder zu großer Chunk im HTTP-Body</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>die Antwort ist kein HTTP</translation>
    </message>
    <message>
        <source>the HTTP headers are larger than 32 KB</source>
        <translation>die HTTP-Header sind größer als 32 KB</translation>
    </message>
    <message>
        <source>more than 100 HTTP header lines</source>
        <translation>mehr als 100 HTTP-Headerzeilen</translation>
    </message>
    <message>
        <source>malformed HTTP status line</source>
        <translation>fehlerhafte HTTP-Statuszeile</translation>
    </message>
    <message>
        <source>malformed HTTP header line</source>
        <translation>fehlerhafte HTTP-Headerzeile</translation>
    </message>
    <message>
        <source>bad or oversized Content-Length</source>
        <translation>fehlerhafte oder zu große Content-Length</translation>
    </message>
    <message>
        <source>the HTTP body is larger than 256 KB</source>
        <translation>der HTTP-Body ist größer als 256 KB</translation>
    </message>
    <message>
        <source>HTTP 401 without an authentication scheme: not a WinRM listener</source>
        <translation>HTTP 401 ohne Authentifizierungsschema: kein WinRM-Listener</translation>
    </message>
    <message>
        <source>a WinRM listener that demands authentication (%1) for Identify</source>
        <translation>ein WinRM-Listener, der für Identify eine Authentifizierung (%1) verlangt</translation>
    </message>
    <message>
        <source>HTTP %1 to a WS-Management Identify: a web server, but not WinRM</source>
        <translation>HTTP %1 auf ein WS-Management-Identify: ein Webserver, aber kein WinRM</translation>
    </message>
    <message>
        <source>HTTP 200, but no WS-Management IdentifyResponse in the body</source>
        <translation>HTTP 200, aber keine WS-Management-IdentifyResponse im Body</translation>
    </message>
    <message>
        <source>the answer is not a TDS packet</source>
        <translation>die Antwort ist kein TDS-Paket</translation>
    </message>
    <message>
        <source>the answer is not a TDS response packet</source>
        <translation>die Antwort ist kein TDS-Antwortpaket</translation>
    </message>
    <message>
        <source>the TDS packet length is too small</source>
        <translation>die TDS-Paketlänge ist zu klein</translation>
    </message>
    <message>
        <source>the TDS PRELOGIN answer has no version</source>
        <translation>die TDS-PRELOGIN-Antwort hat keine Version</translation>
    </message>
    <message>
        <source>malformed TDS PRELOGIN option table</source>
        <translation>fehlerhafte TDS-PRELOGIN-Optionstabelle</translation>
    </message>
    <message>
        <source>a TDS PRELOGIN option points outside the packet</source>
        <translation>eine TDS-PRELOGIN-Option zeigt außerhalb des Pakets</translation>
    </message>
    <message>
        <source>the TDS PRELOGIN option table is not terminated</source>
        <translation>die TDS-PRELOGIN-Optionstabelle ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>not probed (the run was cancelled)</source>
        <translation>nicht geprüft (der Lauf wurde abgebrochen)</translation>
    </message>
    <message>
        <source>not testable from this machine</source>
        <translation>von diesem Computer aus nicht testbar</translation>
    </message>
    <message>
        <source>the probe ran out of memory while reading the answer</source>
        <translation>der Prüfung ging beim Lesen der Antwort der Speicher aus</translation>
    </message>
    <message>
        <source>the probe failed: %1</source>
        <translation>die Prüfung schlug fehl: %1</translation>
    </message>
    <message>
        <source>the probe failed on an unknown error</source>
        <translation>die Prüfung schlug mit einem unbekannten Fehler fehl</translation>
    </message>
    <message>
        <source>not probed: PORTCHECK_LOOPBACK_ONLY allows loopback addresses only</source>
        <translation>nicht geprüft: PORTCHECK_LOOPBACK_ONLY erlaubt nur Loopback-Adressen</translation>
    </message>
    <message>
        <source>the SMB2 header has a wrong structure size</source>
        <translation>der SMB2-Header hat eine falsche Strukturgröße</translation>
    </message>
    <message>
        <source>the SMB2 server chose dialect %1, which was never offered</source>
        <translation>der SMB2-Server wählte Dialekt %1, der nie angeboten wurde</translation>
    </message>
    <message>
        <source>the SMB2 security buffer (offset %1, %2 bytes) does not fit the %3-byte answer</source>
        <translation>der SMB2-Sicherheitspuffer (Offset %1, %2 Bytes) passt nicht in die %3-Byte-Antwort</translation>
    </message>
    <message>
        <source>the SMB2 NEGOTIATE response lists %1 negotiate contexts that do not fit the %2-byte answer</source>
        <translation>die SMB2-NEGOTIATE-Antwort nennt %1 Negotiate-Kontexte, die nicht in die %2-Byte-Antwort passen</translation>
    </message>
    <message>
        <source>malformed Kerberos message</source>
        <translation>fehlerhafte Kerberos-Nachricht</translation>
    </message>
    <message>
        <source>the answer is not a Kerberos message</source>
        <translation>die Antwort ist keine Kerberos-Nachricht</translation>
    </message>
    <message>
        <source>the KDC answered, but does not serve the realm %1</source>
        <translation>der KDC antwortete, bedient aber den Realm %1 nicht</translation>
    </message>
    <message>
        <source>the KDC answered for the realm %1, not %2</source>
        <translation>der KDC antwortete für den Realm %1, nicht %2</translation>
    </message>
    <message>
        <source>the answer is not a DNS message</source>
        <translation>die Antwort ist keine DNS-Nachricht</translation>
    </message>
    <message>
        <source>malformed DNS answer</source>
        <translation>fehlerhafte DNS-Antwort</translation>
    </message>
    <message>
        <source>the DNS answer is for %1, not for the name asked</source>
        <translation>die DNS-Antwort gilt %1, nicht dem erfragten Namen</translation>
    </message>
    <message>
        <source>the DNS server answered that %1 does not exist (NXDOMAIN): it does not serve that domain</source>
        <translation>der DNS-Server antwortete, dass %1 nicht existiert (NXDOMAIN): er bedient diese Domäne nicht</translation>
    </message>
    <message>
        <source>the DNS server answered %1 for %2</source>
        <translation>der DNS-Server antwortete %1 für %2</translation>
    </message>
    <message>
        <source>the DNS server has no records at %1</source>
        <translation>der DNS-Server hat keine Einträge unter %1</translation>
    </message>
    <message>
        <source>an LDAP server that refuses the anonymous rootDSE search (result code %1), which every Active Directory domain controller answers</source>
        <translation>ein LDAP-Server, der die anonyme rootDSE-Suche ablehnt (Ergebniscode %1), die jeder Active Directory-Domänencontroller beantwortet</translation>
    </message>
    <message>
        <source>an LDAP server, not an Active Directory domain controller (its rootDSE has no dsServiceName or domainControllerFunctionality)</source>
        <translation>ein LDAP-Server, kein Active Directory-Domänencontroller (sein rootDSE hat weder dsServiceName noch domainControllerFunctionality)</translation>
    </message>
    <message>
        <source>an LDAP server (%1), not an Active Directory domain controller</source>
        <translation>ein LDAP-Server (%1), kein Active Directory-Domänencontroller</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering CONNECT</source>
        <translation>der Proxy %1 hat die Verbindung geschlossen, ohne CONNECT zu beantworten</translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT with something other than HTTP: %2</source>
        <translation>der Proxy %1 hat CONNECT mit etwas anderem als HTTP beantwortet: %2</translation>
    </message>
    <message>
        <source>the proxy %1 demands authentication (407)</source>
        <translation>der Proxy %1 verlangt eine Authentifizierung (407)</translation>
    </message>
    <message>
        <source>the proxy %1 demands authentication (407; it offers %2)</source>
        <translation>der Proxy %1 verlangt eine Authentifizierung (407; er bietet %2 an)</translation>
    </message>
    <message>
        <source>the proxy %1 could not open a tunnel to %2 (%3)</source>
        <translation>der Proxy %1 konnte keinen Tunnel zu %2 öffnen (%3)</translation>
    </message>
    <message>
        <source>the proxy %1 refused the tunnel to %2 (%3)</source>
        <translation>der Proxy %1 hat den Tunnel zu %2 abgelehnt (%3)</translation>
    </message>
    <message>
        <source>the proxy %1 refused the connection</source>
        <translation>der Proxy %1 hat die Verbindung abgewiesen</translation>
    </message>
    <message>
        <source>no answer from the proxy %1</source>
        <translation>keine Antwort vom Proxy %1</translation>
    </message>
    <message>
        <source>the proxy %1 cannot be reached: %2</source>
        <translation>der Proxy %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>no answer from the proxy %1 within %2 ms</source>
        <translation>keine Antwort vom Proxy %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>the proxy %1 accepted the connection and did not answer CONNECT within %2 ms</source>
        <translation>der Proxy %1 hat die Verbindung angenommen und CONNECT nicht innerhalb von %2 ms beantwortet</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering the request for %2</source>
        <translation>der Proxy %1 hat die Verbindung geschlossen, ohne die Anfrage nach %2 zu beantworten</translation>
    </message>
    <message>
        <source>the proxy %1 answered the request for %2 with something other than HTTP: %3</source>
        <translation>der Proxy %1 hat die Anfrage nach %2 mit etwas anderem als HTTP beantwortet: %3</translation>
    </message>
    <message>
        <source>the proxy %1 could not fetch %2 (%3)</source>
        <translation>der Proxy %1 konnte %2 nicht abrufen (%3)</translation>
    </message>
    <message>
        <source>the proxy %1 refused to fetch %2 (%3)</source>
        <translation>der Proxy %1 hat den Abruf von %2 abgelehnt (%3)</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, then the TLS handshake inside TDS failed: %1</source>
        <translation>TDS PRELOGIN beantwortet, dann schlug der TLS-Handshake innerhalb von TDS fehl: %1</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, TLS handshake inside TDS completed</source>
        <translation>TDS PRELOGIN beantwortet, TLS-Handshake innerhalb von TDS abgeschlossen</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered; certificate: %1</source>
        <translation>TDS PRELOGIN beantwortet; Zertifikat: %1</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, then the server closed the connection during the TLS handshake inside TDS</source>
        <translation>TDS PRELOGIN beantwortet, dann schloss der Server die Verbindung während des TLS-Handshakes innerhalb von TDS</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, then the TLS handshake inside TDS did not finish within %1 ms</source>
        <translation>TDS PRELOGIN beantwortet, dann wurde der TLS-Handshake innerhalb von TDS nicht binnen %1 ms fertig</translation>
    </message>
    <message>
        <source>the TLS relay for TDS could not listen on loopback: %1</source>
        <translation>das TLS-Relais für TDS konnte nicht auf Loopback lauschen: %1</translation>
    </message>
    <message>
        <source>the server sent more than 256 KB during the TLS handshake</source>
        <translation>der Server sandte während des TLS-Handshakes mehr als 256 KB</translation>
    </message>
    <message>
        <source>the TDS packet claims %1 bytes; MS-TDS allows at most 32,767</source>
        <translation>das TDS-Paket gibt %1 Bytes an; MS-TDS erlaubt höchstens 32.767</translation>
    </message>
    <message>
        <source>the server sent a TDS packet of type 0x%1 during the TLS handshake, not PRELOGIN (0x12)</source>
        <translation>der Server sandte während des TLS-Handshakes ein TDS-Paket vom Typ 0x%1, nicht PRELOGIN (0x12)</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>unsupported profile version &apos;%1&apos;, expected 1</source>
        <translation>nicht unterstützte Profilversion „%1“, erwartet wird 1</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; in &apos;vantage&apos;, expected one of: %2</source>
        <translation>unbekannte Rolle „%1“ in „vantage“, erwartet wird eine von: %2</translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;, expected one of: %2</source>
        <translation>unbekannte Komponente „%1“, erwartet wird eine von: %2</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;, expected one of: %2</source>
        <translation>unbekannte Option „%1“, erwartet wird eine von: %2</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; has no value &apos;%2&apos;, expected one of: %3</source>
        <translation>Option „%1“ hat keinen Wert „%2“, erwartet wird einer von: %3</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; in &apos;hosts&apos;, expected one of: %2</source>
        <translation>unbekannte Rolle „%1“ in „hosts“, erwartet wird eine von: %2</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; is listed twice for role &apos;%2&apos;, expected each host once</source>
        <translation>Host „%1“ ist für Rolle „%2“ doppelt aufgeführt, erwartet wird jeder Host einmal</translation>
    </message>
    <message>
        <source>a host lacks the key &apos;host&apos;, expected the host name or address</source>
        <translation>bei einem Host fehlt der Schlüssel „host“, erwartet wird der Hostname oder die Adresse</translation>
    </message>
    <message>
        <source>bad host: %1</source>
        <translation>ungültiger Host: %1</translation>
    </message>
    <message>
        <source>bad %1 &apos;%2&apos;, expected a number from 1 to 65535</source>
        <translation>ungültiger Wert für %1: „%2“, erwartet wird eine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>bad domain &apos;%1&apos;, expected a DNS name like corp.example</source>
        <translation>ungültige Domäne „%1“, erwartet wird ein DNS-Name wie corp.example</translation>
    </message>
    <message>
        <source>bad nameserver &apos;%1&apos;, expected an IPv4 address (Qt 6.4 cannot query IPv6 or other ports)</source>
        <translation>ungültiger Nameserver „%1“, erwartet wird eine IPv4-Adresse (Qt 6.4 kann weder IPv6 noch andere Ports abfragen)</translation>
    </message>
    <message>
        <source>cannot open the profile: %1</source>
        <translation>das Profil kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>&apos;azure-region&apos; is an Azure region such as westeurope, not &apos;%1&apos;</source>
        <translation>„azure-region“ ist eine Azure-Region wie westeurope, nicht „%1“</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>not one line of text (a line break or a control character)</source>
        <translation>keine einzelne Textzeile (ein Zeilenumbruch oder ein Steuerzeichen)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; in &apos;source-networks&apos;, expected one of: %2</source>
        <translation>unbekannte Rolle &apos;%1&apos; in &apos;source-networks&apos;, erwartet wird eine von: %2</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; has %2 networks in &apos;source-networks&apos;, at most %3</source>
        <translation>Rolle &apos;%1&apos; hat %2 Netze in &apos;source-networks&apos;, höchstens %3</translation>
    </message>
    <message>
        <source>bad network &apos;%1&apos; for role &apos;%2&apos;, expected a CIDR such as 10.20.0.0/24 or 2001:db8::/64, or one address</source>
        <translation>ungültiges Netz &apos;%1&apos; für die Rolle &apos;%2&apos;, erwartet wird ein CIDR wie 10.20.0.0/24 oder 2001:db8::/64 oder eine Adresse</translation>
    </message>
    <message>
        <source>network &apos;%1&apos; is listed twice for role &apos;%2&apos;</source>
        <translation>das Netz &apos;%1&apos; steht zweimal bei der Rolle &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message numerus="yes">
        <source>NOT READY: %n link(s) fail</source>
        <translation>
            <numerusform>NICHT BEREIT: %n Verbindung schlägt fehl</numerusform>
            <numerusform>NICHT BEREIT: %n Verbindungen schlagen fehl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>READY, WITH %n WARNING(S)</source>
        <translation>
            <numerusform>BEREIT, MIT %n WARNUNG</numerusform>
            <numerusform>BEREIT, MIT %n WARNUNGEN</numerusform>
        </translation>
    </message>
    <message>
        <source>READY: every link tested passes</source>
        <translation>BEREIT: jede getestete Verbindung besteht</translation>
    </message>
    <message>
        <source>NOTHING COULD BE TESTED FROM HERE</source>
        <translation>VON HIER KONNTE NICHTS GETESTET WERDEN</translation>
    </message>
    <message>
        <source>Guardian network readiness report</source>
        <translation>Bericht zur Netzwerkbereitschaft für Guardian</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation>Das PDF %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cayosoft Guardian: are the network paths it needs open?</source>
        <translation>Cayosoft Guardian: sind die nötigen Netzwerkpfade offen?</translation>
    </message>
    <message>
        <source>%1 pass · %2 warning · %3 fail · %4 not tested from here</source>
        <translation>%1 bestanden · %2 Warnung · %3 fehlgeschlagen · %4 nicht von hier getestet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Tested from</source>
        <translation>Getestet von</translation>
    </message>
    <message>
        <source>Roles of the machine(s)</source>
        <translation>Rollen der Computer</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modi</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Merged runs</source>
        <translation>Zusammengeführte Läufe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The run was cancelled: some probes have no result.</source>
        <translation>Der Lauf wurde abgebrochen: einige Prüfungen haben kein Ergebnis.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>So lesen Sie diesen Bericht</translation>
    </message>
    <message>
        <source>the service answered in its own protocol on a port the chosen modes need.</source>
        <translation>der Dienst hat in seinem eigenen Protokoll auf einem Port geantwortet, den die gewählten Modi brauchen.</translation>
    </message>
    <message>
        <source>it works, but through a fallback, with a certificate problem, or an optional link fails.</source>
        <translation>es funktioniert, aber über einen Ausweichweg, mit einem Zertifikatproblem, oder eine optionale Verbindung schlägt fehl.</translation>
    </message>
    <message>
        <source>no allowed way works; the failures section says what to change.</source>
        <translation>kein erlaubter Weg funktioniert; der Abschnitt zu den Fehlern sagt, was zu ändern ist.</translation>
    </message>
    <message>
        <source>the link starts on another machine; run the check there and merge the results.</source>
        <translation>die Verbindung beginnt auf einem anderen Computer; führen Sie die Prüfung dort aus und führen Sie die Ergebnisse zusammen.</translation>
    </message>
    <message>
        <source>Every probe is anonymous: no credentials were asked for, sent or stored.</source>
        <translation>Jede Prüfung ist anonym: keine Anmeldedaten wurden abgefragt, gesendet oder gespeichert.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Protocol: %1. Ports: %2.</source>
        <translation>Protokoll: %1. Ports: %2.</translation>
    </message>
    <message>
        <source>Inferred: no vendor document states this link.</source>
        <translation>Abgeleitet: kein Herstellerdokument nennt diese Verbindung.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>The same verdict for every one, e.g. %1: %2</source>
        <translation>Dasselbe Urteil für alle, z. B. %1: %2</translation>
    </message>
    <message>
        <source>Failures and what to change</source>
        <translation>Fehler und was zu ändern ist</translation>
    </message>
    <message>
        <source>Nothing to change: no link failed or warned.</source>
        <translation>Nichts zu ändern: keine Verbindung ist fehlgeschlagen oder hat gewarnt.</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>Firewall-Änderungsantrag</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Destinations: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <source>Appendix: every probe result</source>
        <translation>Anhang: jedes Prüfergebnis</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>No probe ran.</source>
        <translation>Keine Prüfung ausgeführt.</translation>
    </message>
    <message>
        <source>Guardian network readiness</source>
        <translation>Guardian-Netzwerkbereitschaft</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message numerus="yes">
        <source>merged from %n results file(s)</source>
        <translation>
            <numerusform>zusammengeführt aus %n Ergebnisdatei</numerusform>
            <numerusform>zusammengeführt aus %n Ergebnisdateien</numerusform>
        </translation>
    </message>
    <message>
        <source>(cut: %1 characters in all; the JSON results keep the whole text)</source>
        <translation>(gekürzt: %1 Zeichen insgesamt; die JSON-Ergebnisse behalten den ganzen Text)</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Was zu ändern ist</translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation>für: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>The connections the chosen components and modes need, all TCP. For each link and host: the ports that already work (verified open, no change) and otherwise the fewest ports that meet the requirement, the mode&apos;s first choice first. Alternatives that are not needed are left out; when a link works only through a fallback, its first choice is recommended.</source>
        <translation>Die Verbindungen, die die gewählten Komponenten und Modi brauchen, alle TCP. Für jede Verbindung und jeden Host: die Ports, die bereits funktionieren (als offen bestätigt, keine Änderung), und sonst die wenigsten Ports, die die Anforderung erfüllen, die erste Wahl des Modus zuerst. Nicht benötigte Alternativen entfallen; funktioniert eine Verbindung nur über einen Ausweichweg, wird ihre erste Wahl empfohlen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Proxy for HTTPS to the Internet</source>
        <translation>Proxy für HTTPS ins Internet</translation>
    </message>
    <message>
        <source>none, direct</source>
        <translation>keiner, direkt</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Microsoft 365 endpoint set %1: %2</source>
        <translation>Microsoft-365-Endpunkt-Set %1: %2</translation>
    </message>
    <message>
        <source>(id not in the built-in list)</source>
        <translation>(ID nicht in der eingebauten Liste)</translation>
    </message>
    <message>
        <source>Microsoft 365 endpoints</source>
        <translation>Microsoft-365-Endpunkte</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n Name</numerusform>
            <numerusform>%n Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service tag %1 (%2), %n address prefix(es): %3</source>
        <translation>
            <numerusform>Diensttag %1 (%2), %n Adresspräfix: %3</numerusform>
            <numerusform>Diensttag %1 (%2), %n Adresspräfixe: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Change ticket</source>
        <translation>Änderungsticket</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Approval: signature, date</source>
        <translation>Genehmigung: Unterschrift, Datum</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Quelle: </translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Summary for the change board</source>
        <translation>Zusammenfassung für das Änderungsgremium</translation>
    </message>
    <message>
        <source>What fails</source>
        <translation>Was fehlschlägt</translation>
    </message>
    <message>
        <source>No required link fails.</source>
        <translation>Keine erforderliche Verbindung schlägt fehl.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more: see &quot;Failures and what to change&quot;.</source>
        <translation>
            <numerusform>und %n weitere: siehe „Fehler und was zu ändern ist“.</numerusform>
            <numerusform>und %n weitere: siehe „Fehler und was zu ändern ist“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes asked for</source>
        <translation>Beantragte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the firewall change request.</source>
        <translation>
            <numerusform>und %n weitere im Firewall-Änderungsantrag.</numerusform>
            <numerusform>und %n weitere im Firewall-Änderungsantrag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other probes</source>
        <translation>Weitere Prüfungen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Before and after the change</source>
        <translation>Vor und nach der Änderung</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>No link changed its verdict.</source>
        <translation>Keine Verbindung hat ihr Urteil geändert.</translation>
    </message>
    <message>
        <source>The firewall request of the run before, verified</source>
        <translation>Der Firewall-Antrag des Laufs davor, überprüft</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) verified open after the change.</source>
        <translation>%1 von %2 Regel(n) nach der Änderung als offen bestätigt.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Found before</source>
        <translation>Vorher vorgefunden</translation>
    </message>
    <message>
        <source>Found after</source>
        <translation>Nachher vorgefunden</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>verified open</source>
        <translation>als offen bestätigt</translation>
    </message>
    <message>
        <source>still closed</source>
        <translation>weiterhin geschlossen</translation>
    </message>
    <message>
        <source>not tested after</source>
        <translation>danach nicht getestet</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>After verification</source>
        <translation>Nach der Überprüfung</translation>
    </message>
    <message>
        <source>Coverage by source machine</source>
        <translation>Abdeckung nach Quellrechner</translation>
    </message>
    <message>
        <source>A link can only be tested from the machine it starts on, so each required link needs evidence from every machine of its source role.</source>
        <translation>Eine Verbindung lässt sich nur von dem Rechner aus prüfen, auf dem sie beginnt; daher braucht jede erforderliche Verbindung einen Nachweis von jedem Rechner ihrer Quellrolle.</translation>
    </message>
    <message>
        <source>Still to run:</source>
        <translation>Noch auszuführen:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n host(s)</source>
        <translation>
            <numerusform>%1: %n Host</numerusform>
            <numerusform>%1: %n Hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a session file: %1</source>
        <translation>keine Sitzungsdatei: %1</translation>
    </message>
    <message>
        <source>not a session file (a JSON object with &quot;session&quot;: 1 expected)</source>
        <translation>keine Sitzungsdatei (ein JSON-Objekt mit &quot;session&quot;: 1 erwartet)</translation>
    </message>
    <message>
        <source>not a session file (no &quot;session&quot;: 1)</source>
        <translation>keine Sitzungsdatei (kein &quot;session&quot;: 1)</translation>
    </message>
    <message>
        <source>session version %1 is not supported, expected 1 (written by another version of Guardian Port Check?)</source>
        <translation>Sitzungsversion %1 wird nicht unterstützt, erwartet 1 (von einer anderen Version von Guardian Port Check geschrieben?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; muss %2 sein</translation>
    </message>
    <message>
        <source>a date as text</source>
        <translation>ein Datum als Text</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>the profile as text</source>
        <translation>das Profil als Text</translation>
    </message>
    <message>
        <source>an object of role: hosts as typed</source>
        <translation>ein Objekt aus Rolle: Hosts wie eingegeben</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>no &quot;profile&quot;: nothing to restore</source>
        <translation>kein &quot;profile&quot;: nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>&quot;hostCount&quot; must be a whole number from 0</source>
        <translation>&quot;hostCount&quot; muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>%1 host lists, more than the %2 a session holds</source>
        <translation>%1 Hostlisten, mehr als die %2, die eine Sitzung enthält</translation>
    </message>
    <message>
        <source>the hosts of &quot;%1&quot; must be text</source>
        <translation>die Hosts von &quot;%1&quot; müssen Text sein</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>(a message was left out: its arguments expand to more than %1 characters)</source>
        <translation>(eine Meldung wurde ausgelassen: ihre Argumente ergeben mehr als %1 Zeichen)</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 abgewiesen</translation>
    </message>
    <message>
        <source>%1 filtered</source>
        <translation>%1 gefiltert</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 not probed</source>
        <translation>%1 nicht geprüft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not tested: this link starts at the %1; run Guardian Port Check there with that role as its vantage</source>
        <translation>nicht getestet: Diese Verbindung beginnt bei „%1“; führen Sie Guardian Port Check dort mit dieser Rolle als Standort aus</translation>
    </message>
    <message>
        <source>fails: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not tested yet: %1</source>
        <translation>noch nicht getestet: %1</translation>
    </message>
    <message>
        <source>optional link %1</source>
        <translation>optionale Verbindung: %1</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (Port %2)</translation>
    </message>
    <message>
        <source>%1 open, but answered as %2, not %3</source>
        <translation>%1 offen, antwortet aber als %2, nicht als %3</translation>
    </message>
    <message>
        <source>%1 open, but TLS: %2</source>
        <translation>%1 offen, aber TLS: %2</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>%1 open, but something other than %2 answered</source>
        <translation>%1 offen, aber etwas anderes als %2 hat geantwortet</translation>
    </message>
    <message>
        <source>none of the allowed ports works (%1)</source>
        <translation>keiner der zulässigen Ports funktioniert (%1)</translation>
    </message>
    <message>
        <source>%1 is open, but the chosen mode does not use it</source>
        <translation>%1 ist offen, wird im gewählten Modus aber nicht verwendet</translation>
    </message>
    <message>
        <source>%1 are open, but the chosen mode does not use them</source>
        <translation>%1 sind offen, werden im gewählten Modus aber nicht verwendet</translation>
    </message>
    <message>
        <source>%1 dns-failed</source>
        <translation>%1: Name nicht gefunden</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1: Verbindungsfehler</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>the Global Catalog</source>
        <translation>der globale Katalog</translation>
    </message>
    <message>
        <source>the Global Catalog over TLS</source>
        <translation>der globale Katalog über TLS</translation>
    </message>
    <message>
        <source>the NetBIOS session</source>
        <translation>die NetBIOS-Sitzung</translation>
    </message>
    <message>
        <source>%1 open, but TLS: %2; the %3 refuses such a certificate</source>
        <translation>%1 offen, aber TLS: %2; „%3“ lehnt ein solches Zertifikat ab</translation>
    </message>
    <message>
        <source>%1 accepted the connection and never answered %2</source>
        <translation>%1 nahm die Verbindung an und beantwortete %2 nie</translation>
    </message>
    <message>
        <source>%1 open, but the DNS server on %2 does not serve %3 (it answered NXDOMAIN for %4): point the %5 at a DNS server of the domain, or check the domain name in the profile</source>
        <translation>%1 offen, aber der DNS-Server auf %2 bedient %3 nicht (er antwortete NXDOMAIN für %4): tragen Sie bei „%5“ einen DNS-Server der Domäne ein, oder prüfen Sie den Domänennamen im Profil</translation>
    </message>
    <message>
        <source>%1 open, but the DNS server on %2 answered %3 for %4: it does not resolve the domain for the %5</source>
        <translation>%1 offen, aber der DNS-Server auf %2 antwortete %3 für %4: er löst die Domäne für „%5“ nicht auf</translation>
    </message>
    <message>
        <source>%1 open, but the DNS server on %2 has no domain controller records for %3 (%4): check that the DCs register them (Netlogon) in that zone</source>
        <translation>%1 offen, aber der DNS-Server auf %2 hat keine Domänencontroller-Einträge für %3 (%4): prüfen Sie, ob die DCs sie in dieser Zone registrieren (Netlogon)</translation>
    </message>
    <message>
        <source>%1 open, but the KDC on %2 does not serve the realm %3: %2 is a domain controller of another domain, or the domain name in the profile is wrong</source>
        <translation>%1 offen, aber der KDC auf %2 bedient den Realm %3 nicht: %2 ist ein Domänencontroller einer anderen Domäne, oder der Domänenname im Profil ist falsch</translation>
    </message>
    <message>
        <source>%1 open, but %2</source>
        <translation>%1 offen, aber %2</translation>
    </message>
    <message>
        <source>%1 open, but %2 is a domain controller of %3 (%4), not of %5, the profile&apos;s domain</source>
        <translation>%1 offen, aber %2 ist ein Domänencontroller von %3 (%4), nicht von %5, der Domäne des Profils</translation>
    </message>
    <message>
        <source>%1 open, but %2 is a domain controller of %3 (%4), not of %5 like the other domain controllers</source>
        <translation>%1 offen, aber %2 ist ein Domänencontroller von %3 (%4), nicht wie die anderen Domänencontroller von %5</translation>
    </message>
    <message>
        <source>%1 open, but %2 belongs to the forest %3, not to %4 like the other domain controllers</source>
        <translation>%1 offen, aber %2 gehört zur Gesamtstruktur %3, nicht wie die anderen Domänencontroller zu %4</translation>
    </message>
    <message>
        <source>%1 open on %2, but filtered on %3, which Windows tries first: every connection of the %4 waits for that attempt to time out before it uses %2</source>
        <translation>%1 offen auf %2, aber gefiltert auf %3, der Adresse, die Windows zuerst versucht: Jede Verbindung von „%4“ wartet, bis dieser Versuch das Zeitlimit überschreitet, bevor sie %2 verwendet</translation>
    </message>
    <message>
        <source>%1 open on %2, but %3 on %4, which Windows tries first: every connection of the %5 fails there before it uses %2</source>
        <translation>%1 offen auf %2, aber %3 auf %4, der Adresse, die Windows zuerst versucht: Jede Verbindung von „%5“ schlägt dort fehl, bevor sie %2 verwendet</translation>
    </message>
    <message>
        <source>%1 open on %2, but %3 on %4: if %2 stops answering, the %5 has no other way to %6</source>
        <translation>%1 offen auf %2, aber %3 auf %4: Antwortet %2 nicht mehr, hat „%5“ keinen anderen Weg zu %6</translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds behind %3 and the other domain controllers: Kerberos refuses more than 300 seconds, so no sign-in from here works</source>
        <translation>%1 offen, aber die Uhr dieses Computers geht gegenüber %3 und den anderen Domänencontrollern %2 Sekunden nach: Kerberos lehnt Abweichungen über 300 Sekunden ab, daher funktioniert von hier aus keine Anmeldung</translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds behind %3 and the other domain controllers (Kerberos refuses more than 300 seconds)</source>
        <translation>%1 offen, aber die Uhr dieses Computers geht gegenüber %3 und den anderen Domänencontrollern %2 Sekunden nach (Kerberos lehnt Abweichungen über 300 Sekunden ab)</translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds ahead of %3 and the other domain controllers: Kerberos refuses more than 300 seconds, so no sign-in from here works</source>
        <translation>%1 offen, aber die Uhr dieses Computers geht gegenüber %3 und den anderen Domänencontrollern %2 Sekunden vor: Kerberos lehnt Abweichungen über 300 Sekunden ab, daher funktioniert von hier aus keine Anmeldung</translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds ahead of %3 and the other domain controllers (Kerberos refuses more than 300 seconds)</source>
        <translation>%1 offen, aber die Uhr dieses Computers geht gegenüber %3 und den anderen Domänencontrollern %2 Sekunden vor (Kerberos lehnt Abweichungen über 300 Sekunden ab)</translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds ahead of this machine&apos;s: Kerberos refuses more than 300 seconds, so the %4 cannot sign in to it</source>
        <translation>%1 offen, aber die Uhr von %2 geht gegenüber diesem Computer %3 Sekunden vor: Kerberos lehnt Abweichungen über 300 Sekunden ab, daher kann sich „%4“ dort nicht anmelden</translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds ahead of this machine&apos;s (Kerberos refuses more than 300 seconds)</source>
        <translation>%1 offen, aber die Uhr von %2 geht gegenüber diesem Computer %3 Sekunden vor (Kerberos lehnt Abweichungen über 300 Sekunden ab)</translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds behind this machine&apos;s: Kerberos refuses more than 300 seconds, so the %4 cannot sign in to it</source>
        <translation>%1 offen, aber die Uhr von %2 geht gegenüber diesem Computer %3 Sekunden nach: Kerberos lehnt Abweichungen über 300 Sekunden ab, daher kann sich „%4“ dort nicht anmelden</translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds behind this machine&apos;s (Kerberos refuses more than 300 seconds)</source>
        <translation>%1 offen, aber die Uhr von %2 geht gegenüber diesem Computer %3 Sekunden nach (Kerberos lehnt Abweichungen über 300 Sekunden ab)</translation>
    </message>
    <message>
        <source>%1 through the proxy %2</source>
        <translation>%1 über den Proxy %2</translation>
    </message>
    <message>
        <source>%1 open, but TLS is inspected: the certificate was re-signed by %2, not issued by the CAs of %3 (%4); %5 can break behind it</source>
        <translation>%1 offen, aber TLS wird inspiziert: das Zertifikat wurde von %2 neu signiert, nicht von den CAs von %3 (%4) ausgestellt; %5 kann dahinter fehlschlagen</translation>
    </message>
    <message>
        <source>TDS cannot go through the HTTP proxy %1: Guardian needs direct egress to %2 on %3</source>
        <translation>TDS kann nicht über den HTTP-Proxy %1 laufen: Guardian braucht einen direkten Weg zu %2 an Port %3</translation>
    </message>
    <message>
        <source>direct egress works too</source>
        <translation>auch der direkte Weg (ohne Proxy) funktioniert</translation>
    </message>
    <message>
        <source>direct egress is blocked (%1), which is fine: Guardian uses the proxy</source>
        <translation>der direkte Weg ist blockiert (%1), was in Ordnung ist: Guardian verwendet den Proxy</translation>
    </message>
    <message>
        <source>direct egress works, but Guardian uses the proxy %1: allow %2 there, or set Guardian to connect directly</source>
        <translation>der direkte Weg funktioniert, aber Guardian verwendet den Proxy %1: erlauben Sie %2 dort, oder stellen Sie Guardian auf direkte Verbindung um</translation>
    </message>
    <message>
        <source>direct egress is blocked too (%1)</source>
        <translation>auch der direkte Weg ist blockiert (%1)</translation>
    </message>
    <message>
        <source>the certificate&apos;s revocation servers do not answer: %1; Windows waits for them before it trusts the certificate, so each new connection stalls</source>
        <translation>die Sperrlisten-Server des Zertifikats antworten nicht: %1; Windows wartet auf sie, bevor es dem Zertifikat vertraut, sodass jede neue Verbindung stockt</translation>
    </message>
    <message>
        <source>Allow HTTP (TCP 80) from the %1 to the certificate revocation servers of %2 (%3), directly or on its proxy: Windows checks there that the certificate is not revoked.</source>
        <translation>Erlauben Sie HTTP (TCP 80) vom %1 zu den Sperrlisten-Servern des Zertifikats von %2 (%3), direkt oder auf seinem Proxy: Windows prüft dort, dass das Zertifikat nicht gesperrt ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) fail: the network is not ready for Guardian.</source>
        <translation>
            <numerusform>%n Verbindung schlägt fehl: das Netzwerk ist nicht bereit für Guardian.</numerusform>
            <numerusform>%n Verbindungen schlagen fehl: das Netzwerk ist nicht bereit für Guardian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guardian can work, with %n warning(s) to look at.</source>
        <translation>
            <numerusform>Guardian kann arbeiten, mit %n Warnung zum Ansehen.</numerusform>
            <numerusform>Guardian kann arbeiten, mit %n Warnungen zum Ansehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every link tested from here passes.</source>
        <translation>Jede von hier getestete Verbindung besteht.</translation>
    </message>
    <message>
        <source>Nothing could be tested from this computer.</source>
        <translation>Von diesem Computer aus konnte nichts getestet werden.</translation>
    </message>
    <message>
        <source>%1 pass · %2 warn · %3 fail · %4 not tested from here</source>
        <translation>%1 bestanden · %2 Warnung · %3 fehlgeschlagen · %4 nicht von hier getestet</translation>
    </message>
</context>
<context>
    <name>VerdictStyle</name>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Not tested from here</source>
        <translation>Nicht von hier getestet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>the value &apos;%1&apos;</source>
        <translation>der Wert „%1“</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation>YAML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value), found %2</source>
        <translation>%1 muss eine Zuordnung (Schlüssel: Wert) sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be a list, found %2</source>
        <translation>%1 muss eine Liste sein, gefunden: %2</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2, expected one of: %3</source>
        <translation>unbekannter Schlüssel „%1“ in %2, erwartet wird einer von: %3</translation>
    </message>
    <message>
        <source>%1 lacks the key &apos;%2&apos;, expected it to be set</source>
        <translation>bei %1 fehlt der Schlüssel „%2“, er muss gesetzt sein</translation>
    </message>
    <message>
        <source>%1 must be a single value, found %2</source>
        <translation>%1 muss ein einzelner Wert sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be true or false, found &apos;%2&apos;</source>
        <translation>%1 muss true oder false sein, gefunden: „%2“</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, found &apos;%4&apos;</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, gefunden: „%4“</translation>
    </message>
    <message>
        <source>%1 must be a value or a list of values, found %2</source>
        <translation>%1 muss ein Wert oder eine Liste von Werten sein, gefunden: %2</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file</source>
        <translation>ein NUL-Byte: dies ist keine Textdatei</translation>
    </message>
    <message>
        <source>a line ends with a carriage return alone (old Mac line endings): save the file with LF or CRLF line endings</source>
        <translation>eine Zeile endet nur mit einem Wagenrücklauf (alte Mac-Zeilenenden): speichern Sie die Datei mit LF- oder CRLF-Zeilenenden</translation>
    </message>
    <message>
        <source>a tab in the indentation: YAML indents with spaces only</source>
        <translation>ein Tabulator in der Einrückung: YAML rückt nur mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>lists and mappings nest deeper than %1 levels: refused</source>
        <translation>Listen und Zuordnungen sind tiefer als %1 Ebenen verschachtelt: abgelehnt</translation>
    </message>
    <message>
        <source>the quote opened here is never closed: the rest of the file would become this value</source>
        <translation>das hier geöffnete Anführungszeichen wird nie geschlossen: der Rest der Datei würde zu diesem Wert</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;: it is also at %2:%3, expected each key once in a mapping</source>
        <translation>doppelter Schlüssel „%1“: er steht auch bei %2:%3, erwartet wird jeder Schlüssel einmal pro Zuordnung</translation>
    </message>
    <message>
        <source>... and %1 more of the same kind as %2</source>
        <translation>... und %1 weitere derselben Art wie %2</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... und %1 weitere Probleme</translation>
    </message>
</context>
</TS>
