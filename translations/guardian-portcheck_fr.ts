<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PortCheck::CheckTableModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (pour %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
</context>
<context>
    <name>PortCheck::ComponentsPage</name>
    <message>
        <source>Components and modes</source>
        <translation>Composants et modes</translation>
    </message>
    <message>
        <source>What you deploy decides which links are needed; the modes decide which ports.</source>
        <translation>Ce que vous déployez décide des liaisons nécessaires ; les modes décident des ports.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>%1 (always installed)</source>
        <translation>%1 (toujours installé)</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <source>%1: what it requires</source>
        <translation>%1 : ce qui est exigé</translation>
    </message>
</context>
<context>
    <name>PortCheck::HostListEditor</name>
    <message>
        <source>Hosts: %1</source>
        <translation>Hôtes : %1</translation>
    </message>
    <message>
        <source>One host per line, or separated by commas or spaces</source>
        <translation>Un hôte par ligne, ou séparés par des virgules ou des espaces</translation>
    </message>
    <message>
        <source>One host name or IP address per line, e.g.
dc1.corp.example
10.0.0.5
Another port for one host: dc2.corp.example 389=10389
# comments are ignored</source>
        <translation>Un nom d&apos;hôte ou une adresse IP par ligne, par ex.
dc1.corp.example
10.0.0.5
Autre port pour un hôte : dc2.corp.example 389=10389
# les commentaires sont ignorés</translation>
    </message>
    <message>
        <source>Leave empty to test the published endpoints:
%1

or list the hosts to test instead.</source>
        <translation>Laissez vide pour tester les points de terminaison publiés :
%1

ou indiquez plutôt les hôtes à tester.</translation>
    </message>
    <message>
        <source>Host list check</source>
        <translation>Vérification de la liste d&apos;hôtes</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Importer depuis un fichier…</translation>
    </message>
    <message>
        <source>Import hosts from a text or CSV file</source>
        <translation>Importer des hôtes depuis un fichier texte ou CSV</translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation>Importer des hôtes</translation>
    </message>
    <message>
        <source>Host lists (*.txt *.csv);;All files (*)</source>
        <translation>Listes d&apos;hôtes (*.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>corp.example</source>
        <translation>corp.example</translation>
    </message>
    <message>
        <source>Domain to discover</source>
        <translation>Domaine à explorer</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Active Directory site</source>
        <translation>Site Active Directory</translation>
    </message>
    <message>
        <source>optional, IPv4; default: this computer&apos;s DNS servers</source>
        <translation>facultatif, IPv4 ; par défaut : les serveurs DNS de cet ordinateur</translation>
    </message>
    <message>
        <source>DNS server for discovery</source>
        <translation>Serveur DNS pour la recherche</translation>
    </message>
    <message>
        <source>&amp;Find domain controllers</source>
        <translation>&amp;Trouver les contrôleurs de domaine</translation>
    </message>
    <message>
        <source>Find domain controllers in DNS</source>
        <translation>Trouver les contrôleurs de domaine dans le DNS</translation>
    </message>
    <message>
        <source>Discovery in progress</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>Discovery result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>DNS se&amp;rver:</source>
        <translation>Se&amp;rveur DNS :</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) ready.</source>
        <translation>
            <numerusform>%n hôte prêt.</numerusform>
            <numerusform>%n hôtes prêts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The published endpoints will be tested: %1.</source>
        <translation>Les points de terminaison publiés seront testés : %1.</translation>
    </message>
    <message>
        <source>No host yet.</source>
        <translation>Aucun hôte pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored.</source>
        <translation>
            <numerusform>%n doublon ignoré.</numerusform>
            <numerusform>%n doublons ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: &apos;%2&apos;: %3</source>
        <translation>Ligne %1 : « %2 » : %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : illisible : %2</translation>
    </message>
    <message>
        <source>%1: larger than 4 MB; a host list is much smaller</source>
        <translation>%1 : plus de 4 Mo ; une liste d&apos;hôtes est bien plus petite</translation>
    </message>
    <message>
        <source>%1: not a text file</source>
        <translation>%1 : pas un fichier texte</translation>
    </message>
    <message>
        <source>Type the DNS name of the domain first, e.g. corp.example.</source>
        <translation>Saisissez d&apos;abord le nom DNS du domaine, par ex. corp.example.</translation>
    </message>
    <message>
        <source>Asking DNS for the domain controllers of %1…</source>
        <translation>Interrogation du DNS sur les contrôleurs de domaine de %1…</translation>
    </message>
    <message>
        <source>No domain controller found in %1.</source>
        <translation>Aucun contrôleur de domaine trouvé dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n domain controller(s) in %1</source>
        <translation>
            <numerusform>%n contrôleur de domaine trouvé dans %1</numerusform>
            <numerusform>%n contrôleurs de domaine trouvés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new in the list.</source>
        <translation>
            <numerusform>; %n nouveau dans la liste.</numerusform>
            <numerusform>; %n nouveaux dans la liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::HostsPage</name>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Name the hosts of every role your components need. Paste as many as you like; each entry is checked as you type.</source>
        <translation>Indiquez les hôtes de chaque rôle dont vos composants ont besoin. Collez-en autant que vous voulez ; chaque entrée est vérifiée pendant la saisie.</translation>
    </message>
    <message>
        <source>Roles that need hosts</source>
        <translation>Rôles qui ont besoin d&apos;hôtes</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n invalid)</source>
        <translation>
            <numerusform>%1 (%n invalide)</numerusform>
            <numerusform>%1 (%n invalides)</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen components need no hosts: go back and choose a component.</source>
        <translation>Les composants choisis n&apos;ont besoin d&apos;aucun hôte : revenez en arrière et choisissez un composant.</translation>
    </message>
    <message>
        <source>Add at least one host for: %1.</source>
        <translation>Ajoutez au moins un hôte pour : %1.</translation>
    </message>
    <message>
        <source>Correct or remove the invalid entries in: %1.</source>
        <translation>Corrigez ou supprimez les entrées invalides dans : %1.</translation>
    </message>
    <message>
        <source>Every role has its hosts.</source>
        <translation>Chaque rôle a ses hôtes.</translation>
    </message>
</context>
<context>
    <name>PortCheck::MachinePage</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>A link can only be tested from the machine that opens it. Choose what this computer is in your Guardian deployment; the other links are listed with the command to run on their machine.</source>
        <translation>Une liaison ne peut être testée que depuis la machine qui l&apos;ouvre. Choisissez le rôle de cet ordinateur dans votre déploiement Guardian ; les autres liaisons sont listées avec la commande à lancer sur leur machine.</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>Cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Choose at least one role to continue: without one, nothing can be tested from this computer.</source>
        <translation>Choisissez au moins un rôle pour continuer : sans rôle, rien ne peut être testé depuis cet ordinateur.</translation>
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
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>PortCheck::ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>The verdict of every link toward every host. Select a row for its evidence and what to change.</source>
        <translation>Le verdict de chaque liaison vers chaque hôte. Sélectionnez une ligne pour voir sa preuve et ce qu&apos;il faut changer.</translation>
    </message>
    <message>
        <source>Overall verdict</source>
        <translation>Verdict global</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Evidence and remediation</source>
        <translation>Preuve et correction</translation>
    </message>
    <message>
        <source>Save r&amp;eport (PDF)…</source>
        <translation>Enregistrer le rapport (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Save the change-approval report as PDF</source>
        <translation>Enregistrer le rapport d&apos;approbation des changements en PDF</translation>
    </message>
    <message>
        <source>Save &amp;results (JSON)…</source>
        <translation>Enregistrer les &amp;résultats (JSON)…</translation>
    </message>
    <message>
        <source>Save &amp;firewall request (CSV)…</source>
        <translation>Enregistrer la demande de pare-&amp;feu (CSV)…</translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG…</source>
        <translation>Diagramme en &amp;PNG…</translation>
    </message>
    <message>
        <source>Diagram as S&amp;VG…</source>
        <translation>Diagramme en S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the diagram as a PNG image</source>
        <translation>Enregistrer le diagramme en image PNG</translation>
    </message>
    <message>
        <source>Save the diagram as an SVG drawing</source>
        <translation>Enregistrer le diagramme en dessin SVG</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Copier le résumé</translation>
    </message>
    <message>
        <source>Save the results as JSON</source>
        <translation>Enregistrer les résultats en JSON</translation>
    </message>
    <message>
        <source>Save the firewall change request as CSV</source>
        <translation>Enregistrer la demande de modification du pare-feu en CSV</translation>
    </message>
    <message>
        <source>Copy a plain-text summary to the clipboard</source>
        <translation>Copier un résumé en texte brut dans le presse-papiers</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;export</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save diagram</source>
        <translation>Enregistrer le diagramme</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <source>Results (*.json)</source>
        <translation>Résultats (*.json)</translation>
    </message>
    <message>
        <source>Save firewall request</source>
        <translation>Enregistrer la demande de pare-feu</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>Résumé copié.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) fail: the network is not ready for Guardian.</source>
        <translation>
            <numerusform>%n liaison échoue : le réseau n&apos;est pas prêt pour Guardian.</numerusform>
            <numerusform>%n liaisons échouent : le réseau n&apos;est pas prêt pour Guardian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guardian can work, with %n warning(s) to look at.</source>
        <translation>
            <numerusform>Guardian peut fonctionner, avec %n avertissement à examiner.</numerusform>
            <numerusform>Guardian peut fonctionner, avec %n avertissements à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every link tested from here passes.</source>
        <translation>Chaque liaison testée d&apos;ici réussit.</translation>
    </message>
    <message>
        <source>Nothing could be tested from this computer.</source>
        <translation>Rien n&apos;a pu être testé depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 pass · %2 warn · %3 fail · %4 not tested from here</source>
        <translation>%1 réussi · %2 avertissement · %3 échec · %4 non testé d&apos;ici</translation>
    </message>
    <message>
        <source>(run cancelled: some probes did not finish)</source>
        <translation>(exécution annulée : certaines sondes ne sont pas terminées)</translation>
    </message>
    <message numerus="yes">
        <source>(merged from %n machine(s))</source>
        <translation>
            <numerusform>(fusionné depuis %n machine)</numerusform>
            <numerusform>(fusionné depuis %n machines)</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Tested from %1.</source>
        <translation>Testé depuis %1.</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protocole : %1</translation>
    </message>
    <message>
        <source>Inferred: no vendor document states this link.</source>
        <translation>Déduit : aucun document de l&apos;éditeur ne mentionne cette liaison.</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (pour %2)</translation>
    </message>
    <message>
        <source>other mode</source>
        <translation>autre mode</translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation>non testé d&apos;ici</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no result (cancelled)</source>
        <translation>aucun résultat (annulé)</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>depuis %1 : %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>This link starts on the %1. Run this there to test it:</source>
        <translation>Cette liaison part de : %1. Lancez ceci là-bas pour la tester :</translation>
    </message>
    <message>
        <source>There is no run to save.</source>
        <translation>Il n&apos;y a aucune exécution à enregistrer.</translation>
    </message>
    <message>
        <source>Merged results cannot be re-tested from here: run the check on each machine.</source>
        <translation>Les résultats fusionnés ne peuvent pas être testés à nouveau d&apos;ici : lancez la vérification sur chaque machine.</translation>
    </message>
    <message>
        <source>This link starts on another machine: it cannot be tested from here.</source>
        <translation>Cette liaison part d&apos;une autre machine : elle ne peut pas être testée d&apos;ici.</translation>
    </message>
    <message numerus="yes">
        <source>Re-testing %n probe(s)…</source>
        <translation>
            <numerusform>Nouveau test de %n sonde…</numerusform>
            <numerusform>Nouveau test de %n sondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-tested.</source>
        <translation>Testé à nouveau.</translation>
    </message>
    <message>
        <source>Guardian Port Check, %1, from %2</source>
        <translation>Guardian Port Check, %1, depuis %2</translation>
    </message>
    <message>
        <source>Overall: %1 (%2 pass, %3 warn, %4 fail, %5 not tested from here)</source>
        <translation>Bilan : %1 (%2 réussi, %3 avertissement, %4 échec, %5 non testé d&apos;ici)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link-host pair(s) start on other machines: run the check there too.</source>
        <translation>
            <numerusform>%n liaison part d&apos;une autre machine : lancez aussi la vérification là-bas.</numerusform>
            <numerusform>%n liaisons partent d&apos;autres machines : lancez aussi la vérification là-bas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>PortCheck::RunPage</name>
    <message>
        <source>Testing</source>
        <translation>Test en cours</translation>
    </message>
    <message>
        <source>Each probe speaks the service&apos;s own protocol: an open port is not taken as proof.</source>
        <translation>Chaque sonde parle le protocole du service : un port ouvert n&apos;est pas pris pour une preuve.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Détails de la progression</translation>
    </message>
    <message>
        <source>Show probes</source>
        <translation>Afficher les sondes</translation>
    </message>
    <message>
        <source>All probes</source>
        <translation>Toutes les sondes</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problèmes seulement</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;Re-run failed</source>
        <translation>&amp;Relancer les échecs</translation>
    </message>
    <message>
        <source>Run the failed probes again</source>
        <translation>Relancer les sondes en échec</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Sondes</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) from this computer (%1, as %2).</source>
        <translation>
            <numerusform>%n sonde depuis cet ordinateur (%1, en tant que %2).</numerusform>
            <numerusform>%n sondes depuis cet ordinateur (%1, en tant que %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link-host pair(s) start on other machines and are listed as not tested from here.</source>
        <translation>
            <numerusform>%n liaison part d&apos;une autre machine et est listée comme non testée d&apos;ici.</numerusform>
            <numerusform>%n liaisons partent d&apos;autres machines et sont listées comme non testées d&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminées</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>environ %n s restante</numerusform>
            <numerusform>environ %n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>finished in %1 s</source>
        <translation>terminé en %1 s</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Re-run %n failed</source>
        <translation>
            <numerusform>&amp;Relancer %n échec</numerusform>
            <numerusform>&amp;Relancer %n échecs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Délai de connexion</translation>
    </message>
    <message>
        <source>How long to wait for a TCP connection. Windows reports a refused port only after about 2 s, so keep it above that.</source>
        <translation>Durée d&apos;attente d&apos;une connexion TCP. Windows ne signale un port refusé qu&apos;après environ 2 s ; restez au-dessus.</translation>
    </message>
    <message>
        <source>Protocol timeout</source>
        <translation>Délai du protocole</translation>
    </message>
    <message>
        <source>Probes at once</source>
        <translation>Sondes simultanées</translation>
    </message>
    <message>
        <source>Probes at once per host</source>
        <translation>Sondes simultanées par hôte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Fichier de certificats d&apos;AC supplémentaires</translation>
    </message>
    <message>
        <source>PEM file with your own CA, optional</source>
        <translation>Fichier PEM avec votre propre AC, facultatif</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Choisir le fichier d&apos;AC</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificats d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Délai de &amp;connexion :</translation>
    </message>
    <message>
        <source>&amp;Protocol timeout:</source>
        <translation>Délai du &amp;protocole :</translation>
    </message>
    <message>
        <source>Probes at &amp;once:</source>
        <translation>Sondes simultané&amp;es :</translation>
    </message>
    <message>
        <source>Probes per &amp;host:</source>
        <translation>Sondes par &amp;hôte :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Fichier d&apos;&amp;AC supplémentaire :</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>PortCheck::StartPage</name>
    <message>
        <source>Check the network paths Cayosoft Guardian needs</source>
        <translation>Vérifier les chemins réseau dont Cayosoft Guardian a besoin</translation>
    </message>
    <message>
        <source>Each check talks the real protocol (LDAP, WinRM, SMB, TLS) to the real hosts, anonymously: no password is asked for or sent.</source>
        <translation>Chaque vérification parle le vrai protocole (LDAP, WinRM, SMB, TLS) aux vrais hôtes, de façon anonyme : aucun mot de passe n&apos;est demandé ni envoyé.</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation>&amp;Nouvelle vérification</translation>
    </message>
    <message>
        <source>Choose what this computer is, what you deploy and where it runs.</source>
        <translation>Choisissez ce qu&apos;est cet ordinateur, ce que vous déployez et où cela tourne.</translation>
    </message>
    <message>
        <source>&amp;Open a profile…</source>
        <translation>&amp;Ouvrir un profil…</translation>
    </message>
    <message>
        <source>A profile saved earlier or prepared by a colleague (YAML).</source>
        <translation>Un profil enregistré plus tôt ou préparé par un collègue (YAML).</translation>
    </message>
    <message>
        <source>&amp;Reopen the last session</source>
        <translation>&amp;Rouvrir la dernière session</translation>
    </message>
    <message>
        <source>Try the &amp;demo site</source>
        <translation>Essayer le site de &amp;démonstration</translation>
    </message>
    <message>
        <source>A simulated site on this computer&apos;s loopback address shows every verdict in under a minute. Nothing leaves the machine.</source>
        <translation>Un site simulé sur l&apos;adresse de bouclage de cet ordinateur montre chaque verdict en moins d&apos;une minute. Rien ne quitte la machine.</translation>
    </message>
    <message>
        <source>Open &amp;results…</source>
        <translation>Ouvrir des ré&amp;sultats…</translation>
    </message>
    <message>
        <source>Results files saved on one or several machines (JSON): merged into one diagram and one report.</source>
        <translation>Fichiers de résultats enregistrés sur une ou plusieurs machines (JSON) : fusionnés en un diagramme et un rapport.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Open a profile</source>
        <translation>Ouvrir un profil</translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml);;All files (*)</source>
        <translation>Profils (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>Ouvrir des résultats</translation>
    </message>
    <message>
        <source>Results (*.json);;All files (*)</source>
        <translation>Résultats (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1, %n host(s).</source>
        <translation>
            <numerusform>Enregistré %1, %n hôte.</numerusform>
            <numerusform>Enregistré %1, %n hôtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing saved yet: everything you type is saved as you go.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant : tout ce que vous saisissez est enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <source>The profile cannot be used:</source>
        <translation>Le profil ne peut pas être utilisé :</translation>
    </message>
    <message>
        <source>The last session cannot be reopened: %1</source>
        <translation>La dernière session ne peut pas être rouverte : %1</translation>
    </message>
    <message>
        <source>The demo site cannot start: %1</source>
        <translation>Le site de démonstration ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>The results cannot be opened:</source>
        <translation>Les résultats ne peuvent pas être ouverts :</translation>
    </message>
</context>
<context>
    <name>PortCheck::TopologyScene</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>links start there: run the check on it</source>
        <translation>les liaisons partent de là : lancez la vérification dessus</translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation>non testé d&apos;ici</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to expand</source>
        <translation>double-clic pour déplier</translation>
    </message>
    <message>
        <source>The diagram is too large for an image (%1 x %2 pixels).</source>
        <translation>Le diagramme est trop grand pour une image (%1 x %2 pixels).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Guardian network paths</source>
        <translation>Chemins réseau de Guardian</translation>
    </message>
    <message>
        <source>Generated by Guardian Port Check</source>
        <translation>Généré par Guardian Port Check</translation>
    </message>
    <message>
        <source>Re-test this link</source>
        <translation>Tester à nouveau cette liaison</translation>
    </message>
    <message>
        <source>Show every host</source>
        <translation>Afficher chaque hôte</translation>
    </message>
    <message>
        <source>Group these hosts</source>
        <translation>Regrouper ces hôtes</translation>
    </message>
</context>
<context>
    <name>PortCheck::TopologyView</name>
    <message>
        <source>Topology diagram</source>
        <translation>Diagramme de topologie</translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or the plus and minus keys; 0 fits the diagram</source>
        <translation>Zoomez avec la molette ou les touches plus et moins ; 0 ajuste le diagramme</translation>
    </message>
</context>
<context>
    <name>PortCheck::WizardContext</name>
    <message>
        <source>The CA file %1 holds no PEM certificate; the run goes on without it.</source>
        <translation>Le fichier d&apos;AC %1 ne contient aucun certificat PEM ; l&apos;exécution continue sans lui.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message numerus="yes">
        <source>NOT READY: %n link(s) fail</source>
        <translation>
            <numerusform>PAS PRÊT : %n liaison échoue</numerusform>
            <numerusform>PAS PRÊT : %n liaisons échouent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>READY, WITH %n WARNING(S)</source>
        <translation>
            <numerusform>PRÊT, AVEC %n AVERTISSEMENT</numerusform>
            <numerusform>PRÊT, AVEC %n AVERTISSEMENTS</numerusform>
        </translation>
    </message>
    <message>
        <source>READY: every link tested passes</source>
        <translation>PRÊT : chaque liaison testée réussit</translation>
    </message>
    <message>
        <source>NOTHING COULD BE TESTED FROM HERE</source>
        <translation>RIEN N&apos;A PU ÊTRE TESTÉ D&apos;ICI</translation>
    </message>
    <message>
        <source>Guardian network readiness report</source>
        <translation>Rapport de préparation réseau pour Guardian</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation>Impossible d&apos;écrire le PDF %1.</translation>
    </message>
    <message>
        <source>Cayosoft Guardian: are the network paths it needs open?</source>
        <translation>Cayosoft Guardian : les chemins réseau dont il a besoin sont-ils ouverts ?</translation>
    </message>
    <message>
        <source>%1 pass · %2 warning · %3 fail · %4 not tested from here</source>
        <translation>%1 réussi · %2 avertissement · %3 échec · %4 non testé d&apos;ici</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Tested from</source>
        <translation>Testé depuis</translation>
    </message>
    <message>
        <source>Roles of the machine(s)</source>
        <translation>Rôles des machines</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Lancé par</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Merged runs</source>
        <translation>Exécutions fusionnées</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>The run was cancelled: some probes have no result.</source>
        <translation>L&apos;exécution a été annulée : certaines sondes n&apos;ont pas de résultat.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>Comment lire ce rapport</translation>
    </message>
    <message>
        <source>the service answered in its own protocol on a port the chosen modes need.</source>
        <translation>le service a répondu dans son propre protocole sur un port exigé par les modes choisis.</translation>
    </message>
    <message>
        <source>it works, but through a fallback, with a certificate problem, or an optional link fails.</source>
        <translation>cela fonctionne, mais par un repli, avec un problème de certificat, ou une liaison facultative échoue.</translation>
    </message>
    <message>
        <source>no allowed way works; the failures section says what to change.</source>
        <translation>aucun moyen autorisé ne fonctionne ; la section des échecs indique quoi changer.</translation>
    </message>
    <message>
        <source>the link starts on another machine; run the check there and merge the results.</source>
        <translation>la liaison part d&apos;une autre machine ; lancez la vérification là-bas et fusionnez les résultats.</translation>
    </message>
    <message>
        <source>Every probe is anonymous: no credentials were asked for, sent or stored.</source>
        <translation>Chaque sonde est anonyme : aucun identifiant n&apos;a été demandé, envoyé ni conservé.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <source>Protocol: %1. Ports: %2.</source>
        <translation>Protocole : %1. Ports : %2.</translation>
    </message>
    <message>
        <source>Inferred: no vendor document states this link.</source>
        <translation>Déduit : aucun document de l&apos;éditeur ne mentionne cette liaison.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>The same verdict for every one, e.g. %1: %2</source>
        <translation>Le même verdict pour tous, par ex. %1 : %2</translation>
    </message>
    <message>
        <source>Failures and what to change</source>
        <translation>Échecs et ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <source>Nothing to change: no link failed or warned.</source>
        <translation>Rien à changer : aucune liaison n&apos;a échoué ni averti.</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>Demande de modification du pare-feu</translation>
    </message>
    <message>
        <source>Every connection the chosen components and modes need, all TCP, with what was found. &quot;Change&quot; marks the ones to open.</source>
        <translation>Chaque connexion dont les composants et modes choisis ont besoin, toutes en TCP, avec ce qui a été constaté. « Changer » marque celles à ouvrir.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvrir</translation>
    </message>
    <message>
        <source>Destinations: %1</source>
        <translation>Destinations : %1</translation>
    </message>
    <message>
        <source>Appendix: every probe result</source>
        <translation>Annexe : chaque résultat de sonde</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Probes: port, protocol, state, connect time, evidence</source>
        <translation>Sondes : port, protocole, état, durée de connexion, preuve</translation>
    </message>
    <message>
        <source>No probe ran.</source>
        <translation>Aucune sonde lancée.</translation>
    </message>
    <message>
        <source>Guardian network readiness</source>
        <translation>Préparation réseau de Guardian</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
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
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not tested from here</source>
        <translation>Non testé d&apos;ici</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>filtré</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>name not found</source>
        <translation>nom introuvable</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identifié</translation>
    </message>
    <message>
        <source>something else answered</source>
        <translation>autre chose a répondu</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>muet</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>erreur TLS</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>non sondé</translation>
    </message>
</context>
</TS>
