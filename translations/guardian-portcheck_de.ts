<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
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
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: larger than 4 MB; a host list is much smaller</source>
        <translation>%1: größer als 4 MB; eine Hostliste ist viel kleiner</translation>
    </message>
    <message>
        <source>%1: not a text file</source>
        <translation>%1: keine Textdatei</translation>
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
        <source>Save &amp;firewall request (CSV)…</source>
        <translation>&amp;Firewall-Antrag speichern (CSV)…</translation>
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
        <source>This link starts on the %1. Run this there to test it:</source>
        <translation>Diese Verbindung beginnt auf: %1. Führen Sie dort Folgendes aus, um sie zu testen:</translation>
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
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
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
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Protocol timeout:</source>
        <translation>&amp;Protokoll-Zeitlimit:</translation>
    </message>
    <message>
        <source>Probes at &amp;once:</source>
        <translation>Gleichzeitige Prüf&amp;ungen:</translation>
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
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
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
        <source>&amp;New check</source>
        <translation>&amp;Neue Prüfung</translation>
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
        <source>Open &amp;results…</source>
        <translation>E&amp;rgebnisse öffnen…</translation>
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
</context>
<context>
    <name>PortCheck::WizardContext</name>
    <message>
        <source>The CA file %1 holds no PEM certificate; the run goes on without it.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat; der Lauf geht ohne sie weiter.</translation>
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
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
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
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
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
        <source>Every connection the chosen components and modes need, all TCP, with what was found. &quot;Change&quot; marks the ones to open.</source>
        <translation>Jede Verbindung, die die gewählten Komponenten und Modi brauchen, alle TCP, mit dem Befund. „Ändern“ markiert die zu öffnenden.</translation>
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
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
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
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öffnen</translation>
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
        <source>Probes: port, protocol, state, connect time, evidence</source>
        <translation>Prüfungen: Port, Protokoll, Zustand, Verbindungszeit, Nachweis</translation>
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
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
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
        <source>waiting</source>
        <translation>wartet</translation>
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
</context>
</TS>
