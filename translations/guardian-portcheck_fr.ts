<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PortCheck::CheckTableModel</name>
    <message>
        <source>waiting</source>
        <translation type="vanished">en attente</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation type="vanished">%1 (pour %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="vanished">%1 ms</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">État</translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="vanished">Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="vanished">Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="vanished">Protocole</translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="vanished">Chemin</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="vanished">Connexion</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="vanished">Preuve</translation>
    </message>
</context>
<context>
    <name>PortCheck::ComponentsPage</name>
    <message>
        <source>Components and modes</source>
        <translation type="vanished">Composants et modes</translation>
    </message>
    <message>
        <source>What you deploy decides which links are needed; the modes decide which ports.</source>
        <translation type="vanished">Ce que vous déployez décide des liaisons nécessaires ; les modes décident des ports.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="vanished">Composants</translation>
    </message>
    <message>
        <source>%1 (always installed)</source>
        <translation type="vanished">%1 (toujours installé)</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation type="vanished">Modes</translation>
    </message>
    <message>
        <source>%1: what it requires</source>
        <translation type="vanished">%1 : ce qui est exigé</translation>
    </message>
</context>
<context>
    <name>PortCheck::HostListEditor</name>
    <message>
        <source>Hosts: %1</source>
        <translation type="vanished">Hôtes : %1</translation>
    </message>
    <message>
        <source>One host per line, or separated by commas or spaces</source>
        <translation type="vanished">Un hôte par ligne, ou séparés par des virgules ou des espaces</translation>
    </message>
    <message>
        <source>One host name or IP address per line, e.g.
dc1.corp.example
10.0.0.5
Another port for one host: dc2.corp.example 389=10389
# comments are ignored</source>
        <translation type="vanished">Un nom d&apos;hôte ou une adresse IP par ligne, par ex.
dc1.corp.example
10.0.0.5
Autre port pour un hôte : dc2.corp.example 389=10389
# les commentaires sont ignorés</translation>
    </message>
    <message>
        <source>Leave empty to test the published endpoints:
%1

or list the hosts to test instead.</source>
        <translation type="vanished">Laissez vide pour tester les points de terminaison publiés :
%1

ou indiquez plutôt les hôtes à tester.</translation>
    </message>
    <message>
        <source>Host list check</source>
        <translation type="vanished">Vérification de la liste d&apos;hôtes</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation type="vanished">&amp;Importer depuis un fichier…</translation>
    </message>
    <message>
        <source>Import hosts from a text or CSV file</source>
        <translation type="vanished">Importer des hôtes depuis un fichier texte ou CSV</translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation type="vanished">Importer des hôtes</translation>
    </message>
    <message>
        <source>Host lists (*.txt *.csv);;All files (*)</source>
        <translation type="vanished">Listes d&apos;hôtes (*.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>corp.example</source>
        <translation type="vanished">corp.example</translation>
    </message>
    <message>
        <source>Domain to discover</source>
        <translation type="vanished">Domaine à explorer</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="vanished">facultatif</translation>
    </message>
    <message>
        <source>Active Directory site</source>
        <translation type="vanished">Site Active Directory</translation>
    </message>
    <message>
        <source>optional, IPv4; default: this computer&apos;s DNS servers</source>
        <translation type="vanished">facultatif, IPv4 ; par défaut : les serveurs DNS de cet ordinateur</translation>
    </message>
    <message>
        <source>DNS server for discovery</source>
        <translation type="vanished">Serveur DNS pour la recherche</translation>
    </message>
    <message>
        <source>&amp;Find domain controllers</source>
        <translation type="vanished">&amp;Trouver les contrôleurs de domaine</translation>
    </message>
    <message>
        <source>Find domain controllers in DNS</source>
        <translation type="vanished">Trouver les contrôleurs de domaine dans le DNS</translation>
    </message>
    <message>
        <source>Discovery in progress</source>
        <translation type="vanished">Recherche en cours</translation>
    </message>
    <message>
        <source>Discovery result</source>
        <translation type="vanished">Résultat de la recherche</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="vanished">&amp;Domaine :</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="vanished">&amp;Site :</translation>
    </message>
    <message>
        <source>DNS se&amp;rver:</source>
        <translation type="vanished">Se&amp;rveur DNS :</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) ready.</source>
        <translation type="vanished">
            <numerusform>%n hôte prêt.</numerusform>
            <numerusform>%n hôtes prêts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The published endpoints will be tested: %1.</source>
        <translation type="vanished">Les points de terminaison publiés seront testés : %1.</translation>
    </message>
    <message>
        <source>No host yet.</source>
        <translation type="vanished">Aucun hôte pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored.</source>
        <translation type="vanished">
            <numerusform>%n doublon ignoré.</numerusform>
            <numerusform>%n doublons ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: &apos;%2&apos;: %3</source>
        <translation type="vanished">Ligne %1 : « %2 » : %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="vanished">
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="vanished">%1 : illisible : %2</translation>
    </message>
    <message>
        <source>%1: larger than 4 MB; a host list is much smaller</source>
        <translation type="vanished">%1 : plus de 4 Mo ; une liste d&apos;hôtes est bien plus petite</translation>
    </message>
    <message>
        <source>%1: not a text file</source>
        <translation type="vanished">%1 : pas un fichier texte</translation>
    </message>
    <message>
        <source>Type the DNS name of the domain first, e.g. corp.example.</source>
        <translation type="vanished">Saisissez d&apos;abord le nom DNS du domaine, par ex. corp.example.</translation>
    </message>
    <message>
        <source>Asking DNS for the domain controllers of %1…</source>
        <translation type="vanished">Interrogation du DNS sur les contrôleurs de domaine de %1…</translation>
    </message>
    <message>
        <source>No domain controller found in %1.</source>
        <translation type="vanished">Aucun contrôleur de domaine trouvé dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n domain controller(s) in %1</source>
        <translation type="vanished">
            <numerusform>%n contrôleur de domaine trouvé dans %1</numerusform>
            <numerusform>%n contrôleurs de domaine trouvés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new in the list.</source>
        <translation type="vanished">
            <numerusform>; %n nouveau dans la liste.</numerusform>
            <numerusform>; %n nouveaux dans la liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::HostsPage</name>
    <message>
        <source>Hosts</source>
        <translation type="vanished">Hôtes</translation>
    </message>
    <message>
        <source>Name the hosts of every role your components need. Paste as many as you like; each entry is checked as you type.</source>
        <translation type="vanished">Indiquez les hôtes de chaque rôle dont vos composants ont besoin. Collez-en autant que vous voulez ; chaque entrée est vérifiée pendant la saisie.</translation>
    </message>
    <message>
        <source>Roles that need hosts</source>
        <translation type="vanished">Rôles qui ont besoin d&apos;hôtes</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="vanished">Ce qui manque</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n invalid)</source>
        <translation type="vanished">
            <numerusform>%1 (%n invalide)</numerusform>
            <numerusform>%1 (%n invalides)</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen components need no hosts: go back and choose a component.</source>
        <translation type="vanished">Les composants choisis n&apos;ont besoin d&apos;aucun hôte : revenez en arrière et choisissez un composant.</translation>
    </message>
    <message>
        <source>Add at least one host for: %1.</source>
        <translation type="vanished">Ajoutez au moins un hôte pour : %1.</translation>
    </message>
    <message>
        <source>Correct or remove the invalid entries in: %1.</source>
        <translation type="vanished">Corrigez ou supprimez les entrées invalides dans : %1.</translation>
    </message>
    <message>
        <source>Every role has its hosts.</source>
        <translation type="vanished">Chaque rôle a ses hôtes.</translation>
    </message>
</context>
<context>
    <name>PortCheck::MachinePage</name>
    <message>
        <source>This computer</source>
        <translation type="vanished">Cet ordinateur</translation>
    </message>
    <message>
        <source>A link can only be tested from the machine that opens it. Choose what this computer is in your Guardian deployment; the other links are listed with the command to run on their machine.</source>
        <translation type="vanished">Une liaison ne peut être testée que depuis la machine qui l&apos;ouvre. Choisissez le rôle de cet ordinateur dans votre déploiement Guardian ; les autres liaisons sont listées avec la commande à lancer sur leur machine.</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="vanished">Ce qui manque</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation type="vanished">Cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Choose at least one role to continue: without one, nothing can be tested from this computer.</source>
        <translation type="vanished">Choisissez au moins un rôle pour continuer : sans rôle, rien ne peut être testé depuis cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>PortCheck::PortCheckWizard</name>
    <message>
        <source>Guardian Port Check</source>
        <translation type="vanished">Guardian Port Check</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="vanished">&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="vanished">Paramètres</translation>
    </message>
</context>
<context>
    <name>PortCheck::ResultsPage</name>
    <message>
        <source>Results</source>
        <translation type="vanished">Résultats</translation>
    </message>
    <message>
        <source>The verdict of every link toward every host. Select a row for its evidence and what to change.</source>
        <translation type="vanished">Le verdict de chaque liaison vers chaque hôte. Sélectionnez une ligne pour voir sa preuve et ce qu&apos;il faut changer.</translation>
    </message>
    <message>
        <source>Overall verdict</source>
        <translation type="vanished">Verdict global</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="vanished">Verdict</translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="vanished">Chemin</translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="vanished">Hôte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Raison</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="vanished">Verdicts</translation>
    </message>
    <message>
        <source>Evidence and remediation</source>
        <translation type="vanished">Preuve et correction</translation>
    </message>
    <message>
        <source>Save r&amp;eport (PDF)…</source>
        <translation type="vanished">Enregistrer le rapport (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Save the change-approval report as PDF</source>
        <translation type="vanished">Enregistrer le rapport d&apos;approbation des changements en PDF</translation>
    </message>
    <message>
        <source>Save &amp;results (JSON)…</source>
        <translation type="vanished">Enregistrer les &amp;résultats (JSON)…</translation>
    </message>
    <message>
        <source>Save &amp;firewall request (CSV)…</source>
        <translation type="vanished">Enregistrer la demande de pare-&amp;feu (CSV)…</translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG…</source>
        <translation type="vanished">Diagramme en &amp;PNG…</translation>
    </message>
    <message>
        <source>Diagram as S&amp;VG…</source>
        <translation type="vanished">Diagramme en S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the diagram as a PNG image</source>
        <translation type="vanished">Enregistrer le diagramme en image PNG</translation>
    </message>
    <message>
        <source>Save the diagram as an SVG drawing</source>
        <translation type="vanished">Enregistrer le diagramme en dessin SVG</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation type="vanished">&amp;Copier le résumé</translation>
    </message>
    <message>
        <source>Save the results as JSON</source>
        <translation type="vanished">Enregistrer les résultats en JSON</translation>
    </message>
    <message>
        <source>Save the firewall change request as CSV</source>
        <translation type="vanished">Enregistrer la demande de modification du pare-feu en CSV</translation>
    </message>
    <message>
        <source>Copy a plain-text summary to the clipboard</source>
        <translation type="vanished">Copier un résumé en texte brut dans le presse-papiers</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="vanished">État de l&apos;export</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="vanished">Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save diagram</source>
        <translation type="vanished">Enregistrer le diagramme</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="vanished">Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="vanished">Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation type="vanished">Enregistrer les résultats</translation>
    </message>
    <message>
        <source>Results (*.json)</source>
        <translation type="vanished">Résultats (*.json)</translation>
    </message>
    <message>
        <source>Save firewall request</source>
        <translation type="vanished">Enregistrer la demande de pare-feu</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="vanished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation type="vanished">Résumé copié.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) fail: the network is not ready for Guardian.</source>
        <translation type="vanished">
            <numerusform>%n liaison échoue : le réseau n&apos;est pas prêt pour Guardian.</numerusform>
            <numerusform>%n liaisons échouent : le réseau n&apos;est pas prêt pour Guardian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guardian can work, with %n warning(s) to look at.</source>
        <translation type="vanished">
            <numerusform>Guardian peut fonctionner, avec %n avertissement à examiner.</numerusform>
            <numerusform>Guardian peut fonctionner, avec %n avertissements à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every link tested from here passes.</source>
        <translation type="vanished">Chaque liaison testée d&apos;ici réussit.</translation>
    </message>
    <message>
        <source>Nothing could be tested from this computer.</source>
        <translation type="vanished">Rien n&apos;a pu être testé depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 pass · %2 warn · %3 fail · %4 not tested from here</source>
        <translation type="vanished">%1 réussi · %2 avertissement · %3 échec · %4 non testé d&apos;ici</translation>
    </message>
    <message>
        <source>(run cancelled: some probes did not finish)</source>
        <translation type="vanished">(exécution annulée : certaines sondes ne sont pas terminées)</translation>
    </message>
    <message numerus="yes">
        <source>(merged from %n machine(s))</source>
        <translation type="vanished">
            <numerusform>(fusionné depuis %n machine)</numerusform>
            <numerusform>(fusionné depuis %n machines)</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="vanished">depuis %1</translation>
    </message>
    <message>
        <source>Tested from %1.</source>
        <translation type="vanished">Testé depuis %1.</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation type="vanished">Protocole : %1</translation>
    </message>
    <message>
        <source>Inferred: no vendor document states this link.</source>
        <translation type="vanished">Déduit : aucun document de l&apos;éditeur ne mentionne cette liaison.</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation type="vanished">Ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation type="vanished">%1 (pour %2)</translation>
    </message>
    <message>
        <source>other mode</source>
        <translation type="vanished">autre mode</translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation type="vanished">non testé d&apos;ici</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="vanished">%1 ms</translation>
    </message>
    <message>
        <source>no result (cancelled)</source>
        <translation type="vanished">aucun résultat (annulé)</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation type="vanished">depuis %1 : %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="vanished">Preuve</translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="vanished">Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="vanished">Protocole</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="vanished">Constaté</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="vanished">Détails</translation>
    </message>
    <message>
        <source>This link starts on the %1. Run this there to test it:</source>
        <translation type="vanished">Cette liaison part de : %1. Lancez ceci là-bas pour la tester :</translation>
    </message>
    <message>
        <source>There is no run to save.</source>
        <translation type="vanished">Il n&apos;y a aucune exécution à enregistrer.</translation>
    </message>
    <message>
        <source>Merged results cannot be re-tested from here: run the check on each machine.</source>
        <translation type="vanished">Les résultats fusionnés ne peuvent pas être testés à nouveau d&apos;ici : lancez la vérification sur chaque machine.</translation>
    </message>
    <message>
        <source>This link starts on another machine: it cannot be tested from here.</source>
        <translation type="vanished">Cette liaison part d&apos;une autre machine : elle ne peut pas être testée d&apos;ici.</translation>
    </message>
    <message numerus="yes">
        <source>Re-testing %n probe(s)…</source>
        <translation type="vanished">
            <numerusform>Nouveau test de %n sonde…</numerusform>
            <numerusform>Nouveau test de %n sondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-tested.</source>
        <translation type="vanished">Testé à nouveau.</translation>
    </message>
    <message>
        <source>Guardian Port Check, %1, from %2</source>
        <translation type="vanished">Guardian Port Check, %1, depuis %2</translation>
    </message>
    <message>
        <source>Overall: %1 (%2 pass, %3 warn, %4 fail, %5 not tested from here)</source>
        <translation type="vanished">Bilan : %1 (%2 réussi, %3 avertissement, %4 échec, %5 non testé d&apos;ici)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="vanished">Correction : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link-host pair(s) start on other machines: run the check there too.</source>
        <translation type="vanished">
            <numerusform>%n liaison part d&apos;une autre machine : lancez aussi la vérification là-bas.</numerusform>
            <numerusform>%n liaisons partent d&apos;autres machines : lancez aussi la vérification là-bas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="vanished">%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>PortCheck::RunPage</name>
    <message>
        <source>Testing</source>
        <translation type="vanished">Test en cours</translation>
    </message>
    <message>
        <source>Each probe speaks the service&apos;s own protocol: an open port is not taken as proof.</source>
        <translation type="vanished">Chaque sonde parle le protocole du service : un port ouvert n&apos;est pas pris pour une preuve.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="vanished">Progression</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation type="vanished">Détails de la progression</translation>
    </message>
    <message>
        <source>Show probes</source>
        <translation type="vanished">Afficher les sondes</translation>
    </message>
    <message>
        <source>All probes</source>
        <translation type="vanished">Toutes les sondes</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="vanished">Problèmes seulement</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="vanished">En attente</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="vanished">État : %1</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="vanished">Affic&amp;her :</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="vanished">&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="vanished">Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;Re-run failed</source>
        <translation type="vanished">&amp;Relancer les échecs</translation>
    </message>
    <message>
        <source>Run the failed probes again</source>
        <translation type="vanished">Relancer les sondes en échec</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation type="vanished">Sondes</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) from this computer (%1, as %2).</source>
        <translation type="vanished">
            <numerusform>%n sonde depuis cet ordinateur (%1, en tant que %2).</numerusform>
            <numerusform>%n sondes depuis cet ordinateur (%1, en tant que %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link-host pair(s) start on other machines and are listed as not tested from here.</source>
        <translation type="vanished">
            <numerusform>%n liaison part d&apos;une autre machine et est listée comme non testée d&apos;ici.</numerusform>
            <numerusform>%n liaisons partent d&apos;autres machines et sont listées comme non testées d&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="vanished">%1 sur %2 terminées</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation type="vanished">
            <numerusform>environ %n s restante</numerusform>
            <numerusform>environ %n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="vanished">annulé</translation>
    </message>
    <message>
        <source>finished in %1 s</source>
        <translation type="vanished">terminé en %1 s</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Re-run %n failed</source>
        <translation type="vanished">
            <numerusform>&amp;Relancer %n échec</numerusform>
            <numerusform>&amp;Relancer %n échecs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="vanished">Paramètres</translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="vanished"> ms</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation type="vanished">Délai de connexion</translation>
    </message>
    <message>
        <source>How long to wait for a TCP connection. Windows reports a refused port only after about 2 s, so keep it above that.</source>
        <translation type="vanished">Durée d&apos;attente d&apos;une connexion TCP. Windows ne signale un port refusé qu&apos;après environ 2 s ; restez au-dessus.</translation>
    </message>
    <message>
        <source>Protocol timeout</source>
        <translation type="vanished">Délai du protocole</translation>
    </message>
    <message>
        <source>Probes at once</source>
        <translation type="vanished">Sondes simultanées</translation>
    </message>
    <message>
        <source>Probes at once per host</source>
        <translation type="vanished">Sondes simultanées par hôte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="vanished">Langue du système</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation type="vanished">Fichier de certificats d&apos;AC supplémentaires</translation>
    </message>
    <message>
        <source>PEM file with your own CA, optional</source>
        <translation type="vanished">Fichier PEM avec votre propre AC, facultatif</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="vanished">&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation type="vanished">Choisir le fichier d&apos;AC</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="vanished">Certificats d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="vanished">Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation type="vanished">Délai de &amp;connexion :</translation>
    </message>
    <message>
        <source>&amp;Protocol timeout:</source>
        <translation type="vanished">Délai du &amp;protocole :</translation>
    </message>
    <message>
        <source>Probes at &amp;once:</source>
        <translation type="vanished">Sondes simultané&amp;es :</translation>
    </message>
    <message>
        <source>Probes per &amp;host:</source>
        <translation type="vanished">Sondes par &amp;hôte :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">&amp;Langue :</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="vanished">Fichier d&apos;&amp;AC supplémentaire :</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation type="vanished">Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>PortCheck::StartPage</name>
    <message>
        <source>Check the network paths Cayosoft Guardian needs</source>
        <translation type="vanished">Vérifier les chemins réseau dont Cayosoft Guardian a besoin</translation>
    </message>
    <message>
        <source>Each check talks the real protocol (LDAP, WinRM, SMB, TLS) to the real hosts, anonymously: no password is asked for or sent.</source>
        <translation type="vanished">Chaque vérification parle le vrai protocole (LDAP, WinRM, SMB, TLS) aux vrais hôtes, de façon anonyme : aucun mot de passe n&apos;est demandé ni envoyé.</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation type="vanished">&amp;Nouvelle vérification</translation>
    </message>
    <message>
        <source>Choose what this computer is, what you deploy and where it runs.</source>
        <translation type="vanished">Choisissez ce qu&apos;est cet ordinateur, ce que vous déployez et où cela tourne.</translation>
    </message>
    <message>
        <source>&amp;Open a profile…</source>
        <translation type="vanished">&amp;Ouvrir un profil…</translation>
    </message>
    <message>
        <source>A profile saved earlier or prepared by a colleague (YAML).</source>
        <translation type="vanished">Un profil enregistré plus tôt ou préparé par un collègue (YAML).</translation>
    </message>
    <message>
        <source>&amp;Reopen the last session</source>
        <translation type="vanished">&amp;Rouvrir la dernière session</translation>
    </message>
    <message>
        <source>Try the &amp;demo site</source>
        <translation type="vanished">Essayer le site de &amp;démonstration</translation>
    </message>
    <message>
        <source>A simulated site on this computer&apos;s loopback address shows every verdict in under a minute. Nothing leaves the machine.</source>
        <translation type="vanished">Un site simulé sur l&apos;adresse de bouclage de cet ordinateur montre chaque verdict en moins d&apos;une minute. Rien ne quitte la machine.</translation>
    </message>
    <message>
        <source>Open &amp;results…</source>
        <translation type="vanished">Ouvrir des ré&amp;sultats…</translation>
    </message>
    <message>
        <source>Results files saved on one or several machines (JSON): merged into one diagram and one report.</source>
        <translation type="vanished">Fichiers de résultats enregistrés sur une ou plusieurs machines (JSON) : fusionnés en un diagramme et un rapport.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Problème</translation>
    </message>
    <message>
        <source>Open a profile</source>
        <translation type="vanished">Ouvrir un profil</translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml);;All files (*)</source>
        <translation type="vanished">Profils (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation type="vanished">Ouvrir des résultats</translation>
    </message>
    <message>
        <source>Results (*.json);;All files (*)</source>
        <translation type="vanished">Résultats (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1, %n host(s).</source>
        <translation type="vanished">
            <numerusform>Enregistré %1, %n hôte.</numerusform>
            <numerusform>Enregistré %1, %n hôtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing saved yet: everything you type is saved as you go.</source>
        <translation type="vanished">Rien d&apos;enregistré pour l&apos;instant : tout ce que vous saisissez est enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <source>The profile cannot be used:</source>
        <translation type="vanished">Le profil ne peut pas être utilisé :</translation>
    </message>
    <message>
        <source>The last session cannot be reopened: %1</source>
        <translation type="vanished">La dernière session ne peut pas être rouverte : %1</translation>
    </message>
    <message>
        <source>The demo site cannot start: %1</source>
        <translation type="vanished">Le site de démonstration ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>The results cannot be opened:</source>
        <translation type="vanished">Les résultats ne peuvent pas être ouverts :</translation>
    </message>
</context>
<context>
    <name>PortCheck::TopologyScene</name>
    <message>
        <source>this computer</source>
        <translation type="vanished">cet ordinateur</translation>
    </message>
    <message>
        <source>links start there: run the check on it</source>
        <translation type="vanished">les liaisons partent de là : lancez la vérification dessus</translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation type="vanished">non testé d&apos;ici</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="vanished">en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation type="vanished">
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation type="vanished">
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to expand</source>
        <translation type="vanished">double-clic pour déplier</translation>
    </message>
    <message>
        <source>The diagram is too large for an image (%1 x %2 pixels).</source>
        <translation type="vanished">Le diagramme est trop grand pour une image (%1 x %2 pixels).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="vanished">Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Guardian network paths</source>
        <translation type="vanished">Chemins réseau de Guardian</translation>
    </message>
    <message>
        <source>Generated by Guardian Port Check</source>
        <translation type="vanished">Généré par Guardian Port Check</translation>
    </message>
    <message>
        <source>Re-test this link</source>
        <translation type="vanished">Tester à nouveau cette liaison</translation>
    </message>
    <message>
        <source>Show every host</source>
        <translation type="vanished">Afficher chaque hôte</translation>
    </message>
    <message>
        <source>Group these hosts</source>
        <translation type="vanished">Regrouper ces hôtes</translation>
    </message>
</context>
<context>
    <name>PortCheck::TopologyView</name>
    <message>
        <source>Topology diagram</source>
        <translation type="vanished">Diagramme de topologie</translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or the plus and minus keys; 0 fits the diagram</source>
        <translation type="vanished">Zoomez avec la molette ou les touches plus et moins ; 0 ajuste le diagramme</translation>
    </message>
</context>
<context>
    <name>PortCheck::WizardContext</name>
    <message>
        <source>The CA file %1 holds no PEM certificate; the run goes on without it.</source>
        <translation type="vanished">Le fichier d&apos;AC %1 ne contient aucun certificat PEM ; l&apos;exécution continue sans lui.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message numerus="yes">
        <source>NOT READY: %n link(s) fail</source>
        <translation type="vanished">
            <numerusform>PAS PRÊT : %n liaison échoue</numerusform>
            <numerusform>PAS PRÊT : %n liaisons échouent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>READY, WITH %n WARNING(S)</source>
        <translation type="vanished">
            <numerusform>PRÊT, AVEC %n AVERTISSEMENT</numerusform>
            <numerusform>PRÊT, AVEC %n AVERTISSEMENTS</numerusform>
        </translation>
    </message>
    <message>
        <source>READY: every link tested passes</source>
        <translation type="vanished">PRÊT : chaque liaison testée réussit</translation>
    </message>
    <message>
        <source>NOTHING COULD BE TESTED FROM HERE</source>
        <translation type="vanished">RIEN N&apos;A PU ÊTRE TESTÉ D&apos;ICI</translation>
    </message>
    <message>
        <source>Guardian network readiness report</source>
        <translation type="vanished">Rapport de préparation réseau pour Guardian</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation type="vanished">Impossible d&apos;écrire le PDF %1.</translation>
    </message>
    <message>
        <source>Cayosoft Guardian: are the network paths it needs open?</source>
        <translation type="vanished">Cayosoft Guardian : les chemins réseau dont il a besoin sont-ils ouverts ?</translation>
    </message>
    <message>
        <source>%1 pass · %2 warning · %3 fail · %4 not tested from here</source>
        <translation type="vanished">%1 réussi · %2 avertissement · %3 échec · %4 non testé d&apos;ici</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="vanished">Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="vanished">Détails</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="vanished">
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="vanished">Quand</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 s</translation>
    </message>
    <message>
        <source>Tested from</source>
        <translation type="vanished">Testé depuis</translation>
    </message>
    <message>
        <source>Roles of the machine(s)</source>
        <translation type="vanished">Rôles des machines</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="vanished">Lancé par</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="vanished">(inconnu)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="vanished">Outil</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="vanished">Catalogue</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="vanished">Profil</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="vanished">(aucun)</translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="vanished">Composants</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation type="vanished">Modes</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="vanished">Hôtes</translation>
    </message>
    <message>
        <source>Merged runs</source>
        <translation type="vanished">Exécutions fusionnées</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">Remarque</translation>
    </message>
    <message>
        <source>The run was cancelled: some probes have no result.</source>
        <translation type="vanished">L&apos;exécution a été annulée : certaines sondes n&apos;ont pas de résultat.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation type="vanished">Comment lire ce rapport</translation>
    </message>
    <message>
        <source>the service answered in its own protocol on a port the chosen modes need.</source>
        <translation type="vanished">le service a répondu dans son propre protocole sur un port exigé par les modes choisis.</translation>
    </message>
    <message>
        <source>it works, but through a fallback, with a certificate problem, or an optional link fails.</source>
        <translation type="vanished">cela fonctionne, mais par un repli, avec un problème de certificat, ou une liaison facultative échoue.</translation>
    </message>
    <message>
        <source>no allowed way works; the failures section says what to change.</source>
        <translation type="vanished">aucun moyen autorisé ne fonctionne ; la section des échecs indique quoi changer.</translation>
    </message>
    <message>
        <source>the link starts on another machine; run the check there and merge the results.</source>
        <translation type="vanished">la liaison part d&apos;une autre machine ; lancez la vérification là-bas et fusionnez les résultats.</translation>
    </message>
    <message>
        <source>Every probe is anonymous: no credentials were asked for, sent or stored.</source>
        <translation type="vanished">Chaque sonde est anonyme : aucun identifiant n&apos;a été demandé, envoyé ni conservé.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="vanished">Liaisons</translation>
    </message>
    <message>
        <source>Protocol: %1. Ports: %2.</source>
        <translation type="vanished">Protocole : %1. Ports : %2.</translation>
    </message>
    <message>
        <source>Inferred: no vendor document states this link.</source>
        <translation type="vanished">Déduit : aucun document de l&apos;éditeur ne mentionne cette liaison.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="vanished">Source : %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="vanished">Hôte</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="vanished">Ports</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="vanished">Verdict</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="vanished">Preuve</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="vanished">depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation type="vanished">
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>The same verdict for every one, e.g. %1: %2</source>
        <translation type="vanished">Le même verdict pour tous, par ex. %1 : %2</translation>
    </message>
    <message>
        <source>Failures and what to change</source>
        <translation type="vanished">Échecs et ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <source>Nothing to change: no link failed or warned.</source>
        <translation type="vanished">Rien à changer : aucune liaison n&apos;a échoué ni averti.</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation type="vanished">Demande de modification du pare-feu</translation>
    </message>
    <message>
        <source>Every connection the chosen components and modes need, all TCP, with what was found. &quot;Change&quot; marks the ones to open.</source>
        <translation type="vanished">Chaque connexion dont les composants et modes choisis ont besoin, toutes en TCP, avec ce qui a été constaté. « Changer » marque celles à ouvrir.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="vanished">Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="vanished">Destination</translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="vanished">Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="vanished">Protocole</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="vanished">Objet</translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="vanished">Besoin</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="vanished">Constaté</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="vanished">Changer</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="vanished">ouvrir</translation>
    </message>
    <message>
        <source>Destinations: %1</source>
        <translation type="vanished">Destinations : %1</translation>
    </message>
    <message>
        <source>Appendix: every probe result</source>
        <translation type="vanished">Annexe : chaque résultat de sonde</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="vanished">Depuis %1</translation>
    </message>
    <message>
        <source>Probes: port, protocol, state, connect time, evidence</source>
        <translation type="vanished">Sondes : port, protocole, état, durée de connexion, preuve</translation>
    </message>
    <message>
        <source>No probe ran.</source>
        <translation type="vanished">Aucune sonde lancée.</translation>
    </message>
    <message>
        <source>Guardian network readiness</source>
        <translation type="vanished">Préparation réseau de Guardian</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="vanished">Page %1 sur %2</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="vanished">Topologie</translation>
    </message>
</context>
<context>
    <name>VerdictStyle</name>
    <message>
        <source>Pass</source>
        <translation type="vanished">Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="vanished">Avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="vanished">Échec</translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="vanished">En cours</translation>
    </message>
    <message>
        <source>Not tested from here</source>
        <translation type="vanished">Non testé d&apos;ici</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="vanished">ouvert</translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="vanished">refusé</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation type="vanished">filtré</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="vanished">injoignable</translation>
    </message>
    <message>
        <source>name not found</source>
        <translation type="vanished">nom introuvable</translation>
    </message>
    <message>
        <source>error</source>
        <translation type="vanished">erreur</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="vanished">en attente</translation>
    </message>
    <message>
        <source>identified</source>
        <translation type="vanished">identifié</translation>
    </message>
    <message>
        <source>something else answered</source>
        <translation type="vanished">autre chose a répondu</translation>
    </message>
    <message>
        <source>silent</source>
        <translation type="vanished">muet</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="vanished">erreur TLS</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="vanished">non sondé</translation>
    </message>
</context>
</TS>
