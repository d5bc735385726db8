<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Catalog</name>
    <message>
        <source>Cayosoft Guardian network requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine running the Guardian service; often also hosts the web portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every DC of every managed domain, not only those in a backup plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network file share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMB share that holds backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s web UI over HTTP or HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a person opens the portal in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional collector near the DCs; delivers changes to the Guardian server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest Recovery agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on a DC (backup) or on a machine in a recovery site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cayosoft cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License service, telemetry and product update downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 / Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regional gateway of an external Azure SQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian directory mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the Guardian service connects to domain controllers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (LDAP, LDAPS fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>389 and 3268 first; when they fail, Guardian falls back to 636 and 3269 silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAPS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAPS only (useLdaps = true): 636 and 3269 must be open on every DC; no fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest Recovery agent directory mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a Forest Recovery agent connects to domain controllers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAP (signed and sealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>389 must be open from every agent to the DCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>636 must be open from every agent to the DCs; no fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAPS with fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>636 first, then 389; the fallback is logged as a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WinRM transport of the backup plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5985 must be open on every DC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5986 must be open on every DC, with a certificate the server trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (HTTPS preferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen per DC: a DC passes when 5986 or 5985 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (HTTP preferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen per DC: a DC passes when 5985 or 5986 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the Guardian license is validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license service at Cayosoft must be reachable on 443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No license traffic; telemetry and updates stay optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure SQL connection policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 1433 to the regional gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1433 to the gateway, then 11000-11999 to the database node after login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watches and backs up Active Directory; always installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser UI; needs HTTP or HTTPS from the admin workstations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collector near the DCs that forwards changes to the Guardian server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents that back up and restore a whole forest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cayosoft cloud services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensing, telemetry and product updates over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Entra ID and Microsoft 365 tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Guardian&apos;s database in Azure SQL instead of a local SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAP, Global Catalog (signed/sealed); LDAPS, GC over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and watch the directory of every managed domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works through the LDAPS fallback; Guardian falls back on every connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM HTTP / HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect forest metadata from every DC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMB (direct) or NetBIOS session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and read backups on the network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the license online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send telemetry (api.telemetry.cayosoft.com) and download product updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP / HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Guardian web portal in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver collected changes to the portal endpoint of the Guardian server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAP, Global Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read changes and collect events from the preferred DC and any other DC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy and drive the Forest Recovery agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service side of the agent channel (the ports page lists 443 both ways).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent reports to the service; the agent can be set to validate the service certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store and fetch forest backups on the network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the metadata of every DC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAP / LDAPS (per the agent&apos;s directory mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the directory during backup and recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works through the agent&apos;s LDAP fallback; the agent logs a warning on every connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TDS (SQL Server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s database in Azure SQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After login the Redirect policy moves the session to 11000-11999 on the database node; that range can only be checked with a login: open it outbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the service that should listen on TCP {port} on {host}, or allow TCP {port} from the {from} in the inbound rules of Windows Defender Firewall (or the host&apos;s own firewall) on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow TCP {port} from the {from} to {host} on every network firewall between them (for an Internet endpoint: the perimeter firewall or the proxy), and check the inbound rules of Windows Defender Firewall on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the {from} a route to {host}: ask the network team to check the routing, VPN or VLAN between them, and check the network settings of {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register {host} in DNS (an A record in its zone on the DNS server), or correct the name you entered or the DNS suffix and DNS servers in the network settings of the {from}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the error in the evidence of {host}:{port}, fix its cause on the {from} (proxy settings, security software, or the address entered), then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Active Directory Domain Services on {host} and enable the inbound rule &apos;Active Directory Domain Services (LDAP-In)&apos; in Windows Defender Firewall on {host}; if {host} is not a domain controller, enter a DC&apos;s name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain controller&apos;s own name instead of {host}: another service or a load balancer answers port {port} there. If it is a load balancer, configure it to pass LDAP through to the DCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt LDAP (TCP {port}) from the {from} to {host} from inspection on the firewall or proxy that accepts the connection and then holds it; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {host} a Global Catalog (Active Directory Sites and Services: the DC&apos;s NTDS Settings, &apos;Global Catalog&apos;) and enable &apos;Active Directory Domain Services (LDAP for Global Catalog-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Global Catalog&apos;s own name instead of {host}: another service or a load balancer answers port {port} there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt the Global Catalog port (TCP {port}) from the {from} to {host} from inspection on the firewall or proxy that holds the connection; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll a Server Authentication certificate with the DC&apos;s FQDN in the subject or SAN on {host} (the &apos;Domain Controller&apos; or &apos;Kerberos Authentication&apos; template of your enterprise CA): the DC then serves LDAPS on {port}. Enable &apos;Active Directory Domain Services (LDAPS-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the LDAPS certificate of {host} (Certificates console, Local Computer, Personal) with one from a CA that the {from} trusts, with the DC&apos;s FQDN in the SAN and not expired; or import the issuing CA into &apos;Trusted Root Certification Authorities&apos; on the {from}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain controller&apos;s own name instead of {host}: a TLS-terminating load balancer or proxy answers port {port} there without LDAP inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt LDAPS (TCP {port}) from the {from} to {host} from TLS inspection on the firewall or proxy that holds the connection; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {host} a Global Catalog (Active Directory Sites and Services) with an LDAPS certificate (as for 636), and enable &apos;Active Directory Domain Services (LDAPS for Global Catalog-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the certificate of {host} used on {port} (the DC&apos;s LDAPS certificate, Certificates console, Local Computer, Personal) with one from a CA that the {from} trusts, naming the DC&apos;s FQDN; or import the issuing CA on the {from}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Global Catalog&apos;s own name instead of {host}: a TLS-terminating load balancer or proxy answers port {port} there without the Global Catalog inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt TCP {port} from the {from} to {host} from TLS inspection on the firewall or proxy that holds the connection; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;winrm quickconfig&apos; on {host} (or enable &apos;Allow remote server management through WinRM&apos; by Group Policy) and enable &apos;Windows Remote Management (HTTP-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the other web service off port {port} on {host}, or put the WinRM listener on that port (&apos;winrm enumerate winrm/config/listener&apos; on {host} shows where it listens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the Windows Remote Management service (WinRM) on {host}; if a firewall or proxy between the {from} and {host} holds the connection, exempt TCP {port} from inspection there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a WinRM HTTPS listener on {host} (&apos;winrm quickconfig -transport:https&apos; with a Server Authentication certificate naming {host}) and allow TCP {port} inbound in Windows Defender Firewall on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the WinRM HTTPS listener on {host} a certificate from a CA that the {from} trusts, naming {host} and not expired (&apos;winrm set winrm/config/listener?Address=*+Transport=HTTPS&apos; with its thumbprint); or import the issuing CA into &apos;Trusted Root Certification Authorities&apos; on the {from}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the other TLS service off port {port} on {host}, or put the WinRM HTTPS listener on that port (&apos;winrm enumerate winrm/config/listener&apos; on {host}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the Windows Remote Management service (WinRM) on {host}; if a firewall or proxy between the {from} and {host} holds the connection, exempt TCP {port} from TLS inspection there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Server service (LanmanServer) on {host} and enable &apos;File and Printer Sharing (SMB-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable SMB 2 or 3 on {host} (for a NAS: in its settings or with a firmware update; SMB1-only servers are not supported), or keep the backups on another share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the Server service (LanmanServer) on {host}; if a firewall between the {from} and {host} holds the connection, allow SMB (TCP {port}) there without inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open TCP 445 (SMB) to {host} instead: 139 is only the NetBIOS fallback. To use 139 anyway, enable NetBIOS over TCP/IP on the network adapter of {host} (IPv4, Advanced, WINS) and &apos;File and Printer Sharing (NB-Session-In)&apos; in its firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open TCP 445 (SMB) from the {from} to {host} on the firewalls between them instead: the NetBIOS session on {port} does not lead to SMB 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open TCP 445 (SMB) from the {from} to {host} on the firewalls between them instead: the NetBIOS session on {port} accepts and never answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the Guardian web portal&apos;s site to port {port} in IIS Manager on {host} (Site Bindings) and allow TCP {port} inbound in Windows Defender Firewall on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the other service off port {port} on {host}, or bind the Guardian portal&apos;s IIS site to another port and use that one (IIS Manager on {host}, Site Bindings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the Guardian portal&apos;s IIS site on {host} (IIS Manager); if a proxy or firewall between the {from} and {host} holds the connection, allow HTTP there without inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an https binding on port {port} in IIS Manager on {host} when it is a Guardian server or portal, and allow TCP {port} inbound in its firewall; for an Internet endpoint, allow HTTPS to {host} for the {from} on the proxy or perimeter firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt {host} from TLS inspection on the proxy or firewall whose certificate the {from} was shown, or import that CA into &apos;Trusted Root Certification Authorities&apos; on the {from}; for your own server, install a certificate from a CA that the {from} trusts, naming {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let HTTPS to {host} pass the proxy or firewall as a plain TLS tunnel: TLS worked, but what answered inside it on {port} is not the web server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow HTTPS from the {from} to {host} on the proxy or firewall that accepts the connection and then holds it (or exempt {host} from inspection there); for your own server, restart its web site in IIS Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that {host} is the Azure SQL server&apos;s name (&lt;server&gt;.database.windows.net), and allow outbound TCP {port} from the {from} on the firewall that rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow outbound TCP {port} from the {from} to the Azure SQL gateways of the region (service tag Sql.&lt;region&gt;) on the perimeter firewall; TDS cannot pass an HTTP proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Azure SQL server&apos;s own name (&lt;server&gt;.database.windows.net) instead of {host}: another service or a proxy answers port {port} there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route TDS (TCP {port}) from the {from} to {host} directly, without inspection or an HTTP proxy on the way: configure that on the firewall that holds the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory (LDAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest metadata (WinRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (SMB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensing (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry and updates (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web portal (HTTP/HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change delivery (HTTP/HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change collection (LDAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent control (WinRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent channel (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent reports (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest backups (SMB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC metadata (WinRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent directory (LDAP/LDAPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database (TDS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Kerberos Key Distribution Center service (KDC) on {host} and enable the inbound rule &apos;Kerberos Key Distribution Center (TCP-In)&apos; in Windows Defender Firewall on {host}; if {host} is not a domain controller, enter a DC&apos;s name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain controller&apos;s own name instead of {host}: another service answers TCP {port} there. If a load balancer or firewall sits in front of {host}, let Kerberos (TCP {port}) pass through to the DC unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt Kerberos (TCP {port}) from the {from} to {host} from inspection on the firewall or proxy that accepts the connection and then holds it; if nothing sits between them, restart the Kerberos Key Distribution Center service on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the DNS Server service on {host} and enable &apos;DNS (TCP, Incoming)&apos; in Windows Defender Firewall on {host}; if the domain&apos;s DNS runs on other servers, point the network settings of the {from} at them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a DNS server of the domain instead of {host}: another service answers TCP {port} there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow DNS over TCP ({port}) from the {from} to {host} on the firewall that accepts the connection and then holds it (DNS falls back to TCP for long answers, such as the SRV records of a large domain); if nothing sits between them, restart the DNS Server service on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication (Kerberos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate the Guardian service&apos;s LDAP (signed and sealed) and WinRM (Negotiate) connections to the DCs: both use Kerberos by default, and Windows sends it over TCP. Inferred, the vendor&apos;s table does not list it: without the KDC, Negotiate falls back to NTLM or fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC location (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the domain&apos;s DCs through DNS (the DC locator&apos;s SRV records, _ldap._tcp.dc._msdcs.&lt;domain&gt;), which the DCs usually serve themselves. Inferred, the vendor&apos;s table does not list it; optional, since the DNS servers of the Guardian server may be other machines than the DCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate the AD connector&apos;s LDAP (signed and sealed) and WinRM (Negotiate) connections to the DCs: both use Kerberos by default, and Windows sends it over TCP. Inferred, the vendor&apos;s table does not list it: without the KDC, Negotiate falls back to NTLM or fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the domain&apos;s DCs through DNS (the DC locator&apos;s SRV records, _ldap._tcp.dc._msdcs.&lt;domain&gt;), which the DCs usually serve themselves. Inferred, the vendor&apos;s table does not list it; optional, since the DNS servers of the AD connector may be other machines than the DCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate the Forest Recovery agent&apos;s LDAP (signed and sealed) and WinRM (Negotiate) connections to the DCs: both use Kerberos by default, and Windows sends it over TCP. Inferred, the vendor&apos;s table does not list it: without the KDC, Negotiate falls back to NTLM or fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the domain&apos;s DCs through DNS (the DC locator&apos;s SRV records, _ldap._tcp.dc._msdcs.&lt;domain&gt;), which the DCs usually serve themselves. Inferred, the vendor&apos;s table does not list it; optional, since the DNS servers of the agent may be other machines than the DCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow TCP {port} from the {from} to every address of {host}, its IPv6 address included, on the firewalls between them and in Windows Defender Firewall on {host}; if {host} is not meant to be reached on that address, remove the record (an AAAA record for IPv6) from DNS instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the clock of {host}: a domain controller takes its time from the domain hierarchy (&apos;w32tm /config /syncfromflags:domhier /update&apos; on {host}, then restart the Windows Time service); the PDC emulator of the forest root domain takes it from a reliable NTP server (&apos;w32tm /config /manualpeerlist:&lt;NTP server&gt; /syncfromflags:manual /reliable:yes /update&apos;). If {host} agrees with the other domain controllers, correct the clock of the {from} instead (&apos;w32tm /resync&apos;). &apos;w32tm /stripchart /computer:{host}&apos; on the {from} shows the offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the clock of the {from} (this machine): run &apos;w32tm /resync&apos; and check with &apos;w32tm /query /source&apos; that it takes its time from a domain controller; on a virtual machine, turn off the hypervisor&apos;s time synchronisation (Hyper-V Integration Services or VMware Tools) so that it does not override the domain&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter domain controllers of the profile&apos;s domain instead of {host}, or correct the domain in the profile: Guardian reads and writes the directory of the DC it connects to, and {host} holds another domain&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Global Catalog of the profile&apos;s forest instead of {host}: a Global Catalog answers only for the objects of its own forest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain controller of the profile&apos;s domain instead of {host}, or correct the domain in the profile: a KDC issues tickets only for its own realm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the DNS settings of the {from} at a DNS server that holds the domain&apos;s zones (usually its domain controllers), or correct the domain in the profile; if {host} is that server, check that the domain controllers register their SRV records in it (the Netlogon service, &apos;nltest /dsregdns&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the proxy setting of the {from} (the proxy&apos;s name and port, in Guardian&apos;s proxy setting and &apos;netsh winhttp show proxy&apos;), or start the proxy service and allow the {from} to reach it on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the {from} to reach its proxy on the proxy&apos;s port on the firewalls between them, or correct the proxy setting of the {from} (&apos;netsh winhttp show proxy&apos;) if that proxy is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow HTTPS (CONNECT to port {port}) to {host} for the {from} on its proxy: the proxy&apos;s administrators add {host} to its allow list or its category exemptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the {from} through the proxy to {host}:{port}: the proxy demands a login (its schemes are in the evidence). Exempt the {from}&apos;s address or {host} from proxy authentication, or make sure the account Guardian&apos;s service runs as can sign in to the proxy with one of those schemes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check why the proxy of the {from} cannot reach {host}:{port}: its DNS, its own egress through the perimeter firewall, or its upstream proxy (the evidence has the proxy&apos;s answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy of the {from}: it accepts the connection and then never answers CONNECT to {host}:{port} (an inspection rule or an overloaded proxy service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt {host} from TLS inspection on the proxy or firewall that re-signs it (its CA is named in the verdict), so that the {from} sees the certificate {host} really serves: Guardian&apos;s sign-in and Microsoft Graph calls, and its online licensing, fail or stall behind inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in (Entra ID) and Microsoft Graph, as listed in Microsoft&apos;s published endpoint sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online administration over HTTPS (its PowerShell module and REST endpoints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP submission to Exchange Online (TCP 587), for alert mail sent through Microsoft 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate revocation (CRL/OCSP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL and OCSP servers Windows asks, over HTTP, whether the certificates of Microsoft&apos;s endpoints are revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft cloud of the tenants Guardian manages; each has its own sign-in, Graph and Exchange names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worldwide (commercial, GCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in and Microsoft Graph (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Entra ID and manage Entra ID and Microsoft 365 tenants through Microsoft Graph (Microsoft&apos;s sets also list TCP 80; Guardian&apos;s service uses 443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administer Exchange Online (recipients, mailbox permissions) through its PowerShell module and REST endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send alert mail through Exchange Online (SMTP submission on 587). Inferred, the vendor&apos;s table does not list it; optional, needed only when alerts are sent this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate revocation (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP (CRL, OCSP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let Windows check whether the certificates of Microsoft&apos;s endpoints are revoked (CRL and OCSP over HTTP): when these servers are blocked, each TLS connection to Microsoft 365 stalls for seconds first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: login.microsoftonline.com; Graph: graph.microsoft.com; Exchange: outlook.office365.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: login.microsoftonline.us; Graph: graph.microsoft.us; Exchange: outlook.office365.us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: login.microsoftonline.us; Graph: dod-graph.microsoft.us; Exchange: outlook-dod.office365.us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: login.chinacloudapi.cn; Graph: microsoftgraph.chinacloudapi.cn; Exchange: partner.outlook.cn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection policy of the Azure SQL server (its Networking settings, Connectivity), and whether Guardian reaches it through a private endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect when Guardian runs inside Azure, Proxy outside: see &apos;Guardian server runs in Azure&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint, Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1433 to the private endpoint&apos;s address in the virtual network; no public gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint, Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1433 to the private endpoint, then a port between 1433 and 65535 of it after login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian server runs in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the Guardian server runs: Azure SQL&apos;s Default policy redirects connections from inside Azure and proxies those from outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises or in another cloud: the Default policy acts as Proxy (1433 only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure virtual machine: the Default policy acts as Redirect (1433, then 11000-11999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside Azure the Default policy is Redirect: after login the session moves to 11000-11999 on the database node; that range can only be checked with a login: open it outbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through a private endpoint the Redirect policy moves the session after login to a port between 1433 and 65535 of the private endpoint; that range can only be checked with a login: open it outbound to the private endpoint&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt TDS from the {from} to {host} (port {port}) from TLS inspection on the firewall or proxy that re-signs it, or import the CA it was signed with into &apos;Trusted Root Certification Authorities&apos; on the {from}: Guardian&apos;s SQL driver verifies the gateway&apos;s certificate and refuses one it does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt TDS from the {from} to {host} (port {port}) from TLS inspection on the firewall that re-signs it (its CA is named in the verdict), so that Guardian&apos;s database connection sees the certificate Azure SQL really serves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian-portcheck %1 (catalog %2 %3, Qt %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;, expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the %1 file %2: the folder %3 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the %1 file %2: the folder %3 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size is a4 or letter, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF needs the graphical libraries, which did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;discover&apos; needs exactly one DNS domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;merge&apos; needs one or more results files written by &apos;run --json&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;run&apos; needs exactly one profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;guardian-portcheck --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall request written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit results written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %n results file(s) (%1)</source>
        <translation>
            <numerusform>Merged %n results file (%1)</numerusform>
            <numerusform>Merged %n results files (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TESTED FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pass, %2 warn, %3 fail, %4 not tested by any of these machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, found &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (catalog %2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;, expected table, csv or yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN REQUIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;probe&apos; needs at least one HOST:PORT[/KIND]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC in site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDC emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo site cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo site on loopback (127.0.0.1-127.0.0.5): two domain controllers, a file share, a cloud
endpoint behind a TLS-inspecting proxy and a Forest Recovery agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (advisory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM HERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks for %2 link-host pairs; %3 testable from this machine (vantage: %4), %5 distinct probes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: no hosts for %1: the links to it are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks from this machine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pass, %2 warn, %3 fail, %4 not tested from here; %5 probes in %6 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1... (%2 characters, all of them in the JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no option --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take --%2; its options: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted by %1: the results so far are written, marked incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; for --lang, expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--domain &apos;%1&apos; is not a DNS domain name, expected something like corp.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;compare&apos; needs two results files: the run before the change, then the run after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:  %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall request of the run before: %1 of %2 rule(s) verified open after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as: &apos;%1&apos; is not a role a link starts from, expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as needs a role, one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine, %1, is in none of the profile&apos;s host lists of a role a link starts from (%2), and the profile names no &apos;vantage&apos;; run it with --as ROLE, one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (listed as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine plays, by the profile&apos;s host lists: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: expected NAME=ADDRESS, e.g. login.microsoftonline.com=127.0.0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: &apos;%2&apos; is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy for HTTPS to the Internet: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 list (no set id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file: Microsoft&apos;s endpoints list saved as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog %1 lists no Microsoft 365 endpoint sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos;, expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 endpoints, %1 cloud (%2), from %3: %n set(s) that Guardian needs, of %4 in the file.</source>
        <translation>
            <numerusform>Microsoft 365 endpoints, %1 cloud (%2), from %3: %n set that Guardian needs, of %4 in the file.</numerusform>
            <numerusform>Microsoft 365 endpoints, %1 cloud (%2), from %3: %n sets that Guardian needs, of %4 in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the list in use (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports %1, were %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcards with no name to test (the firewall request lists them; a run cannot test them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1: every run and the window now test this list for the %2 cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--azure-service-tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--azure-service-tags: the profile names no Azure region; add &apos;azure-region: westeurope&apos; (the region of the Azure SQL server) to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no service tag %2 and no %3.* tag at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no service tag %2 (the profile&apos;s azure-region); its %3 tags include %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage: each link is tested from the machines it starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the log %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newly broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now warns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence in one of the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 share no link and host: they are not of the same site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the modes differ between the two runs: a change may come from the modes, not the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profiles&apos; names differ: &apos;%1&apos; before, &apos;%2&apos; after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the after run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files come from different catalogs: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, but the service fails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fixed, %2 newly broken, %3 still failing, %4 unchanged, other changes: %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 of them required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no machine named</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the results of %2, which ran as %3 by --as; the profile lists only this machine for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran as %2 and is not in the profile&apos;s list of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile lists no %1 and none of these results comes from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on each %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>again on %1 (%2), which has %n required link(s) without evidence: %3</source>
        <translation>
            <numerusform>again on %1 (%2), which has %n required link without evidence: %3</numerusform>
            <numerusform>again on %1 (%2), which has %n required links without evidence: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage complete: every required link has evidence from each machine it starts on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n required link(s)</source>
        <translation>
            <numerusform>%n required link</numerusform>
            <numerusform>%n required links</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage incomplete: still to run on %1, for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>the demo certificates are missing from the program&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free port on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo site runs already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>the system resolver is not loopback (PORTCHECK_LOOPBACK_ONLY): give a loopback nameserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; has a port: only port 53 can be asked (Qt 6.4), expected an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; is not an IP address, expected an IPv4 address like 10.0.0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; is IPv6: Qt 6.4 would ignore it and ask the system resolver instead, expected an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; is not loopback (PORTCHECK_LOOPBACK_ONLY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS domain name, expected something like corp.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site &apos;%1&apos; contains &apos;%2&apos;: AD site names in DNS use letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SRV records at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN): check the domain name and that this machine asks the domain&apos;s DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server refused the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server failed (SERVFAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DNS server could be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from the DNS server within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SRV records at %1, or no answer from the system&apos;s DNS server (Qt tells these apart only when a nameserver is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SRV records at %1 (the DNS server %2 answered, with none we could use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer, the query to %2 port 53 came back undeliverable (nothing listens there, or the host is unreachable): check the nameserver&apos;s address and that its DNS service runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Firewall</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be probed anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested (run cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified open, no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open if blocked (not tested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required after login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback when %1 fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall request: %1 port(s) to open, %2 recommended, %3 to fix at the service, %4 verified open (no change), %5 not tested from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (instead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow on the proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified through the proxy %1, no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wildcard: no one name of it to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tested as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (service tag %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Inferred: no document states it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Inferred from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Source: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source -&gt; proxy %1 -&gt; destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source -&gt; destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostImport</name>
    <message>
        <source>%1: more than %2 columns in one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the quoted cell that starts here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: text after the closing quote of a cell (a quote inside a quoted cell is written twice: &quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 hosts in one file; split it or use a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file (a NUL byte at %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostInput</name>
    <message>
        <source>missing port number after &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is out of range: ports are 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: it needs four numbers separated by dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: empty number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a leading zero in &apos;%2&apos;, which some tools read as octal: write it without the zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: %2 is above 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0 is the unspecified address, not a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>255.255.255.255 is the broadcast address, not a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a multicast address, not a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a scope id (%...), which is not portable: use a routable address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:: is the unspecified address, not a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a wildcard: list each host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;_&apos;, which is not allowed in host names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid internationalised host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name is %1 characters long; the limit is 253</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty label (two dots in a row, or a leading dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &apos;%1...&apos; is %2 characters long; the limit is 63</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &apos;%1&apos; starts or ends with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;%2&apos;, which is not allowed in host names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends in a numeric label: neither a host name nor an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a URL: enter only the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;@&apos;: enter the host without a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;/&apos;: enter single hosts, not paths or subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; lacks the closing &apos;]&apos; of the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;[]&apos; holds no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after &apos;]&apos;, expected &apos;:port&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (write [address]:port to give a port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a port; give per-host ports as overrides instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port override is CATALOGPORT=PORT, both from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port override must follow the host it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is already overridden for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host here has no port of its own; to test another port write it after the host as CATALOGPORT=PORT, e.g. &apos;%1 389=%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no link to these hosts uses port %1, so it cannot be overridden; the ports that apply are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port is needed, expected HOST:PORT or [IPv6]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown probe kind &apos;%1&apos;, expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>record %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 16 MB; Microsoft&apos;s list is about 100 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not Microsoft&apos;s endpoints list: expected a JSON array of records (id, serviceArea, urls, tcpPorts, category, required), found an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is empty: it holds no endpoint sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, more than the 10,000 a list can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object: every record is a JSON object with an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no set id: &apos;id&apos; must be a whole number from 1 to 1,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the set id appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;tcpPorts&apos; is &apos;%2&apos;, expected port numbers separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;urls&apos; is not a list of at most 2,000 names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; in &apos;urls&apos; is not a DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1, which Guardian needs (%2), is not in the file: is it Microsoft&apos;s %3 list, saved whole?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record of the file lists the names Guardian needs for %1 (%2): is it Microsoft&apos;s %3 list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values[%1] (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 64 MB; Azure&apos;s service tags file is about 5 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not Azure&apos;s service tags file: expected an object with &quot;changeNumber&quot;, &quot;cloud&quot; and a &quot;values&quot; list of tags (ServiceTags_Public_&lt;date&gt;.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than %1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a tag with a &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no &quot;properties&quot; with &quot;addressPrefixes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 address prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: addressPrefixes[%2] is not an address prefix (such as 13.69.105.0/24): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file lists no service tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;changeNumber&quot; must be a whole number from 0, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a device, a pipe or a socket), refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, larger than the %2 such a file may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than the %1 such a file may be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Guardian Port Check results file (no &quot;tool&quot;: &quot;guardian-portcheck&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 is not supported, expected 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no &quot;checks&quot; and &quot;verdicts&quot;: written by &apos;probe&apos;, not &apos;run&apos;? Only &apos;run&apos; results merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown vantage role &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option value %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check %1: unknown link &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no results files to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ran with other modes, so the verdicts cannot be joined (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: catalog %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON at %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be the number 1, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check %1: &quot;%2&quot; is missing or bad (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the same run as %2 (%3, started %4): it is read once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are two runs of %3 from the same roles: each check counts once, the later result wins (%4 results of %1 replaced by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s proxy %1 is not a proxy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the role &apos;%2&apos; has more than %3 networks in all the files; the request leaves out %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;source_networks&quot; must be an object of roles and their networks, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source role &apos;%1&apos; in &quot;source_networks&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the networks of &apos;%1&apos; must be a list of at most %2 networks, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad network %1 for the role &apos;%2&apos;, expected a CIDR or one address, each once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheck::CheckTableModel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: every link that uses this port works through another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheck::ComparisonPanes</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links whose verdict changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules the run before asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link changed its verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) the run before asked for are verified open after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see the tab Rules verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheck::ComponentsPage</name>
    <message>
        <source>Components and modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you deploy decides which links are needed; the modes decide which ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (always installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what it requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy for HTTPS to the Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s setting (system proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy: direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy for HTTPS to the Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://proxy.corp.example:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the proxy&apos;s address, e.g. http://proxy.corp.example:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a proxy address yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each Internet link is probed through %1 (HTTP CONNECT, no credentials) and directly, side by side; the verdict follows the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet links are probed directly, as Guardian connects without a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy Windows gives this computer (WinHTTP and Internet Options, with PAC and WPAD) is asked when the run starts; the report names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy of this computer&apos;s settings (https_proxy and the desktop&apos;s settings) is asked when the run starts; the report names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure &amp;region of the SQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>westeurope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure region of the SQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure region: what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an Azure region: letters, digits, spaces and hyphens, as in westeurope or West Europe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the firewall request names the service tag Sql.&lt;region&gt; until you give the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall request names the service tag %1 (not for a private endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheck::HostListEditor</name>
    <message numerus="yes">
        <source>%n host(s) ready.</source>
        <translation>
            <numerusform>%n host ready.</numerusform>
            <numerusform>%n hosts ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored.</source>
        <translation>
            <numerusform>%n duplicate ignored.</numerusform>
            <numerusform>%n duplicates ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n domain controller(s) in %1</source>
        <translation>
            <numerusform>Found %n domain controller in %1</numerusform>
            <numerusform>Found %n domain controllers in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new in the list.</source>
        <translation>
            <numerusform>; %n new in the list.</numerusform>
            <numerusform>; %n new in the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One host per line, or separated by commas or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One host name or IP address per line, e.g.
dc1.corp.example
10.0.0.5
Another port for one host: dc2.corp.example 389=10389
# comments are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to test the published endpoints:
%1

or list the hosts to test instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host list check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hosts from a text or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host lists (*.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corp.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain to discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, IPv4; default: this computer&apos;s DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server for discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find domain controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find domain controllers in DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published endpoints will be tested: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the DNS name of the domain first, e.g. corp.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking DNS for the domain controllers of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain controller found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to put the cursor on it in the host list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) to correct, listed below and underlined in the text:</source>
        <translation>
            <numerusform>%n entry to correct, listed below and underlined in the text:</numerusform>
            <numerusform>%n entrys to correct, listed below and underlined in the text:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, not listed: correct the ones above first.</source>
        <translation>
            <numerusform>… and %n more, not listed: correct the ones above first.</numerusform>
            <numerusform>… and %n more, not listed: correct the ones above first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2and %n more</source>
        <translation>
            <numerusform>%1%2and %n more</numerusform>
            <numerusform>%1%2and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last import: %n host(s) from the first column of %1.</source>
        <translation>
            <numerusform>Last import: %n host from the first column of %1.</numerusform>
            <numerusform>Last import: %n hosts from the first column of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last import: %n host(s) from the column &quot;%2&quot; of %1.</source>
        <translation>
            <numerusform>Last import: %n host from the column &quot;%2&quot; of %1.</numerusform>
            <numerusform>Last import: %n hosts from the column &quot;%2&quot; of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no host there.</source>
        <translation>
            <numerusform>%n row had no host there.</numerusform>
            <numerusform>%n rows had no host there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::HostsPage</name>
    <message numerus="yes">
        <source>%1 (%n invalid)</source>
        <translation>
            <numerusform>%1 (%n invalid)</numerusform>
            <numerusform>%1 (%n invalid)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the hosts of every role your components need. Paste as many as you like; each entry is checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles that need hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen components need no hosts: go back and choose a component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one host for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or remove the invalid entries in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role has its hosts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheck::MachinePage</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link can only be tested from the machine that opens it. Choose what this computer is in your Guardian deployment; the other links are listed with the command to run on their machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role to continue: without one, nothing can be tested from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the report&apos;s cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CHG0012345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who asked for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left empty: a line to sign on the printed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report cover: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles the profile gives this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use these roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the roles whose host lists in the profile name this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s host lists do not name this computer: choose its roles below, or add its name to the list of its role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (listed as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s host lists name this computer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheck::PortCheckWizard</name>
    <message>
        <source>Guardian Port Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pr&amp;ofile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you chose as a profile (Ctrl+S): the file guardian-portcheck run reads on another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheck::ResultsPage</name>
    <message numerus="yes">
        <source>%n link-host pair(s) start on other machines: run the check there too.</source>
        <translation>
            <numerusform>%n link-host pair starts on another machine: run the check there too.</numerusform>
            <numerusform>%n link-host pairs start on other machines: run the check there too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict of every link toward every host. Select a row for its evidence and what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence and remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;results (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the results as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the firewall change request as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a plain-text summary to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save firewall request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(run cancelled: some probes did not finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred: no vendor document states this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian Port Check, %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall: %1 (%2 pass, %3 warn, %4 fail, %5 not tested from here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diagram as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diagram as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link starts on another machine: it cannot be tested from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-testing %n probe(s)…</source>
        <translation>
            <numerusform>Re-testing %n probe…</numerusform>
            <numerusform>Re-testing %n probes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save r&amp;eport (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the change-approval report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(merged from %n machine(s))</source>
        <translation>
            <numerusform>(merged from %n machine)</numerusform>
            <numerusform>(merged from %n machines)</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged results cannot be re-tested from here: run the check on each machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save firewall re&amp;quest (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link starts on the %1. Copy %2 there and run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then open both results files together (Open results… on the first page, or guardian-portcheck merge) to see every link in one report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link starts on the %1. To test it there, save the profile first (Save profile…, Ctrl+S): this advice then names the file and the command to run there. To probe only these ports there, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no SVG support; save the diagram as PNG instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Service tag %1 (%2), %n address prefix(es): %3</source>
        <translation>
            <numerusform>Service tag %1 (%2), %n address prefix: %3</numerusform>
            <numerusform>Service tag %1 (%2), %n address prefixes: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Report as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as one HTML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file with the diagram inside: opens from an e-mail or a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(after the change: %1 fixed, %2 newly broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by source machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by verdict, path, host or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more (every host is in the CSV and the report)</source>
        <translation>
            <numerusform>and %n more (every host is in the CSV and the report)</numerusform>
            <numerusform>and %n more (every host is in the CSV and the report)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::RunPage</name>
    <message numerus="yes">
        <source>%n probe(s) from this computer (%1, as %2).</source>
        <translation>
            <numerusform>%n probe from this computer (%1, as %2).</numerusform>
            <numerusform>%n probes from this computer (%1, as %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link-host pair(s) start on other machines and are listed as not tested from here.</source>
        <translation>
            <numerusform>%n link-host pair starts on another machine and is listed as not tested from here.</numerusform>
            <numerusform>%n link-host pairs start on other machines and are listed as not tested from here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Re-run %n failed</source>
        <translation>
            <numerusform>&amp;Re-run %n failed</numerusform>
            <numerusform>&amp;Re-run %n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each probe speaks the service&apos;s own protocol: an open port is not taken as proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the failed probes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for a TCP connection. Windows reports a refused port only after about 2 s, so keep it above that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes at once per host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file with your own CA, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes per &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connec&amp;t timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes &amp;at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure service tags file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceTags_Public_&lt;date&gt;.json, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of Microsoft&apos;s &quot;Azure IP Ranges and Service Tags&quot; that you saved (never downloaded here): the firewall request lists the address prefixes of the Azure SQL server&apos;s region from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Azure service tags file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure service tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure service ta&amp;gs file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheck::StartPage</name>
    <message numerus="yes">
        <source>Saved %1, %n host(s).</source>
        <translation>
            <numerusform>Saved %1, %n host.</numerusform>
            <numerusform>Saved %1, %n hosts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network paths Cayosoft Guardian needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check talks the real protocol (LDAP, WinRM, SMB, TLS) to the real hosts, anonymously: no password is asked for or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what this computer is, what you deploy and where it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile saved earlier or prepared by a colleague (YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated site on this computer&apos;s loopback address shows every verdict in under a minute. Nothing leaves the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved yet: everything you type is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last session cannot be reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo site cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results files saved on one or several machines (JSON): merged into one diagram and one report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results cannot be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open resul&amp;ts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pare before and after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two results files of one site, from before and after a firewall change: what was fixed, what broke, and whether each rule asked for is now open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the change: choose its results file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the change: choose its results file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two results files cannot be compared:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheck::TopologyScene</name>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links start there: run the check on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram is too large for an image (%1 x %2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian network paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Guardian Port Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-test this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group these hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no SVG support (Qt SVG was missing when it was built); save the diagram as PNG instead. %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show: no link fails or warns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run in progress: %n failing link(s) so far.</source>
        <translation>
            <numerusform>Run in progress: %n failing link so far.</numerusform>
            <numerusform>Run in progress: %n failing links so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::TopologyView</name>
    <message>
        <source>Topology diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or the plus and minus keys; 0 fits the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the links that fail or warn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheck::WizardContext</name>
    <message>
        <source>The CA file %1 holds no PEM certificate; the run goes on without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than 256 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed during the NetBIOS session request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed in the middle of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed during the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to the connection attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service does not speak TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to the connection attempt within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake did not finish within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted the connection, then said nothing for %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1 bytes that are not a complete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not an LDAP message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed LDAP message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed LDAP search entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed or oversized LDAP attribute list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed LDAP attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed or oversized LDAP attribute values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated LDAP attribute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated LDAP attribute list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed LDAP result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered as %1, not %2: an alias, a load balancer or the wrong DNS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected LDAP operation 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not an SMB frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMB frame is larger than any NEGOTIATE answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server speaks only SMB1, which Guardian does not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not SMB2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMB2 answer is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMB2 answer is not a NEGOTIATE response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server rejected SMB2 NEGOTIATE with status 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMB2 NEGOTIATE response has a wrong structure size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a NetBIOS session response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NetBIOS session response is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening on the called name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening for the calling name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called name not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insufficient resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetBIOS refused the session: %1 (0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad or oversized chunk in the HTTP body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTTP headers are larger than 32 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 100 HTTP header lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP status line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad or oversized Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTTP body is larger than 256 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401 without an authentication scheme: not a WinRM listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WinRM listener that demands authentication (%1) for Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 to a WS-Management Identify: a web server, but not WinRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 200, but no WS-Management IdentifyResponse in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a TDS packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a TDS response packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TDS packet length is too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TDS PRELOGIN answer has no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed TDS PRELOGIN option table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TDS PRELOGIN option points outside the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TDS PRELOGIN option table is not terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed (the run was cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not testable from this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe ran out of memory while reading the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe failed on an unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed: PORTCHECK_LOOPBACK_ONLY allows loopback addresses only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMB2 header has a wrong structure size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMB2 server chose dialect %1, which was never offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMB2 security buffer (offset %1, %2 bytes) does not fit the %3-byte answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMB2 NEGOTIATE response lists %1 negotiate contexts that do not fit the %2-byte answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed Kerberos message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a Kerberos message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the KDC answered, but does not serve the realm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the KDC answered for the realm %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a DNS message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed DNS answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS answer is for %1, not for the name asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server answered that %1 does not exist (NXDOMAIN): it does not serve that domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server answered %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server has no records at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an LDAP server that refuses the anonymous rootDSE search (result code %1), which every Active Directory domain controller answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an LDAP server, not an Active Directory domain controller (its rootDSE has no dsServiceName or domainControllerFunctionality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an LDAP server (%1), not an Active Directory domain controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT with something other than HTTP: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 demands authentication (407)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 demands authentication (407; it offers %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 could not open a tunnel to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 refused the tunnel to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the proxy %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 accepted the connection and did not answer CONNECT within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering the request for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 answered the request for %2 with something other than HTTP: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 could not fetch %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 refused to fetch %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, then the TLS handshake inside TDS failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, TLS handshake inside TDS completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered; certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, then the server closed the connection during the TLS handshake inside TDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, then the TLS handshake inside TDS did not finish within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS relay for TDS could not listen on loopback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent more than 256 KB during the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TDS packet claims %1 bytes; MS-TDS allows at most 32,767</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a TDS packet of type 0x%1 during the TLS handshake, not PRELOGIN (0x12)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>unsupported profile version &apos;%1&apos;, expected 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; in &apos;vantage&apos;, expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;, expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;, expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; has no value &apos;%2&apos;, expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; in &apos;hosts&apos;, expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos; is listed twice for role &apos;%2&apos;, expected each host once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host lacks the key &apos;host&apos;, expected the host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad %1 &apos;%2&apos;, expected a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad domain &apos;%1&apos;, expected a DNS name like corp.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad nameserver &apos;%1&apos;, expected an IPv4 address (Qt 6.4 cannot query IPv6 or other ports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;azure-region&apos; is an Azure region such as westeurope, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one line of text (a line break or a control character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; in &apos;source-networks&apos;, expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role &apos;%1&apos; has %2 networks in &apos;source-networks&apos;, at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad network &apos;%1&apos; for role &apos;%2&apos;, expected a CIDR such as 10.20.0.0/24 or 2001:db8::/64, or one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network &apos;%1&apos; is listed twice for role &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message numerus="yes">
        <source>NOT READY: %n link(s) fail</source>
        <translation>
            <numerusform>NOT READY: %n link fails</numerusform>
            <numerusform>NOT READY: %n links fail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>READY, WITH %n WARNING(S)</source>
        <translation>
            <numerusform>READY, WITH %n WARNING</numerusform>
            <numerusform>READY, WITH %n WARNINGS</numerusform>
        </translation>
    </message>
    <message>
        <source>READY: every link tested passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTHING COULD BE TESTED FROM HERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian network readiness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cayosoft Guardian: are the network paths it needs open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pass · %2 warning · %3 fail · %4 not tested from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of the machine(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled: some probes have no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service answered in its own protocol on a port the chosen modes need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it works, but through a fallback, with a certificate problem, or an optional link fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no allowed way works; the failures section says what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link starts on another machine; run the check there and merge the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every probe is anonymous: no credentials were asked for, sent or stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: %1. Ports: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred: no vendor document states this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures and what to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: no link failed or warned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: every probe result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probe ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian network readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>The same verdict for every one, e.g. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>merged from %n results file(s)</source>
        <translation>
            <numerusform>merged from %n results file</numerusform>
            <numerusform>merged from %n results files</numerusform>
        </translation>
    </message>
    <message>
        <source>(cut: %1 characters in all; the JSON results keep the whole text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connections the chosen components and modes need, all TCP. For each link and host: the ports that already work (verified open, no change) and otherwise the fewest ports that meet the requirement, the mode&apos;s first choice first. Alternatives that are not needed are left out; when a link works only through a fallback, its first choice is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy for HTTPS to the Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 endpoint set %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(id not in the built-in list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service tag %1 (%2), %n address prefix(es): %3</source>
        <translation>
            <numerusform>Service tag %1 (%2), %n address prefix: %3</numerusform>
            <numerusform>Service tag %1 (%2), %n address prefixes: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Change ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval: signature, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the change board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No required link fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more: see &quot;Failures and what to change&quot;.</source>
        <translation>
            <numerusform>and %n more: see &quot;Failures and what to change&quot;.</numerusform>
            <numerusform>and %n more: see &quot;Failures and what to change&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the firewall change request.</source>
        <translation>
            <numerusform>and %n more in the firewall change request.</numerusform>
            <numerusform>and %n more in the firewall change request.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link changed its verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall request of the run before, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) verified open after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by source machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link can only be tested from the machine it starts on, so each required link needs evidence from every machine of its source role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n host(s)</source>
        <translation>
            <numerusform>%1: %n host</numerusform>
            <numerusform>%1: %n hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a session file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a session file (a JSON object with &quot;session&quot;: 1 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a session file (no &quot;session&quot;: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session version %1 is not supported, expected 1 (written by another version of Guardian Port Check?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of role: hosts as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;profile&quot;: nothing to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hostCount&quot; must be a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 host lists, more than the %2 a session holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts of &quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a message was left out: its arguments expand to more than %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested: this link starts at the %1; run Guardian Port Check there with that role as its vantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but answered as %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but TLS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but something other than %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the allowed ports works (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open, but the chosen mode does not use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are open, but the chosen mode does not use them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dns-failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Global Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Global Catalog over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NetBIOS session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but TLS: %2; the %3 refuses such a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the connection and never answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but the DNS server on %2 does not serve %3 (it answered NXDOMAIN for %4): point the %5 at a DNS server of the domain, or check the domain name in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but the DNS server on %2 answered %3 for %4: it does not resolve the domain for the %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but the DNS server on %2 has no domain controller records for %3 (%4): check that the DCs register them (Netlogon) in that zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but the KDC on %2 does not serve the realm %3: %2 is a domain controller of another domain, or the domain name in the profile is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but %2 is a domain controller of %3 (%4), not of %5, the profile&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but %2 is a domain controller of %3 (%4), not of %5 like the other domain controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but %2 belongs to the forest %3, not to %4 like the other domain controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open on %2, but filtered on %3, which Windows tries first: every connection of the %4 waits for that attempt to time out before it uses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open on %2, but %3 on %4, which Windows tries first: every connection of the %5 fails there before it uses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open on %2, but %3 on %4: if %2 stops answering, the %5 has no other way to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds behind %3 and the other domain controllers: Kerberos refuses more than 300 seconds, so no sign-in from here works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds behind %3 and the other domain controllers (Kerberos refuses more than 300 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds ahead of %3 and the other domain controllers: Kerberos refuses more than 300 seconds, so no sign-in from here works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds ahead of %3 and the other domain controllers (Kerberos refuses more than 300 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds ahead of this machine&apos;s: Kerberos refuses more than 300 seconds, so the %4 cannot sign in to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds ahead of this machine&apos;s (Kerberos refuses more than 300 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds behind this machine&apos;s: Kerberos refuses more than 300 seconds, so the %4 cannot sign in to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds behind this machine&apos;s (Kerberos refuses more than 300 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through the proxy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, but TLS is inspected: the certificate was re-signed by %2, not issued by the CAs of %3 (%4); %5 can break behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TDS cannot go through the HTTP proxy %1: Guardian needs direct egress to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct egress works too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct egress is blocked (%1), which is fine: Guardian uses the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct egress works, but Guardian uses the proxy %1: allow %2 there, or set Guardian to connect directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct egress is blocked too (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s revocation servers do not answer: %1; Windows waits for them before it trusts the certificate, so each new connection stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow HTTP (TCP 80) from the %1 to the certificate revocation servers of %2 (%3), directly or on its proxy: Windows checks there that the certificate is not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) fail: the network is not ready for Guardian.</source>
        <translation>
            <numerusform>%n link fails: the network is not ready for Guardian.</numerusform>
            <numerusform>%n links fail: the network is not ready for Guardian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guardian can work, with %n warning(s) to look at.</source>
        <translation>
            <numerusform>Guardian can work, with %n warning to look at.</numerusform>
            <numerusform>Guardian can work, with %n warnings to look at.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every link tested from here passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be tested from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pass · %2 warn · %3 fail · %4 not tested from here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictStyle</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2, expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the key &apos;%2&apos;, expected it to be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a single value, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, found &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a value or a list of values, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line ends with a carriage return alone (old Mac line endings): save the file with LF or CRLF line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab in the indentation: YAML indents with spaces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists and mappings nest deeper than %1 levels: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote opened here is never closed: the rest of the file would become this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;: it is also at %2:%3, expected each key once in a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more of the same kind as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
