<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Catalog</name>
    <message>
        <source>Cayosoft Guardian network requirements</source>
        <translation>Exigences réseau de Cayosoft Guardian</translation>
    </message>
    <message>
        <source>Guardian server</source>
        <translation>Serveur Guardian</translation>
    </message>
    <message>
        <source>The machine running the Guardian service; often also hosts the web portal.</source>
        <translation>La machine qui exécute le service Guardian ; héberge souvent aussi le portail web.</translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation>Contrôleur de domaine</translation>
    </message>
    <message>
        <source>Every DC of every managed domain, not only those in a backup plan.</source>
        <translation>Chaque DC de chaque domaine géré, pas seulement ceux d’un plan de sauvegarde.</translation>
    </message>
    <message>
        <source>Network file share</source>
        <translation>Partage réseau</translation>
    </message>
    <message>
        <source>The SMB share that holds backups.</source>
        <translation>Le partage SMB qui contient les sauvegardes.</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Portail web</translation>
    </message>
    <message>
        <source>Guardian&apos;s web UI over HTTP or HTTPS.</source>
        <translation>L’interface web de Guardian en HTTP ou HTTPS.</translation>
    </message>
    <message>
        <source>Admin workstation</source>
        <translation>Poste d’administration</translation>
    </message>
    <message>
        <source>Where a person opens the portal in a browser.</source>
        <translation>Là où une personne ouvre le portail dans un navigateur.</translation>
    </message>
    <message>
        <source>AD connector</source>
        <translation>Connecteur AD</translation>
    </message>
    <message>
        <source>Optional collector near the DCs; delivers changes to the Guardian server.</source>
        <translation>Collecteur facultatif proche des DC ; transmet les modifications au serveur Guardian.</translation>
    </message>
    <message>
        <source>Forest Recovery agent</source>
        <translation>Agent Forest Recovery</translation>
    </message>
    <message>
        <source>Runs on a DC (backup) or on a machine in a recovery site.</source>
        <translation>S’exécute sur un DC (sauvegarde) ou sur une machine d’un site de reprise.</translation>
    </message>
    <message>
        <source>Cayosoft cloud</source>
        <translation>Cloud Cayosoft</translation>
    </message>
    <message>
        <source>License service, telemetry and product update downloads.</source>
        <translation>Service de licences, télémétrie et téléchargement des mises à jour.</translation>
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
        <translation>La passerelle régionale d’une base de données Azure SQL externe.</translation>
    </message>
    <message>
        <source>Guardian directory mode</source>
        <translation>Mode d’annuaire de Guardian</translation>
    </message>
    <message>
        <source>How the Guardian service connects to domain controllers.</source>
        <translation>Comment le service Guardian se connecte aux contrôleurs de domaine.</translation>
    </message>
    <message>
        <source>Default (LDAP, LDAPS fallback)</source>
        <translation>Par défaut (LDAP, repli LDAPS)</translation>
    </message>
    <message>
        <source>389 and 3268 first; when they fail, Guardian falls back to 636 and 3269 silently.</source>
        <translation>389 et 3268 d’abord ; en cas d’échec, Guardian se replie silencieusement sur 636 et 3269.</translation>
    </message>
    <message>
        <source>LDAPS only</source>
        <translation>LDAPS uniquement</translation>
    </message>
    <message>
        <source>LDAPS only (useLdaps = true): 636 and 3269 must be open on every DC; no fallback.</source>
        <translation>LDAPS uniquement (useLdaps = true) : 636 et 3269 doivent être ouverts sur chaque DC ; pas de repli.</translation>
    </message>
    <message>
        <source>Forest Recovery agent directory mode</source>
        <translation>Mode d’annuaire de l’agent Forest Recovery</translation>
    </message>
    <message>
        <source>How a Forest Recovery agent connects to domain controllers.</source>
        <translation>Comment un agent Forest Recovery se connecte aux contrôleurs de domaine.</translation>
    </message>
    <message>
        <source>LDAP (signed and sealed)</source>
        <translation>LDAP (signé et scellé)</translation>
    </message>
    <message>
        <source>389 must be open from every agent to the DCs.</source>
        <translation>389 doit être ouvert de chaque agent vers les DC.</translation>
    </message>
    <message>
        <source>LDAPS</source>
        <translation>LDAPS</translation>
    </message>
    <message>
        <source>636 must be open from every agent to the DCs; no fallback.</source>
        <translation>636 doit être ouvert de chaque agent vers les DC ; pas de repli.</translation>
    </message>
    <message>
        <source>LDAPS with fallback</source>
        <translation>LDAPS avec repli</translation>
    </message>
    <message>
        <source>636 first, then 389; the fallback is logged as a warning.</source>
        <translation>636 d’abord, puis 389 ; le repli est journalisé comme avertissement.</translation>
    </message>
    <message>
        <source>WinRM transport</source>
        <translation>Transport WinRM</translation>
    </message>
    <message>
        <source>The WinRM transport of the backup plan.</source>
        <translation>Le transport WinRM du plan de sauvegarde.</translation>
    </message>
    <message>
        <source>HTTP only</source>
        <translation>HTTP uniquement</translation>
    </message>
    <message>
        <source>5985 must be open on every DC.</source>
        <translation>5985 doit être ouvert sur chaque DC.</translation>
    </message>
    <message>
        <source>HTTPS only</source>
        <translation>HTTPS uniquement</translation>
    </message>
    <message>
        <source>5986 must be open on every DC, with a certificate the server trusts.</source>
        <translation>5986 doit être ouvert sur chaque DC, avec un certificat approuvé par le serveur.</translation>
    </message>
    <message>
        <source>Auto (HTTPS preferred)</source>
        <translation>Automatique (HTTPS de préférence)</translation>
    </message>
    <message>
        <source>Chosen per DC: a DC passes when 5986 or 5985 answers.</source>
        <translation>Choisi par DC : un DC réussit si 5986 ou 5985 répond.</translation>
    </message>
    <message>
        <source>Auto (HTTP preferred)</source>
        <translation>Automatique (HTTP de préférence)</translation>
    </message>
    <message>
        <source>Chosen per DC: a DC passes when 5985 or 5986 answers.</source>
        <translation>Choisi par DC : un DC réussit si 5985 ou 5986 répond.</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>How the Guardian license is validated.</source>
        <translation>Comment la licence Guardian est validée.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>The license service at Cayosoft must be reachable on 443.</source>
        <translation>Le service de licences de Cayosoft doit être joignable sur 443.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>No license traffic; telemetry and updates stay optional.</source>
        <translation>Aucun trafic de licence ; télémétrie et mises à jour restent facultatives.</translation>
    </message>
    <message>
        <source>Azure SQL connection policy</source>
        <translation>Stratégie de connexion Azure SQL</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Only 1433 to the regional gateway.</source>
        <translation>Seulement 1433 vers la passerelle régionale.</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirection</translation>
    </message>
    <message>
        <source>1433 to the gateway, then 11000-11999 to the database node after login.</source>
        <translation>1433 vers la passerelle, puis 11000-11999 vers le nœud de base de données après la connexion.</translation>
    </message>
    <message>
        <source>Guardian service</source>
        <translation>Service Guardian</translation>
    </message>
    <message>
        <source>Watches and backs up Active Directory; always installed.</source>
        <translation>Surveille et sauvegarde Active Directory ; toujours installé.</translation>
    </message>
    <message>
        <source>The browser UI; needs HTTP or HTTPS from the admin workstations.</source>
        <translation>L’interface navigateur ; nécessite HTTP ou HTTPS depuis les postes d’administration.</translation>
    </message>
    <message>
        <source>A collector near the DCs that forwards changes to the Guardian server.</source>
        <translation>Un collecteur proche des DC qui transmet les modifications au serveur Guardian.</translation>
    </message>
    <message>
        <source>Forest Recovery</source>
        <translation>Forest Recovery</translation>
    </message>
    <message>
        <source>Agents that back up and restore a whole forest.</source>
        <translation>Des agents qui sauvegardent et restaurent une forêt entière.</translation>
    </message>
    <message>
        <source>Cayosoft cloud services</source>
        <translation>Services cloud Cayosoft</translation>
    </message>
    <message>
        <source>Licensing, telemetry and product updates over HTTPS.</source>
        <translation>Licences, télémétrie et mises à jour du produit en HTTPS.</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Manage Entra ID and Microsoft 365 tenants.</source>
        <translation>Gérer les locataires Entra ID et Microsoft 365.</translation>
    </message>
    <message>
        <source>Keep Guardian&apos;s database in Azure SQL instead of a local SQL Server.</source>
        <translation>Héberger la base de données de Guardian dans Azure SQL au lieu d’un SQL Server local.</translation>
    </message>
    <message>
        <source>LDAP, Global Catalog (signed/sealed); LDAPS, GC over TLS</source>
        <translation>LDAP, catalogue global (signé/scellé) ; LDAPS, GC sur TLS</translation>
    </message>
    <message>
        <source>Read and watch the directory of every managed domain.</source>
        <translation>Lire et surveiller l’annuaire de chaque domaine géré.</translation>
    </message>
    <message>
        <source>works through the LDAPS fallback; Guardian falls back on every connection</source>
        <translation>fonctionne via le repli LDAPS ; Guardian se replie à chaque connexion</translation>
    </message>
    <message>
        <source>WinRM HTTP / HTTPS</source>
        <translation>WinRM HTTP / HTTPS</translation>
    </message>
    <message>
        <source>Collect forest metadata from every DC.</source>
        <translation>Collecter les métadonnées de la forêt sur chaque DC.</translation>
    </message>
    <message>
        <source>SMB (direct) or NetBIOS session</source>
        <translation>SMB (direct) ou session NetBIOS</translation>
    </message>
    <message>
        <source>Write and read backups on the network share.</source>
        <translation>Écrire et lire les sauvegardes sur le partage réseau.</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Validate the license online.</source>
        <translation>Valider la licence en ligne.</translation>
    </message>
    <message>
        <source>Send telemetry (api.telemetry.cayosoft.com) and download product updates.</source>
        <translation>Envoyer la télémétrie (api.telemetry.cayosoft.com) et télécharger les mises à jour.</translation>
    </message>
    <message>
        <source>HTTP / HTTPS</source>
        <translation>HTTP / HTTPS</translation>
    </message>
    <message>
        <source>Open the Guardian web portal in a browser.</source>
        <translation>Ouvrir le portail web Guardian dans un navigateur.</translation>
    </message>
    <message>
        <source>Deliver collected changes to the portal endpoint of the Guardian server.</source>
        <translation>Transmettre les modifications collectées au point de terminaison du portail du serveur Guardian.</translation>
    </message>
    <message>
        <source>LDAP, Global Catalog</source>
        <translation>LDAP, catalogue global</translation>
    </message>
    <message>
        <source>Read changes and collect events from the preferred DC and any other DC.</source>
        <translation>Lire les modifications et collecter les événements du DC préféré et de tout autre DC.</translation>
    </message>
    <message>
        <source>Deploy and drive the Forest Recovery agents.</source>
        <translation>Déployer et piloter les agents Forest Recovery.</translation>
    </message>
    <message>
        <source>Service side of the agent channel (the ports page lists 443 both ways).</source>
        <translation>Côté service du canal des agents (la page des ports indique 443 dans les deux sens).</translation>
    </message>
    <message>
        <source>Agent reports to the service; the agent can be set to validate the service certificate.</source>
        <translation>L’agent rend compte au service ; il peut être configuré pour valider le certificat du service.</translation>
    </message>
    <message>
        <source>Store and fetch forest backups on the network share.</source>
        <translation>Stocker et récupérer les sauvegardes de forêt sur le partage réseau.</translation>
    </message>
    <message>
        <source>Collect the metadata of every DC.</source>
        <translation>Collecter les métadonnées de chaque DC.</translation>
    </message>
    <message>
        <source>LDAP / LDAPS (per the agent&apos;s directory mode)</source>
        <translation>LDAP / LDAPS (selon le mode d’annuaire de l’agent)</translation>
    </message>
    <message>
        <source>Read the directory during backup and recovery.</source>
        <translation>Lire l’annuaire pendant la sauvegarde et la reprise.</translation>
    </message>
    <message>
        <source>works through the agent&apos;s LDAP fallback; the agent logs a warning on every connection</source>
        <translation>fonctionne via le repli LDAP de l’agent ; l’agent journalise un avertissement à chaque connexion</translation>
    </message>
    <message>
        <source>TDS (SQL Server)</source>
        <translation>TDS (SQL Server)</translation>
    </message>
    <message>
        <source>Guardian&apos;s database in Azure SQL.</source>
        <translation>La base de données de Guardian dans Azure SQL.</translation>
    </message>
    <message>
        <source>After login the Redirect policy moves the session to 11000-11999 on the database node; that range can only be checked with a login: open it outbound.</source>
        <translation>Après la connexion, la stratégie Redirection déplace la session vers 11000-11999 sur le nœud de base de données ; cette plage ne se vérifie qu’avec une connexion : ouvrez-la en sortie.</translation>
    </message>
    <message>
        <source>Start the service that should listen on TCP {port} on {host}, or allow TCP {port} from the {from} in the inbound rules of Windows Defender Firewall (or the host&apos;s own firewall) on {host}.</source>
        <translation>Démarrez le service qui doit écouter sur TCP {port} sur {host}, ou autorisez TCP {port} depuis « {from} » dans les règles de trafic entrant du Pare-feu Windows Defender (ou du pare-feu propre à l&apos;hôte) sur {host}.</translation>
    </message>
    <message>
        <source>Allow TCP {port} from the {from} to {host} on every network firewall between them (for an Internet endpoint: the perimeter firewall or the proxy), and check the inbound rules of Windows Defender Firewall on {host}.</source>
        <translation>Autorisez TCP {port} depuis « {from} » vers {host} sur chaque pare-feu réseau entre les deux (pour un point de terminaison Internet : le pare-feu périmétrique ou le proxy), et vérifiez les règles de trafic entrant du Pare-feu Windows Defender sur {host}.</translation>
    </message>
    <message>
        <source>Give the {from} a route to {host}: ask the network team to check the routing, VPN or VLAN between them, and check the network settings of {host}.</source>
        <translation>Donnez à « {from} » une route vers {host} : demandez à l&apos;équipe réseau de vérifier le routage, le VPN ou le VLAN entre les deux, et vérifiez les paramètres réseau de {host}.</translation>
    </message>
    <message>
        <source>Register {host} in DNS (an A record in its zone on the DNS server), or correct the name you entered or the DNS suffix and DNS servers in the network settings of the {from}.</source>
        <translation>Enregistrez {host} dans le DNS (un enregistrement A dans sa zone sur le serveur DNS), ou corrigez le nom saisi ou le suffixe DNS et les serveurs DNS dans les paramètres réseau de « {from} ».</translation>
    </message>
    <message>
        <source>Read the error in the evidence of {host}:{port}, fix its cause on the {from} (proxy settings, security software, or the address entered), then test again.</source>
        <translation>Lisez l&apos;erreur dans la preuve de {host}:{port}, corrigez sa cause sur « {from} » (paramètres de proxy, logiciel de sécurité ou adresse saisie), puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Start Active Directory Domain Services on {host} and enable the inbound rule &apos;Active Directory Domain Services (LDAP-In)&apos; in Windows Defender Firewall on {host}; if {host} is not a domain controller, enter a DC&apos;s name instead.</source>
        <translation>Démarrez les services de domaine Active Directory sur {host} et activez la règle de trafic entrant « Active Directory Domain Services (LDAP-In) » dans le Pare-feu Windows Defender sur {host} ; si {host} n&apos;est pas un contrôleur de domaine, saisissez plutôt le nom d&apos;un DC.</translation>
    </message>
    <message>
        <source>Enter the domain controller&apos;s own name instead of {host}: another service or a load balancer answers port {port} there. If it is a load balancer, configure it to pass LDAP through to the DCs.</source>
        <translation>Saisissez le nom propre du contrôleur de domaine au lieu de {host} : un autre service ou un répartiteur de charge y répond sur le port {port}. S&apos;il s&apos;agit d&apos;un répartiteur de charge, configurez-le pour qu&apos;il transmette LDAP aux DC.</translation>
    </message>
    <message>
        <source>Exempt LDAP (TCP {port}) from the {from} to {host} from inspection on the firewall or proxy that accepts the connection and then holds it; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation>Exemptez LDAP (TCP {port}) depuis « {from} » vers {host} de l&apos;inspection sur le pare-feu ou le proxy qui accepte la connexion puis la retient ; si rien ne se trouve entre les deux, redémarrez les services de domaine Active Directory sur {host}.</translation>
    </message>
    <message>
        <source>Make {host} a Global Catalog (Active Directory Sites and Services: the DC&apos;s NTDS Settings, &apos;Global Catalog&apos;) and enable &apos;Active Directory Domain Services (LDAP for Global Catalog-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>Faites de {host} un catalogue global (Sites et services Active Directory : NTDS Settings du DC, « Global Catalog ») et activez « Active Directory Domain Services (LDAP for Global Catalog-In) » dans le Pare-feu Windows Defender sur {host}.</translation>
    </message>
    <message>
        <source>Enter a Global Catalog&apos;s own name instead of {host}: another service or a load balancer answers port {port} there.</source>
        <translation>Saisissez le nom propre d&apos;un catalogue global au lieu de {host} : un autre service ou un répartiteur de charge y répond sur le port {port}.</translation>
    </message>
    <message>
        <source>Exempt the Global Catalog port (TCP {port}) from the {from} to {host} from inspection on the firewall or proxy that holds the connection; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation>Exemptez le port du catalogue global (TCP {port}) depuis « {from} » vers {host} de l&apos;inspection sur le pare-feu ou le proxy qui retient la connexion ; si rien ne se trouve entre les deux, redémarrez les services de domaine Active Directory sur {host}.</translation>
    </message>
    <message>
        <source>Enroll a Server Authentication certificate with the DC&apos;s FQDN in the subject or SAN on {host} (the &apos;Domain Controller&apos; or &apos;Kerberos Authentication&apos; template of your enterprise CA): the DC then serves LDAPS on {port}. Enable &apos;Active Directory Domain Services (LDAPS-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>Inscrivez sur {host} un certificat d&apos;authentification serveur avec le FQDN du DC dans le sujet ou le SAN (le modèle « Domain Controller » ou « Kerberos Authentication » de votre autorité de certification d&apos;entreprise) : le DC sert alors LDAPS sur {port}. Activez « Active Directory Domain Services (LDAPS-In) » dans le Pare-feu Windows Defender sur {host}.</translation>
    </message>
    <message>
        <source>Replace the LDAPS certificate of {host} (Certificates console, Local Computer, Personal) with one from a CA that the {from} trusts, with the DC&apos;s FQDN in the SAN and not expired; or import the issuing CA into &apos;Trusted Root Certification Authorities&apos; on the {from}.</source>
        <translation>Remplacez le certificat LDAPS de {host} (console Certificats, Ordinateur local, Personnel) par un certificat d&apos;une autorité de certification approuvée par « {from} », avec le FQDN du DC dans le SAN et non expiré ; ou importez l&apos;autorité émettrice dans « Autorités de certification racines de confiance » sur « {from} ».</translation>
    </message>
    <message>
        <source>Enter the domain controller&apos;s own name instead of {host}: a TLS-terminating load balancer or proxy answers port {port} there without LDAP inside.</source>
        <translation>Saisissez le nom propre du contrôleur de domaine au lieu de {host} : un répartiteur de charge ou un proxy qui termine TLS y répond sur le port {port} sans LDAP à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Exempt LDAPS (TCP {port}) from the {from} to {host} from TLS inspection on the firewall or proxy that holds the connection; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation>Exemptez LDAPS (TCP {port}) depuis « {from} » vers {host} de l&apos;inspection TLS sur le pare-feu ou le proxy qui retient la connexion ; si rien ne se trouve entre les deux, redémarrez les services de domaine Active Directory sur {host}.</translation>
    </message>
    <message>
        <source>Make {host} a Global Catalog (Active Directory Sites and Services) with an LDAPS certificate (as for 636), and enable &apos;Active Directory Domain Services (LDAPS for Global Catalog-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>Faites de {host} un catalogue global (Sites et services Active Directory) avec un certificat LDAPS (comme pour 636), et activez « Active Directory Domain Services (LDAPS for Global Catalog-In) » dans le Pare-feu Windows Defender sur {host}.</translation>
    </message>
    <message>
        <source>Replace the certificate of {host} used on {port} (the DC&apos;s LDAPS certificate, Certificates console, Local Computer, Personal) with one from a CA that the {from} trusts, naming the DC&apos;s FQDN; or import the issuing CA on the {from}.</source>
        <translation>Remplacez le certificat de {host} utilisé sur {port} (le certificat LDAPS du DC, console Certificats, Ordinateur local, Personnel) par un certificat d&apos;une autorité de certification approuvée par « {from} », nommant le FQDN du DC ; ou importez l&apos;autorité émettrice sur « {from} ».</translation>
    </message>
    <message>
        <source>Enter a Global Catalog&apos;s own name instead of {host}: a TLS-terminating load balancer or proxy answers port {port} there without the Global Catalog inside.</source>
        <translation>Saisissez le nom propre d&apos;un catalogue global au lieu de {host} : un répartiteur de charge ou un proxy qui termine TLS y répond sur le port {port} sans catalogue global à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Exempt TCP {port} from the {from} to {host} from TLS inspection on the firewall or proxy that holds the connection; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation>Exemptez TCP {port} depuis « {from} » vers {host} de l&apos;inspection TLS sur le pare-feu ou le proxy qui retient la connexion ; si rien ne se trouve entre les deux, redémarrez les services de domaine Active Directory sur {host}.</translation>
    </message>
    <message>
        <source>Run &apos;winrm quickconfig&apos; on {host} (or enable &apos;Allow remote server management through WinRM&apos; by Group Policy) and enable &apos;Windows Remote Management (HTTP-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>Exécutez « winrm quickconfig » sur {host} (ou activez « Allow remote server management through WinRM » par stratégie de groupe) et activez « Windows Remote Management (HTTP-In) » dans le Pare-feu Windows Defender sur {host}.</translation>
    </message>
    <message>
        <source>Move the other web service off port {port} on {host}, or put the WinRM listener on that port (&apos;winrm enumerate winrm/config/listener&apos; on {host} shows where it listens).</source>
        <translation>Déplacez l&apos;autre service web hors du port {port} sur {host}, ou placez l&apos;écouteur WinRM sur ce port (« winrm enumerate winrm/config/listener » sur {host} montre où il écoute).</translation>
    </message>
    <message>
        <source>Restart the Windows Remote Management service (WinRM) on {host}; if a firewall or proxy between the {from} and {host} holds the connection, exempt TCP {port} from inspection there.</source>
        <translation>Redémarrez le service Gestion à distance de Windows (WinRM) sur {host} ; si un pare-feu ou un proxy entre « {from} » et {host} retient la connexion, exemptez-y TCP {port} de l&apos;inspection.</translation>
    </message>
    <message>
        <source>Create a WinRM HTTPS listener on {host} (&apos;winrm quickconfig -transport:https&apos; with a Server Authentication certificate naming {host}) and allow TCP {port} inbound in Windows Defender Firewall on {host}.</source>
        <translation>Créez un écouteur WinRM HTTPS sur {host} (« winrm quickconfig -transport:https » avec un certificat d&apos;authentification serveur nommant {host}) et autorisez TCP {port} en entrée dans le Pare-feu Windows Defender sur {host}.</translation>
    </message>
    <message>
        <source>Give the WinRM HTTPS listener on {host} a certificate from a CA that the {from} trusts, naming {host} and not expired (&apos;winrm set winrm/config/listener?Address=*+Transport=HTTPS&apos; with its thumbprint); or import the issuing CA into &apos;Trusted Root Certification Authorities&apos; on the {from}.</source>
        <translation>Donnez à l&apos;écouteur WinRM HTTPS sur {host} un certificat d&apos;une autorité de certification approuvée par « {from} », nommant {host} et non expiré (« winrm set winrm/config/listener?Address=*+Transport=HTTPS » avec son empreinte) ; ou importez l&apos;autorité émettrice dans « Autorités de certification racines de confiance » sur « {from} ».</translation>
    </message>
    <message>
        <source>Move the other TLS service off port {port} on {host}, or put the WinRM HTTPS listener on that port (&apos;winrm enumerate winrm/config/listener&apos; on {host}).</source>
        <translation>Déplacez l&apos;autre service TLS hors du port {port} sur {host}, ou placez l&apos;écouteur WinRM HTTPS sur ce port (« winrm enumerate winrm/config/listener » sur {host}).</translation>
    </message>
    <message>
        <source>Restart the Windows Remote Management service (WinRM) on {host}; if a firewall or proxy between the {from} and {host} holds the connection, exempt TCP {port} from TLS inspection there.</source>
        <translation>Redémarrez le service Gestion à distance de Windows (WinRM) sur {host} ; si un pare-feu ou un proxy entre « {from} » et {host} retient la connexion, exemptez-y TCP {port} de l&apos;inspection TLS.</translation>
    </message>
    <message>
        <source>Start the Server service (LanmanServer) on {host} and enable &apos;File and Printer Sharing (SMB-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>Démarrez le service Serveur (LanmanServer) sur {host} et activez « File and Printer Sharing (SMB-In) » dans le Pare-feu Windows Defender sur {host}.</translation>
    </message>
    <message>
        <source>Enable SMB 2 or 3 on {host} (for a NAS: in its settings or with a firmware update; SMB1-only servers are not supported), or keep the backups on another share.</source>
        <translation>Activez SMB 2 ou 3 sur {host} (pour un NAS : dans ses paramètres ou par une mise à jour du firmware ; les serveurs SMB1 uniquement ne sont pas pris en charge), ou conservez les sauvegardes sur un autre partage.</translation>
    </message>
    <message>
        <source>Restart the Server service (LanmanServer) on {host}; if a firewall between the {from} and {host} holds the connection, allow SMB (TCP {port}) there without inspection.</source>
        <translation>Redémarrez le service Serveur (LanmanServer) sur {host} ; si un pare-feu entre « {from} » et {host} retient la connexion, autorisez-y SMB (TCP {port}) sans inspection.</translation>
    </message>
    <message>
        <source>Open TCP 445 (SMB) to {host} instead: 139 is only the NetBIOS fallback. To use 139 anyway, enable NetBIOS over TCP/IP on the network adapter of {host} (IPv4, Advanced, WINS) and &apos;File and Printer Sharing (NB-Session-In)&apos; in its firewall.</source>
        <translation>Ouvrez plutôt TCP 445 (SMB) vers {host} : 139 n&apos;est que le repli NetBIOS. Pour utiliser 139 malgré tout, activez NetBIOS sur TCP/IP sur la carte réseau de {host} (IPv4, Avancé, WINS) et « File and Printer Sharing (NB-Session-In) » dans son pare-feu.</translation>
    </message>
    <message>
        <source>Open TCP 445 (SMB) from the {from} to {host} on the firewalls between them instead: the NetBIOS session on {port} does not lead to SMB 2 or 3.</source>
        <translation>Ouvrez plutôt TCP 445 (SMB) depuis « {from} » vers {host} sur les pare-feu entre les deux : la session NetBIOS sur {port} ne mène pas à SMB 2 ou 3.</translation>
    </message>
    <message>
        <source>Open TCP 445 (SMB) from the {from} to {host} on the firewalls between them instead: the NetBIOS session on {port} accepts and never answers.</source>
        <translation>Ouvrez plutôt TCP 445 (SMB) depuis « {from} » vers {host} sur les pare-feu entre les deux : la session NetBIOS sur {port} accepte et ne répond jamais.</translation>
    </message>
    <message>
        <source>Bind the Guardian web portal&apos;s site to port {port} in IIS Manager on {host} (Site Bindings) and allow TCP {port} inbound in Windows Defender Firewall on {host}.</source>
        <translation>Liez le site du portail web Guardian au port {port} dans le Gestionnaire IIS sur {host} (Liaisons du site) et autorisez TCP {port} en entrée dans le Pare-feu Windows Defender sur {host}.</translation>
    </message>
    <message>
        <source>Move the other service off port {port} on {host}, or bind the Guardian portal&apos;s IIS site to another port and use that one (IIS Manager on {host}, Site Bindings).</source>
        <translation>Déplacez l&apos;autre service hors du port {port} sur {host}, ou liez le site IIS du portail Guardian à un autre port et utilisez celui-ci (Gestionnaire IIS sur {host}, Liaisons du site).</translation>
    </message>
    <message>
        <source>Restart the Guardian portal&apos;s IIS site on {host} (IIS Manager); if a proxy or firewall between the {from} and {host} holds the connection, allow HTTP there without inspection.</source>
        <translation>Redémarrez le site IIS du portail Guardian sur {host} (Gestionnaire IIS) ; si un proxy ou un pare-feu entre « {from} » et {host} retient la connexion, autorisez-y HTTP sans inspection.</translation>
    </message>
    <message>
        <source>Add an https binding on port {port} in IIS Manager on {host} when it is a Guardian server or portal, and allow TCP {port} inbound in its firewall; for an Internet endpoint, allow HTTPS to {host} for the {from} on the proxy or perimeter firewall.</source>
        <translation>Ajoutez une liaison https sur le port {port} dans le Gestionnaire IIS sur {host} s&apos;il s&apos;agit d&apos;un serveur ou d&apos;un portail Guardian, et autorisez TCP {port} en entrée dans son pare-feu ; pour un point de terminaison Internet, autorisez HTTPS vers {host} pour « {from} » sur le proxy ou le pare-feu périmétrique.</translation>
    </message>
    <message>
        <source>Exempt {host} from TLS inspection on the proxy or firewall whose certificate the {from} was shown, or import that CA into &apos;Trusted Root Certification Authorities&apos; on the {from}; for your own server, install a certificate from a CA that the {from} trusts, naming {host}.</source>
        <translation>Exemptez {host} de l&apos;inspection TLS sur le proxy ou le pare-feu dont le certificat a été présenté à « {from} », ou importez cette autorité dans « Autorités de certification racines de confiance » sur « {from} » ; pour votre propre serveur, installez un certificat d&apos;une autorité approuvée par « {from} », nommant {host}.</translation>
    </message>
    <message>
        <source>Let HTTPS to {host} pass the proxy or firewall as a plain TLS tunnel: TLS worked, but what answered inside it on {port} is not the web server.</source>
        <translation>Laissez HTTPS vers {host} traverser le proxy ou le pare-feu comme simple tunnel TLS : TLS a fonctionné, mais ce qui a répondu à l&apos;intérieur sur {port} n&apos;est pas le serveur web.</translation>
    </message>
    <message>
        <source>Allow HTTPS from the {from} to {host} on the proxy or firewall that accepts the connection and then holds it (or exempt {host} from inspection there); for your own server, restart its web site in IIS Manager.</source>
        <translation>Autorisez HTTPS depuis « {from} » vers {host} sur le proxy ou le pare-feu qui accepte la connexion puis la retient (ou exemptez-y {host} de l&apos;inspection) ; pour votre propre serveur, redémarrez son site web dans le Gestionnaire IIS.</translation>
    </message>
    <message>
        <source>Check that {host} is the Azure SQL server&apos;s name (&lt;server&gt;.database.windows.net), and allow outbound TCP {port} from the {from} on the firewall that rejects it.</source>
        <translation>Vérifiez que {host} est bien le nom du serveur Azure SQL (&lt;server&gt;.database.windows.net), et autorisez TCP {port} sortant depuis « {from} » sur le pare-feu qui le rejette.</translation>
    </message>
    <message>
        <source>Allow outbound TCP {port} from the {from} to the Azure SQL gateways of the region (service tag Sql.&lt;region&gt;) on the perimeter firewall; TDS cannot pass an HTTP proxy.</source>
        <translation>Autorisez TCP {port} sortant depuis « {from} » vers les passerelles Azure SQL de la région (balise de service Sql.&lt;region&gt;) sur le pare-feu périmétrique ; TDS ne peut pas traverser un proxy HTTP.</translation>
    </message>
    <message>
        <source>Enter the Azure SQL server&apos;s own name (&lt;server&gt;.database.windows.net) instead of {host}: another service or a proxy answers port {port} there.</source>
        <translation>Saisissez le nom propre du serveur Azure SQL (&lt;server&gt;.database.windows.net) au lieu de {host} : un autre service ou un proxy y répond sur le port {port}.</translation>
    </message>
    <message>
        <source>Route TDS (TCP {port}) from the {from} to {host} directly, without inspection or an HTTP proxy on the way: configure that on the firewall that holds the connection.</source>
        <translation>Acheminez TDS (TCP {port}) depuis « {from} » directement vers {host}, sans inspection ni proxy HTTP en chemin : configurez-le sur le pare-feu qui retient la connexion.</translation>
    </message>
    <message>
        <source>Directory (LDAP)</source>
        <translation>Annuaire (LDAP)</translation>
    </message>
    <message>
        <source>Forest metadata (WinRM)</source>
        <translation>Métadonnées de forêt (WinRM)</translation>
    </message>
    <message>
        <source>Backups (SMB)</source>
        <translation>Sauvegardes (SMB)</translation>
    </message>
    <message>
        <source>Licensing (HTTPS)</source>
        <translation>Licences (HTTPS)</translation>
    </message>
    <message>
        <source>Telemetry and updates (HTTPS)</source>
        <translation>Télémétrie et mises à jour (HTTPS)</translation>
    </message>
    <message>
        <source>Web portal (HTTP/HTTPS)</source>
        <translation>Portail web (HTTP/HTTPS)</translation>
    </message>
    <message>
        <source>Change delivery (HTTP/HTTPS)</source>
        <translation>Livraison des modifications (HTTP/HTTPS)</translation>
    </message>
    <message>
        <source>Change collection (LDAP)</source>
        <translation>Collecte des modifications (LDAP)</translation>
    </message>
    <message>
        <source>Agent control (WinRM)</source>
        <translation>Pilotage des agents (WinRM)</translation>
    </message>
    <message>
        <source>Agent channel (HTTPS)</source>
        <translation>Canal des agents (HTTPS)</translation>
    </message>
    <message>
        <source>Agent reports (HTTPS)</source>
        <translation>Rapports des agents (HTTPS)</translation>
    </message>
    <message>
        <source>Forest backups (SMB)</source>
        <translation>Sauvegardes de forêt (SMB)</translation>
    </message>
    <message>
        <source>DC metadata (WinRM)</source>
        <translation>Métadonnées des DC (WinRM)</translation>
    </message>
    <message>
        <source>Agent directory (LDAP/LDAPS)</source>
        <translation>Annuaire des agents (LDAP/LDAPS)</translation>
    </message>
    <message>
        <source>Database (TDS)</source>
        <translation>Base de données (TDS)</translation>
    </message>
    <message>
        <source>Start the Kerberos Key Distribution Center service (KDC) on {host} and enable the inbound rule &apos;Kerberos Key Distribution Center (TCP-In)&apos; in Windows Defender Firewall on {host}; if {host} is not a domain controller, enter a DC&apos;s name instead.</source>
        <translation>Démarrez le service Centre de distribution de clés Kerberos (KDC) sur {host} et activez la règle de trafic entrant « Kerberos Key Distribution Center (TCP-In) » dans le Pare-feu Windows Defender sur {host} ; si {host} n’est pas un contrôleur de domaine, saisissez plutôt le nom d’un DC.</translation>
    </message>
    <message>
        <source>Enter the domain controller&apos;s own name instead of {host}: another service answers TCP {port} there. If a load balancer or firewall sits in front of {host}, let Kerberos (TCP {port}) pass through to the DC unchanged.</source>
        <translation>Saisissez le nom propre du contrôleur de domaine au lieu de {host} : un autre service y répond sur TCP {port}. Si un répartiteur de charge ou un pare-feu se trouve devant {host}, laissez Kerberos (TCP {port}) passer jusqu’au DC sans modification.</translation>
    </message>
    <message>
        <source>Exempt Kerberos (TCP {port}) from the {from} to {host} from inspection on the firewall or proxy that accepts the connection and then holds it; if nothing sits between them, restart the Kerberos Key Distribution Center service on {host}.</source>
        <translation>Exemptez Kerberos (TCP {port}) depuis « {from} » vers {host} de l’inspection sur le pare-feu ou le proxy qui accepte la connexion puis la retient ; si rien ne se trouve entre les deux, redémarrez le service Centre de distribution de clés Kerberos sur {host}.</translation>
    </message>
    <message>
        <source>Start the DNS Server service on {host} and enable &apos;DNS (TCP, Incoming)&apos; in Windows Defender Firewall on {host}; if the domain&apos;s DNS runs on other servers, point the network settings of the {from} at them instead.</source>
        <translation>Démarrez le service Serveur DNS sur {host} et activez « DNS (TCP, Incoming) » dans le Pare-feu Windows Defender sur {host} ; si le DNS du domaine tourne sur d’autres serveurs, faites plutôt pointer vers eux les paramètres réseau de « {from} ».</translation>
    </message>
    <message>
        <source>Enter a DNS server of the domain instead of {host}: another service answers TCP {port} there.</source>
        <translation>Saisissez un serveur DNS du domaine au lieu de {host} : un autre service y répond sur TCP {port}.</translation>
    </message>
    <message>
        <source>Allow DNS over TCP ({port}) from the {from} to {host} on the firewall that accepts the connection and then holds it (DNS falls back to TCP for long answers, such as the SRV records of a large domain); if nothing sits between them, restart the DNS Server service on {host}.</source>
        <translation>Autorisez DNS sur TCP ({port}) depuis « {from} » vers {host} sur le pare-feu qui accepte la connexion puis la retient (DNS se replie sur TCP pour les réponses longues, comme les enregistrements SRV d’un grand domaine) ; si rien ne se trouve entre les deux, redémarrez le service Serveur DNS sur {host}.</translation>
    </message>
    <message>
        <source>Authentication (Kerberos)</source>
        <translation>Authentification (Kerberos)</translation>
    </message>
    <message>
        <source>Kerberos (TCP)</source>
        <translation>Kerberos (TCP)</translation>
    </message>
    <message>
        <source>Authenticate the Guardian service&apos;s LDAP (signed and sealed) and WinRM (Negotiate) connections to the DCs: both use Kerberos by default, and Windows sends it over TCP. Inferred, the vendor&apos;s table does not list it: without the KDC, Negotiate falls back to NTLM or fails.</source>
        <translation>Authentifier les connexions LDAP (signé et scellé) et WinRM (Negotiate) du service Guardian vers les DC : toutes deux utilisent Kerberos par défaut, et Windows l’envoie sur TCP. Déduit, le tableau de l’éditeur ne le mentionne pas : sans le KDC, Negotiate se replie sur NTLM ou échoue.</translation>
    </message>
    <message>
        <source>DC location (DNS)</source>
        <translation>Localisation des DC (DNS)</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Find the domain&apos;s DCs through DNS (the DC locator&apos;s SRV records, _ldap._tcp.dc._msdcs.&lt;domain&gt;), which the DCs usually serve themselves. Inferred, the vendor&apos;s table does not list it; optional, since the DNS servers of the Guardian server may be other machines than the DCs.</source>
        <translation>Trouver les DC du domaine par DNS (les enregistrements SRV du localisateur de DC, _ldap._tcp.dc._msdcs.&lt;domain&gt;), que les DC servent généralement eux-mêmes. Déduit, le tableau de l’éditeur ne le mentionne pas ; facultatif, car les serveurs DNS du serveur Guardian peuvent être d’autres machines que les DC.</translation>
    </message>
    <message>
        <source>Authenticate the AD connector&apos;s LDAP (signed and sealed) and WinRM (Negotiate) connections to the DCs: both use Kerberos by default, and Windows sends it over TCP. Inferred, the vendor&apos;s table does not list it: without the KDC, Negotiate falls back to NTLM or fails.</source>
        <translation>Authentifier les connexions LDAP (signé et scellé) et WinRM (Negotiate) du connecteur AD vers les DC : toutes deux utilisent Kerberos par défaut, et Windows l’envoie sur TCP. Déduit, le tableau de l’éditeur ne le mentionne pas : sans le KDC, Negotiate se replie sur NTLM ou échoue.</translation>
    </message>
    <message>
        <source>Find the domain&apos;s DCs through DNS (the DC locator&apos;s SRV records, _ldap._tcp.dc._msdcs.&lt;domain&gt;), which the DCs usually serve themselves. Inferred, the vendor&apos;s table does not list it; optional, since the DNS servers of the AD connector may be other machines than the DCs.</source>
        <translation>Trouver les DC du domaine par DNS (les enregistrements SRV du localisateur de DC, _ldap._tcp.dc._msdcs.&lt;domain&gt;), que les DC servent généralement eux-mêmes. Déduit, le tableau de l’éditeur ne le mentionne pas ; facultatif, car les serveurs DNS du connecteur AD peuvent être d’autres machines que les DC.</translation>
    </message>
    <message>
        <source>Authenticate the Forest Recovery agent&apos;s LDAP (signed and sealed) and WinRM (Negotiate) connections to the DCs: both use Kerberos by default, and Windows sends it over TCP. Inferred, the vendor&apos;s table does not list it: without the KDC, Negotiate falls back to NTLM or fails.</source>
        <translation>Authentifier les connexions LDAP (signé et scellé) et WinRM (Negotiate) de l’agent Forest Recovery vers les DC : toutes deux utilisent Kerberos par défaut, et Windows l’envoie sur TCP. Déduit, le tableau de l’éditeur ne le mentionne pas : sans le KDC, Negotiate se replie sur NTLM ou échoue.</translation>
    </message>
    <message>
        <source>Find the domain&apos;s DCs through DNS (the DC locator&apos;s SRV records, _ldap._tcp.dc._msdcs.&lt;domain&gt;), which the DCs usually serve themselves. Inferred, the vendor&apos;s table does not list it; optional, since the DNS servers of the agent may be other machines than the DCs.</source>
        <translation>Trouver les DC du domaine par DNS (les enregistrements SRV du localisateur de DC, _ldap._tcp.dc._msdcs.&lt;domain&gt;), que les DC servent généralement eux-mêmes. Déduit, le tableau de l’éditeur ne le mentionne pas ; facultatif, car les serveurs DNS de l’agent peuvent être d’autres machines que les DC.</translation>
    </message>
    <message>
        <source>Allow TCP {port} from the {from} to every address of {host}, its IPv6 address included, on the firewalls between them and in Windows Defender Firewall on {host}; if {host} is not meant to be reached on that address, remove the record (an AAAA record for IPv6) from DNS instead.</source>
        <translation>Autorisez TCP {port} depuis « {from} » vers chaque adresse de {host}, y compris son adresse IPv6, sur les pare-feu entre les deux et dans le Pare-feu Windows Defender sur {host} ; si {host} n’est pas censé être joint à cette adresse, supprimez plutôt l’enregistrement (un enregistrement AAAA pour IPv6) du DNS.</translation>
    </message>
    <message>
        <source>Correct the clock of {host}: a domain controller takes its time from the domain hierarchy (&apos;w32tm /config /syncfromflags:domhier /update&apos; on {host}, then restart the Windows Time service); the PDC emulator of the forest root domain takes it from a reliable NTP server (&apos;w32tm /config /manualpeerlist:&lt;NTP server&gt; /syncfromflags:manual /reliable:yes /update&apos;). If {host} agrees with the other domain controllers, correct the clock of the {from} instead (&apos;w32tm /resync&apos;). &apos;w32tm /stripchart /computer:{host}&apos; on the {from} shows the offset.</source>
        <translation>Corrigez l’horloge de {host} : un contrôleur de domaine prend son heure dans la hiérarchie du domaine (« w32tm /config /syncfromflags:domhier /update » sur {host}, puis redémarrez le service Temps Windows) ; l’émulateur PDC du domaine racine de la forêt la prend d’un serveur NTP fiable (« w32tm /config /manualpeerlist:&lt;NTP server&gt; /syncfromflags:manual /reliable:yes /update »). Si {host} concorde avec les autres contrôleurs de domaine, corrigez plutôt l’horloge de « {from} » (« w32tm /resync »). « w32tm /stripchart /computer:{host} » sur « {from} » affiche le décalage.</translation>
    </message>
    <message>
        <source>Correct the clock of the {from} (this machine): run &apos;w32tm /resync&apos; and check with &apos;w32tm /query /source&apos; that it takes its time from a domain controller; on a virtual machine, turn off the hypervisor&apos;s time synchronisation (Hyper-V Integration Services or VMware Tools) so that it does not override the domain&apos;s time.</source>
        <translation>Corrigez l’horloge de « {from} » (cette machine) : exécutez « w32tm /resync » et vérifiez avec « w32tm /query /source » qu’elle prend son heure d’un contrôleur de domaine ; sur une machine virtuelle, désactivez la synchronisation de l’heure de l’hyperviseur (services d’intégration Hyper-V ou VMware Tools) afin qu’elle n’écrase pas l’heure du domaine.</translation>
    </message>
    <message>
        <source>Enter domain controllers of the profile&apos;s domain instead of {host}, or correct the domain in the profile: Guardian reads and writes the directory of the DC it connects to, and {host} holds another domain&apos;s.</source>
        <translation>Saisissez des contrôleurs de domaine du domaine du profil au lieu de {host}, ou corrigez le domaine dans le profil : Guardian lit et écrit l’annuaire du DC auquel il se connecte, et {host} contient celui d’un autre domaine.</translation>
    </message>
    <message>
        <source>Enter a Global Catalog of the profile&apos;s forest instead of {host}: a Global Catalog answers only for the objects of its own forest.</source>
        <translation>Saisissez un catalogue global de la forêt du profil au lieu de {host} : un catalogue global ne répond que pour les objets de sa propre forêt.</translation>
    </message>
    <message>
        <source>Enter a domain controller of the profile&apos;s domain instead of {host}, or correct the domain in the profile: a KDC issues tickets only for its own realm.</source>
        <translation>Saisissez un contrôleur de domaine du domaine du profil au lieu de {host}, ou corrigez le domaine dans le profil : un KDC ne délivre de tickets que pour son propre domaine Kerberos.</translation>
    </message>
    <message>
        <source>Point the DNS settings of the {from} at a DNS server that holds the domain&apos;s zones (usually its domain controllers), or correct the domain in the profile; if {host} is that server, check that the domain controllers register their SRV records in it (the Netlogon service, &apos;nltest /dsregdns&apos;).</source>
        <translation>Faites pointer les paramètres DNS de « {from} » vers un serveur DNS qui héberge les zones du domaine (généralement ses contrôleurs de domaine), ou corrigez le domaine dans le profil ; si {host} est ce serveur, vérifiez que les contrôleurs de domaine y inscrivent leurs enregistrements SRV (le service Netlogon, « nltest /dsregdns »).</translation>
    </message>
    <message>
        <source>Correct the proxy setting of the {from} (the proxy&apos;s name and port, in Guardian&apos;s proxy setting and &apos;netsh winhttp show proxy&apos;), or start the proxy service and allow the {from} to reach it on that port.</source>
        <translation>Corrigez le paramètre de proxy de « {from} » (le nom et le port du proxy, dans le paramètre de proxy de Guardian et dans « netsh winhttp show proxy »), ou démarrez le service du proxy et autorisez « {from} » à le joindre sur ce port.</translation>
    </message>
    <message>
        <source>Allow the {from} to reach its proxy on the proxy&apos;s port on the firewalls between them, or correct the proxy setting of the {from} (&apos;netsh winhttp show proxy&apos;) if that proxy is gone.</source>
        <translation>Sur les pare-feu entre les deux, autorisez « {from} » à joindre son proxy sur le port de celui-ci, ou corrigez le paramètre de proxy de « {from} » (« netsh winhttp show proxy ») si ce proxy n’existe plus.</translation>
    </message>
    <message>
        <source>Allow HTTPS (CONNECT to port {port}) to {host} for the {from} on its proxy: the proxy&apos;s administrators add {host} to its allow list or its category exemptions.</source>
        <translation>Autorisez HTTPS (CONNECT vers le port {port}) vers {host} pour « {from} » sur son proxy : les administrateurs du proxy ajoutent {host} à sa liste d’autorisation ou à ses exemptions par catégorie.</translation>
    </message>
    <message>
        <source>Let the {from} through the proxy to {host}:{port}: the proxy demands a login (its schemes are in the evidence). Exempt the {from}&apos;s address or {host} from proxy authentication, or make sure the account Guardian&apos;s service runs as can sign in to the proxy with one of those schemes.</source>
        <translation>Laissez passer « {from} » par le proxy vers {host}:{port} : le proxy exige une authentification (ses schémas d’authentification figurent dans la preuve). Exemptez l’adresse de « {from} » ou {host} de l’authentification du proxy, ou assurez-vous que le compte sous lequel s’exécute le service Guardian peut s’authentifier auprès du proxy avec l’un de ces schémas.</translation>
    </message>
    <message>
        <source>Check why the proxy of the {from} cannot reach {host}:{port}: its DNS, its own egress through the perimeter firewall, or its upstream proxy (the evidence has the proxy&apos;s answer).</source>
        <translation>Vérifiez pourquoi le proxy de « {from} » ne peut pas joindre {host}:{port} : son DNS, sa propre sortie vers Internet à travers le pare-feu périmétrique, ou son proxy amont (la preuve contient la réponse du proxy).</translation>
    </message>
    <message>
        <source>Check the proxy of the {from}: it accepts the connection and then never answers CONNECT to {host}:{port} (an inspection rule or an overloaded proxy service).</source>
        <translation>Vérifiez le proxy de « {from} » : il accepte la connexion puis ne répond jamais à CONNECT vers {host}:{port} (une règle d’inspection ou un service proxy surchargé).</translation>
    </message>
    <message>
        <source>Exempt {host} from TLS inspection on the proxy or firewall that re-signs it (its CA is named in the verdict), so that the {from} sees the certificate {host} really serves: Guardian&apos;s sign-in and Microsoft Graph calls, and its online licensing, fail or stall behind inspection.</source>
        <translation>Exemptez {host} de l’inspection TLS sur le proxy ou le pare-feu qui re-signe son certificat (son autorité de certification est nommée dans le verdict), afin que « {from} » voie le certificat que {host} présente réellement : l’authentification de Guardian, ses appels à Microsoft Graph et sa gestion des licences en ligne échouent ou se bloquent derrière une inspection.</translation>
    </message>
    <message>
        <source>Sign-in (Entra ID) and Microsoft Graph, as listed in Microsoft&apos;s published endpoint sets.</source>
        <translation>L’authentification (Entra ID) et Microsoft Graph, tels que listés dans les ensembles de points de terminaison publiés par Microsoft.</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Online administration over HTTPS (its PowerShell module and REST endpoints).</source>
        <translation>L’administration d’Exchange Online en HTTPS (son module PowerShell et ses points de terminaison REST).</translation>
    </message>
    <message>
        <source>Exchange Online SMTP</source>
        <translation>Exchange Online SMTP</translation>
    </message>
    <message>
        <source>SMTP submission to Exchange Online (TCP 587), for alert mail sent through Microsoft 365.</source>
        <translation>La soumission SMTP vers Exchange Online (TCP 587), pour les e-mails d’alerte envoyés via Microsoft 365.</translation>
    </message>
    <message>
        <source>Certificate revocation (CRL/OCSP)</source>
        <translation>Révocation des certificats (CRL/OCSP)</translation>
    </message>
    <message>
        <source>The CRL and OCSP servers Windows asks, over HTTP, whether the certificates of Microsoft&apos;s endpoints are revoked.</source>
        <translation>Les serveurs CRL et OCSP auxquels Windows demande, en HTTP, si les certificats des points de terminaison de Microsoft sont révoqués.</translation>
    </message>
    <message>
        <source>Microsoft cloud</source>
        <translation>Cloud Microsoft</translation>
    </message>
    <message>
        <source>The Microsoft cloud of the tenants Guardian manages; each has its own sign-in, Graph and Exchange names.</source>
        <translation>Le cloud Microsoft des locataires que Guardian gère ; chacun a ses propres noms d’authentification, Graph et Exchange.</translation>
    </message>
    <message>
        <source>Worldwide (commercial, GCC)</source>
        <translation>Mondial (commercial, GCC)</translation>
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
        <translation>Chine (exploité par 21Vianet)</translation>
    </message>
    <message>
        <source>Sign-in and Microsoft Graph (HTTPS)</source>
        <translation>Authentification et Microsoft Graph (HTTPS)</translation>
    </message>
    <message>
        <source>Sign in to Entra ID and manage Entra ID and Microsoft 365 tenants through Microsoft Graph (Microsoft&apos;s sets also list TCP 80; Guardian&apos;s service uses 443).</source>
        <translation>S’authentifier auprès d’Entra ID et gérer les locataires Entra ID et Microsoft 365 via Microsoft Graph (les ensembles de Microsoft indiquent aussi TCP 80 ; le service Guardian utilise 443).</translation>
    </message>
    <message>
        <source>Exchange Online (HTTPS)</source>
        <translation>Exchange Online (HTTPS)</translation>
    </message>
    <message>
        <source>Administer Exchange Online (recipients, mailbox permissions) through its PowerShell module and REST endpoints.</source>
        <translation>Administrer Exchange Online (destinataires, autorisations de boîte aux lettres) via son module PowerShell et ses points de terminaison REST.</translation>
    </message>
    <message>
        <source>Alert mail (SMTP)</source>
        <translation>E-mails d’alerte (SMTP)</translation>
    </message>
    <message>
        <source>SMTP submission</source>
        <translation>Soumission SMTP</translation>
    </message>
    <message>
        <source>Send alert mail through Exchange Online (SMTP submission on 587). Inferred, the vendor&apos;s table does not list it; optional, needed only when alerts are sent this way.</source>
        <translation>Envoyer les e-mails d’alerte via Exchange Online (soumission SMTP sur 587). Déduit, le tableau de l’éditeur ne le mentionne pas ; facultatif, nécessaire uniquement quand les alertes sont envoyées de cette façon.</translation>
    </message>
    <message>
        <source>Certificate revocation (HTTP)</source>
        <translation>Révocation des certificats (HTTP)</translation>
    </message>
    <message>
        <source>HTTP (CRL, OCSP)</source>
        <translation>HTTP (CRL, OCSP)</translation>
    </message>
    <message>
        <source>Let Windows check whether the certificates of Microsoft&apos;s endpoints are revoked (CRL and OCSP over HTTP): when these servers are blocked, each TLS connection to Microsoft 365 stalls for seconds first.</source>
        <translation>Permettre à Windows de vérifier si les certificats des points de terminaison de Microsoft sont révoqués (CRL et OCSP en HTTP) : quand ces serveurs sont bloqués, chaque connexion TLS vers Microsoft 365 reste d’abord bloquée plusieurs secondes.</translation>
    </message>
    <message>
        <source>Sign-in: login.microsoftonline.com; Graph: graph.microsoft.com; Exchange: outlook.office365.com.</source>
        <translation>Authentification : login.microsoftonline.com ; Graph : graph.microsoft.com ; Exchange : outlook.office365.com.</translation>
    </message>
    <message>
        <source>Sign-in: login.microsoftonline.us; Graph: graph.microsoft.us; Exchange: outlook.office365.us.</source>
        <translation>Authentification : login.microsoftonline.us ; Graph : graph.microsoft.us ; Exchange : outlook.office365.us.</translation>
    </message>
    <message>
        <source>Sign-in: login.microsoftonline.us; Graph: dod-graph.microsoft.us; Exchange: outlook-dod.office365.us.</source>
        <translation>Authentification : login.microsoftonline.us ; Graph : dod-graph.microsoft.us ; Exchange : outlook-dod.office365.us.</translation>
    </message>
    <message>
        <source>Sign-in: login.chinacloudapi.cn; Graph: microsoftgraph.chinacloudapi.cn; Exchange: partner.outlook.cn.</source>
        <translation>Authentification : login.chinacloudapi.cn ; Graph : microsoftgraph.chinacloudapi.cn ; Exchange : partner.outlook.cn.</translation>
    </message>
    <message>
        <source>The connection policy of the Azure SQL server (its Networking settings, Connectivity), and whether Guardian reaches it through a private endpoint.</source>
        <translation>La stratégie de connexion du serveur Azure SQL (ses paramètres réseau, Connectivité), et si Guardian l’atteint par un point de terminaison privé.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Redirect when Guardian runs inside Azure, Proxy outside: see &apos;Guardian server runs in Azure&apos;.</source>
        <translation>Redirection quand Guardian s’exécute dans Azure, Proxy en dehors : voir « Le serveur Guardian s’exécute dans Azure ».</translation>
    </message>
    <message>
        <source>Private endpoint, Proxy</source>
        <translation>Point de terminaison privé, Proxy</translation>
    </message>
    <message>
        <source>1433 to the private endpoint&apos;s address in the virtual network; no public gateway.</source>
        <translation>1433 vers l’adresse du point de terminaison privé dans le réseau virtuel ; aucune passerelle publique.</translation>
    </message>
    <message>
        <source>Private endpoint, Redirect</source>
        <translation>Point de terminaison privé, Redirection</translation>
    </message>
    <message>
        <source>1433 to the private endpoint, then a port between 1433 and 65535 of it after login.</source>
        <translation>1433 vers le point de terminaison privé, puis, après l’ouverture de session, un de ses ports entre 1433 et 65535.</translation>
    </message>
    <message>
        <source>Guardian server runs in Azure</source>
        <translation>Le serveur Guardian s’exécute dans Azure</translation>
    </message>
    <message>
        <source>Where the Guardian server runs: Azure SQL&apos;s Default policy redirects connections from inside Azure and proxies those from outside.</source>
        <translation>Où s’exécute le serveur Guardian : la stratégie par défaut d’Azure SQL redirige les connexions venant d’Azure et fait passer par la passerelle (Proxy) celles venant de l’extérieur.</translation>
    </message>
    <message>
        <source>Outside Azure</source>
        <translation>En dehors d’Azure</translation>
    </message>
    <message>
        <source>On-premises or in another cloud: the Default policy acts as Proxy (1433 only).</source>
        <translation>Sur site ou dans un autre cloud : la stratégie par défaut agit comme Proxy (1433 seulement).</translation>
    </message>
    <message>
        <source>Inside Azure</source>
        <translation>Dans Azure</translation>
    </message>
    <message>
        <source>An Azure virtual machine: the Default policy acts as Redirect (1433, then 11000-11999).</source>
        <translation>Une machine virtuelle Azure : la stratégie par défaut agit comme Redirection (1433, puis 11000-11999).</translation>
    </message>
    <message>
        <source>Inside Azure the Default policy is Redirect: after login the session moves to 11000-11999 on the database node; that range can only be checked with a login: open it outbound.</source>
        <translation>Dans Azure, la stratégie par défaut est Redirection : après l’ouverture de session, la session passe sur 11000-11999 du nœud de base de données ; cette plage ne se vérifie qu’avec une ouverture de session : ouvrez-la en sortie.</translation>
    </message>
    <message>
        <source>Through a private endpoint the Redirect policy moves the session after login to a port between 1433 and 65535 of the private endpoint; that range can only be checked with a login: open it outbound to the private endpoint&apos;s address.</source>
        <translation>Par un point de terminaison privé, la stratégie Redirection fait passer la session, après l’ouverture de session, sur un port entre 1433 et 65535 du point de terminaison privé ; cette plage ne se vérifie qu’avec une ouverture de session : ouvrez-la en sortie vers l’adresse du point de terminaison privé.</translation>
    </message>
    <message>
        <source>Exempt TDS from the {from} to {host} (port {port}) from TLS inspection on the firewall or proxy that re-signs it, or import the CA it was signed with into &apos;Trusted Root Certification Authorities&apos; on the {from}: Guardian&apos;s SQL driver verifies the gateway&apos;s certificate and refuses one it does not trust.</source>
        <translation>Exemptez TDS de « {from} » vers {host} (port {port}) de l’inspection TLS sur le pare-feu ou le proxy qui le signe à nouveau, ou importez l’AC qui l’a signé dans « Autorités de certification racines de confiance » sur « {from} » : le pilote SQL de Guardian vérifie le certificat de la passerelle et refuse celui auquel il ne fait pas confiance.</translation>
    </message>
    <message>
        <source>Exempt TDS from the {from} to {host} (port {port}) from TLS inspection on the firewall that re-signs it (its CA is named in the verdict), so that Guardian&apos;s database connection sees the certificate Azure SQL really serves.</source>
        <translation>Exemptez TDS de « {from} » vers {host} (port {port}) de l’inspection TLS sur le pare-feu qui le signe à nouveau (son AC est nommée dans le verdict), afin que la connexion de Guardian à sa base de données voie le certificat que sert réellement Azure SQL.</translation>
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
        <translation>guardian-portcheck %1 (catalogue %2 %3, Qt %4)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;, expected one of: %2</source>
        <translation>commande inconnue « %1 », attendu : %2</translation>
    </message>
    <message>
        <source>cannot write the %1 file %2: the folder %3 is not writable</source>
        <translation>impossible d’écrire le fichier %1 %2 : le dossier %3 n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>cannot write the %1 file %2: the folder %3 does not exist</source>
        <translation>impossible d’écrire le fichier %1 %2 : le dossier %3 n’existe pas</translation>
    </message>
    <message>
        <source>--page-size is a4 or letter, not &apos;%1&apos;</source>
        <translation>--page-size vaut a4 ou letter, pas « %1 »</translation>
    </message>
    <message>
        <source>the PDF needs the graphical libraries, which did not start</source>
        <translation>le PDF a besoin des bibliothèques graphiques, qui n’ont pas démarré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation>« %1 » ne prend pas d’argument</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>aucun certificat PEM dans %1</translation>
    </message>
    <message>
        <source>&apos;discover&apos; needs exactly one DNS domain</source>
        <translation>« discover » attend exactement un domaine DNS</translation>
    </message>
    <message>
        <source>&apos;merge&apos; needs one or more results files written by &apos;run --json&apos;</source>
        <translation>« merge » attend un ou plusieurs fichiers de résultats écrits par « run --json »</translation>
    </message>
    <message>
        <source>&apos;run&apos; needs exactly one profile file</source>
        <translation>« run » attend exactement un fichier de profil</translation>
    </message>
    <message>
        <source>Try &apos;guardian-portcheck --help&apos;.</source>
        <translation>Essayez « guardian-portcheck --help ».</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>Résultats écrits dans %1.</translation>
    </message>
    <message>
        <source>Firewall request written to %1.</source>
        <translation>Demande de pare-feu écrite dans %1.</translation>
    </message>
    <message>
        <source>JUnit results written to %1.</source>
        <translation>Résultats JUnit écrits dans %1.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n results file(s) (%1)</source>
        <translation>
            <numerusform>%n fichier de résultats fusionné (%1)</numerusform>
            <numerusform>%n fichiers de résultats fusionnés (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VERDICT</translation>
    </message>
    <message>
        <source>LINK</source>
        <translation>LIAISON</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>TESTED FROM</source>
        <translation>TESTÉ DEPUIS</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>RAISON</translation>
    </message>
    <message>
        <source>%1 pass, %2 warn, %3 fail, %4 not tested by any of these machines.</source>
        <translation>%1 réussis, %2 avertissements, %3 échecs, %4 testés par aucune de ces machines.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, found &apos;%4&apos;</source>
        <translation>--%1 doit être un entier de %2 à %3, trouvé « %4 »</translation>
    </message>
    <message>
        <source>%1 (catalog %2 %3)</source>
        <translation>%1 (catalogue %2 %3)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;, expected table, csv or yaml</source>
        <translation>format inconnu « %1 », attendu : table, csv ou yaml</translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation>TCP %1</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (déduit)</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>VERS</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>PROBE</source>
        <translation>SONDE</translation>
    </message>
    <message>
        <source>NEED</source>
        <translation>BESOIN</translation>
    </message>
    <message>
        <source>WHEN REQUIRED</source>
        <translation>QUAND REQUIS</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>&apos;probe&apos; needs at least one HOST:PORT[/KIND]</source>
        <translation>« probe » attend au moins un HÔTE:PORT[/TYPE]</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>CONNEXION</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>PREUVE</translation>
    </message>
    <message>
        <source>domain controller</source>
        <translation>contrôleur de domaine</translation>
    </message>
    <message>
        <source>DC in site %1</source>
        <translation>DC du site %1</translation>
    </message>
    <message>
        <source>global catalog</source>
        <translation>catalogue global</translation>
    </message>
    <message>
        <source>PDC emulator</source>
        <translation>émulateur PDC</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÉ</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>POIDS</translation>
    </message>
    <message>
        <source>the demo site cannot start: %1</source>
        <translation>le site de démonstration ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>Demo site on loopback (127.0.0.1-127.0.0.5): two domain controllers, a file share, a cloud
endpoint behind a TLS-inspecting proxy and a Forest Recovery agent.</source>
        <translation>Site de démonstration sur loopback (127.0.0.1-127.0.0.5) : deux contrôleurs de domaine, un partage de
fichiers, un point de terminaison cloud derrière un proxy qui inspecte TLS et un agent Forest Recovery.</translation>
    </message>
    <message>
        <source>yes (advisory)</source>
        <translation>oui (indicatif)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Plan pour %1</translation>
    </message>
    <message>
        <source>FROM HERE</source>
        <translation>D’ICI</translation>
    </message>
    <message>
        <source>%1 checks for %2 link-host pairs; %3 testable from this machine (vantage: %4), %5 distinct probes.</source>
        <translation>%1 tests pour %2 paires liaison-hôte ; %3 testables depuis cette machine (point de vue : %4), %5 sondes distinctes.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Note: no hosts for %1: the links to it are left out.</source>
        <translation>Remarque : aucun hôte pour %1 : les liaisons vers ce rôle sont omis.</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (pour %2)</translation>
    </message>
    <message>
        <source>Checks from this machine (%1)</source>
        <translation>Tests depuis cette machine (%1)</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Ce qu’il faut changer</translation>
    </message>
    <message>
        <source>%1 pass, %2 warn, %3 fail, %4 not tested from here; %5 probes in %6 ms.</source>
        <translation>%1 réussis, %2 avertissements, %3 échecs, %4 non testés d’ici ; %5 sondes en %6 ms.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>%1... (%2 characters, all of them in the JSON)</source>
        <translation>%1... (%2 caractères, tous présents dans le JSON)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no option --%2</source>
        <translation>« %1 » n’accepte aucune option (reçu : --%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take --%2; its options: %3</source>
        <translation>« %1 » n’accepte pas --%2 ; ses options : %3</translation>
    </message>
    <message>
        <source>interrupted by %1: the results so far are written, marked incomplete</source>
        <translation>interrompu par %1 : les résultats obtenus jusqu’ici sont écrits, marqués comme incomplets</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; for --lang, expected one of: %2</source>
        <translation>langue inconnue « %1 » pour --lang, attendu : %2</translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation>pour : %1</translation>
    </message>
    <message>
        <source>--domain &apos;%1&apos; is not a DNS domain name, expected something like corp.example</source>
        <translation>--domain « %1 » n’est pas un nom de domaine DNS, attendu : par exemple corp.example</translation>
    </message>
    <message>
        <source>&apos;compare&apos; needs two results files: the run before the change, then the run after it</source>
        <translation>« compare » attend deux fichiers de résultats : l’exécution avant le changement, puis celle d’après</translation>
    </message>
    <message>
        <source>Before: %1 (%2)</source>
        <translation>Avant : %1 (%2)</translation>
    </message>
    <message>
        <source>After:  %1 (%2)</source>
        <translation>Après : %1 (%2)</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CHANGEMENT</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>AVANT</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>APRÈS</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>MAINTENANT</translation>
    </message>
    <message>
        <source>The firewall request of the run before: %1 of %2 rule(s) verified open after</source>
        <translation>La demande de pare-feu de l’exécution d’avant : %1 règle(s) sur %2 vérifiée(s) ouverte(s) après</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>VÉRIFICATION</translation>
    </message>
    <message>
        <source>Comparison written to %1.</source>
        <translation>Comparaison écrite dans %1.</translation>
    </message>
    <message>
        <source>--as: &apos;%1&apos; is not a role a link starts from, expected one of: %2</source>
        <translation>--as : « %1 » n’est pas un rôle d’où part une liaison, attendu : %2</translation>
    </message>
    <message>
        <source>--as needs a role, one of: %1</source>
        <translation>--as attend un rôle, parmi : %1</translation>
    </message>
    <message>
        <source>this machine, %1, is in none of the profile&apos;s host lists of a role a link starts from (%2), and the profile names no &apos;vantage&apos;; run it with --as ROLE, one of: %3</source>
        <translation>cette machine, %1, ne figure dans aucune liste d’hôtes du profil pour un rôle d’où part une liaison (%2), et le profil ne nomme aucun « vantage » ; lancez-le avec --as RÔLE, parmi : %3</translation>
    </message>
    <message>
        <source>it lists none</source>
        <translation>il n’en liste aucune</translation>
    </message>
    <message>
        <source>%1 (listed as %2)</source>
        <translation>%1 (listé comme %2)</translation>
    </message>
    <message>
        <source>This machine plays, by the profile&apos;s host lists: %1.</source>
        <translation>Rôles de cette machine d’après les listes d’hôtes du profil : %1.</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy : %1</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: expected NAME=ADDRESS, e.g. login.microsoftonline.com=127.0.0.5</source>
        <translation>--resolve « %1 » : NOM=ADRESSE attendu, par exemple login.microsoftonline.com=127.0.0.5</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: &apos;%2&apos; is not an IPv4 or IPv6 address</source>
        <translation>--resolve « %1 » : « %2 » n’est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>Proxy for HTTPS to the Internet: %1 (%2)</source>
        <translation>Proxy pour HTTPS vers Internet : %1 (%2)</translation>
    </message>
    <message>
        <source>none, direct</source>
        <translation>aucun, connexion directe</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Microsoft 365 list (no set id)</source>
        <translation>Liste Microsoft 365 (sans id d’ensemble)</translation>
    </message>
    <message>
        <source>Microsoft 365 set %1</source>
        <translation>Ensemble Microsoft 365 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file: Microsoft&apos;s endpoints list saved as JSON</source>
        <translation>« %1 » attend un fichier : la liste des points de terminaison de Microsoft enregistrée en JSON</translation>
    </message>
    <message>
        <source>the catalog %1 lists no Microsoft 365 endpoint sets</source>
        <translation>le catalogue %1 ne liste aucun ensemble de points de terminaison Microsoft 365</translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos;, expected one of: %2</source>
        <translation>cloud inconnu « %1 », attendu : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 endpoints, %1 cloud (%2), from %3: %n set(s) that Guardian needs, of %4 in the file.</source>
        <translation>
            <numerusform>Points de terminaison Microsoft 365, cloud %1 (%2), depuis %3 : %n ensemble dont Guardian a besoin, sur %4 dans le fichier.</numerusform>
            <numerusform>Points de terminaison Microsoft 365, cloud %1 (%2), depuis %3 : %n ensembles dont Guardian a besoin, sur %4 dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the list in use (%1):</source>
        <translation>Par rapport à la liste utilisée (%1) :</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajout de %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>retrait de %1</translation>
    </message>
    <message>
        <source>ports %1, were %2</source>
        <translation>ports %1, auparavant %2</translation>
    </message>
    <message>
        <source>now required</source>
        <translation>désormais requis</translation>
    </message>
    <message>
        <source>now optional</source>
        <translation>désormais facultatif</translation>
    </message>
    <message>
        <source>set %1 (%2): %3</source>
        <translation>ensemble %1 (%2) : %3</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>Wildcards with no name to test (the firewall request lists them; a run cannot test them): %1</source>
        <translation>Noms génériques sans nom précis à tester (la demande de pare-feu les indique ; une exécution ne peut pas les tester) : %1</translation>
    </message>
    <message>
        <source>Dry run: nothing saved.</source>
        <translation>Simulation : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>cannot save the list: %1</source>
        <translation>impossible d’enregistrer la liste : %1</translation>
    </message>
    <message>
        <source>Saved to %1: every run and the window now test this list for the %2 cloud.</source>
        <translation>Enregistré dans %1 : chaque exécution et la fenêtre testent désormais cette liste pour le cloud %2.</translation>
    </message>
    <message>
        <source>--azure-service-tags: %1</source>
        <translation>--azure-service-tags : %1</translation>
    </message>
    <message>
        <source>--azure-service-tags: the profile names no Azure region; add &apos;azure-region: westeurope&apos; (the region of the Azure SQL server) to it</source>
        <translation>--azure-service-tags : le profil ne nomme aucune région Azure ; ajoutez-y « azure-region: westeurope » (la région du serveur Azure SQL)</translation>
    </message>
    <message>
        <source>%1 holds no service tag %2 and no %3.* tag at all</source>
        <translation>%1 ne contient aucune balise de service %2, ni aucune balise %3.*</translation>
    </message>
    <message>
        <source>%1 holds no service tag %2 (the profile&apos;s azure-region); its %3 tags include %4</source>
        <translation>%1 ne contient aucune balise de service %2 (l’azure-region du profil) ; ses balises %3 comprennent %4</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1 : %2</translation>
    </message>
    <message>
        <source>HTML report written to %1.</source>
        <translation>Rapport HTML écrit dans %1.</translation>
    </message>
    <message>
        <source>Coverage: each link is tested from the machines it starts on</source>
        <translation>Couverture : chaque liaison est testée depuis les machines où elle commence</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Still to run:</source>
        <translation>Reste à exécuter :</translation>
    </message>
    <message>
        <source>cannot write the log %1: %2</source>
        <translation>impossible d&apos;écrire le journal %1 : %2</translation>
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
        <translation>Utilisation : guardian-portcheck [COMMANDE] [OPTIONS]
Vérifie que chaque chemin réseau dont Cayosoft Guardian a besoin est ouvert.

Commandes :
  (aucune)                        ouvrir la fenêtre
  run PROFIL.yaml [--json F]      sonder ce dont le profil a besoin depuis cette machine, rendre
                                  les verdicts
  run PROFIL.yaml --dry-run       les tests qu’un profil prévoit, sans rien envoyer
  run SITE.yaml [--as RÔLE,...]   un profil pour toutes les machines : sans « vantage: », les rôles
                                  dont les listes d’hôtes nomment cette machine ; --as tranche
  probe HÔTE:PORT[/TYPE]...       sondes ponctuelles, p. ex. dc1.corp.example:389/ldap (le type
                                  découle par défaut du port : 389 ldap, 636 ldaps, 445 smb,
                                  88 kerberos, 53 dns, ...)
  discover DOMAINE [--site S] [--nameserver IPv4] [--json F]
                                  DC, DC du site, GC et PDC d’après les enregistrements DNS SRV
  demo [--text] [--json F]        un site simulé sur loopback, ouvert dans la fenêtre (dans le
                                  terminal sans affichage, ou avec --text ou --json) : chaque
                                  verdict, aucun trafic ailleurs
  merge A.json B.json... [--pdf F] [--html F] [--json F] [--csv F] [--junit F]
                                  fusionner les résultats de plusieurs machines (chacune avec
                                  son propre point de vue)
  compare AVANT.json APRÈS.json [--json F] [--csv F] [--pdf F] [--html F]
                                  l’effet d’un changement : corrigé, nouvellement en échec,
                                  toujours en échec, et chaque règle de pare-feu demandée
                                  vérifiée ouverte ou non
  catalog [--format table|csv|yaml]
                                  chaque liaison dont Guardian a besoin : la demande de pare-feu
  import-m365 FICHIER [--cloud C] [--dry-run]
                                  actualiser les points de terminaison Microsoft 365 à partir
                                  d’une copie enregistrée de la liste de Microsoft
                                  (https://endpoints.office.com/endpoints/
                                  Worldwide?clientrequestid=&lt;GUID&gt; ; jamais téléchargée ici) ;
                                  C vaut worldwide, gcc-high, dod ou china (par défaut : d’après
                                  le fichier)

Options :
  --json FICHIER                  écrire les résultats en JSON (run, probe, merge, demo)
  --pdf FICHIER                   écrire le rapport d’approbation des changements en PDF
                                  (run, merge, demo, compare)
  --html FICHIER                  le même rapport dans un seul fichier HTML autonome
                                  (run, merge, demo, compare)
  --page-size a4|letter           le format de papier du PDF (par défaut : selon la langue et
                                  la région du système)
  --csv FICHIER                   écrire la demande de modification du pare-feu en CSV
                                  (run, merge, demo, compare)
  --junit FICHIER                 écrire du XML JUnit, un cas de test par liaison et par hôte
                                  (run, merge, demo)
  --azure-service-tags FICHIER    une copie enregistrée des balises de service d’Azure
                                  (ServiceTags_Public_&lt;date&gt;.json de la page de téléchargement de
                                  Microsoft ; jamais téléchargée ici) : la demande de pare-feu liste
                                  les préfixes de Sql.&lt;région&gt; (azure-region du profil) (run, merge, demo)
  --run-by NAME                   qui l&apos;a exécuté, sur la page de garde (par défaut : le compte)
  --ticket ID, --requester NAME, --approver NAME
                                  le changement sur la page de garde (par défaut : ticket,
                                  requester, approver du profil ; vides : lignes à remplir)
                                  (run, merge, demo)
  --ca-file PEM                   faire aussi confiance à ces certificats d’AC (sondes TLS)
  --connect-timeout MS            abandonner la connexion au bout de MS ms (par défaut 3000)
  --timeout MS                    attendre MS ms la négociation TLS et la réponse
                                  (par défaut 5000)
  --concurrency N                 nombre de sondes simultanées (par défaut 256) ; une connexion
                                  encore sans réponse attend à part : les ports filtrés coûtent
                                  un seul délai, pas un par tranche de N sondes
  --per-host N                    nombre de sondes simultanées vers un même hôte (par défaut 8)
  --proxy URL|system|none         comment HTTPS vers Internet quitte cette machine (run, probe) :
                                  un proxy HTTP (http://host:port), le paramètre du système
                                  (par défaut ; Windows : WinHTTP et Options Internet avec PAC et
                                  WPAD ; Linux : https_proxy et les paramètres du bureau), ou none
                                  (connexion directe, sans proxy)
  --resolve NOM=ADRESSE           sonder NOM à ADRESSE sans interroger le DNS (option répétable)
  --domain DOMAINE                le domaine AD : le domaine Kerberos et la zone que demandent
                                  les sondes kerberos et dns (run : le domaine du profil ;
                                  par défaut : le suffixe de chaque hôte)
  --catalog FICHIER               utiliser ce catalogue au lieu du catalogue intégré
  --lang en|de|fr|ja              la langue de la fenêtre, du rapport et de cette sortie
  --log FILE                      écrire un journal de débogage pour le support : résolutions, sondes, verdicts
  -h, --help                      afficher cette aide
  -v, --version                   afficher la version

Codes de sortie : 0 chaque liaison requise réussit, 1 une liaison requise échoue, 2 utilisation
ou entrée incorrecte, 3 erreur interne, 130/143 interrompu par SIGINT/SIGTERM (ce qui est terminé
est écrit, marqué comme incomplet). « demo » se termine avec 0 quand son site a tourné : il est
conçu pour montrer une liaison en échec.
</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>fixed</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>newly broken</source>
        <translation>nouvellement en échec</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>toujours en échec</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>amélioré</translation>
    </message>
    <message>
        <source>now warns</source>
        <translation>avertit désormais</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>no evidence in one of the runs</source>
        <translation>aucune preuve dans l’une des exécutions</translation>
    </message>
    <message>
        <source>%1 and %2 share no link and host: they are not of the same site</source>
        <translation>%1 et %2 n’ont aucune liaison ni aucun hôte en commun : ils ne proviennent pas du même site</translation>
    </message>
    <message>
        <source>the modes differ between the two runs: a change may come from the modes, not the network</source>
        <translation>les modes diffèrent entre les deux exécutions : un changement peut venir des modes, et non du réseau</translation>
    </message>
    <message>
        <source>the profiles&apos; names differ: &apos;%1&apos; before, &apos;%2&apos; after</source>
        <translation>les noms des profils diffèrent : « %1 » avant, « %2 » après</translation>
    </message>
    <message>
        <source>not in the after run</source>
        <translation>absent de l’exécution d’après</translation>
    </message>
    <message>
        <source>the files come from different catalogs: %1 and %2</source>
        <translation>les fichiers proviennent de catalogues différents : %1 et %2</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>vérifié : %1</translation>
    </message>
    <message>
        <source>now closed: %1</source>
        <translation>désormais fermé : %1</translation>
    </message>
    <message>
        <source>still closed: %1</source>
        <translation>toujours fermé : %1</translation>
    </message>
    <message>
        <source>open, but the service fails: %1</source>
        <translation>ouvert, mais le service échoue : %1</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>non vérifié : %1</translation>
    </message>
    <message>
        <source>%1 fixed, %2 newly broken, %3 still failing, %4 unchanged, other changes: %5.</source>
        <translation>%1 corrigés, %2 nouvellement en échec, %3 toujours en échec, %4 inchangés, autres changements : %5.</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>tested</source>
        <translation>testé</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>en partie</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>each %1</source>
        <translation>chaque %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 of them required</source>
        <translation>%1 : %2, %3, dont %4 requises</translation>
    </message>
    <message>
        <source>no machine named</source>
        <translation>aucune machine nommée</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n machine</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n liaison</numerusform>
            <numerusform>%n liaisons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>%1: the results of %2, which ran as %3 by --as; the profile lists only this machine for it</source>
        <translation>%1 : les résultats de %2, exécuté comme %3 avec --as ; le profil ne cite que cette machine pour ce rôle</translation>
    </message>
    <message>
        <source>%1 ran as %2 and is not in the profile&apos;s list of them</source>
        <translation>%1 a été exécuté comme %2 et ne figure pas dans la liste du profil</translation>
    </message>
    <message>
        <source>The profile lists no %1 and none of these results comes from one.</source>
        <translation>Le profil ne cite aucun %1 et aucun de ces résultats n&apos;en provient.</translation>
    </message>
    <message>
        <source>on each %1: %2</source>
        <translation>sur chaque %1 : %2</translation>
    </message>
    <message>
        <source>on %1 (%2): %3</source>
        <translation>sur %1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>again on %1 (%2), which has %n required link(s) without evidence: %3</source>
        <translation>
            <numerusform>à nouveau sur %1 (%2), où %n liaison requise n&apos;a pas de preuve : %3</numerusform>
            <numerusform>à nouveau sur %1 (%2), où %n liaisons requises n&apos;ont pas de preuve : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage complete: every required link has evidence from each machine it starts on.</source>
        <translation>Couverture complète : chaque liaison requise a une preuve depuis chaque machine où elle commence.</translation>
    </message>
    <message numerus="yes">
        <source>%n required link(s)</source>
        <translation>
            <numerusform>%n liaison requise</numerusform>
            <numerusform>%n liaisons requises</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage incomplete: still to run on %1, for %2.</source>
        <translation>Couverture incomplète : reste à exécuter sur %1, pour %2.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>the demo certificates are missing from the program&apos;s resources</source>
        <translation>les certificats de démonstration manquent dans les ressources du programme</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>impossible d&apos;écouter sur %1</translation>
    </message>
    <message>
        <source>no free port on %1</source>
        <translation>aucun port libre sur %1</translation>
    </message>
    <message>
        <source>the demo site runs already</source>
        <translation>le site de démonstration fonctionne déjà</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>the system resolver is not loopback (PORTCHECK_LOOPBACK_ONLY): give a loopback nameserver</source>
        <translation>le résolveur système n’est pas en loopback (PORTCHECK_LOOPBACK_ONLY) : indiquez un serveur de noms loopback</translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; has a port: only port 53 can be asked (Qt 6.4), expected an IPv4 address</source>
        <translation>le serveur de noms « %1 » a un port : seul le port 53 peut être interrogé (Qt 6.4), adresse IPv4 attendue</translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; is not an IP address, expected an IPv4 address like 10.0.0.5</source>
        <translation>le serveur de noms « %1 » n’est pas une adresse IP, adresse IPv4 attendue, p. ex. 10.0.0.5</translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; is IPv6: Qt 6.4 would ignore it and ask the system resolver instead, expected an IPv4 address</source>
        <translation>le serveur de noms « %1 » est en IPv6 : Qt 6.4 l’ignorerait et interrogerait le résolveur système, adresse IPv4 attendue</translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; is not loopback (PORTCHECK_LOOPBACK_ONLY)</source>
        <translation>le serveur de noms « %1 » n’est pas en loopback (PORTCHECK_LOOPBACK_ONLY)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS domain name, expected something like corp.example</source>
        <translation>« %1 » n’est pas un nom de domaine DNS, attendu p. ex. corp.example</translation>
    </message>
    <message>
        <source>site &apos;%1&apos; contains &apos;%2&apos;: AD site names in DNS use letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>le site « %1 » contient « %2 » : les noms de site AD dans le DNS utilisent lettres, chiffres, « - » et « _ »</translation>
    </message>
    <message>
        <source>no SRV records at %1</source>
        <translation>aucun enregistrement SRV pour %1</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN): check the domain name and that this machine asks the domain&apos;s DNS servers</source>
        <translation>le nom n’existe pas (NXDOMAIN) : vérifiez le nom de domaine et que cette machine interroge les serveurs DNS du domaine</translation>
    </message>
    <message>
        <source>the DNS server refused the query</source>
        <translation>le serveur DNS a refusé la requête</translation>
    </message>
    <message>
        <source>the DNS server failed (SERVFAIL)</source>
        <translation>le serveur DNS a échoué (SERVFAIL)</translation>
    </message>
    <message>
        <source>no DNS server could be asked: %1</source>
        <translation>aucun serveur DNS n’a pu être interrogé : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no answer from the DNS server within %2 s</source>
        <translation>%1 : aucune réponse du serveur DNS en %2 s</translation>
    </message>
    <message>
        <source>no SRV records at %1, or no answer from the system&apos;s DNS server (Qt tells these apart only when a nameserver is given)</source>
        <translation>aucun enregistrement SRV pour %1, ou aucune réponse du serveur DNS du système (Qt ne distingue ces deux cas que si un serveur de noms est indiqué)</translation>
    </message>
    <message>
        <source>no SRV records at %1 (the DNS server %2 answered, with none we could use)</source>
        <translation>aucun enregistrement SRV pour %1 (le serveur DNS %2 a répondu, mais sans enregistrement utilisable)</translation>
    </message>
    <message>
        <source>%1: no answer, the query to %2 port 53 came back undeliverable (nothing listens there, or the host is unreachable): check the nameserver&apos;s address and that its DNS service runs</source>
        <translation>%1 : aucune réponse, la requête vers %2 port 53 est revenue non distribuable (rien n’y écoute, ou l’hôte est injoignable) : vérifiez l’adresse du serveur de noms et que son service DNS est démarré</translation>
    </message>
    <message>
        <source>the DNS answer could not be read</source>
        <translation>la réponse DNS n’a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Firewall</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>%1 deployed</source>
        <translation>%1 déployé</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>chaque %1</translation>
    </message>
    <message>
        <source>cannot be probed anonymously</source>
        <translation>impossible à sonder anonymement</translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation>non testé d’ici</translation>
    </message>
    <message>
        <source>not tested (run cancelled)</source>
        <translation>non testé (exécution annulée)</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>verified open, no change</source>
        <translation>ouverture vérifiée, aucune modification</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvrir</translation>
    </message>
    <message>
        <source>fix the service</source>
        <translation>corriger le service</translation>
    </message>
    <message>
        <source>open if blocked (not tested)</source>
        <translation>ouvrir si bloqué (non testé)</translation>
    </message>
    <message>
        <source>required after login</source>
        <translation>requis après la connexion</translation>
    </message>
    <message>
        <source>fallback when %1 fails</source>
        <translation>repli en cas d’échec de %1</translation>
    </message>
    <message>
        <source>alternative to %1</source>
        <translation>alternative à %1</translation>
    </message>
    <message>
        <source>Firewall request: %1 port(s) to open, %2 recommended, %3 to fix at the service, %4 verified open (no change), %5 not tested from here</source>
        <translation>Demande de pare-feu : %1 port(s) à ouvrir, %2 recommandé(s), %3 à corriger au niveau du service, %4 déjà ouvert(s) (vérifié, aucune modification), %5 non testé(s) d’ici</translation>
    </message>
    <message>
        <source>%1 (instead of %2)</source>
        <translation>%1 (au lieu de %2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>allow on the proxy %1</source>
        <translation>autoriser sur le proxy %1</translation>
    </message>
    <message>
        <source>verified through the proxy %1, no change</source>
        <translation>ouverture vérifiée via le proxy %1, aucune modification</translation>
    </message>
    <message>
        <source>a wildcard: no one name of it to test</source>
        <translation>nom générique : aucun nom précis à tester</translation>
    </message>
    <message>
        <source>%1 (tested as %2)</source>
        <translation>%1 (testé comme %2)</translation>
    </message>
    <message>
        <source>%1 (service tag %2)</source>
        <translation>%1 (balise de service %2)</translation>
    </message>
    <message>
        <source>%1 Inferred: no document states it.</source>
        <translation>%1 Déduit : aucun document ne le mentionne.</translation>
    </message>
    <message>
        <source>%1 Inferred from %2.</source>
        <translation>%1 Déduit de %2.</translation>
    </message>
    <message>
        <source>%1 Source: %2.</source>
        <translation>%1 Source : %2.</translation>
    </message>
    <message>
        <source>source -&gt; proxy %1 -&gt; destination</source>
        <translation>source -&gt; proxy %1 -&gt; destination</translation>
    </message>
    <message>
        <source>source -&gt; destination</source>
        <translation>source -&gt; destination</translation>
    </message>
</context>
<context>
    <name>HostImport</name>
    <message>
        <source>%1: more than %2 columns in one row</source>
        <translation>%1 : plus de %2 colonnes sur une ligne</translation>
    </message>
    <message>
        <source>%1: the quoted cell that starts here is never closed</source>
        <translation>%1 : la cellule entre guillemets qui commence ici n’est jamais fermée</translation>
    </message>
    <message>
        <source>%1: text after the closing quote of a cell (a quote inside a quoted cell is written twice: &quot;&quot;)</source>
        <translation>%1 : du texte après le guillemet fermant d’une cellule (un guillemet dans une cellule entre guillemets s’écrit deux fois : &quot;&quot;)</translation>
    </message>
    <message>
        <source>%1: more than %2 hosts in one file; split it or use a profile</source>
        <translation>%1 : plus de %2 hôtes dans un seul fichier ; divisez-le ou utilisez un profil</translation>
    </message>
    <message>
        <source>not a text file (a NUL byte at %1)</source>
        <translation>pas un fichier texte (un octet NUL en %1)</translation>
    </message>
</context>
<context>
    <name>HostInput</name>
    <message>
        <source>missing port number after &apos;:&apos;</source>
        <translation>numéro de port manquant après « : »</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number</source>
        <translation>le port « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>port %1 is out of range: ports are 1 to 65535</source>
        <translation>le port %1 est hors limites : les ports vont de 1 à 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: it needs four numbers separated by dots</source>
        <translation>« %1 » n’est pas une adresse IPv4 valide : il faut quatre nombres séparés par des points</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: empty number</source>
        <translation>« %1 » n’est pas une adresse IPv4 valide : nombre vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a leading zero in &apos;%2&apos;, which some tools read as octal: write it without the zero</source>
        <translation>« %1 » a un zéro initial dans « %2 », que certains outils lisent en octal : écrivez-le sans le zéro</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: %2 is above 255</source>
        <translation>« %1 » n’est pas une adresse IPv4 valide : %2 dépasse 255</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address</source>
        <translation>« %1 » n’est pas une adresse IPv4 valide</translation>
    </message>
    <message>
        <source>0.0.0.0 is the unspecified address, not a host</source>
        <translation>0.0.0.0 est l’adresse non spécifiée, pas un hôte</translation>
    </message>
    <message>
        <source>255.255.255.255 is the broadcast address, not a host</source>
        <translation>255.255.255.255 est l’adresse de diffusion, pas un hôte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a multicast address, not a host</source>
        <translation>« %1 » est une adresse multicast, pas un hôte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a scope id (%...), which is not portable: use a routable address</source>
        <translation>« %1 » a un identifiant de portée (%...), non portable : utilisez une adresse routable</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation>« %1 » n’est pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <source>:: is the unspecified address, not a host</source>
        <translation>:: est l’adresse non spécifiée, pas un hôte</translation>
    </message>
    <message>
        <source>empty host name</source>
        <translation>nom d’hôte vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a wildcard: list each host</source>
        <translation>« %1 » contient un caractère générique : indiquez chaque hôte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;_&apos;, which is not allowed in host names</source>
        <translation>« %1 » contient « _ », interdit dans les noms d’hôte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid internationalised host name</source>
        <translation>« %1 » n’est pas un nom d’hôte internationalisé valide</translation>
    </message>
    <message>
        <source>host name is %1 characters long; the limit is 253</source>
        <translation>le nom d’hôte fait %1 caractères ; la limite est 253</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty label (two dots in a row, or a leading dot)</source>
        <translation>« %1 » a une étiquette vide (deux points de suite, ou un point initial)</translation>
    </message>
    <message>
        <source>label &apos;%1...&apos; is %2 characters long; the limit is 63</source>
        <translation>l’étiquette « %1... » fait %2 caractères ; la limite est 63</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; starts or ends with &apos;-&apos;</source>
        <translation>l’étiquette « %1 » commence ou finit par « - »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;%2&apos;, which is not allowed in host names</source>
        <translation>« %1 » contient « %2 », interdit dans les noms d’hôte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends in a numeric label: neither a host name nor an IPv4 address</source>
        <translation>« %1 » se termine par une étiquette numérique : ni nom d’hôte ni adresse IPv4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a URL: enter only the host name</source>
        <translation>« %1 » est une URL : saisissez seulement le nom d’hôte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;@&apos;: enter the host without a user name</source>
        <translation>« %1 » contient « @ » : saisissez l’hôte sans nom d’utilisateur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;/&apos;: enter single hosts, not paths or subnets</source>
        <translation>« %1 » contient « / » : saisissez des hôtes, pas des chemins ni des sous-réseaux</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lacks the closing &apos;]&apos; of the IPv6 address</source>
        <translation>il manque à « %1 » le « ] » fermant de l’adresse IPv6</translation>
    </message>
    <message>
        <source>&apos;[]&apos; holds no address</source>
        <translation>« [] » ne contient aucune adresse</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after &apos;]&apos;, expected &apos;:port&apos;</source>
        <translation>« %1 » inattendu après « ] », « :port » attendu</translation>
    </message>
    <message>
        <source>%1 (write [address]:port to give a port)</source>
        <translation>%1 (écrivez [adresse]:port pour indiquer un port)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a port; give per-host ports as overrides instead</source>
        <translation>« %1 » a un port ; indiquez plutôt les ports par hôte comme substitutions</translation>
    </message>
    <message>
        <source>a port override is CATALOGPORT=PORT, both from 1 to 65535</source>
        <translation>une substitution de port s’écrit PORTCATALOGUE=PORT, tous deux de 1 à 65535</translation>
    </message>
    <message>
        <source>a port override must follow the host it belongs to</source>
        <translation>une substitution de port doit suivre l’hôte auquel elle s’applique</translation>
    </message>
    <message>
        <source>port %1 is already overridden for %2</source>
        <translation>le port %1 est déjà substitué pour %2</translation>
    </message>
    <message>
        <source>a host here has no port of its own; to test another port write it after the host as CATALOGPORT=PORT, e.g. &apos;%1 389=%2&apos;</source>
        <translation>un hôte n’a pas de port propre ici ; pour tester un autre port, écrivez-le après l’hôte sous la forme PORTCATALOGUE=PORT, p. ex. « %1 389=%2 »</translation>
    </message>
    <message>
        <source>no link to these hosts uses port %1, so it cannot be overridden; the ports that apply are %2</source>
        <translation>aucune liaison vers ces hôtes n’utilise le port %1, il ne peut donc pas être substitué ; les ports concernés sont %2</translation>
    </message>
    <message>
        <source>a port is needed, expected HOST:PORT or [IPv6]:PORT</source>
        <translation>un port est nécessaire, attendu : HÔTE:PORT ou [IPv6]:PORT</translation>
    </message>
    <message>
        <source>unknown probe kind &apos;%1&apos;, expected one of: %2</source>
        <translation>type de sonde inconnu « %1 », attendu : %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>record %1 (id %2)</source>
        <translation>enregistrement %1 (id %2)</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>enregistrement %1</translation>
    </message>
    <message>
        <source>the file is larger than 16 MB; Microsoft&apos;s list is about 100 KB</source>
        <translation>le fichier dépasse 16 Mo ; la liste de Microsoft fait environ 100 Ko</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>not Microsoft&apos;s endpoints list: expected a JSON array of records (id, serviceArea, urls, tcpPorts, category, required), found an object</source>
        <translation>pas la liste des points de terminaison de Microsoft : un tableau JSON d’enregistrements (id, serviceArea, urls, tcpPorts, category, required) était attendu, un objet a été trouvé</translation>
    </message>
    <message>
        <source>the list is empty: it holds no endpoint sets</source>
        <translation>la liste est vide : elle ne contient aucun ensemble de points de terminaison</translation>
    </message>
    <message>
        <source>%1 records, more than the 10,000 a list can have</source>
        <translation>%1 enregistrements, plus que les 10 000 qu’une liste peut contenir</translation>
    </message>
    <message>
        <source>%1 is not an object: every record is a JSON object with an id</source>
        <translation>%1 n’est pas un objet : chaque enregistrement est un objet JSON avec un id</translation>
    </message>
    <message>
        <source>%1 has no set id: &apos;id&apos; must be a whole number from 1 to 1,000,000</source>
        <translation>%1 n’a pas d’identifiant d’ensemble : « id » doit être un entier de 1 à 1 000 000</translation>
    </message>
    <message>
        <source>%1: the set id appears twice</source>
        <translation>%1 : l’identifiant d’ensemble apparaît deux fois</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a string</source>
        <translation>%1 : « %2 » n’est pas une chaîne</translation>
    </message>
    <message>
        <source>%1: &apos;tcpPorts&apos; is &apos;%2&apos;, expected port numbers separated by commas</source>
        <translation>%1 : « tcpPorts » vaut « %2 », des numéros de port séparés par des virgules étaient attendus</translation>
    </message>
    <message>
        <source>%1: &apos;urls&apos; is not a list of at most 2,000 names</source>
        <translation>%1 : « urls » n’est pas une liste d’au plus 2 000 noms</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; in &apos;urls&apos; is not a DNS name</source>
        <translation>%1 : « %2 » dans « urls » n’est pas un nom DNS</translation>
    </message>
    <message>
        <source>set %1, which Guardian needs (%2), is not in the file: is it Microsoft&apos;s %3 list, saved whole?</source>
        <translation>l’ensemble %1, dont Guardian a besoin (%2), n’est pas dans le fichier : est-ce bien la liste %3 de Microsoft, enregistrée en entier ?</translation>
    </message>
    <message>
        <source>no record of the file lists the names Guardian needs for %1 (%2): is it Microsoft&apos;s %3 list?</source>
        <translation>aucun enregistrement du fichier ne liste les noms dont Guardian a besoin pour %1 (%2) : est-ce bien la liste %3 de Microsoft ?</translation>
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
        <translation>le fichier dépasse 64 Mo ; le fichier des balises de service d’Azure fait environ 5 Mo</translation>
    </message>
    <message>
        <source>not JSON: %1 at line %2, column %3</source>
        <translation>pas du JSON : %1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>not Azure&apos;s service tags file: expected an object with &quot;changeNumber&quot;, &quot;cloud&quot; and a &quot;values&quot; list of tags (ServiceTags_Public_&lt;date&gt;.json)</source>
        <translation>pas le fichier des balises de service d’Azure : un objet avec &quot;changeNumber&quot;, &quot;cloud&quot; et une liste &quot;values&quot; de balises est attendu (ServiceTags_Public_&lt;date&gt;.json)</translation>
    </message>
    <message>
        <source>the file holds more than %1 tags</source>
        <translation>le fichier contient plus de %1 balises</translation>
    </message>
    <message>
        <source>%1: expected a tag with a &quot;name&quot;</source>
        <translation>%1 : une balise avec &quot;name&quot; est attendue</translation>
    </message>
    <message>
        <source>%1: no &quot;properties&quot; with &quot;addressPrefixes&quot;</source>
        <translation>%1 : aucune &quot;properties&quot; avec &quot;addressPrefixes&quot;</translation>
    </message>
    <message>
        <source>%1: more than %2 address prefixes</source>
        <translation>%1 : plus de %2 préfixes d’adresse</translation>
    </message>
    <message>
        <source>%1: addressPrefixes[%2] is not an address prefix (such as 13.69.105.0/24): %3</source>
        <translation>%1 : addressPrefixes[%2] n’est pas un préfixe d’adresse (comme 13.69.105.0/24) : %3</translation>
    </message>
    <message>
        <source>the file lists no service tags</source>
        <translation>le fichier ne contient aucune balise de service</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&quot;changeNumber&quot; must be a whole number from 0, found %1</source>
        <translation>&quot;changeNumber&quot; doit être un nombre entier à partir de 0, trouvé : %1</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>not a regular file (a device, a pipe or a socket), refused</source>
        <translation>pas un fichier ordinaire (un périphérique, un tube ou un socket), refusé</translation>
    </message>
    <message>
        <source>%1 bytes, larger than the %2 such a file may be</source>
        <translation>%1 octets, plus que les %2 autorisés pour un tel fichier</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>larger than the %1 such a file may be</source>
        <translation>plus que les %1 autorisés pour un tel fichier</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>not a Guardian Port Check results file (no &quot;tool&quot;: &quot;guardian-portcheck&quot;)</source>
        <translation>pas un fichier de résultats Guardian Port Check (pas de &quot;tool&quot;: &quot;guardian-portcheck&quot;)</translation>
    </message>
    <message>
        <source>schema %1 is not supported, expected 1</source>
        <translation>le schéma %1 n’est pas pris en charge, 1 attendu</translation>
    </message>
    <message>
        <source>has no &quot;checks&quot; and &quot;verdicts&quot;: written by &apos;probe&apos;, not &apos;run&apos;? Only &apos;run&apos; results merge</source>
        <translation>n’a ni &quot;checks&quot; ni &quot;verdicts&quot; : écrit par « probe » et non « run » ? Seuls les résultats de « run » se fusionnent</translation>
    </message>
    <message>
        <source>unknown vantage role &apos;%1&apos;</source>
        <translation>rôle de point de vue inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown option value %1=%2</source>
        <translation>valeur d’option inconnue %1=%2</translation>
    </message>
    <message>
        <source>the run has no host</source>
        <translation>l’exécution n’a pas d’hôte</translation>
    </message>
    <message>
        <source>check %1: unknown link &apos;%2&apos;</source>
        <translation>test %1 : liaison inconnue « %2 »</translation>
    </message>
    <message>
        <source>no results files to merge</source>
        <translation>aucun fichier de résultats à fusionner</translation>
    </message>
    <message>
        <source>%1: ran with other modes, so the verdicts cannot be joined (%2)</source>
        <translation>%1 : exécuté avec d’autres modes, les verdicts ne peuvent donc pas être fusionnés (%2)</translation>
    </message>
    <message>
        <source>%1: catalog %2, %3: %4</source>
        <translation>%1 : catalogue %2, %3 : %4</translation>
    </message>
    <message>
        <source>not JSON at %1:%2: %3</source>
        <translation>pas du JSON en %1:%2 : %3</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be the number 1, found %1</source>
        <translation>&quot;schema&quot; doit être le nombre 1, trouvé : %1</translation>
    </message>
    <message>
        <source>check %1: &quot;%2&quot; is missing or bad (%3)</source>
        <translation>test %1 : &quot;%2&quot; manquant ou incorrect (%3)</translation>
    </message>
    <message>
        <source>%1 is the same run as %2 (%3, started %4): it is read once</source>
        <translation>%1 est la même exécution que %2 (%3, démarrée le %4) : elle n’est lue qu’une fois</translation>
    </message>
    <message>
        <source>%1 and %2 are two runs of %3 from the same roles: each check counts once, the later result wins (%4 results of %1 replaced by %2)</source>
        <translation>%1 et %2 sont deux exécutions sur %3 avec les mêmes rôles : chaque test compte une fois, le résultat le plus récent l’emporte (%4 résultats de %1 remplacés par %2)</translation>
    </message>
    <message>
        <source>the run&apos;s proxy %1 is not a proxy URL</source>
        <translation>le proxy %1 de l’exécution n’est pas une URL de proxy</translation>
    </message>
    <message>
        <source>%1: the role &apos;%2&apos; has more than %3 networks in all the files; the request leaves out %4</source>
        <translation>%1 : le rôle &apos;%2&apos; a plus de %3 réseaux dans l&apos;ensemble des fichiers ; la demande en omet %4</translation>
    </message>
    <message>
        <source>&quot;source_networks&quot; must be an object of roles and their networks, found %1</source>
        <translation>&quot;source_networks&quot; doit être un objet de rôles et de leurs réseaux, trouvé : %1</translation>
    </message>
    <message>
        <source>unknown source role &apos;%1&apos; in &quot;source_networks&quot;</source>
        <translation>rôle source inconnu &apos;%1&apos; dans &quot;source_networks&quot;</translation>
    </message>
    <message>
        <source>the networks of &apos;%1&apos; must be a list of at most %2 networks, found %3</source>
        <translation>les réseaux de &apos;%1&apos; doivent être une liste d&apos;au plus %2 réseaux, trouvé : %3</translation>
    </message>
    <message>
        <source>bad network %1 for the role &apos;%2&apos;, expected a CIDR or one address, each once</source>
        <translation>réseau %1 invalide pour le rôle &apos;%2&apos; : un CIDR ou une adresse est attendu, chacun une seule fois</translation>
    </message>
</context>
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
    <message>
        <source>Not needed: every link that uses this port works through another port.</source>
        <translation>Non nécessaire : chaque liaison qui utilise ce port fonctionne par un autre port.</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non nécessaire</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
</context>
<context>
    <name>PortCheck::ComparisonPanes</name>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
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
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Links whose verdict changed</source>
        <translation>Liens dont le verdict a changé</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
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
        <source>Found before</source>
        <translation>Constaté avant</translation>
    </message>
    <message>
        <source>Found after</source>
        <translation>Constaté après</translation>
    </message>
    <message>
        <source>Rules the run before asked for</source>
        <translation>Règles demandées par l’exécution d’avant</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après : %1</translation>
    </message>
    <message>
        <source>No link changed its verdict.</source>
        <translation>Aucun lien n’a changé de verdict.</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) the run before asked for are verified open after the change.</source>
        <translation>%1 règle(s) sur %2 demandée(s) par l’exécution d’avant sont vérifiée(s) ouverte(s) après le changement.</translation>
    </message>
    <message>
        <source>(see the tab Rules verified)</source>
        <translation>(voir l’onglet « Règles vérifiées »)</translation>
    </message>
    <message>
        <source>verified open</source>
        <translation>ouverture vérifiée</translation>
    </message>
    <message>
        <source>still closed</source>
        <translation>toujours fermé</translation>
    </message>
    <message>
        <source>not tested after</source>
        <translation>non testé après</translation>
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
    <message>
        <source>&amp;Proxy for HTTPS to the Internet</source>
        <translation>Pro&amp;xy pour HTTPS vers Internet</translation>
    </message>
    <message>
        <source>This computer&apos;s setting (system proxy)</source>
        <translation>Paramètre de cet ordinateur (proxy système)</translation>
    </message>
    <message>
        <source>No proxy: direct</source>
        <translation>Aucun proxy : connexion directe</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Ce proxy :</translation>
    </message>
    <message>
        <source>Proxy for HTTPS to the Internet</source>
        <translation>Proxy pour HTTPS vers Internet</translation>
    </message>
    <message>
        <source>http://proxy.corp.example:8080</source>
        <translation>http://proxy.corp.example:8080</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Adresse du proxy</translation>
    </message>
    <message>
        <source>Proxy: what it means</source>
        <translation>Proxy : ce que cela signifie</translation>
    </message>
    <message>
        <source>Type the proxy&apos;s address, e.g. http://proxy.corp.example:8080.</source>
        <translation>Saisissez l’adresse du proxy, par exemple http://proxy.corp.example:8080.</translation>
    </message>
    <message>
        <source>Not a proxy address yet: %1.</source>
        <translation>Pas encore une adresse de proxy : %1.</translation>
    </message>
    <message>
        <source>Each Internet link is probed through %1 (HTTP CONNECT, no credentials) and directly, side by side; the verdict follows the proxy.</source>
        <translation>Chaque liaison Internet est sondée côte à côte via %1 (HTTP CONNECT, sans identifiants) et en direct ; le verdict suit le proxy.</translation>
    </message>
    <message>
        <source>Internet links are probed directly, as Guardian connects without a proxy.</source>
        <translation>Les liaisons Internet sont sondées en direct, puisque Guardian se connecte sans proxy.</translation>
    </message>
    <message>
        <source>The proxy Windows gives this computer (WinHTTP and Internet Options, with PAC and WPAD) is asked when the run starts; the report names it.</source>
        <translation>Le proxy que Windows attribue à cet ordinateur (WinHTTP et Options Internet, avec PAC et WPAD) est interrogé au démarrage de l’exécution ; le rapport l’indique.</translation>
    </message>
    <message>
        <source>The proxy of this computer&apos;s settings (https_proxy and the desktop&apos;s settings) is asked when the run starts; the report names it.</source>
        <translation>Le proxy des paramètres de cet ordinateur (https_proxy et les paramètres du bureau) est interrogé au démarrage de l’exécution ; le rapport l’indique.</translation>
    </message>
    <message>
        <source>Azure &amp;region of the SQL server</source>
        <translation>&amp;Région Azure du serveur SQL</translation>
    </message>
    <message>
        <source>westeurope</source>
        <translation>westeurope</translation>
    </message>
    <message>
        <source>Azure region of the SQL server</source>
        <translation>Région Azure du serveur SQL</translation>
    </message>
    <message>
        <source>Azure region: what it means</source>
        <translation>Région Azure : ce qu’elle signifie</translation>
    </message>
    <message>
        <source>Not an Azure region: letters, digits, spaces and hyphens, as in westeurope or West Europe.</source>
        <translation>Pas une région Azure : lettres, chiffres, espaces et traits d’union, comme westeurope ou West Europe.</translation>
    </message>
    <message>
        <source>Optional: the firewall request names the service tag Sql.&lt;region&gt; until you give the region.</source>
        <translation>Facultatif : tant que vous n’indiquez pas la région, la demande de pare-feu nomme la balise de service Sql.&lt;région&gt;.</translation>
    </message>
    <message>
        <source>The firewall request names the service tag %1 (not for a private endpoint).</source>
        <translation>La demande de pare-feu nomme la balise de service %1 (pas pour un point de terminaison privé).</translation>
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
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : illisible : %2</translation>
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
    <message>
        <source>Invalid entries</source>
        <translation>Entrées invalides</translation>
    </message>
    <message>
        <source>Choose an entry to put the cursor on it in the host list</source>
        <translation>Choisissez une entrée pour placer le curseur dessus dans la liste d’hôtes</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Sit&amp;e :</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) to correct, listed below and underlined in the text:</source>
        <translation>
            <numerusform>%n entrée à corriger, listée ci-dessous et soulignée dans le texte :</numerusform>
            <numerusform>%n entrées à corriger, listées ci-dessous et soulignées dans le texte :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, not listed: correct the ones above first.</source>
        <translation>
            <numerusform>… et %n autre, non listée : corrigez d’abord celles ci-dessus.</numerusform>
            <numerusform>… et %n autres, non listées : corrigez d’abord celles ci-dessus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2and %n more</source>
        <translation>
            <numerusform>%1%2et %n autre</numerusform>
            <numerusform>%1%2et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Last import: %n host(s) from the first column of %1.</source>
        <translation>
            <numerusform>Dernière importation : %n hôte de la première colonne de %1.</numerusform>
            <numerusform>Dernière importation : %n hôtes de la première colonne de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last import: %n host(s) from the column &quot;%2&quot; of %1.</source>
        <translation>
            <numerusform>Dernière importation : %n hôte de la colonne &quot;%2&quot; de %1.</numerusform>
            <numerusform>Dernière importation : %n hôtes de la colonne &quot;%2&quot; de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no host there.</source>
        <translation>
            <numerusform>%n ligne sans hôte dans cette colonne.</numerusform>
            <numerusform>%n lignes sans hôte dans cette colonne.</numerusform>
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
    <message>
        <source>For the report&apos;s cover</source>
        <translation>Pour la page de garde du rapport</translation>
    </message>
    <message>
        <source>&amp;Run by</source>
        <translation>&amp;Exécuté par</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>Change &amp;ticket</source>
        <translation>&amp;Ticket de changement</translation>
    </message>
    <message>
        <source>e.g. CHG0012345</source>
        <translation>p. ex. CHG0012345</translation>
    </message>
    <message>
        <source>Re&amp;quested by</source>
        <translation>&amp;Demandé par</translation>
    </message>
    <message>
        <source>who asked for the change</source>
        <translation>qui a demandé le changement</translation>
    </message>
    <message>
        <source>Appro&amp;ved by</source>
        <translation>A&amp;pprouvé par</translation>
    </message>
    <message>
        <source>left empty: a line to sign on the printed report</source>
        <translation>laissé vide : une ligne à signer sur le rapport imprimé</translation>
    </message>
    <message>
        <source>Report cover: what is wrong</source>
        <translation>Page de garde : ce qui ne va pas</translation>
    </message>
    <message>
        <source>Not taken: %1.</source>
        <translation>Non retenu : %1.</translation>
    </message>
    <message>
        <source>Roles the profile gives this computer</source>
        <translation>Rôles que le profil donne à cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Use these roles</source>
        <translation>&amp;Utiliser ces rôles</translation>
    </message>
    <message>
        <source>Choose the roles whose host lists in the profile name this computer</source>
        <translation>Choisir les rôles dont les listes d&apos;hôtes du profil nomment cet ordinateur</translation>
    </message>
    <message>
        <source>The profile&apos;s host lists do not name this computer: choose its roles below, or add its name to the list of its role.</source>
        <translation>Les listes d&apos;hôtes du profil ne nomment pas cet ordinateur : choisissez ses rôles ci-dessous, ou ajoutez son nom à la liste de son rôle.</translation>
    </message>
    <message>
        <source>%1 (listed as %2)</source>
        <translation>%1 (listé comme %2)</translation>
    </message>
    <message>
        <source>The profile&apos;s host lists name this computer: %1.</source>
        <translation>Les listes d&apos;hôtes du profil nomment cet ordinateur : %1.</translation>
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
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Save pr&amp;ofile…</source>
        <translation>Enregistrer le pr&amp;ofil…</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Save what you chose as a profile (Ctrl+S): the file guardian-portcheck run reads on another machine</source>
        <translation>Enregistrer vos choix comme profil (Ctrl+S) : le fichier que guardian-portcheck run lit sur une autre machine</translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml)</source>
        <translation>Profils (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
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
        <translation>Enregistrer le r&amp;apport (PDF)…</translation>
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
        <source>Diagram as &amp;PNG…</source>
        <translation>Diagramme en P&amp;NG…</translation>
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
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
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
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>Demande de modification du pare-feu</translation>
    </message>
    <message>
        <source>Firewall request</source>
        <translation>Demande de pare-feu</translation>
    </message>
    <message>
        <source>Save firewall re&amp;quest (CSV)…</source>
        <translation>Enregistrer la &amp;demande de pare-feu (CSV)…</translation>
    </message>
    <message>
        <source>This link starts on the %1. Copy %2 there and run:</source>
        <translation>Cette liaison part de « %1 ». Copiez %2 sur cette machine et exécutez :</translation>
    </message>
    <message>
        <source>Then open both results files together (Open results… on the first page, or guardian-portcheck merge) to see every link in one report.</source>
        <translation>Ouvrez ensuite les deux fichiers de résultats ensemble (Ouvrir des résultats… sur la première page, ou guardian-portcheck merge) pour voir toutes les liaisons dans un seul rapport.</translation>
    </message>
    <message>
        <source>This link starts on the %1. To test it there, save the profile first (Save profile…, Ctrl+S): this advice then names the file and the command to run there. To probe only these ports there, run:</source>
        <translation>Cette liaison part de « %1 ». Pour la tester sur cette machine, enregistrez d’abord le profil (Enregistrer le profil…, Ctrl+S) : ce conseil indiquera alors le fichier et la commande à y exécuter. Pour n’y sonder que ces ports, exécutez :</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>Ce qu’il faut changer :</translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation>pour : %1</translation>
    </message>
    <message>
        <source>This build has no SVG support; save the diagram as PNG instead.</source>
        <translation>Cette version ne prend pas en charge le SVG ; enregistrez plutôt le diagramme en PNG.</translation>
    </message>
    <message numerus="yes">
        <source>Service tag %1 (%2), %n address prefix(es): %3</source>
        <translation>
            <numerusform>Balise de service %1 (%2), %n préfixe d’adresse : %3</numerusform>
            <numerusform>Balise de service %1 (%2), %n préfixes d’adresse : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Report as &amp;HTML…</source>
        <translation>Rapport en &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the report as one HTML file</source>
        <translation>Enregistrer le rapport dans un seul fichier HTML</translation>
    </message>
    <message>
        <source>One file with the diagram inside: opens from an e-mail or a ticket</source>
        <translation>Un seul fichier, diagramme compris : il s’ouvre depuis un e-mail ou un ticket</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <source>Rules verified</source>
        <translation>Règles vérifiées</translation>
    </message>
    <message>
        <source>(after the change: %1 fixed, %2 newly broken)</source>
        <translation>(après le changement : %1 corrigés, %2 nouvellement en échec)</translation>
    </message>
    <message>
        <source>Coverage by source machine</source>
        <translation>Couverture par machine source</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Still to run:</source>
        <translation>Reste à exécuter :</translation>
    </message>
    <message>
        <source>Filter by verdict, path, host or reason</source>
        <translation>Filtrer par verdict, chemin, hôte ou raison</translation>
    </message>
    <message>
        <source>Filter the verdicts</source>
        <translation>Filtrer les verdicts</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (every host is in the CSV and the report)</source>
        <translation>
            <numerusform>et %n autre (chaque hôte figure dans le CSV et le rapport)</numerusform>
            <numerusform>et %n autres (chaque hôte figure dans le CSV et le rapport)</numerusform>
        </translation>
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
        <source>&amp;Protocol timeout:</source>
        <translation>Délai du &amp;protocole :</translation>
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
        <source>A new language applies from the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Connec&amp;t timeout:</source>
        <translation>Délai de &amp;connexion :</translation>
    </message>
    <message>
        <source>Probes &amp;at once:</source>
        <translation>Sondes &amp;simultanées :</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>&amp;Fichier d’AC supplémentaire :</translation>
    </message>
    <message>
        <source>Azure service tags file</source>
        <translation>Fichier des balises de service Azure</translation>
    </message>
    <message>
        <source>ServiceTags_Public_&lt;date&gt;.json, optional</source>
        <translation>ServiceTags_Public_&lt;date&gt;.json, facultatif</translation>
    </message>
    <message>
        <source>A copy of Microsoft&apos;s &quot;Azure IP Ranges and Service Tags&quot; that you saved (never downloaded here): the firewall request lists the address prefixes of the Azure SQL server&apos;s region from it.</source>
        <translation>Une copie que vous avez enregistrée de « Azure IP Ranges and Service Tags » de Microsoft (jamais téléchargée ici) : la demande de pare-feu y prend les préfixes d’adresse de la région du serveur Azure SQL.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Choose the Azure service tags file</source>
        <translation>Choisir le fichier des balises de service Azure</translation>
    </message>
    <message>
        <source>Azure service tags</source>
        <translation>Balises de service Azure</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Azure service ta&amp;gs file:</source>
        <translation>Fichier des &amp;balises de service Azure :</translation>
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
    <message>
        <source>Ne&amp;w check</source>
        <translation>&amp;Nouvelle vérification</translation>
    </message>
    <message>
        <source>Open resul&amp;ts…</source>
        <translation>Ouvrir des résu&amp;ltats…</translation>
    </message>
    <message>
        <source>Com&amp;pare before and after…</source>
        <translation>Com&amp;parer avant et après…</translation>
    </message>
    <message>
        <source>Two results files of one site, from before and after a firewall change: what was fixed, what broke, and whether each rule asked for is now open.</source>
        <translation>Deux fichiers de résultats d’un même site, avant et après un changement du pare-feu : ce qui est corrigé, ce qui est cassé, et si chaque règle demandée est maintenant ouverte.</translation>
    </message>
    <message>
        <source>Before the change: choose its results file</source>
        <translation>Avant le changement : choisir son fichier de résultats</translation>
    </message>
    <message>
        <source>After the change: choose its results file</source>
        <translation>Après le changement : choisir son fichier de résultats</translation>
    </message>
    <message>
        <source>The two results files cannot be compared:</source>
        <translation>Les deux fichiers de résultats ne peuvent pas être comparés :</translation>
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
    <message>
        <source>This build has no SVG support (Qt SVG was missing when it was built); save the diagram as PNG instead. %1 was not written.</source>
        <translation>Cette version ne prend pas en charge le SVG (Qt SVG manquait lors de sa compilation) ; enregistrez plutôt le diagramme en PNG. %1 n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Nothing to show: no link fails or warns.</source>
        <translation>Rien à afficher : aucune liaison n&apos;échoue ni n&apos;avertit.</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problèmes seulement</translation>
    </message>
    <message numerus="yes">
        <source>Run in progress: %n failing link(s) so far.</source>
        <translation>
            <numerusform>Test en cours : %n liaison en échec pour l&apos;instant.</numerusform>
            <numerusform>Test en cours : %n liaisons en échec pour l&apos;instant.</numerusform>
        </translation>
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
    <message>
        <source>Problems only</source>
        <translation>Problèmes seulement</translation>
    </message>
    <message>
        <source>Show only the links that fail or warn</source>
        <translation>N&apos;afficher que les liaisons en échec ou en avertissement</translation>
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
    <name>Probe</name>
    <message>
        <source>self-signed</source>
        <translation>auto-signé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>name mismatch</source>
        <translation>nom différent</translation>
    </message>
    <message>
        <source>untrusted issuer</source>
        <translation>émetteur non approuvé</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
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
        <source>not tested</source>
        <translation>non testé</translation>
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
    <message>
        <source>TCP connection accepted</source>
        <translation>connexion TCP acceptée</translation>
    </message>
    <message>
        <source>TLS handshake completed</source>
        <translation>négociation TLS terminée</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificat : %1</translation>
    </message>
    <message>
        <source>the answer is larger than 256 KB</source>
        <translation>la réponse dépasse 256 Ko</translation>
    </message>
    <message>
        <source>the connection closed during the NetBIOS session request</source>
        <translation>la connexion s’est fermée pendant la demande de session NetBIOS</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>la connexion a été fermée sans réponse</translation>
    </message>
    <message>
        <source>the connection was closed in the middle of the answer</source>
        <translation>la connexion a été fermée au milieu de la réponse</translation>
    </message>
    <message>
        <source>the connection was closed during the TLS handshake</source>
        <translation>la connexion a été fermée pendant la négociation TLS</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>no answer to the connection attempt</source>
        <translation>aucune réponse à la tentative de connexion</translation>
    </message>
    <message>
        <source>the service does not speak TLS: %1</source>
        <translation>le service ne parle pas TLS : %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>échec de la négociation TLS : %1</translation>
    </message>
    <message>
        <source>no answer to the connection attempt within %1 ms</source>
        <translation>aucune réponse à la tentative de connexion en %1 ms</translation>
    </message>
    <message>
        <source>the TLS handshake did not finish within %1 ms</source>
        <translation>la négociation TLS ne s’est pas terminée en %1 ms</translation>
    </message>
    <message>
        <source>accepted the connection, then said nothing for %1 ms</source>
        <translation>a accepté la connexion, puis n’a rien dit pendant %1 ms</translation>
    </message>
    <message>
        <source>sent %1 bytes that are not a complete answer</source>
        <translation>a envoyé %1 octets qui ne forment pas une réponse complète</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>the answer is not an LDAP message</source>
        <translation>la réponse n’est pas un message LDAP</translation>
    </message>
    <message>
        <source>malformed LDAP message</source>
        <translation>message LDAP mal formé</translation>
    </message>
    <message>
        <source>malformed LDAP search entry</source>
        <translation>entrée de recherche LDAP mal formée</translation>
    </message>
    <message>
        <source>malformed or oversized LDAP attribute list</source>
        <translation>liste d’attributs LDAP mal formée ou trop grande</translation>
    </message>
    <message>
        <source>malformed LDAP attribute</source>
        <translation>attribut LDAP mal formé</translation>
    </message>
    <message>
        <source>malformed or oversized LDAP attribute values</source>
        <translation>valeurs d’attribut LDAP mal formées ou trop grandes</translation>
    </message>
    <message>
        <source>truncated LDAP attribute value</source>
        <translation>valeur d’attribut LDAP tronquée</translation>
    </message>
    <message>
        <source>truncated LDAP attribute list</source>
        <translation>liste d’attributs LDAP tronquée</translation>
    </message>
    <message>
        <source>malformed LDAP result</source>
        <translation>résultat LDAP mal formé</translation>
    </message>
    <message>
        <source>answered as %1, not %2: an alias, a load balancer or the wrong DNS record</source>
        <translation>a répondu en tant que %1, pas %2 : un alias, un répartiteur de charge ou un mauvais enregistrement DNS</translation>
    </message>
    <message>
        <source>unexpected LDAP operation 0x%1</source>
        <translation>opération LDAP inattendue 0x%1</translation>
    </message>
    <message>
        <source>the answer is not an SMB frame</source>
        <translation>la réponse n’est pas une trame SMB</translation>
    </message>
    <message>
        <source>the SMB frame is larger than any NEGOTIATE answer</source>
        <translation>la trame SMB est plus grande que toute réponse NEGOTIATE</translation>
    </message>
    <message>
        <source>the server speaks only SMB1, which Guardian does not use</source>
        <translation>le serveur ne parle que SMB1, que Guardian n’utilise pas</translation>
    </message>
    <message>
        <source>the answer is not SMB2</source>
        <translation>la réponse n’est pas du SMB2</translation>
    </message>
    <message>
        <source>the SMB2 answer is too short</source>
        <translation>la réponse SMB2 est trop courte</translation>
    </message>
    <message>
        <source>the SMB2 answer is not a NEGOTIATE response</source>
        <translation>la réponse SMB2 n’est pas une réponse NEGOTIATE</translation>
    </message>
    <message>
        <source>the server rejected SMB2 NEGOTIATE with status 0x%1</source>
        <translation>le serveur a rejeté SMB2 NEGOTIATE avec le statut 0x%1</translation>
    </message>
    <message>
        <source>the SMB2 NEGOTIATE response has a wrong structure size</source>
        <translation>la réponse SMB2 NEGOTIATE a une taille de structure incorrecte</translation>
    </message>
    <message>
        <source>the answer is not a NetBIOS session response</source>
        <translation>la réponse n’est pas une réponse de session NetBIOS</translation>
    </message>
    <message>
        <source>the NetBIOS session response is too long</source>
        <translation>la réponse de session NetBIOS est trop longue</translation>
    </message>
    <message>
        <source>not listening on the called name</source>
        <translation>n’écoute pas sur le nom appelé</translation>
    </message>
    <message>
        <source>not listening for the calling name</source>
        <translation>n’écoute pas pour le nom appelant</translation>
    </message>
    <message>
        <source>called name not present</source>
        <translation>nom appelé absent</translation>
    </message>
    <message>
        <source>insufficient resources</source>
        <translation>ressources insuffisantes</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>erreur non précisée</translation>
    </message>
    <message>
        <source>NetBIOS refused the session: %1 (0x%2)</source>
        <translation>NetBIOS a refusé la session : %1 (0x%2)</translation>
    </message>
    <message>
        <source>bad or oversized chunk in the HTTP body</source>
        <translation>bloc invalide ou trop grand dans le corps HTTP</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>la réponse n’est pas du HTTP</translation>
    </message>
    <message>
        <source>the HTTP headers are larger than 32 KB</source>
        <translation>les en-têtes HTTP dépassent 32 Ko</translation>
    </message>
    <message>
        <source>more than 100 HTTP header lines</source>
        <translation>plus de 100 lignes d’en-tête HTTP</translation>
    </message>
    <message>
        <source>malformed HTTP status line</source>
        <translation>ligne d’état HTTP mal formée</translation>
    </message>
    <message>
        <source>malformed HTTP header line</source>
        <translation>ligne d’en-tête HTTP mal formée</translation>
    </message>
    <message>
        <source>bad or oversized Content-Length</source>
        <translation>Content-Length invalide ou trop grand</translation>
    </message>
    <message>
        <source>the HTTP body is larger than 256 KB</source>
        <translation>le corps HTTP dépasse 256 Ko</translation>
    </message>
    <message>
        <source>HTTP 401 without an authentication scheme: not a WinRM listener</source>
        <translation>HTTP 401 sans schéma d’authentification : pas un écouteur WinRM</translation>
    </message>
    <message>
        <source>a WinRM listener that demands authentication (%1) for Identify</source>
        <translation>un écouteur WinRM qui exige une authentification (%1) pour Identify</translation>
    </message>
    <message>
        <source>HTTP %1 to a WS-Management Identify: a web server, but not WinRM</source>
        <translation>HTTP %1 à un Identify WS-Management : un serveur web, mais pas WinRM</translation>
    </message>
    <message>
        <source>HTTP 200, but no WS-Management IdentifyResponse in the body</source>
        <translation>HTTP 200, mais aucune IdentifyResponse WS-Management dans le corps</translation>
    </message>
    <message>
        <source>the answer is not a TDS packet</source>
        <translation>la réponse n’est pas un paquet TDS</translation>
    </message>
    <message>
        <source>the answer is not a TDS response packet</source>
        <translation>la réponse n’est pas un paquet de réponse TDS</translation>
    </message>
    <message>
        <source>the TDS packet length is too small</source>
        <translation>la longueur du paquet TDS est trop petite</translation>
    </message>
    <message>
        <source>the TDS PRELOGIN answer has no version</source>
        <translation>la réponse TDS PRELOGIN n’a pas de version</translation>
    </message>
    <message>
        <source>malformed TDS PRELOGIN option table</source>
        <translation>table d’options TDS PRELOGIN mal formée</translation>
    </message>
    <message>
        <source>a TDS PRELOGIN option points outside the packet</source>
        <translation>une option TDS PRELOGIN pointe hors du paquet</translation>
    </message>
    <message>
        <source>the TDS PRELOGIN option table is not terminated</source>
        <translation>la table d’options TDS PRELOGIN n’est pas terminée</translation>
    </message>
    <message>
        <source>not probed (the run was cancelled)</source>
        <translation>non sondé (l’exécution a été annulée)</translation>
    </message>
    <message>
        <source>not testable from this machine</source>
        <translation>impossible à tester depuis cette machine</translation>
    </message>
    <message>
        <source>the probe ran out of memory while reading the answer</source>
        <translation>la sonde a manqué de mémoire en lisant la réponse</translation>
    </message>
    <message>
        <source>the probe failed: %1</source>
        <translation>la sonde a échoué : %1</translation>
    </message>
    <message>
        <source>the probe failed on an unknown error</source>
        <translation>la sonde a échoué sur une erreur inconnue</translation>
    </message>
    <message>
        <source>not probed: PORTCHECK_LOOPBACK_ONLY allows loopback addresses only</source>
        <translation>non sondé : PORTCHECK_LOOPBACK_ONLY n’autorise que les adresses loopback</translation>
    </message>
    <message>
        <source>the SMB2 header has a wrong structure size</source>
        <translation>l’en-tête SMB2 a une taille de structure incorrecte</translation>
    </message>
    <message>
        <source>the SMB2 server chose dialect %1, which was never offered</source>
        <translation>le serveur SMB2 a choisi le dialecte %1, qui n’a jamais été proposé</translation>
    </message>
    <message>
        <source>the SMB2 security buffer (offset %1, %2 bytes) does not fit the %3-byte answer</source>
        <translation>le tampon de sécurité SMB2 (décalage %1, %2 octets) ne tient pas dans la réponse de %3 octets</translation>
    </message>
    <message>
        <source>the SMB2 NEGOTIATE response lists %1 negotiate contexts that do not fit the %2-byte answer</source>
        <translation>la réponse SMB2 NEGOTIATE annonce %1 contextes de négociation qui ne tiennent pas dans la réponse de %2 octets</translation>
    </message>
    <message>
        <source>malformed Kerberos message</source>
        <translation>message Kerberos mal formé</translation>
    </message>
    <message>
        <source>the answer is not a Kerberos message</source>
        <translation>la réponse n’est pas un message Kerberos</translation>
    </message>
    <message>
        <source>the KDC answered, but does not serve the realm %1</source>
        <translation>le KDC a répondu, mais ne sert pas le domaine Kerberos %1</translation>
    </message>
    <message>
        <source>the KDC answered for the realm %1, not %2</source>
        <translation>le KDC a répondu pour le domaine Kerberos %1, pas %2</translation>
    </message>
    <message>
        <source>the answer is not a DNS message</source>
        <translation>la réponse n’est pas un message DNS</translation>
    </message>
    <message>
        <source>malformed DNS answer</source>
        <translation>réponse DNS mal formée</translation>
    </message>
    <message>
        <source>the DNS answer is for %1, not for the name asked</source>
        <translation>la réponse DNS concerne %1, pas le nom demandé</translation>
    </message>
    <message>
        <source>the DNS server answered that %1 does not exist (NXDOMAIN): it does not serve that domain</source>
        <translation>le serveur DNS a répondu que %1 n’existe pas (NXDOMAIN) : il ne sert pas ce domaine</translation>
    </message>
    <message>
        <source>the DNS server answered %1 for %2</source>
        <translation>le serveur DNS a répondu %1 pour %2</translation>
    </message>
    <message>
        <source>the DNS server has no records at %1</source>
        <translation>le serveur DNS n’a aucun enregistrement pour %1</translation>
    </message>
    <message>
        <source>an LDAP server that refuses the anonymous rootDSE search (result code %1), which every Active Directory domain controller answers</source>
        <translation>un serveur LDAP qui refuse la recherche anonyme du rootDSE (code de résultat %1), à laquelle tout contrôleur de domaine Active Directory répond</translation>
    </message>
    <message>
        <source>an LDAP server, not an Active Directory domain controller (its rootDSE has no dsServiceName or domainControllerFunctionality)</source>
        <translation>un serveur LDAP, pas un contrôleur de domaine Active Directory (son rootDSE n’a ni dsServiceName ni domainControllerFunctionality)</translation>
    </message>
    <message>
        <source>an LDAP server (%1), not an Active Directory domain controller</source>
        <translation>un serveur LDAP (%1), pas un contrôleur de domaine Active Directory</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering CONNECT</source>
        <translation>le proxy %1 a fermé la connexion sans répondre à CONNECT</translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT with something other than HTTP: %2</source>
        <translation>le proxy %1 a répondu à CONNECT par autre chose que du HTTP : %2</translation>
    </message>
    <message>
        <source>the proxy %1 demands authentication (407)</source>
        <translation>le proxy %1 exige une authentification (407)</translation>
    </message>
    <message>
        <source>the proxy %1 demands authentication (407; it offers %2)</source>
        <translation>le proxy %1 exige une authentification (407 ; il propose %2)</translation>
    </message>
    <message>
        <source>the proxy %1 could not open a tunnel to %2 (%3)</source>
        <translation>le proxy %1 n’a pas pu ouvrir de tunnel vers %2 (%3)</translation>
    </message>
    <message>
        <source>the proxy %1 refused the tunnel to %2 (%3)</source>
        <translation>le proxy %1 a refusé le tunnel vers %2 (%3)</translation>
    </message>
    <message>
        <source>the proxy %1 refused the connection</source>
        <translation>le proxy %1 a refusé la connexion</translation>
    </message>
    <message>
        <source>no answer from the proxy %1</source>
        <translation>aucune réponse du proxy %1</translation>
    </message>
    <message>
        <source>the proxy %1 cannot be reached: %2</source>
        <translation>le proxy %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>no answer from the proxy %1 within %2 ms</source>
        <translation>aucune réponse du proxy %1 en %2 ms</translation>
    </message>
    <message>
        <source>the proxy %1 accepted the connection and did not answer CONNECT within %2 ms</source>
        <translation>le proxy %1 a accepté la connexion et n’a pas répondu à CONNECT en %2 ms</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering the request for %2</source>
        <translation>le proxy %1 a fermé la connexion sans répondre à la requête pour %2</translation>
    </message>
    <message>
        <source>the proxy %1 answered the request for %2 with something other than HTTP: %3</source>
        <translation>le proxy %1 a répondu à la requête pour %2 par autre chose que du HTTP : %3</translation>
    </message>
    <message>
        <source>the proxy %1 could not fetch %2 (%3)</source>
        <translation>le proxy %1 n’a pas pu récupérer %2 (%3)</translation>
    </message>
    <message>
        <source>the proxy %1 refused to fetch %2 (%3)</source>
        <translation>le proxy %1 a refusé de récupérer %2 (%3)</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, then the TLS handshake inside TDS failed: %1</source>
        <translation>TDS PRELOGIN a répondu, puis la négociation TLS dans TDS a échoué : %1</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, TLS handshake inside TDS completed</source>
        <translation>TDS PRELOGIN a répondu, négociation TLS dans TDS terminée</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered; certificate: %1</source>
        <translation>TDS PRELOGIN a répondu ; certificat : %1</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, then the server closed the connection during the TLS handshake inside TDS</source>
        <translation>TDS PRELOGIN a répondu, puis le serveur a fermé la connexion pendant la négociation TLS dans TDS</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, then the TLS handshake inside TDS did not finish within %1 ms</source>
        <translation>TDS PRELOGIN a répondu, puis la négociation TLS dans TDS ne s’est pas terminée en %1 ms</translation>
    </message>
    <message>
        <source>the TLS relay for TDS could not listen on loopback: %1</source>
        <translation>le relais TLS pour TDS n’a pas pu écouter sur le bouclage : %1</translation>
    </message>
    <message>
        <source>the server sent more than 256 KB during the TLS handshake</source>
        <translation>le serveur a envoyé plus de 256 Ko pendant la négociation TLS</translation>
    </message>
    <message>
        <source>the TDS packet claims %1 bytes; MS-TDS allows at most 32,767</source>
        <translation>le paquet TDS annonce %1 octets ; MS-TDS en autorise au plus 32 767</translation>
    </message>
    <message>
        <source>the server sent a TDS packet of type 0x%1 during the TLS handshake, not PRELOGIN (0x12)</source>
        <translation>le serveur a envoyé un paquet TDS de type 0x%1 pendant la négociation TLS, et non PRELOGIN (0x12)</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>unsupported profile version &apos;%1&apos;, expected 1</source>
        <translation>version de profil « %1 » non prise en charge, 1 attendu</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; in &apos;vantage&apos;, expected one of: %2</source>
        <translation>rôle inconnu « %1 » dans « vantage », attendu : %2</translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;, expected one of: %2</source>
        <translation>composant inconnu « %1 », attendu : %2</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;, expected one of: %2</source>
        <translation>option inconnue « %1 », attendu : %2</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; has no value &apos;%2&apos;, expected one of: %3</source>
        <translation>l’option « %1 » n’a pas de valeur « %2 », attendu : %3</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; in &apos;hosts&apos;, expected one of: %2</source>
        <translation>rôle inconnu « %1 » dans « hosts », attendu : %2</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; is listed twice for role &apos;%2&apos;, expected each host once</source>
        <translation>l’hôte « %1 » figure deux fois pour le rôle « %2 », chaque hôte attendu une seule fois</translation>
    </message>
    <message>
        <source>a host lacks the key &apos;host&apos;, expected the host name or address</source>
        <translation>il manque à un hôte la clé « host », nom ou adresse de l’hôte attendu</translation>
    </message>
    <message>
        <source>bad host: %1</source>
        <translation>hôte incorrect : %1</translation>
    </message>
    <message>
        <source>bad %1 &apos;%2&apos;, expected a number from 1 to 65535</source>
        <translation>%1 incorrect « %2 », nombre de 1 à 65535 attendu</translation>
    </message>
    <message>
        <source>bad domain &apos;%1&apos;, expected a DNS name like corp.example</source>
        <translation>domaine incorrect « %1 », nom DNS attendu, p. ex. corp.example</translation>
    </message>
    <message>
        <source>bad nameserver &apos;%1&apos;, expected an IPv4 address (Qt 6.4 cannot query IPv6 or other ports)</source>
        <translation>serveur de noms incorrect « %1 », adresse IPv4 attendue (Qt 6.4 ne peut interroger ni IPv6 ni d’autres ports)</translation>
    </message>
    <message>
        <source>cannot open the profile: %1</source>
        <translation>impossible d’ouvrir le profil : %1</translation>
    </message>
    <message>
        <source>&apos;azure-region&apos; is an Azure region such as westeurope, not &apos;%1&apos;</source>
        <translation>« azure-region » est une région Azure comme westeurope, pas « %1 »</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus long que %1 caractères</translation>
    </message>
    <message>
        <source>not one line of text (a line break or a control character)</source>
        <translation>pas une seule ligne de texte (un saut de ligne ou un caractère de contrôle)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; in &apos;source-networks&apos;, expected one of: %2</source>
        <translation>rôle inconnu &apos;%1&apos; dans &apos;source-networks&apos;, attendu l&apos;un de : %2</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; has %2 networks in &apos;source-networks&apos;, at most %3</source>
        <translation>le rôle &apos;%1&apos; a %2 réseaux dans &apos;source-networks&apos;, au plus %3</translation>
    </message>
    <message>
        <source>bad network &apos;%1&apos; for role &apos;%2&apos;, expected a CIDR such as 10.20.0.0/24 or 2001:db8::/64, or one address</source>
        <translation>réseau &apos;%1&apos; invalide pour le rôle &apos;%2&apos; : un CIDR comme 10.20.0.0/24 ou 2001:db8::/64, ou une adresse, est attendu</translation>
    </message>
    <message>
        <source>network &apos;%1&apos; is listed twice for role &apos;%2&apos;</source>
        <translation>le réseau &apos;%1&apos; figure deux fois pour le rôle &apos;%2&apos;</translation>
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
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constaté</translation>
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
    <message numerus="yes">
        <source>merged from %n results file(s)</source>
        <translation>
            <numerusform>fusionné à partir de %n fichier de résultats</numerusform>
            <numerusform>fusionné à partir de %n fichiers de résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>(cut: %1 characters in all; the JSON results keep the whole text)</source>
        <translation>(tronqué : %1 caractères au total ; les résultats JSON conservent le texte entier)</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Ce qu’il faut changer</translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation>pour : %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>The connections the chosen components and modes need, all TCP. For each link and host: the ports that already work (verified open, no change) and otherwise the fewest ports that meet the requirement, the mode&apos;s first choice first. Alternatives that are not needed are left out; when a link works only through a fallback, its first choice is recommended.</source>
        <translation>Les connexions dont les composants et modes choisis ont besoin, toutes en TCP. Pour chaque liaison et chaque hôte : les ports qui fonctionnent déjà (ouverture vérifiée, aucune modification) et sinon le moins de ports possible qui satisfont l’exigence, le premier choix du mode en tête. Les alternatives inutiles sont omises ; quand une liaison ne fonctionne que par un repli, son premier choix est recommandé.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Proxy for HTTPS to the Internet</source>
        <translation>Proxy pour HTTPS vers Internet</translation>
    </message>
    <message>
        <source>none, direct</source>
        <translation>aucun, connexion directe</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>Microsoft 365 endpoint set %1: %2</source>
        <translation>Ensemble de points de terminaison Microsoft 365 %1 : %2</translation>
    </message>
    <message>
        <source>(id not in the built-in list)</source>
        <translation>(id absent de la liste intégrée)</translation>
    </message>
    <message>
        <source>Microsoft 365 endpoints</source>
        <translation>Points de terminaison Microsoft 365</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n nom</numerusform>
            <numerusform>%n noms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service tag %1 (%2), %n address prefix(es): %3</source>
        <translation>
            <numerusform>Balise de service %1 (%2), %n préfixe d’adresse : %3</numerusform>
            <numerusform>Balise de service %1 (%2), %n préfixes d’adresse : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Change ticket</source>
        <translation>Ticket de changement</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approval: signature, date</source>
        <translation>Approbation : signature, date</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Source : </translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Sonde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Summary for the change board</source>
        <translation>Synthèse pour le comité des changements</translation>
    </message>
    <message>
        <source>What fails</source>
        <translation>Ce qui échoue</translation>
    </message>
    <message>
        <source>No required link fails.</source>
        <translation>Aucune liaison requise n’échoue.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more: see &quot;Failures and what to change&quot;.</source>
        <translation>
            <numerusform>et %n de plus : voir « Échecs et ce qu’il faut changer ».</numerusform>
            <numerusform>et %n de plus : voir « Échecs et ce qu’il faut changer ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes asked for</source>
        <translation>Changements demandés</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the firewall change request.</source>
        <translation>
            <numerusform>et %n de plus dans la demande de modification du pare-feu.</numerusform>
            <numerusform>et %n de plus dans la demande de modification du pare-feu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other probes</source>
        <translation>Autres sondes</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Before and after the change</source>
        <translation>Avant et après le changement</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après : %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>No link changed its verdict.</source>
        <translation>Aucun lien n’a changé de verdict.</translation>
    </message>
    <message>
        <source>The firewall request of the run before, verified</source>
        <translation>La demande de pare-feu de l’exécution précédente, vérifiée</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) verified open after the change.</source>
        <translation>%1 règle(s) sur %2 vérifiée(s) ouverte(s) après le changement.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Found before</source>
        <translation>Constaté avant</translation>
    </message>
    <message>
        <source>Found after</source>
        <translation>Constaté après</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>verified open</source>
        <translation>ouverture vérifiée</translation>
    </message>
    <message>
        <source>still closed</source>
        <translation>toujours fermé</translation>
    </message>
    <message>
        <source>not tested after</source>
        <translation>non testé après</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>After verification</source>
        <translation>Après vérification</translation>
    </message>
    <message>
        <source>Coverage by source machine</source>
        <translation>Couverture par machine source</translation>
    </message>
    <message>
        <source>A link can only be tested from the machine it starts on, so each required link needs evidence from every machine of its source role.</source>
        <translation>Une liaison ne peut être testée que depuis la machine où elle commence ; chaque liaison requise doit donc avoir une preuve depuis chaque machine de son rôle source.</translation>
    </message>
    <message>
        <source>Still to run:</source>
        <translation>Reste à exécuter :</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n host(s)</source>
        <translation>
            <numerusform>%1 : %n hôte</numerusform>
            <numerusform>%1 : %n hôtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>not a session file: %1</source>
        <translation>pas un fichier de session : %1</translation>
    </message>
    <message>
        <source>not a session file (a JSON object with &quot;session&quot;: 1 expected)</source>
        <translation>pas un fichier de session (objet JSON avec &quot;session&quot;: 1 attendu)</translation>
    </message>
    <message>
        <source>not a session file (no &quot;session&quot;: 1)</source>
        <translation>pas un fichier de session (pas de &quot;session&quot;: 1)</translation>
    </message>
    <message>
        <source>session version %1 is not supported, expected 1 (written by another version of Guardian Port Check?)</source>
        <translation>la version de session %1 n’est pas prise en charge, 1 attendue (écrite par une autre version de Guardian Port Check ?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; doit être %2</translation>
    </message>
    <message>
        <source>a date as text</source>
        <translation>une date sous forme de texte</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>the profile as text</source>
        <translation>le profil sous forme de texte</translation>
    </message>
    <message>
        <source>an object of role: hosts as typed</source>
        <translation>un objet rôle : hôtes tels que saisis</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>no &quot;profile&quot;: nothing to restore</source>
        <translation>pas de &quot;profile&quot; : rien à restaurer</translation>
    </message>
    <message>
        <source>&quot;hostCount&quot; must be a whole number from 0</source>
        <translation>&quot;hostCount&quot; doit être un nombre entier à partir de 0</translation>
    </message>
    <message>
        <source>%1 host lists, more than the %2 a session holds</source>
        <translation>%1 listes d’hôtes, plus que les %2 qu’une session contient</translation>
    </message>
    <message>
        <source>the hosts of &quot;%1&quot; must be text</source>
        <translation>les hôtes de &quot;%1&quot; doivent être du texte</translation>
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
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>(a message was left out: its arguments expand to more than %1 characters)</source>
        <translation>(un message a été omis : une fois développés, ses arguments dépassent %1 caractères)</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>%1 open</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 refusé</translation>
    </message>
    <message>
        <source>%1 filtered</source>
        <translation>%1 filtré</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 injoignable</translation>
    </message>
    <message>
        <source>%1 not probed</source>
        <translation>%1 non sondé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>not tested: this link starts at the %1; run Guardian Port Check there with that role as its vantage</source>
        <translation>non testé : cette liaison part de « %1 » ; lancez Guardian Port Check sur cette machine avec ce rôle comme point de vue</translation>
    </message>
    <message>
        <source>fails: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>not tested yet: %1</source>
        <translation>pas encore testé : %1</translation>
    </message>
    <message>
        <source>optional link %1</source>
        <translation>liaison facultative : %1</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <source>%1 open, but answered as %2, not %3</source>
        <translation>%1 ouvert, mais a répondu en tant que %2, pas %3</translation>
    </message>
    <message>
        <source>%1 open, but TLS: %2</source>
        <translation>%1 ouvert, mais TLS : %2</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>certificat non approuvé</translation>
    </message>
    <message>
        <source>%1 open, but something other than %2 answered</source>
        <translation>%1 ouvert, mais autre chose que %2 a répondu</translation>
    </message>
    <message>
        <source>none of the allowed ports works (%1)</source>
        <translation>aucun des ports autorisés ne fonctionne (%1)</translation>
    </message>
    <message>
        <source>%1 is open, but the chosen mode does not use it</source>
        <translation>%1 est ouvert, mais le mode choisi ne l’utilise pas</translation>
    </message>
    <message>
        <source>%1 are open, but the chosen mode does not use them</source>
        <translation>%1 sont ouverts, mais le mode choisi ne les utilise pas</translation>
    </message>
    <message>
        <source>%1 dns-failed</source>
        <translation>%1 : nom introuvable</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 : erreur de connexion</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2 : %3</translation>
    </message>
    <message>
        <source>the Global Catalog</source>
        <translation>le catalogue global</translation>
    </message>
    <message>
        <source>the Global Catalog over TLS</source>
        <translation>le catalogue global sur TLS</translation>
    </message>
    <message>
        <source>the NetBIOS session</source>
        <translation>la session NetBIOS</translation>
    </message>
    <message>
        <source>%1 open, but TLS: %2; the %3 refuses such a certificate</source>
        <translation>%1 ouvert, mais TLS : %2 ; « %3 » refuse un tel certificat</translation>
    </message>
    <message>
        <source>%1 accepted the connection and never answered %2</source>
        <translation>%1 a accepté la connexion, mais %2 n’a jamais répondu</translation>
    </message>
    <message>
        <source>%1 open, but the DNS server on %2 does not serve %3 (it answered NXDOMAIN for %4): point the %5 at a DNS server of the domain, or check the domain name in the profile</source>
        <translation>%1 ouvert, mais le serveur DNS sur %2 ne sert pas %3 (il a répondu NXDOMAIN pour %4) : faites pointer « %5 » vers un serveur DNS du domaine, ou vérifiez le nom de domaine dans le profil</translation>
    </message>
    <message>
        <source>%1 open, but the DNS server on %2 answered %3 for %4: it does not resolve the domain for the %5</source>
        <translation>%1 ouvert, mais le serveur DNS sur %2 a répondu %3 pour %4 : il ne résout pas le domaine pour « %5 »</translation>
    </message>
    <message>
        <source>%1 open, but the DNS server on %2 has no domain controller records for %3 (%4): check that the DCs register them (Netlogon) in that zone</source>
        <translation>%1 ouvert, mais le serveur DNS sur %2 n’a aucun enregistrement de contrôleur de domaine pour %3 (%4) : vérifiez que les DC les enregistrent (Netlogon) dans cette zone</translation>
    </message>
    <message>
        <source>%1 open, but the KDC on %2 does not serve the realm %3: %2 is a domain controller of another domain, or the domain name in the profile is wrong</source>
        <translation>%1 ouvert, mais le KDC sur %2 ne sert pas le domaine Kerberos %3 : %2 est un contrôleur de domaine d’un autre domaine, ou le nom de domaine dans le profil est erroné</translation>
    </message>
    <message>
        <source>%1 open, but %2</source>
        <translation>%1 ouvert, mais %2</translation>
    </message>
    <message>
        <source>%1 open, but %2 is a domain controller of %3 (%4), not of %5, the profile&apos;s domain</source>
        <translation>%1 ouvert, mais %2 est un contrôleur de domaine de %3 (%4), et non de %5, le domaine du profil</translation>
    </message>
    <message>
        <source>%1 open, but %2 is a domain controller of %3 (%4), not of %5 like the other domain controllers</source>
        <translation>%1 ouvert, mais %2 est un contrôleur de domaine de %3 (%4), et non de %5 comme les autres contrôleurs de domaine</translation>
    </message>
    <message>
        <source>%1 open, but %2 belongs to the forest %3, not to %4 like the other domain controllers</source>
        <translation>%1 ouvert, mais %2 appartient à la forêt %3, et non à %4 comme les autres contrôleurs de domaine</translation>
    </message>
    <message>
        <source>%1 open on %2, but filtered on %3, which Windows tries first: every connection of the %4 waits for that attempt to time out before it uses %2</source>
        <translation>%1 ouvert sur %2, mais filtré sur %3, que Windows essaie en premier : chaque connexion de « %4 » attend l’expiration de cette tentative avant d’utiliser %2</translation>
    </message>
    <message>
        <source>%1 open on %2, but %3 on %4, which Windows tries first: every connection of the %5 fails there before it uses %2</source>
        <translation>%1 ouvert sur %2, mais %3 sur %4, que Windows essaie en premier : chaque connexion de « %5 » y échoue avant d’utiliser %2</translation>
    </message>
    <message>
        <source>%1 open on %2, but %3 on %4: if %2 stops answering, the %5 has no other way to %6</source>
        <translation>%1 ouvert sur %2, mais %3 sur %4 : si %2 cesse de répondre, « %5 » n’a aucun autre chemin vers %6</translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds behind %3 and the other domain controllers: Kerberos refuses more than 300 seconds, so no sign-in from here works</source>
        <translation>%1 ouvert, mais l’horloge de cette machine retarde de %2 secondes par rapport à %3 et aux autres contrôleurs de domaine : Kerberos refuse un écart de plus de 300 secondes, donc aucune authentification depuis cette machine ne fonctionne</translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds behind %3 and the other domain controllers (Kerberos refuses more than 300 seconds)</source>
        <translation>%1 ouvert, mais l’horloge de cette machine retarde de %2 secondes par rapport à %3 et aux autres contrôleurs de domaine (Kerberos refuse un écart de plus de 300 secondes)</translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds ahead of %3 and the other domain controllers: Kerberos refuses more than 300 seconds, so no sign-in from here works</source>
        <translation>%1 ouvert, mais l’horloge de cette machine avance de %2 secondes par rapport à %3 et aux autres contrôleurs de domaine : Kerberos refuse un écart de plus de 300 secondes, donc aucune authentification depuis cette machine ne fonctionne</translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds ahead of %3 and the other domain controllers (Kerberos refuses more than 300 seconds)</source>
        <translation>%1 ouvert, mais l’horloge de cette machine avance de %2 secondes par rapport à %3 et aux autres contrôleurs de domaine (Kerberos refuse un écart de plus de 300 secondes)</translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds ahead of this machine&apos;s: Kerberos refuses more than 300 seconds, so the %4 cannot sign in to it</source>
        <translation>%1 ouvert, mais l’horloge de %2 avance de %3 secondes par rapport à celle de cette machine : Kerberos refuse un écart de plus de 300 secondes, donc « %4 » ne peut pas s’y authentifier</translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds ahead of this machine&apos;s (Kerberos refuses more than 300 seconds)</source>
        <translation>%1 ouvert, mais l’horloge de %2 avance de %3 secondes par rapport à celle de cette machine (Kerberos refuse un écart de plus de 300 secondes)</translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds behind this machine&apos;s: Kerberos refuses more than 300 seconds, so the %4 cannot sign in to it</source>
        <translation>%1 ouvert, mais l’horloge de %2 retarde de %3 secondes par rapport à celle de cette machine : Kerberos refuse un écart de plus de 300 secondes, donc « %4 » ne peut pas s’y authentifier</translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds behind this machine&apos;s (Kerberos refuses more than 300 seconds)</source>
        <translation>%1 ouvert, mais l’horloge de %2 retarde de %3 secondes par rapport à celle de cette machine (Kerberos refuse un écart de plus de 300 secondes)</translation>
    </message>
    <message>
        <source>%1 through the proxy %2</source>
        <translation>%1 via le proxy %2</translation>
    </message>
    <message>
        <source>%1 open, but TLS is inspected: the certificate was re-signed by %2, not issued by the CAs of %3 (%4); %5 can break behind it</source>
        <translation>%1 ouvert, mais TLS est inspecté : le certificat a été re-signé par %2, et non émis par les autorités de certification de %3 (%4) ; %5 peut échouer derrière cette inspection</translation>
    </message>
    <message>
        <source>TDS cannot go through the HTTP proxy %1: Guardian needs direct egress to %2 on %3</source>
        <translation>TDS ne peut pas passer par le proxy HTTP %1 : Guardian a besoin d’une sortie directe vers %2 sur le port %3</translation>
    </message>
    <message>
        <source>direct egress works too</source>
        <translation>la sortie directe (sans proxy) fonctionne aussi</translation>
    </message>
    <message>
        <source>direct egress is blocked (%1), which is fine: Guardian uses the proxy</source>
        <translation>la sortie directe est bloquée (%1), ce qui est sans conséquence : Guardian utilise le proxy</translation>
    </message>
    <message>
        <source>direct egress works, but Guardian uses the proxy %1: allow %2 there, or set Guardian to connect directly</source>
        <translation>la sortie directe fonctionne, mais Guardian utilise le proxy %1 : autorisez-y %2, ou configurez Guardian pour qu’il se connecte directement</translation>
    </message>
    <message>
        <source>direct egress is blocked too (%1)</source>
        <translation>la sortie directe est bloquée elle aussi (%1)</translation>
    </message>
    <message>
        <source>the certificate&apos;s revocation servers do not answer: %1; Windows waits for them before it trusts the certificate, so each new connection stalls</source>
        <translation>les serveurs de révocation du certificat ne répondent pas : %1 ; Windows les attend avant de faire confiance au certificat, donc chaque nouvelle connexion est bloquée un moment</translation>
    </message>
    <message>
        <source>Allow HTTP (TCP 80) from the %1 to the certificate revocation servers of %2 (%3), directly or on its proxy: Windows checks there that the certificate is not revoked.</source>
        <translation>Autorisez HTTP (TCP 80) depuis le %1 vers les serveurs de révocation du certificat de %2 (%3), directement ou sur son proxy : Windows y vérifie que le certificat n’est pas révoqué.</translation>
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
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>a mapping</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>the value &apos;%1&apos;</source>
        <translation>la valeur « %1 »</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation>impossible de lire le YAML : %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value), found %2</source>
        <translation>%1 doit être un dictionnaire (clé : valeur), trouvé : %2</translation>
    </message>
    <message>
        <source>%1 must be a list, found %2</source>
        <translation>%1 doit être une liste, trouvé : %2</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2, expected one of: %3</source>
        <translation>clé inconnue « %1 » dans %2, attendu : %3</translation>
    </message>
    <message>
        <source>%1 lacks the key &apos;%2&apos;, expected it to be set</source>
        <translation>il manque à %1 la clé « %2 », elle doit être définie</translation>
    </message>
    <message>
        <source>%1 must be a single value, found %2</source>
        <translation>%1 doit être une valeur unique, trouvé : %2</translation>
    </message>
    <message>
        <source>%1 must be true or false, found &apos;%2&apos;</source>
        <translation>%1 doit valoir true ou false, trouvé « %2 »</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, found &apos;%4&apos;</source>
        <translation>%1 doit être un entier de %2 à %3, trouvé « %4 »</translation>
    </message>
    <message>
        <source>%1 must be a value or a list of values, found %2</source>
        <translation>%1 doit être une valeur ou une liste de valeurs, trouvé : %2</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file</source>
        <translation>un octet NUL : ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <source>a line ends with a carriage return alone (old Mac line endings): save the file with LF or CRLF line endings</source>
        <translation>une ligne se termine par un retour chariot seul (fins de ligne des anciens Mac) : enregistrez le fichier avec des fins de ligne LF ou CRLF</translation>
    </message>
    <message>
        <source>a tab in the indentation: YAML indents with spaces only</source>
        <translation>une tabulation dans l’indentation : YAML n’indente qu’avec des espaces</translation>
    </message>
    <message>
        <source>lists and mappings nest deeper than %1 levels: refused</source>
        <translation>listes et dictionnaires imbriqués sur plus de %1 niveaux : refusé</translation>
    </message>
    <message>
        <source>the quote opened here is never closed: the rest of the file would become this value</source>
        <translation>le guillemet ouvert ici n’est jamais fermé : tout le reste du fichier deviendrait cette valeur</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;: it is also at %2:%3, expected each key once in a mapping</source>
        <translation>clé « %1 » en double : elle figure aussi en %2:%3, chaque clé est attendue une seule fois par dictionnaire</translation>
    </message>
    <message>
        <source>... and %1 more of the same kind as %2</source>
        <translation>... et %1 de plus du même type que %2</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... et %1 autres problèmes</translation>
    </message>
</context>
</TS>
