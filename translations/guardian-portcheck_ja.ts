<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Catalog</name>
    <message>
        <source>Cayosoft Guardian network requirements</source>
        <translation>Cayosoft Guardian のネットワーク要件</translation>
    </message>
    <message>
        <source>Guardian server</source>
        <translation>Guardian サーバー</translation>
    </message>
    <message>
        <source>The machine running the Guardian service; often also hosts the web portal.</source>
        <translation>Guardian サービスを実行するマシン。多くの場合 Web ポータルも置かれます。</translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation>ドメインコントローラー</translation>
    </message>
    <message>
        <source>Every DC of every managed domain, not only those in a backup plan.</source>
        <translation>管理対象のすべてのドメインのすべての DC (バックアップ計画に含まれるものだけではありません)。</translation>
    </message>
    <message>
        <source>Network file share</source>
        <translation>ネットワークファイル共有</translation>
    </message>
    <message>
        <source>The SMB share that holds backups.</source>
        <translation>バックアップを保存する SMB 共有。</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Web ポータル</translation>
    </message>
    <message>
        <source>Guardian&apos;s web UI over HTTP or HTTPS.</source>
        <translation>HTTP または HTTPS で提供される Guardian の Web UI。</translation>
    </message>
    <message>
        <source>Admin workstation</source>
        <translation>管理用ワークステーション</translation>
    </message>
    <message>
        <source>Where a person opens the portal in a browser.</source>
        <translation>ユーザーがブラウザーでポータルを開く場所。</translation>
    </message>
    <message>
        <source>AD connector</source>
        <translation>AD コネクター</translation>
    </message>
    <message>
        <source>Optional collector near the DCs; delivers changes to the Guardian server.</source>
        <translation>DC の近くに置く任意の収集器。変更を Guardian サーバーに届けます。</translation>
    </message>
    <message>
        <source>Forest Recovery agent</source>
        <translation>Forest Recovery エージェント</translation>
    </message>
    <message>
        <source>Runs on a DC (backup) or on a machine in a recovery site.</source>
        <translation>DC 上 (バックアップ) または復旧サイトのマシン上で動作します。</translation>
    </message>
    <message>
        <source>Cayosoft cloud</source>
        <translation>Cayosoft クラウド</translation>
    </message>
    <message>
        <source>License service, telemetry and product update downloads.</source>
        <translation>ライセンスサービス、テレメトリ、製品更新のダウンロード。</translation>
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
        <translation>外部 Azure SQL データベースのリージョン ゲートウェイ。</translation>
    </message>
    <message>
        <source>Guardian directory mode</source>
        <translation>Guardian のディレクトリモード</translation>
    </message>
    <message>
        <source>How the Guardian service connects to domain controllers.</source>
        <translation>Guardian サービスがドメインコントローラーに接続する方法。</translation>
    </message>
    <message>
        <source>Default (LDAP, LDAPS fallback)</source>
        <translation>既定 (LDAP、LDAPS にフォールバック)</translation>
    </message>
    <message>
        <source>389 and 3268 first; when they fail, Guardian falls back to 636 and 3269 silently.</source>
        <translation>まず 389 と 3268。失敗すると Guardian は通知なしに 636 と 3269 にフォールバックします。</translation>
    </message>
    <message>
        <source>LDAPS only</source>
        <translation>LDAPS のみ</translation>
    </message>
    <message>
        <source>LDAPS only (useLdaps = true): 636 and 3269 must be open on every DC; no fallback.</source>
        <translation>LDAPS のみ (useLdaps = true): すべての DC で 636 と 3269 が開いている必要があります。フォールバックなし。</translation>
    </message>
    <message>
        <source>Forest Recovery agent directory mode</source>
        <translation>Forest Recovery エージェントのディレクトリモード</translation>
    </message>
    <message>
        <source>How a Forest Recovery agent connects to domain controllers.</source>
        <translation>Forest Recovery エージェントがドメインコントローラーに接続する方法。</translation>
    </message>
    <message>
        <source>LDAP (signed and sealed)</source>
        <translation>LDAP (署名および暗号化)</translation>
    </message>
    <message>
        <source>389 must be open from every agent to the DCs.</source>
        <translation>すべてのエージェントから DC への 389 が開いている必要があります。</translation>
    </message>
    <message>
        <source>LDAPS</source>
        <translation>LDAPS</translation>
    </message>
    <message>
        <source>636 must be open from every agent to the DCs; no fallback.</source>
        <translation>すべてのエージェントから DC への 636 が開いている必要があります。フォールバックなし。</translation>
    </message>
    <message>
        <source>LDAPS with fallback</source>
        <translation>フォールバック付き LDAPS</translation>
    </message>
    <message>
        <source>636 first, then 389; the fallback is logged as a warning.</source>
        <translation>まず 636、次に 389。フォールバックは警告として記録されます。</translation>
    </message>
    <message>
        <source>WinRM transport</source>
        <translation>WinRM トランスポート</translation>
    </message>
    <message>
        <source>The WinRM transport of the backup plan.</source>
        <translation>バックアップ計画の WinRM トランスポート。</translation>
    </message>
    <message>
        <source>HTTP only</source>
        <translation>HTTP のみ</translation>
    </message>
    <message>
        <source>5985 must be open on every DC.</source>
        <translation>すべての DC で 5985 が開いている必要があります。</translation>
    </message>
    <message>
        <source>HTTPS only</source>
        <translation>HTTPS のみ</translation>
    </message>
    <message>
        <source>5986 must be open on every DC, with a certificate the server trusts.</source>
        <translation>すべての DC で 5986 が開いており、サーバーが信頼する証明書がある必要があります。</translation>
    </message>
    <message>
        <source>Auto (HTTPS preferred)</source>
        <translation>自動 (HTTPS 優先)</translation>
    </message>
    <message>
        <source>Chosen per DC: a DC passes when 5986 or 5985 answers.</source>
        <translation>DC ごとに選択: 5986 または 5985 が応答すれば合格です。</translation>
    </message>
    <message>
        <source>Auto (HTTP preferred)</source>
        <translation>自動 (HTTP 優先)</translation>
    </message>
    <message>
        <source>Chosen per DC: a DC passes when 5985 or 5986 answers.</source>
        <translation>DC ごとに選択: 5985 または 5986 が応答すれば合格です。</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>How the Guardian license is validated.</source>
        <translation>Guardian のライセンスを検証する方法。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>The license service at Cayosoft must be reachable on 443.</source>
        <translation>Cayosoft のライセンスサービスに 443 で到達できる必要があります。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>No license traffic; telemetry and updates stay optional.</source>
        <translation>ライセンスの通信なし。テレメトリと更新は任意のままです。</translation>
    </message>
    <message>
        <source>Azure SQL connection policy</source>
        <translation>Azure SQL 接続ポリシー</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Only 1433 to the regional gateway.</source>
        <translation>リージョン ゲートウェイへの 1433 のみ。</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>リダイレクト</translation>
    </message>
    <message>
        <source>1433 to the gateway, then 11000-11999 to the database node after login.</source>
        <translation>ゲートウェイへの 1433、ログイン後はデータベースノードへの 11000-11999。</translation>
    </message>
    <message>
        <source>Guardian service</source>
        <translation>Guardian サービス</translation>
    </message>
    <message>
        <source>Watches and backs up Active Directory; always installed.</source>
        <translation>Active Directory を監視しバックアップします。常にインストールされます。</translation>
    </message>
    <message>
        <source>The browser UI; needs HTTP or HTTPS from the admin workstations.</source>
        <translation>ブラウザー UI。管理用ワークステーションからの HTTP または HTTPS が必要です。</translation>
    </message>
    <message>
        <source>A collector near the DCs that forwards changes to the Guardian server.</source>
        <translation>DC の近くで変更を収集し Guardian サーバーに転送する収集器。</translation>
    </message>
    <message>
        <source>Forest Recovery</source>
        <translation>Forest Recovery</translation>
    </message>
    <message>
        <source>Agents that back up and restore a whole forest.</source>
        <translation>フォレスト全体をバックアップおよび復元するエージェント。</translation>
    </message>
    <message>
        <source>Cayosoft cloud services</source>
        <translation>Cayosoft クラウドサービス</translation>
    </message>
    <message>
        <source>Licensing, telemetry and product updates over HTTPS.</source>
        <translation>HTTPS によるライセンス、テレメトリ、製品更新。</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Manage Entra ID and Microsoft 365 tenants.</source>
        <translation>Entra ID と Microsoft 365 のテナントを管理します。</translation>
    </message>
    <message>
        <source>Keep Guardian&apos;s database in Azure SQL instead of a local SQL Server.</source>
        <translation>Guardian のデータベースをローカルの SQL Server ではなく Azure SQL に置きます。</translation>
    </message>
    <message>
        <source>LDAP, Global Catalog (signed/sealed); LDAPS, GC over TLS</source>
        <translation>LDAP、グローバルカタログ (署名/暗号化)、LDAPS、TLS 上の GC</translation>
    </message>
    <message>
        <source>Read and watch the directory of every managed domain.</source>
        <translation>管理対象のすべてのドメインのディレクトリを読み取り監視します。</translation>
    </message>
    <message>
        <source>works through the LDAPS fallback; Guardian falls back on every connection</source>
        <translation>LDAPS フォールバック経由で動作。Guardian は接続のたびにフォールバックします</translation>
    </message>
    <message>
        <source>WinRM HTTP / HTTPS</source>
        <translation>WinRM HTTP / HTTPS</translation>
    </message>
    <message>
        <source>Collect forest metadata from every DC.</source>
        <translation>すべての DC からフォレストのメタデータを収集します。</translation>
    </message>
    <message>
        <source>SMB (direct) or NetBIOS session</source>
        <translation>SMB (直接) または NetBIOS セッション</translation>
    </message>
    <message>
        <source>Write and read backups on the network share.</source>
        <translation>ネットワーク共有にバックアップを書き込み、読み取ります。</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Validate the license online.</source>
        <translation>ライセンスをオンラインで検証します。</translation>
    </message>
    <message>
        <source>Send telemetry (api.telemetry.cayosoft.com) and download product updates.</source>
        <translation>テレメトリを送信し (api.telemetry.cayosoft.com)、製品更新をダウンロードします。</translation>
    </message>
    <message>
        <source>HTTP / HTTPS</source>
        <translation>HTTP / HTTPS</translation>
    </message>
    <message>
        <source>Open the Guardian web portal in a browser.</source>
        <translation>ブラウザーで Guardian の Web ポータルを開きます。</translation>
    </message>
    <message>
        <source>Deliver collected changes to the portal endpoint of the Guardian server.</source>
        <translation>収集した変更を Guardian サーバーのポータル エンドポイントに届けます。</translation>
    </message>
    <message>
        <source>LDAP, Global Catalog</source>
        <translation>LDAP、グローバルカタログ</translation>
    </message>
    <message>
        <source>Read changes and collect events from the preferred DC and any other DC.</source>
        <translation>優先 DC とその他の DC から変更を読み取り、イベントを収集します。</translation>
    </message>
    <message>
        <source>Deploy and drive the Forest Recovery agents.</source>
        <translation>Forest Recovery エージェントを展開し制御します。</translation>
    </message>
    <message>
        <source>Service side of the agent channel (the ports page lists 443 both ways).</source>
        <translation>エージェント チャネルのサービス側 (ポート一覧では 443 が双方向に記載されています)。</translation>
    </message>
    <message>
        <source>Agent reports to the service; the agent can be set to validate the service certificate.</source>
        <translation>エージェントがサービスに報告します。サービス証明書を検証するよう設定できます。</translation>
    </message>
    <message>
        <source>Store and fetch forest backups on the network share.</source>
        <translation>ネットワーク共有にフォレストのバックアップを保存し取得します。</translation>
    </message>
    <message>
        <source>Collect the metadata of every DC.</source>
        <translation>すべての DC のメタデータを収集します。</translation>
    </message>
    <message>
        <source>LDAP / LDAPS (per the agent&apos;s directory mode)</source>
        <translation>LDAP / LDAPS (エージェントのディレクトリモードによる)</translation>
    </message>
    <message>
        <source>Read the directory during backup and recovery.</source>
        <translation>バックアップと復旧の間にディレクトリを読み取ります。</translation>
    </message>
    <message>
        <source>works through the agent&apos;s LDAP fallback; the agent logs a warning on every connection</source>
        <translation>エージェントの LDAP フォールバック経由で動作。エージェントは接続のたびに警告を記録します</translation>
    </message>
    <message>
        <source>TDS (SQL Server)</source>
        <translation>TDS (SQL Server)</translation>
    </message>
    <message>
        <source>Guardian&apos;s database in Azure SQL.</source>
        <translation>Azure SQL 上の Guardian のデータベース。</translation>
    </message>
    <message>
        <source>After login the Redirect policy moves the session to 11000-11999 on the database node; that range can only be checked with a login: open it outbound.</source>
        <translation>ログイン後、リダイレクト ポリシーによりセッションはデータベースノードの 11000-11999 に移ります。この範囲はログインしないと確認できないため、送信方向に開いてください。</translation>
    </message>
    <message>
        <source>Start the service that should listen on TCP {port} on {host}, or allow TCP {port} from the {from} in the inbound rules of Windows Defender Firewall (or the host&apos;s own firewall) on {host}.</source>
        <translation>{host} で TCP {port} を待ち受けるはずのサービスを開始するか、{host} の Windows Defender ファイアウォール (またはホスト独自のファイアウォール) の受信の規則で {from} からの TCP {port} を許可してください。</translation>
    </message>
    <message>
        <source>Allow TCP {port} from the {from} to {host} on every network firewall between them (for an Internet endpoint: the perimeter firewall or the proxy), and check the inbound rules of Windows Defender Firewall on {host}.</source>
        <translation>両者の間にあるすべてのネットワーク ファイアウォール (インターネット エンドポイントの場合は境界ファイアウォールまたはプロキシ) で、{from} から {host} への TCP {port} を許可し、{host} の Windows Defender ファイアウォールの受信の規則を確認してください。</translation>
    </message>
    <message>
        <source>Give the {from} a route to {host}: ask the network team to check the routing, VPN or VLAN between them, and check the network settings of {host}.</source>
        <translation>{from} から {host} への経路を用意してください: 両者の間のルーティング、VPN、VLAN の確認をネットワーク チームに依頼し、{host} のネットワーク設定を確認してください。</translation>
    </message>
    <message>
        <source>Register {host} in DNS (an A record in its zone on the DNS server), or correct the name you entered or the DNS suffix and DNS servers in the network settings of the {from}.</source>
        <translation>{host} を DNS に登録するか (DNS サーバー上のゾーンに A レコードを作成)、入力した名前、または {from} のネットワーク設定の DNS サフィックスと DNS サーバーを修正してください。</translation>
    </message>
    <message>
        <source>Read the error in the evidence of {host}:{port}, fix its cause on the {from} (proxy settings, security software, or the address entered), then test again.</source>
        <translation>{host}:{port} の証拠にあるエラーを読み、{from} でその原因 (プロキシ設定、セキュリティ ソフトウェア、入力したアドレス) を修正してから、再テストしてください。</translation>
    </message>
    <message>
        <source>Start Active Directory Domain Services on {host} and enable the inbound rule &apos;Active Directory Domain Services (LDAP-In)&apos; in Windows Defender Firewall on {host}; if {host} is not a domain controller, enter a DC&apos;s name instead.</source>
        <translation>{host} で Active Directory ドメイン サービスを開始し、{host} の Windows Defender ファイアウォールで受信の規則「Active Directory Domain Services (LDAP-In)」を有効にしてください。{host} がドメイン コントローラーでない場合は、代わりに DC の名前を入力してください。</translation>
    </message>
    <message>
        <source>Enter the domain controller&apos;s own name instead of {host}: another service or a load balancer answers port {port} there. If it is a load balancer, configure it to pass LDAP through to the DCs.</source>
        <translation>{host} の代わりにドメイン コントローラー自身の名前を入力してください: そこではポート {port} に別のサービスまたはロード バランサーが応答しています。ロード バランサーの場合は、LDAP を DC へそのまま通すように構成してください。</translation>
    </message>
    <message>
        <source>Exempt LDAP (TCP {port}) from the {from} to {host} from inspection on the firewall or proxy that accepts the connection and then holds it; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation>接続を受け付けた後に保留するファイアウォールまたはプロキシで、{from} から {host} への LDAP (TCP {port}) を検査の対象外にしてください。間に何もない場合は、{host} の Active Directory ドメイン サービスを再起動してください。</translation>
    </message>
    <message>
        <source>Make {host} a Global Catalog (Active Directory Sites and Services: the DC&apos;s NTDS Settings, &apos;Global Catalog&apos;) and enable &apos;Active Directory Domain Services (LDAP for Global Catalog-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>{host} をグローバルカタログにし (Active Directory サイトとサービス: DC の NTDS Settings の「グローバル カタログ」)、{host} の Windows Defender ファイアウォールで「Active Directory Domain Services (LDAP for Global Catalog-In)」を有効にしてください。</translation>
    </message>
    <message>
        <source>Enter a Global Catalog&apos;s own name instead of {host}: another service or a load balancer answers port {port} there.</source>
        <translation>{host} の代わりにグローバルカタログ自身の名前を入力してください: そこではポート {port} に別のサービスまたはロード バランサーが応答しています。</translation>
    </message>
    <message>
        <source>Exempt the Global Catalog port (TCP {port}) from the {from} to {host} from inspection on the firewall or proxy that holds the connection; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation>接続を保留するファイアウォールまたはプロキシで、{from} から {host} へのグローバルカタログ ポート (TCP {port}) を検査の対象外にしてください。間に何もない場合は、{host} の Active Directory ドメイン サービスを再起動してください。</translation>
    </message>
    <message>
        <source>Enroll a Server Authentication certificate with the DC&apos;s FQDN in the subject or SAN on {host} (the &apos;Domain Controller&apos; or &apos;Kerberos Authentication&apos; template of your enterprise CA): the DC then serves LDAPS on {port}. Enable &apos;Active Directory Domain Services (LDAPS-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>{host} で、サブジェクトまたは SAN に DC の FQDN を含むサーバー認証証明書を登録してください (エンタープライズ CA の「ドメイン コントローラー」または「Kerberos 認証」テンプレート)。これで DC は {port} で LDAPS を提供します。{host} の Windows Defender ファイアウォールで「Active Directory Domain Services (LDAPS-In)」を有効にしてください。</translation>
    </message>
    <message>
        <source>Replace the LDAPS certificate of {host} (Certificates console, Local Computer, Personal) with one from a CA that the {from} trusts, with the DC&apos;s FQDN in the SAN and not expired; or import the issuing CA into &apos;Trusted Root Certification Authorities&apos; on the {from}.</source>
        <translation>{host} の LDAPS 証明書 (証明書コンソール、ローカル コンピューター、個人) を、{from} が信頼する CA が発行し、SAN に DC の FQDN を含む有効期限内の証明書に置き換えてください。または、発行元 CA を {from} の「信頼されたルート証明機関」にインポートしてください。</translation>
    </message>
    <message>
        <source>Enter the domain controller&apos;s own name instead of {host}: a TLS-terminating load balancer or proxy answers port {port} there without LDAP inside.</source>
        <translation>{host} の代わりにドメイン コントローラー自身の名前を入力してください: そこではポート {port} に、TLS を終端するロード バランサーまたはプロキシが応答しており、その内側に LDAP がありません。</translation>
    </message>
    <message>
        <source>Exempt LDAPS (TCP {port}) from the {from} to {host} from TLS inspection on the firewall or proxy that holds the connection; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation>接続を保留するファイアウォールまたはプロキシで、{from} から {host} への LDAPS (TCP {port}) を TLS 検査の対象外にしてください。間に何もない場合は、{host} の Active Directory ドメイン サービスを再起動してください。</translation>
    </message>
    <message>
        <source>Make {host} a Global Catalog (Active Directory Sites and Services) with an LDAPS certificate (as for 636), and enable &apos;Active Directory Domain Services (LDAPS for Global Catalog-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>{host} を LDAPS 証明書 (636 と同様) を持つグローバルカタログにし (Active Directory サイトとサービス)、{host} の Windows Defender ファイアウォールで「Active Directory Domain Services (LDAPS for Global Catalog-In)」を有効にしてください。</translation>
    </message>
    <message>
        <source>Replace the certificate of {host} used on {port} (the DC&apos;s LDAPS certificate, Certificates console, Local Computer, Personal) with one from a CA that the {from} trusts, naming the DC&apos;s FQDN; or import the issuing CA on the {from}.</source>
        <translation>{port} で使用される {host} の証明書 (DC の LDAPS 証明書、証明書コンソール、ローカル コンピューター、個人) を、{from} が信頼する CA が発行し DC の FQDN を含む証明書に置き換えてください。または、発行元 CA を {from} にインポートしてください。</translation>
    </message>
    <message>
        <source>Enter a Global Catalog&apos;s own name instead of {host}: a TLS-terminating load balancer or proxy answers port {port} there without the Global Catalog inside.</source>
        <translation>{host} の代わりにグローバルカタログ自身の名前を入力してください: そこではポート {port} に、TLS を終端するロード バランサーまたはプロキシが応答しており、その内側にグローバルカタログがありません。</translation>
    </message>
    <message>
        <source>Exempt TCP {port} from the {from} to {host} from TLS inspection on the firewall or proxy that holds the connection; if nothing sits between them, restart Active Directory Domain Services on {host}.</source>
        <translation>接続を保留するファイアウォールまたはプロキシで、{from} から {host} への TCP {port} を TLS 検査の対象外にしてください。間に何もない場合は、{host} の Active Directory ドメイン サービスを再起動してください。</translation>
    </message>
    <message>
        <source>Run &apos;winrm quickconfig&apos; on {host} (or enable &apos;Allow remote server management through WinRM&apos; by Group Policy) and enable &apos;Windows Remote Management (HTTP-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>{host} で「winrm quickconfig」を実行し (またはグループ ポリシーで「WinRM によるリモート サーバー管理を許可する」を有効にし)、{host} の Windows Defender ファイアウォールで「Windows Remote Management (HTTP-In)」を有効にしてください。</translation>
    </message>
    <message>
        <source>Move the other web service off port {port} on {host}, or put the WinRM listener on that port (&apos;winrm enumerate winrm/config/listener&apos; on {host} shows where it listens).</source>
        <translation>{host} のポート {port} から別の Web サービスを移動するか、そのポートに WinRM リスナーを置いてください ({host} で「winrm enumerate winrm/config/listener」を実行すると待ち受け先がわかります)。</translation>
    </message>
    <message>
        <source>Restart the Windows Remote Management service (WinRM) on {host}; if a firewall or proxy between the {from} and {host} holds the connection, exempt TCP {port} from inspection there.</source>
        <translation>{host} で Windows Remote Management サービス (WinRM) を再起動してください。{from} と {host} の間のファイアウォールまたはプロキシが接続を保留している場合は、そこで TCP {port} を検査の対象外にしてください。</translation>
    </message>
    <message>
        <source>Create a WinRM HTTPS listener on {host} (&apos;winrm quickconfig -transport:https&apos; with a Server Authentication certificate naming {host}) and allow TCP {port} inbound in Windows Defender Firewall on {host}.</source>
        <translation>{host} に WinRM HTTPS リスナーを作成し ({host} を名前に含むサーバー認証証明書で「winrm quickconfig -transport:https」を実行)、{host} の Windows Defender ファイアウォールで TCP {port} の受信を許可してください。</translation>
    </message>
    <message>
        <source>Give the WinRM HTTPS listener on {host} a certificate from a CA that the {from} trusts, naming {host} and not expired (&apos;winrm set winrm/config/listener?Address=*+Transport=HTTPS&apos; with its thumbprint); or import the issuing CA into &apos;Trusted Root Certification Authorities&apos; on the {from}.</source>
        <translation>{host} の WinRM HTTPS リスナーに、{from} が信頼する CA が発行し、{host} を名前に含む有効期限内の証明書を設定してください (その拇印を指定して「winrm set winrm/config/listener?Address=*+Transport=HTTPS」)。または、発行元 CA を {from} の「信頼されたルート証明機関」にインポートしてください。</translation>
    </message>
    <message>
        <source>Move the other TLS service off port {port} on {host}, or put the WinRM HTTPS listener on that port (&apos;winrm enumerate winrm/config/listener&apos; on {host}).</source>
        <translation>{host} のポート {port} から別の TLS サービスを移動するか、そのポートに WinRM HTTPS リスナーを置いてください ({host} で「winrm enumerate winrm/config/listener」)。</translation>
    </message>
    <message>
        <source>Restart the Windows Remote Management service (WinRM) on {host}; if a firewall or proxy between the {from} and {host} holds the connection, exempt TCP {port} from TLS inspection there.</source>
        <translation>{host} で Windows Remote Management サービス (WinRM) を再起動してください。{from} と {host} の間のファイアウォールまたはプロキシが接続を保留している場合は、そこで TCP {port} を TLS 検査の対象外にしてください。</translation>
    </message>
    <message>
        <source>Start the Server service (LanmanServer) on {host} and enable &apos;File and Printer Sharing (SMB-In)&apos; in Windows Defender Firewall on {host}.</source>
        <translation>{host} で Server サービス (LanmanServer) を開始し、{host} の Windows Defender ファイアウォールで「File and Printer Sharing (SMB-In)」を有効にしてください。</translation>
    </message>
    <message>
        <source>Enable SMB 2 or 3 on {host} (for a NAS: in its settings or with a firmware update; SMB1-only servers are not supported), or keep the backups on another share.</source>
        <translation>{host} で SMB 2 または 3 を有効にするか (NAS の場合は設定またはファームウェア更新で。SMB1 のみのサーバーはサポートされません)、バックアップを別の共有に置いてください。</translation>
    </message>
    <message>
        <source>Restart the Server service (LanmanServer) on {host}; if a firewall between the {from} and {host} holds the connection, allow SMB (TCP {port}) there without inspection.</source>
        <translation>{host} で Server サービス (LanmanServer) を再起動してください。{from} と {host} の間のファイアウォールが接続を保留している場合は、そこで SMB (TCP {port}) を検査なしで許可してください。</translation>
    </message>
    <message>
        <source>Open TCP 445 (SMB) to {host} instead: 139 is only the NetBIOS fallback. To use 139 anyway, enable NetBIOS over TCP/IP on the network adapter of {host} (IPv4, Advanced, WINS) and &apos;File and Printer Sharing (NB-Session-In)&apos; in its firewall.</source>
        <translation>代わりに {host} への TCP 445 (SMB) を開放してください: 139 は NetBIOS のフォールバックにすぎません。それでも 139 を使う場合は、{host} のネットワーク アダプター (IPv4、詳細設定、WINS) で NetBIOS over TCP/IP を有効にし、そのファイアウォールで「File and Printer Sharing (NB-Session-In)」を有効にしてください。</translation>
    </message>
    <message>
        <source>Open TCP 445 (SMB) from the {from} to {host} on the firewalls between them instead: the NetBIOS session on {port} does not lead to SMB 2 or 3.</source>
        <translation>代わりに、両者の間のファイアウォールで {from} から {host} への TCP 445 (SMB) を開放してください: {port} の NetBIOS セッションは SMB 2 または 3 につながりません。</translation>
    </message>
    <message>
        <source>Open TCP 445 (SMB) from the {from} to {host} on the firewalls between them instead: the NetBIOS session on {port} accepts and never answers.</source>
        <translation>代わりに、両者の間のファイアウォールで {from} から {host} への TCP 445 (SMB) を開放してください: {port} の NetBIOS セッションは接続を受け付けますが、応答しません。</translation>
    </message>
    <message>
        <source>Bind the Guardian web portal&apos;s site to port {port} in IIS Manager on {host} (Site Bindings) and allow TCP {port} inbound in Windows Defender Firewall on {host}.</source>
        <translation>{host} の IIS マネージャー (サイトのバインド) で Guardian Web ポータルのサイトをポート {port} にバインドし、{host} の Windows Defender ファイアウォールで TCP {port} の受信を許可してください。</translation>
    </message>
    <message>
        <source>Move the other service off port {port} on {host}, or bind the Guardian portal&apos;s IIS site to another port and use that one (IIS Manager on {host}, Site Bindings).</source>
        <translation>{host} のポート {port} から別のサービスを移動するか、Guardian ポータルの IIS サイトを別のポートにバインドしてそのポートを使用してください ({host} の IIS マネージャー、サイトのバインド)。</translation>
    </message>
    <message>
        <source>Restart the Guardian portal&apos;s IIS site on {host} (IIS Manager); if a proxy or firewall between the {from} and {host} holds the connection, allow HTTP there without inspection.</source>
        <translation>{host} で Guardian ポータルの IIS サイトを再起動してください (IIS マネージャー)。{from} と {host} の間のプロキシまたはファイアウォールが接続を保留している場合は、そこで HTTP を検査なしで許可してください。</translation>
    </message>
    <message>
        <source>Add an https binding on port {port} in IIS Manager on {host} when it is a Guardian server or portal, and allow TCP {port} inbound in its firewall; for an Internet endpoint, allow HTTPS to {host} for the {from} on the proxy or perimeter firewall.</source>
        <translation>Guardian サーバーまたはポータルの場合は、{host} の IIS マネージャーでポート {port} に https バインドを追加し、そのファイアウォールで TCP {port} の受信を許可してください。インターネット エンドポイントの場合は、プロキシまたは境界ファイアウォールで {from} から {host} への HTTPS を許可してください。</translation>
    </message>
    <message>
        <source>Exempt {host} from TLS inspection on the proxy or firewall whose certificate the {from} was shown, or import that CA into &apos;Trusted Root Certification Authorities&apos; on the {from}; for your own server, install a certificate from a CA that the {from} trusts, naming {host}.</source>
        <translation>{from} に提示された証明書を持つプロキシまたはファイアウォールで {host} を TLS 検査の対象外にするか、その CA を {from} の「信頼されたルート証明機関」にインポートしてください。自社のサーバーの場合は、{from} が信頼する CA が発行し {host} を名前に含む証明書をインストールしてください。</translation>
    </message>
    <message>
        <source>Let HTTPS to {host} pass the proxy or firewall as a plain TLS tunnel: TLS worked, but what answered inside it on {port} is not the web server.</source>
        <translation>{host} への HTTPS を、プロキシまたはファイアウォールで単純な TLS トンネルとして通してください: TLS は成功しましたが、その内側で {port} に応答したのは Web サーバーではありません。</translation>
    </message>
    <message>
        <source>Allow HTTPS from the {from} to {host} on the proxy or firewall that accepts the connection and then holds it (or exempt {host} from inspection there); for your own server, restart its web site in IIS Manager.</source>
        <translation>接続を受け付けた後に保留するプロキシまたはファイアウォールで、{from} から {host} への HTTPS を許可してください (またはそこで {host} を検査の対象外にしてください)。自社のサーバーの場合は、IIS マネージャーでその Web サイトを再起動してください。</translation>
    </message>
    <message>
        <source>Check that {host} is the Azure SQL server&apos;s name (&lt;server&gt;.database.windows.net), and allow outbound TCP {port} from the {from} on the firewall that rejects it.</source>
        <translation>{host} が Azure SQL サーバーの名前 (&lt;server&gt;.database.windows.net) であることを確認し、拒否しているファイアウォールで {from} からの送信 TCP {port} を許可してください。</translation>
    </message>
    <message>
        <source>Allow outbound TCP {port} from the {from} to the Azure SQL gateways of the region (service tag Sql.&lt;region&gt;) on the perimeter firewall; TDS cannot pass an HTTP proxy.</source>
        <translation>境界ファイアウォールで、{from} からリージョンの Azure SQL ゲートウェイ (サービス タグ Sql.&lt;region&gt;) への送信 TCP {port} を許可してください。TDS は HTTP プロキシを通過できません。</translation>
    </message>
    <message>
        <source>Enter the Azure SQL server&apos;s own name (&lt;server&gt;.database.windows.net) instead of {host}: another service or a proxy answers port {port} there.</source>
        <translation>{host} の代わりに Azure SQL サーバー自身の名前 (&lt;server&gt;.database.windows.net) を入力してください: そこではポート {port} に別のサービスまたはプロキシが応答しています。</translation>
    </message>
    <message>
        <source>Route TDS (TCP {port}) from the {from} to {host} directly, without inspection or an HTTP proxy on the way: configure that on the firewall that holds the connection.</source>
        <translation>{from} から {host} への TDS (TCP {port}) を、途中で検査や HTTP プロキシを経由せずに直接ルーティングしてください: 接続を保留しているファイアウォールでそのように構成してください。</translation>
    </message>
    <message>
        <source>Directory (LDAP)</source>
        <translation>ディレクトリ (LDAP)</translation>
    </message>
    <message>
        <source>Forest metadata (WinRM)</source>
        <translation>フォレスト メタデータ (WinRM)</translation>
    </message>
    <message>
        <source>Backups (SMB)</source>
        <translation>バックアップ (SMB)</translation>
    </message>
    <message>
        <source>Licensing (HTTPS)</source>
        <translation>ライセンス (HTTPS)</translation>
    </message>
    <message>
        <source>Telemetry and updates (HTTPS)</source>
        <translation>テレメトリと更新 (HTTPS)</translation>
    </message>
    <message>
        <source>Web portal (HTTP/HTTPS)</source>
        <translation>Web ポータル (HTTP/HTTPS)</translation>
    </message>
    <message>
        <source>Change delivery (HTTP/HTTPS)</source>
        <translation>変更の配信 (HTTP/HTTPS)</translation>
    </message>
    <message>
        <source>Change collection (LDAP)</source>
        <translation>変更の収集 (LDAP)</translation>
    </message>
    <message>
        <source>Agent control (WinRM)</source>
        <translation>エージェント制御 (WinRM)</translation>
    </message>
    <message>
        <source>Agent channel (HTTPS)</source>
        <translation>エージェント チャネル (HTTPS)</translation>
    </message>
    <message>
        <source>Agent reports (HTTPS)</source>
        <translation>エージェント レポート (HTTPS)</translation>
    </message>
    <message>
        <source>Forest backups (SMB)</source>
        <translation>フォレスト バックアップ (SMB)</translation>
    </message>
    <message>
        <source>DC metadata (WinRM)</source>
        <translation>DC メタデータ (WinRM)</translation>
    </message>
    <message>
        <source>Agent directory (LDAP/LDAPS)</source>
        <translation>エージェント ディレクトリ (LDAP/LDAPS)</translation>
    </message>
    <message>
        <source>Database (TDS)</source>
        <translation>データベース (TDS)</translation>
    </message>
    <message>
        <source>Start the Kerberos Key Distribution Center service (KDC) on {host} and enable the inbound rule &apos;Kerberos Key Distribution Center (TCP-In)&apos; in Windows Defender Firewall on {host}; if {host} is not a domain controller, enter a DC&apos;s name instead.</source>
        <translation>{host} で Kerberos Key Distribution Center サービス (KDC) を開始し、{host} の Windows Defender ファイアウォールで受信の規則「Kerberos Key Distribution Center (TCP-In)」を有効にしてください。{host} がドメイン コントローラーでない場合は、代わりに DC の名前を入力してください。</translation>
    </message>
    <message>
        <source>Enter the domain controller&apos;s own name instead of {host}: another service answers TCP {port} there. If a load balancer or firewall sits in front of {host}, let Kerberos (TCP {port}) pass through to the DC unchanged.</source>
        <translation>{host} の代わりにドメイン コントローラー自身の名前を入力してください: そこでは TCP {port} に別のサービスが応答しています。{host} の前にロード バランサーまたはファイアウォールがある場合は、Kerberos (TCP {port}) を変更せずに DC へ通してください。</translation>
    </message>
    <message>
        <source>Exempt Kerberos (TCP {port}) from the {from} to {host} from inspection on the firewall or proxy that accepts the connection and then holds it; if nothing sits between them, restart the Kerberos Key Distribution Center service on {host}.</source>
        <translation>接続を受け付けた後に保留するファイアウォールまたはプロキシで、{from} から {host} への Kerberos (TCP {port}) を検査の対象外にしてください。間に何もない場合は、{host} の Kerberos Key Distribution Center サービスを再起動してください。</translation>
    </message>
    <message>
        <source>Start the DNS Server service on {host} and enable &apos;DNS (TCP, Incoming)&apos; in Windows Defender Firewall on {host}; if the domain&apos;s DNS runs on other servers, point the network settings of the {from} at them instead.</source>
        <translation>{host} で DNS Server サービスを開始し、{host} の Windows Defender ファイアウォールで「DNS (TCP, Incoming)」を有効にしてください。ドメインの DNS がほかのサーバーで動作している場合は、代わりに {from} のネットワーク設定でそれらのサーバーを指定してください。</translation>
    </message>
    <message>
        <source>Enter a DNS server of the domain instead of {host}: another service answers TCP {port} there.</source>
        <translation>{host} の代わりにドメインの DNS サーバーを入力してください: そこでは TCP {port} に別のサービスが応答しています。</translation>
    </message>
    <message>
        <source>Allow DNS over TCP ({port}) from the {from} to {host} on the firewall that accepts the connection and then holds it (DNS falls back to TCP for long answers, such as the SRV records of a large domain); if nothing sits between them, restart the DNS Server service on {host}.</source>
        <translation>接続を受け付けた後に保留するファイアウォールで、{from} から {host} への TCP 上の DNS ({port}) を許可してください (大規模なドメインの SRV レコードのような長い応答では、DNS は TCP にフォールバックします)。間に何もない場合は、{host} の DNS Server サービスを再起動してください。</translation>
    </message>
    <message>
        <source>Authentication (Kerberos)</source>
        <translation>認証 (Kerberos)</translation>
    </message>
    <message>
        <source>Kerberos (TCP)</source>
        <translation>Kerberos (TCP)</translation>
    </message>
    <message>
        <source>Authenticate the Guardian service&apos;s LDAP (signed and sealed) and WinRM (Negotiate) connections to the DCs: both use Kerberos by default, and Windows sends it over TCP. Inferred, the vendor&apos;s table does not list it: without the KDC, Negotiate falls back to NTLM or fails.</source>
        <translation>Guardian サービスから DC への LDAP (署名および暗号化) 接続と WinRM (Negotiate) 接続を認証します。どちらも既定で Kerberos を使用し、Windows はそれを TCP で送信します。推定: ベンダーの表には記載されていません。KDC がないと、Negotiate は NTLM にフォールバックするか失敗します。</translation>
    </message>
    <message>
        <source>DC location (DNS)</source>
        <translation>DC の検索 (DNS)</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Find the domain&apos;s DCs through DNS (the DC locator&apos;s SRV records, _ldap._tcp.dc._msdcs.&lt;domain&gt;), which the DCs usually serve themselves. Inferred, the vendor&apos;s table does not list it; optional, since the DNS servers of the Guardian server may be other machines than the DCs.</source>
        <translation>DNS (DC ロケーターの SRV レコード、_ldap._tcp.dc._msdcs.&lt;domain&gt;) でドメインの DC を検索します。通常は DC 自身がこれを提供します。推定: ベンダーの表には記載されていません。Guardian サーバーの DNS サーバーは DC 以外のマシンである場合があるため、任意です。</translation>
    </message>
    <message>
        <source>Authenticate the AD connector&apos;s LDAP (signed and sealed) and WinRM (Negotiate) connections to the DCs: both use Kerberos by default, and Windows sends it over TCP. Inferred, the vendor&apos;s table does not list it: without the KDC, Negotiate falls back to NTLM or fails.</source>
        <translation>AD コネクターから DC への LDAP (署名および暗号化) 接続と WinRM (Negotiate) 接続を認証します。どちらも既定で Kerberos を使用し、Windows はそれを TCP で送信します。推定: ベンダーの表には記載されていません。KDC がないと、Negotiate は NTLM にフォールバックするか失敗します。</translation>
    </message>
    <message>
        <source>Find the domain&apos;s DCs through DNS (the DC locator&apos;s SRV records, _ldap._tcp.dc._msdcs.&lt;domain&gt;), which the DCs usually serve themselves. Inferred, the vendor&apos;s table does not list it; optional, since the DNS servers of the AD connector may be other machines than the DCs.</source>
        <translation>DNS (DC ロケーターの SRV レコード、_ldap._tcp.dc._msdcs.&lt;domain&gt;) でドメインの DC を検索します。通常は DC 自身がこれを提供します。推定: ベンダーの表には記載されていません。AD コネクターの DNS サーバーは DC 以外のマシンである場合があるため、任意です。</translation>
    </message>
    <message>
        <source>Authenticate the Forest Recovery agent&apos;s LDAP (signed and sealed) and WinRM (Negotiate) connections to the DCs: both use Kerberos by default, and Windows sends it over TCP. Inferred, the vendor&apos;s table does not list it: without the KDC, Negotiate falls back to NTLM or fails.</source>
        <translation>Forest Recovery エージェントから DC への LDAP (署名および暗号化) 接続と WinRM (Negotiate) 接続を認証します。どちらも既定で Kerberos を使用し、Windows はそれを TCP で送信します。推定: ベンダーの表には記載されていません。KDC がないと、Negotiate は NTLM にフォールバックするか失敗します。</translation>
    </message>
    <message>
        <source>Find the domain&apos;s DCs through DNS (the DC locator&apos;s SRV records, _ldap._tcp.dc._msdcs.&lt;domain&gt;), which the DCs usually serve themselves. Inferred, the vendor&apos;s table does not list it; optional, since the DNS servers of the agent may be other machines than the DCs.</source>
        <translation>DNS (DC ロケーターの SRV レコード、_ldap._tcp.dc._msdcs.&lt;domain&gt;) でドメインの DC を検索します。通常は DC 自身がこれを提供します。推定: ベンダーの表には記載されていません。エージェントの DNS サーバーは DC 以外のマシンである場合があるため、任意です。</translation>
    </message>
    <message>
        <source>Allow TCP {port} from the {from} to every address of {host}, its IPv6 address included, on the firewalls between them and in Windows Defender Firewall on {host}; if {host} is not meant to be reached on that address, remove the record (an AAAA record for IPv6) from DNS instead.</source>
        <translation>両者の間にあるファイアウォールと {host} の Windows Defender ファイアウォールで、{from} から {host} のすべてのアドレス (IPv6 アドレスを含む) への TCP {port} を許可してください。{host} にそのアドレスで到達させる想定がない場合は、代わりに DNS からそのレコード (IPv6 の場合は AAAA レコード) を削除してください。</translation>
    </message>
    <message>
        <source>Correct the clock of {host}: a domain controller takes its time from the domain hierarchy (&apos;w32tm /config /syncfromflags:domhier /update&apos; on {host}, then restart the Windows Time service); the PDC emulator of the forest root domain takes it from a reliable NTP server (&apos;w32tm /config /manualpeerlist:&lt;NTP server&gt; /syncfromflags:manual /reliable:yes /update&apos;). If {host} agrees with the other domain controllers, correct the clock of the {from} instead (&apos;w32tm /resync&apos;). &apos;w32tm /stripchart /computer:{host}&apos; on the {from} shows the offset.</source>
        <translation>{host} の時刻を修正してください: ドメイン コントローラーはドメイン階層から時刻を取得します ({host} で「w32tm /config /syncfromflags:domhier /update」を実行し、Windows Time サービスを再起動)。フォレスト ルート ドメインの PDC エミュレーターは信頼できる NTP サーバーから時刻を取得します (「w32tm /config /manualpeerlist:&lt;NTP server&gt; /syncfromflags:manual /reliable:yes /update」)。{host} がほかのドメイン コントローラーと一致している場合は、代わりに {from} の時刻を修正してください (「w32tm /resync」)。{from} で「w32tm /stripchart /computer:{host}」を実行すると、ずれを確認できます。</translation>
    </message>
    <message>
        <source>Correct the clock of the {from} (this machine): run &apos;w32tm /resync&apos; and check with &apos;w32tm /query /source&apos; that it takes its time from a domain controller; on a virtual machine, turn off the hypervisor&apos;s time synchronisation (Hyper-V Integration Services or VMware Tools) so that it does not override the domain&apos;s time.</source>
        <translation>{from} (このマシン) の時刻を修正してください: 「w32tm /resync」を実行し、「w32tm /query /source」でドメイン コントローラーから時刻を取得していることを確認してください。仮想マシンの場合は、ドメインの時刻が上書きされないように、ハイパーバイザーの時刻同期 (Hyper-V 統合サービスまたは VMware Tools) をオフにしてください。</translation>
    </message>
    <message>
        <source>Enter domain controllers of the profile&apos;s domain instead of {host}, or correct the domain in the profile: Guardian reads and writes the directory of the DC it connects to, and {host} holds another domain&apos;s.</source>
        <translation>{host} の代わりにプロファイルのドメインのドメイン コントローラーを入力するか、プロファイルのドメインを修正してください: Guardian は接続先の DC のディレクトリを読み書きしますが、{host} が保持しているのは別のドメインのディレクトリです。</translation>
    </message>
    <message>
        <source>Enter a Global Catalog of the profile&apos;s forest instead of {host}: a Global Catalog answers only for the objects of its own forest.</source>
        <translation>{host} の代わりにプロファイルのフォレストのグローバルカタログを入力してください: グローバルカタログは自身のフォレストのオブジェクトについてのみ応答します。</translation>
    </message>
    <message>
        <source>Enter a domain controller of the profile&apos;s domain instead of {host}, or correct the domain in the profile: a KDC issues tickets only for its own realm.</source>
        <translation>{host} の代わりにプロファイルのドメインのドメイン コントローラーを入力するか、プロファイルのドメインを修正してください: KDC は自身のレルムに対してのみチケットを発行します。</translation>
    </message>
    <message>
        <source>Point the DNS settings of the {from} at a DNS server that holds the domain&apos;s zones (usually its domain controllers), or correct the domain in the profile; if {host} is that server, check that the domain controllers register their SRV records in it (the Netlogon service, &apos;nltest /dsregdns&apos;).</source>
        <translation>{from} の DNS 設定で、ドメインのゾーンを保持する DNS サーバー (通常はそのドメインのドメイン コントローラー) を指定するか、プロファイルのドメインを修正してください。{host} がそのサーバーである場合は、ドメイン コントローラーがそこに SRV レコードを登録しているか確認してください (Netlogon サービス、「nltest /dsregdns」)。</translation>
    </message>
    <message>
        <source>Correct the proxy setting of the {from} (the proxy&apos;s name and port, in Guardian&apos;s proxy setting and &apos;netsh winhttp show proxy&apos;), or start the proxy service and allow the {from} to reach it on that port.</source>
        <translation>{from} のプロキシ設定 (Guardian のプロキシ設定と「netsh winhttp show proxy」にあるプロキシの名前とポート) を修正するか、プロキシ サービスを開始し、{from} がそのポートでプロキシに到達できるように許可してください。</translation>
    </message>
    <message>
        <source>Allow the {from} to reach its proxy on the proxy&apos;s port on the firewalls between them, or correct the proxy setting of the {from} (&apos;netsh winhttp show proxy&apos;) if that proxy is gone.</source>
        <translation>両者の間のファイアウォールで、{from} がプロキシのポートでそのプロキシに到達できるように許可するか、そのプロキシがもう存在しない場合は {from} のプロキシ設定 (「netsh winhttp show proxy」) を修正してください。</translation>
    </message>
    <message>
        <source>Allow HTTPS (CONNECT to port {port}) to {host} for the {from} on its proxy: the proxy&apos;s administrators add {host} to its allow list or its category exemptions.</source>
        <translation>{from} のプロキシで {host} への HTTPS (ポート {port} への CONNECT) を許可してください: プロキシの管理者が {host} をプロキシの許可リストまたはカテゴリの除外に追加します。</translation>
    </message>
    <message>
        <source>Let the {from} through the proxy to {host}:{port}: the proxy demands a login (its schemes are in the evidence). Exempt the {from}&apos;s address or {host} from proxy authentication, or make sure the account Guardian&apos;s service runs as can sign in to the proxy with one of those schemes.</source>
        <translation>{from} がプロキシを通って {host}:{port} に接続できるようにしてください: プロキシがログインを要求しています (認証方式は証拠にあります)。{from} のアドレスまたは {host} をプロキシ認証の対象外にするか、Guardian のサービスを実行するアカウントがそれらの方式のいずれかでプロキシにサインインできることを確認してください。</translation>
    </message>
    <message>
        <source>Check why the proxy of the {from} cannot reach {host}:{port}: its DNS, its own egress through the perimeter firewall, or its upstream proxy (the evidence has the proxy&apos;s answer).</source>
        <translation>{from} のプロキシが {host}:{port} に到達できない理由を確認してください: プロキシの DNS、境界ファイアウォールを通るプロキシ自身の送信経路、または上位プロキシ (プロキシの応答は証拠にあります)。</translation>
    </message>
    <message>
        <source>Check the proxy of the {from}: it accepts the connection and then never answers CONNECT to {host}:{port} (an inspection rule or an overloaded proxy service).</source>
        <translation>{from} のプロキシを確認してください: 接続を受け付けた後、{host}:{port} への CONNECT に応答しません (検査ルール、またはプロキシ サービスの過負荷)。</translation>
    </message>
    <message>
        <source>Exempt {host} from TLS inspection on the proxy or firewall that re-signs it (its CA is named in the verdict), so that the {from} sees the certificate {host} really serves: Guardian&apos;s sign-in and Microsoft Graph calls, and its online licensing, fail or stall behind inspection.</source>
        <translation>証明書を再署名しているプロキシまたはファイアウォールで {host} を TLS 検査の対象外にし (その CA は判定に示されています)、{from} が {host} の実際の証明書を受け取れるようにしてください: 検査を挟むと、Guardian のサインインと Microsoft Graph の呼び出し、およびオンライン ライセンス認証が失敗するか停止します。</translation>
    </message>
    <message>
        <source>Sign-in (Entra ID) and Microsoft Graph, as listed in Microsoft&apos;s published endpoint sets.</source>
        <translation>Microsoft が公開しているエンドポイント セットに記載されたサインイン (Entra ID) と Microsoft Graph。</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Online administration over HTTPS (its PowerShell module and REST endpoints).</source>
        <translation>HTTPS による Exchange Online の管理 (PowerShell モジュールと REST エンドポイント)。</translation>
    </message>
    <message>
        <source>Exchange Online SMTP</source>
        <translation>Exchange Online SMTP</translation>
    </message>
    <message>
        <source>SMTP submission to Exchange Online (TCP 587), for alert mail sent through Microsoft 365.</source>
        <translation>Exchange Online への SMTP 送信 (TCP 587)。Microsoft 365 経由で送信するアラート メール用。</translation>
    </message>
    <message>
        <source>Certificate revocation (CRL/OCSP)</source>
        <translation>証明書の失効確認 (CRL/OCSP)</translation>
    </message>
    <message>
        <source>The CRL and OCSP servers Windows asks, over HTTP, whether the certificates of Microsoft&apos;s endpoints are revoked.</source>
        <translation>Microsoft のエンドポイントの証明書が失効していないかを Windows が HTTP で問い合わせる CRL サーバーと OCSP サーバー。</translation>
    </message>
    <message>
        <source>Microsoft cloud</source>
        <translation>Microsoft クラウド</translation>
    </message>
    <message>
        <source>The Microsoft cloud of the tenants Guardian manages; each has its own sign-in, Graph and Exchange names.</source>
        <translation>Guardian が管理するテナントの Microsoft クラウド。クラウドごとにサインイン、Graph、Exchange の名前が異なります。</translation>
    </message>
    <message>
        <source>Worldwide (commercial, GCC)</source>
        <translation>全世界 (商用、GCC)</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>米国政府 GCC High</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>米国政府 DoD</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>中国 (21Vianet が運営)</translation>
    </message>
    <message>
        <source>Sign-in and Microsoft Graph (HTTPS)</source>
        <translation>サインインと Microsoft Graph (HTTPS)</translation>
    </message>
    <message>
        <source>Sign in to Entra ID and manage Entra ID and Microsoft 365 tenants through Microsoft Graph (Microsoft&apos;s sets also list TCP 80; Guardian&apos;s service uses 443).</source>
        <translation>Entra ID にサインインし、Microsoft Graph を通じて Entra ID と Microsoft 365 のテナントを管理します (Microsoft のセットには TCP 80 も記載されていますが、Guardian のサービスは 443 を使用します)。</translation>
    </message>
    <message>
        <source>Exchange Online (HTTPS)</source>
        <translation>Exchange Online (HTTPS)</translation>
    </message>
    <message>
        <source>Administer Exchange Online (recipients, mailbox permissions) through its PowerShell module and REST endpoints.</source>
        <translation>PowerShell モジュールと REST エンドポイントを通じて Exchange Online (受信者、メールボックスのアクセス許可) を管理します。</translation>
    </message>
    <message>
        <source>Alert mail (SMTP)</source>
        <translation>アラート メール (SMTP)</translation>
    </message>
    <message>
        <source>SMTP submission</source>
        <translation>SMTP 送信</translation>
    </message>
    <message>
        <source>Send alert mail through Exchange Online (SMTP submission on 587). Inferred, the vendor&apos;s table does not list it; optional, needed only when alerts are sent this way.</source>
        <translation>Exchange Online 経由でアラート メールを送信します (587 での SMTP 送信)。推定: ベンダーの表には記載されていません。アラートをこの方法で送信する場合にのみ必要なため、任意です。</translation>
    </message>
    <message>
        <source>Certificate revocation (HTTP)</source>
        <translation>証明書の失効確認 (HTTP)</translation>
    </message>
    <message>
        <source>HTTP (CRL, OCSP)</source>
        <translation>HTTP (CRL、OCSP)</translation>
    </message>
    <message>
        <source>Let Windows check whether the certificates of Microsoft&apos;s endpoints are revoked (CRL and OCSP over HTTP): when these servers are blocked, each TLS connection to Microsoft 365 stalls for seconds first.</source>
        <translation>Microsoft のエンドポイントの証明書が失効していないかを Windows が確認できるようにします (HTTP による CRL と OCSP): これらのサーバーがブロックされていると、Microsoft 365 への TLS 接続のたびに、最初に数秒間停止します。</translation>
    </message>
    <message>
        <source>Sign-in: login.microsoftonline.com; Graph: graph.microsoft.com; Exchange: outlook.office365.com.</source>
        <translation>サインイン: login.microsoftonline.com、Graph: graph.microsoft.com、Exchange: outlook.office365.com。</translation>
    </message>
    <message>
        <source>Sign-in: login.microsoftonline.us; Graph: graph.microsoft.us; Exchange: outlook.office365.us.</source>
        <translation>サインイン: login.microsoftonline.us、Graph: graph.microsoft.us、Exchange: outlook.office365.us。</translation>
    </message>
    <message>
        <source>Sign-in: login.microsoftonline.us; Graph: dod-graph.microsoft.us; Exchange: outlook-dod.office365.us.</source>
        <translation>サインイン: login.microsoftonline.us、Graph: dod-graph.microsoft.us、Exchange: outlook-dod.office365.us。</translation>
    </message>
    <message>
        <source>Sign-in: login.chinacloudapi.cn; Graph: microsoftgraph.chinacloudapi.cn; Exchange: partner.outlook.cn.</source>
        <translation>サインイン: login.chinacloudapi.cn、Graph: microsoftgraph.chinacloudapi.cn、Exchange: partner.outlook.cn。</translation>
    </message>
    <message>
        <source>The connection policy of the Azure SQL server (its Networking settings, Connectivity), and whether Guardian reaches it through a private endpoint.</source>
        <translation>Azure SQL サーバーの接続ポリシー (ネットワーク設定の [接続]) と、Guardian がプライベート エンドポイント経由で接続するかどうか。</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Redirect when Guardian runs inside Azure, Proxy outside: see &apos;Guardian server runs in Azure&apos;.</source>
        <translation>Guardian が Azure 内で動作する場合はリダイレクト、外部ではプロキシ: 「Guardian サーバーは Azure で動作」を参照。</translation>
    </message>
    <message>
        <source>Private endpoint, Proxy</source>
        <translation>プライベート エンドポイント、プロキシ</translation>
    </message>
    <message>
        <source>1433 to the private endpoint&apos;s address in the virtual network; no public gateway.</source>
        <translation>仮想ネットワーク内のプライベート エンドポイントのアドレスへの 1433。パブリック ゲートウェイは使いません。</translation>
    </message>
    <message>
        <source>Private endpoint, Redirect</source>
        <translation>プライベート エンドポイント、リダイレクト</translation>
    </message>
    <message>
        <source>1433 to the private endpoint, then a port between 1433 and 65535 of it after login.</source>
        <translation>プライベート エンドポイントへの 1433、ログイン後はその 1433 から 65535 のいずれかのポート。</translation>
    </message>
    <message>
        <source>Guardian server runs in Azure</source>
        <translation>Guardian サーバーは Azure で動作</translation>
    </message>
    <message>
        <source>Where the Guardian server runs: Azure SQL&apos;s Default policy redirects connections from inside Azure and proxies those from outside.</source>
        <translation>Guardian サーバーの動作場所: Azure SQL の既定のポリシーは、Azure 内からの接続をリダイレクトし、外部からの接続をゲートウェイ経由 (プロキシ) にします。</translation>
    </message>
    <message>
        <source>Outside Azure</source>
        <translation>Azure の外部</translation>
    </message>
    <message>
        <source>On-premises or in another cloud: the Default policy acts as Proxy (1433 only).</source>
        <translation>オンプレミスまたは別のクラウド: 既定のポリシーはプロキシとして動作します (1433 のみ)。</translation>
    </message>
    <message>
        <source>Inside Azure</source>
        <translation>Azure の内部</translation>
    </message>
    <message>
        <source>An Azure virtual machine: the Default policy acts as Redirect (1433, then 11000-11999).</source>
        <translation>Azure 仮想マシン: 既定のポリシーはリダイレクトとして動作します (1433、その後 11000-11999)。</translation>
    </message>
    <message>
        <source>Inside Azure the Default policy is Redirect: after login the session moves to 11000-11999 on the database node; that range can only be checked with a login: open it outbound.</source>
        <translation>Azure 内では既定のポリシーはリダイレクトです: ログイン後、セッションはデータベース ノードの 11000-11999 に移ります。この範囲はログインしないと確認できません: 送信方向で開いてください。</translation>
    </message>
    <message>
        <source>Through a private endpoint the Redirect policy moves the session after login to a port between 1433 and 65535 of the private endpoint; that range can only be checked with a login: open it outbound to the private endpoint&apos;s address.</source>
        <translation>プライベート エンドポイント経由では、リダイレクト ポリシーがログイン後にセッションをプライベート エンドポイントの 1433 から 65535 のいずれかのポートに移します。この範囲はログインしないと確認できません: プライベート エンドポイントのアドレスへ送信方向で開いてください。</translation>
    </message>
    <message>
        <source>Exempt TDS from the {from} to {host} (port {port}) from TLS inspection on the firewall or proxy that re-signs it, or import the CA it was signed with into &apos;Trusted Root Certification Authorities&apos; on the {from}: Guardian&apos;s SQL driver verifies the gateway&apos;s certificate and refuses one it does not trust.</source>
        <translation>{from} から {host} (ポート {port}) への TDS を、再署名しているファイアウォールまたはプロキシで TLS 検査の対象外にするか、署名した CA を {from} の「信頼されたルート証明機関」にインポートしてください: Guardian の SQL ドライバーはゲートウェイの証明書を検証し、信頼できない証明書を拒否します。</translation>
    </message>
    <message>
        <source>Exempt TDS from the {from} to {host} (port {port}) from TLS inspection on the firewall that re-signs it (its CA is named in the verdict), so that Guardian&apos;s database connection sees the certificate Azure SQL really serves.</source>
        <translation>{from} から {host} (ポート {port}) への TDS を、再署名しているファイアウォール (その CA は判定に記載) で TLS 検査の対象外にし、Guardian のデータベース接続が Azure SQL の実際の証明書を受け取れるようにしてください。</translation>
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
        <translation>guardian-portcheck %1 (カタログ %2 %3、Qt %4)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;, expected one of: %2</source>
        <translation>不明なコマンド「%1」。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>cannot write the %1 file %2: the folder %3 is not writable</source>
        <translation>%1 ファイル %2 を書き込めません: フォルダー %3 に書き込み権限がありません</translation>
    </message>
    <message>
        <source>cannot write the %1 file %2: the folder %3 does not exist</source>
        <translation>%1 ファイル %2 を書き込めません: フォルダー %3 がありません</translation>
    </message>
    <message>
        <source>--page-size is a4 or letter, not &apos;%1&apos;</source>
        <translation>--page-size は a4 または letter です (「%1」は不可)</translation>
    </message>
    <message>
        <source>the PDF needs the graphical libraries, which did not start</source>
        <translation>PDF にはグラフィックライブラリが必要ですが、起動しませんでした</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation>「%1」は引数を取りません</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>%1 に PEM 証明書がありません</translation>
    </message>
    <message>
        <source>&apos;discover&apos; needs exactly one DNS domain</source>
        <translation>「discover」には DNS ドメインを 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>&apos;merge&apos; needs one or more results files written by &apos;run --json&apos;</source>
        <translation>「merge」には「run --json」で書き出した結果ファイルを 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>&apos;run&apos; needs exactly one profile file</source>
        <translation>「run」にはプロファイルファイルを 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>Try &apos;guardian-portcheck --help&apos;.</source>
        <translation>「guardian-portcheck --help」を参照してください。</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>結果を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>Firewall request written to %1.</source>
        <translation>ファイアウォール申請を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>JUnit results written to %1.</source>
        <translation>JUnit の結果を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>レポートを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n results file(s) (%1)</source>
        <translation>
            <numerusform>%n 個の結果ファイルを結合しました (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>LINK</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>TESTED FROM</source>
        <translation>テスト元</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>%1 pass, %2 warn, %3 fail, %4 not tested by any of these machines.</source>
        <translation>合格 %1、警告 %2、失敗 %3、どのマシンからも未テスト %4。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, found &apos;%4&apos;</source>
        <translation>--%1 は %2 から %3 までの整数である必要があります (「%4」を検出)</translation>
    </message>
    <message>
        <source>%1 (catalog %2 %3)</source>
        <translation>%1 (カタログ %2 %3)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;, expected table, csv or yaml</source>
        <translation>不明な形式「%1」。table、csv、yaml のいずれかを指定してください</translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation>TCP %1</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (推定)</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>PROBE</source>
        <translation>プローブ</translation>
    </message>
    <message>
        <source>NEED</source>
        <translation>要否</translation>
    </message>
    <message>
        <source>WHEN REQUIRED</source>
        <translation>必要となる条件</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>&apos;probe&apos; needs at least one HOST:PORT[/KIND]</source>
        <translation>「probe」には HOST:PORT[/KIND] を 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>接続時間</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>domain controller</source>
        <translation>ドメインコントローラー</translation>
    </message>
    <message>
        <source>DC in site %1</source>
        <translation>サイト %1 の DC</translation>
    </message>
    <message>
        <source>global catalog</source>
        <translation>グローバルカタログ</translation>
    </message>
    <message>
        <source>PDC emulator</source>
        <translation>PDC エミュレーター</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>the demo site cannot start: %1</source>
        <translation>デモサイトを起動できません: %1</translation>
    </message>
    <message>
        <source>Demo site on loopback (127.0.0.1-127.0.0.5): two domain controllers, a file share, a cloud
endpoint behind a TLS-inspecting proxy and a Forest Recovery agent.</source>
        <translation>ループバック上のデモサイト (127.0.0.1-127.0.0.5): ドメインコントローラー 2 台、ファイル共有、
TLS を検査するプロキシの背後のクラウドエンドポイント、Forest Recovery エージェント。</translation>
    </message>
    <message>
        <source>yes (advisory)</source>
        <translation>はい (参考)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>%1 の計画</translation>
    </message>
    <message>
        <source>FROM HERE</source>
        <translation>ここから</translation>
    </message>
    <message>
        <source>%1 checks for %2 link-host pairs; %3 testable from this machine (vantage: %4), %5 distinct probes.</source>
        <translation>リンクとホストの組 %2 件に対して検査 %1 件。このマシンからテスト可能 %3 件 (起点: %4)、個別のプローブ %5 件。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Note: no hosts for %1: the links to it are left out.</source>
        <translation>注意: %1 のホストがありません。そこへのリンクは省略されます。</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (%2 の代わり)</translation>
    </message>
    <message>
        <source>Checks from this machine (%1)</source>
        <translation>このマシンからの検査 (%1)</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>変更が必要な点</translation>
    </message>
    <message>
        <source>%1 pass, %2 warn, %3 fail, %4 not tested from here; %5 probes in %6 ms.</source>
        <translation>合格 %1、警告 %2、失敗 %3、ここから未テスト %4。%5 件のプローブを %6 ms で実行。</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>%1... (%2 characters, all of them in the JSON)</source>
        <translation>%1... (%2 文字、すべて JSON に含まれます)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no option --%2</source>
        <translation>「%1」にはオプション --%2 はありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take --%2; its options: %3</source>
        <translation>「%1」は --%2 を受け付けません。使用できるオプション: %3</translation>
    </message>
    <message>
        <source>interrupted by %1: the results so far are written, marked incomplete</source>
        <translation>%1 により中断されました: ここまでの結果を不完全として書き出しました</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; for --lang, expected one of: %2</source>
        <translation>--lang の言語「%1」は不明です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <source>--domain &apos;%1&apos; is not a DNS domain name, expected something like corp.example</source>
        <translation>--domain「%1」は DNS ドメイン名ではありません。corp.example のような名前を指定してください</translation>
    </message>
    <message>
        <source>&apos;compare&apos; needs two results files: the run before the change, then the run after it</source>
        <translation>「compare」には結果ファイルを 2 つ指定してください: 変更前の実行、次に変更後の実行</translation>
    </message>
    <message>
        <source>Before: %1 (%2)</source>
        <translation>変更前: %1 (%2)</translation>
    </message>
    <message>
        <source>After:  %1 (%2)</source>
        <translation>変更後: %1 (%2)</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>The firewall request of the run before: %1 of %2 rule(s) verified open after</source>
        <translation>変更前の実行のファイアウォール申請: 規則 %2 件中 %1 件の開放を変更後に確認</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Comparison written to %1.</source>
        <translation>比較結果を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>--as: &apos;%1&apos; is not a role a link starts from, expected one of: %2</source>
        <translation>--as: 「%1」はリンクの起点となる役割ではありません。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>--as needs a role, one of: %1</source>
        <translation>--as には役割を指定してください。次のいずれか: %1</translation>
    </message>
    <message>
        <source>this machine, %1, is in none of the profile&apos;s host lists of a role a link starts from (%2), and the profile names no &apos;vantage&apos;; run it with --as ROLE, one of: %3</source>
        <translation>このマシン %1 は、リンクの起点となる役割のプロファイル上のホスト一覧 (%2) のどれにも含まれておらず、プロファイルに「vantage」の指定もありません。--as ROLE を付けて実行してください。ROLE は次のいずれか: %3</translation>
    </message>
    <message>
        <source>it lists none</source>
        <translation>一覧はありません</translation>
    </message>
    <message>
        <source>%1 (listed as %2)</source>
        <translation>%1 (%2 として記載)</translation>
    </message>
    <message>
        <source>This machine plays, by the profile&apos;s host lists: %1.</source>
        <translation>プロファイルのホスト一覧によるこのマシンの役割: %1。</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: expected NAME=ADDRESS, e.g. login.microsoftonline.com=127.0.0.5</source>
        <translation>--resolve「%1」: NAME=ADDRESS の形式で指定してください (例: login.microsoftonline.com=127.0.0.5)</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: &apos;%2&apos; is not an IPv4 or IPv6 address</source>
        <translation>--resolve「%1」: 「%2」は IPv4 アドレスでも IPv6 アドレスでもありません</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 (%2 経由)</translation>
    </message>
    <message>
        <source>Proxy for HTTPS to the Internet: %1 (%2)</source>
        <translation>インターネットへの HTTPS のプロキシ: %1 (%2)</translation>
    </message>
    <message>
        <source>none, direct</source>
        <translation>なし、直接接続</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Microsoft 365 list (no set id)</source>
        <translation>Microsoft 365 一覧 (セット ID なし)</translation>
    </message>
    <message>
        <source>Microsoft 365 set %1</source>
        <translation>Microsoft 365 セット %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file: Microsoft&apos;s endpoints list saved as JSON</source>
        <translation>「%1」にはファイルを 1 つ指定してください: JSON として保存した Microsoft のエンドポイント一覧</translation>
    </message>
    <message>
        <source>the catalog %1 lists no Microsoft 365 endpoint sets</source>
        <translation>カタログ %1 には Microsoft 365 のエンドポイント セットがありません</translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos;, expected one of: %2</source>
        <translation>不明なクラウド「%1」。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 endpoints, %1 cloud (%2), from %3: %n set(s) that Guardian needs, of %4 in the file.</source>
        <translation>
            <numerusform>Microsoft 365 エンドポイント、%1 クラウド (%2)、%3 から: ファイル内の %4 件のうち、Guardian が必要とするセットは %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the list in use (%1):</source>
        <translation>使用中の一覧 (%1) との比較:</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>ports %1, were %2</source>
        <translation>ポート %1 (以前は %2)</translation>
    </message>
    <message>
        <source>now required</source>
        <translation>必須に変更</translation>
    </message>
    <message>
        <source>now optional</source>
        <translation>任意に変更</translation>
    </message>
    <message>
        <source>set %1 (%2): %3</source>
        <translation>セット %1 (%2): %3</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Wildcards with no name to test (the firewall request lists them; a run cannot test them): %1</source>
        <translation>テストできる名前のないワイルドカード (ファイアウォール申請には記載されますが、実行ではテストできません): %1</translation>
    </message>
    <message>
        <source>Dry run: nothing saved.</source>
        <translation>ドライ ラン: 何も保存していません。</translation>
    </message>
    <message>
        <source>cannot save the list: %1</source>
        <translation>一覧を保存できません: %1</translation>
    </message>
    <message>
        <source>Saved to %1: every run and the window now test this list for the %2 cloud.</source>
        <translation>%1 に保存しました: 今後はすべての実行とウィンドウで、%2 クラウドについてこの一覧をテストします。</translation>
    </message>
    <message>
        <source>--azure-service-tags: %1</source>
        <translation>--azure-service-tags: %1</translation>
    </message>
    <message>
        <source>--azure-service-tags: the profile names no Azure region; add &apos;azure-region: westeurope&apos; (the region of the Azure SQL server) to it</source>
        <translation>--azure-service-tags: プロファイルに Azure リージョンがありません。&apos;azure-region: westeurope&apos; (Azure SQL サーバーのリージョン) を追加してください</translation>
    </message>
    <message>
        <source>%1 holds no service tag %2 and no %3.* tag at all</source>
        <translation>%1 にはサービス タグ %2 がなく、%3.* のタグも一つもありません</translation>
    </message>
    <message>
        <source>%1 holds no service tag %2 (the profile&apos;s azure-region); its %3 tags include %4</source>
        <translation>%1 にはサービス タグ %2 (プロファイルの azure-region) がありません。含まれる %3 タグの例: %4</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>HTML report written to %1.</source>
        <translation>HTML レポートを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>Coverage: each link is tested from the machines it starts on</source>
        <translation>カバレッジ: 各リンクはその始点となるマシンからテストされます</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>Still to run:</source>
        <translation>未実行:</translation>
    </message>
    <message>
        <source>cannot write the log %1: %2</source>
        <translation>ログ %1 を書き込めません: %2</translation>
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
        <translation>使用法: guardian-portcheck [COMMAND] [OPTIONS]
Cayosoft Guardian が必要とするすべてのネットワーク経路が開いているかを検証します。

コマンド:
  (なし)                          ウィンドウを開く
  run PROFILE.yaml [--json F]     プロファイルがこのマシンから必要とするものをプローブし判定を出す
  run PROFILE.yaml --dry-run      何も送信せずに、プロファイルが予定するチェックを表示
  run SITE.yaml [--as ROLE,...]   全マシン共通の 1 つのプロファイル: &apos;vantage:&apos; がなければ、
                                  ホスト一覧にこのマシンが含まれる役割を使用。--as で指定可能
  probe HOST:PORT[/KIND]...       アドホック プローブ。例: dc1.corp.example:389/ldap (種類は
                                  ポートから既定値が決まる: 389 ldap、636 ldaps、445 smb、
                                  88 kerberos、53 dns、...)
  discover DOMAIN [--site S] [--nameserver IPv4] [--json F]
                                  DNS SRV レコードから DC、サイトの DC、GC、PDC を検出
  demo [--text] [--json F]        ループバック上の模擬サイトをウィンドウで開く (ディスプレイの
                                  ない端末、または --text か --json 指定時は端末で): すべての
                                  判定を表示、ほかへの通信なし
  merge A.json B.json... [--pdf F] [--html F] [--json F] [--csv F] [--junit F]
                                  複数マシンの結果を結合 (それぞれが独自の視点)
  compare BEFORE.json AFTER.json [--json F] [--csv F] [--pdf F] [--html F]
                                  変更の効果: 修正、新たに失敗、引き続き失敗、および申請した
                                  各ファイアウォール規則が開放されたかどうかの確認
  catalog [--format table|csv|yaml]
                                  Guardian が必要とするすべてのリンク: ファイアウォール申請
  import-m365 FILE [--cloud C] [--dry-run]
                                  保存した Microsoft の一覧 (https://endpoints.office.com/endpoints/
                                  Worldwide?clientrequestid=&lt;GUID&gt;。ここでは取得しない) から
                                  Microsoft 365 エンドポイントを更新。C は worldwide、gcc-high、
                                  dod、china のいずれか (既定: ファイルから判断)

オプション:
  --json FILE                     結果を JSON で書き出す (run、probe、merge、demo)
  --pdf FILE                      変更承認レポートを PDF で書き出す (run、merge、demo、compare)
  --html FILE                     同じレポートを単体の HTML ファイル 1 つで書き出す
                                  (run、merge、demo、compare)
  --page-size a4|letter           PDF の用紙 (既定: ロケールから)
  --csv FILE                      ファイアウォール変更申請を CSV で書き出す (run、merge、demo、compare)
  --junit FILE                    JUnit XML を書き出す。リンクとホストごとに 1 テスト ケース
                                  (run、merge、demo)
  --azure-service-tags FILE       保存した Azure のサービス タグ (Microsoft のダウンロード ページの
                                  ServiceTags_Public_&lt;日付&gt;.json。ここでは取得しません): ファイア
                                  ウォール申請に Sql.&lt;リージョン&gt; (プロファイルの azure-region) の
                                  プレフィックスを記載 (run, merge, demo)
  --run-by NAME                   実行者 (レポートの表紙に記載; 既定: アカウント名)
  --ticket ID, --requester NAME, --approver NAME
                                  表紙に記載する変更 (既定: プロファイルの ticket、
                                  requester、approver; 空欄: 手書き用の線)
                                  (run, merge, demo)
  --ca-file PEM                   これらの CA 証明書も信頼する (TLS プローブ)
  --connect-timeout MS            MS 経過で接続を断念 (既定 3000)
  --timeout MS                    TLS ハンドシェイクと応答を MS 待つ (既定 5000)
  --concurrency N                 同時に実行するプローブ数 (既定 256)。応答のない接続は
                                  しばらくすると脇で待つため、破棄されるポートのタイムアウトは
                                  N 件ごとではなく一度だけです
  --per-host N                    1 ホストに同時に実行するプローブ数 (既定 8)
  --proxy URL|system|none         インターネットへの HTTPS がこのマシンから出る経路 (run、probe):
                                  HTTP プロキシ (http://host:port)、システムの設定 (既定。
                                  Windows: PAC と WPAD を含む WinHTTP とインターネット オプション、
                                  Linux: https_proxy とデスクトップの設定)、または none (直接接続)
  --resolve NAME=ADDRESS          DNS に問い合わせずに NAME を ADDRESS でプローブ (複数指定可)
  --domain DOMAIN                 AD ドメイン: kerberos と dns プローブが問い合わせるレルムとゾーン
                                  (run: プロファイルのドメイン、既定: 各ホストのサフィックス)
  --catalog FILE                  組み込みのカタログの代わりにこのカタログを使用
  --lang en|de|fr|ja              ウィンドウ、レポート、この出力の言語
  --log FILE                      サポート用のデバッグログを書き出す: 名前解決、プローブ、判定
  -h, --help                      このヘルプを表示
  -v, --version                   バージョンを表示

終了コード: 0 必須リンクがすべて合格、1 必須リンクが失敗、2 使用法または入力の誤り、
3 内部エラー、130/143 SIGINT/SIGTERM による中断 (完了した分は書き出され、不完全として
マークされる)。&apos;demo&apos; はサイトが実行されれば 0 で終了する: 失敗するリンクを見せるための設計。
</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>fixed</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>newly broken</source>
        <translation>新たに失敗</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>引き続き失敗</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>改善</translation>
    </message>
    <message>
        <source>now warns</source>
        <translation>警告に変化</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>no evidence in one of the runs</source>
        <translation>いずれかの実行に証拠なし</translation>
    </message>
    <message>
        <source>%1 and %2 share no link and host: they are not of the same site</source>
        <translation>%1 と %2 には共通のリンクとホストがありません: 同じサイトのものではありません</translation>
    </message>
    <message>
        <source>the modes differ between the two runs: a change may come from the modes, not the network</source>
        <translation>2 つの実行でモードが異なります: 変化はネットワークではなくモードによるものかもしれません</translation>
    </message>
    <message>
        <source>the profiles&apos; names differ: &apos;%1&apos; before, &apos;%2&apos; after</source>
        <translation>プロファイル名が異なります: 変更前「%1」、変更後「%2」</translation>
    </message>
    <message>
        <source>not in the after run</source>
        <translation>変更後の実行にありません</translation>
    </message>
    <message>
        <source>the files come from different catalogs: %1 and %2</source>
        <translation>ファイルの元のカタログが異なります: %1 と %2</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>確認済み: %1</translation>
    </message>
    <message>
        <source>now closed: %1</source>
        <translation>現在は閉じています: %1</translation>
    </message>
    <message>
        <source>still closed: %1</source>
        <translation>まだ閉じています: %1</translation>
    </message>
    <message>
        <source>open, but the service fails: %1</source>
        <translation>開いていますが、サービスが正しく応答しません: %1</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>未確認: %1</translation>
    </message>
    <message>
        <source>%1 fixed, %2 newly broken, %3 still failing, %4 unchanged, other changes: %5.</source>
        <translation>修正 %1、新たに失敗 %2、引き続き失敗 %3、変化なし %4、その他の変化 %5。</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>tested</source>
        <translation>テスト済み</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>一部</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未テスト</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>結果なし</translation>
    </message>
    <message>
        <source>each %1</source>
        <translation>各 %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 of them required</source>
        <translation>%1: %2、%3、うち必須 %4</translation>
    </message>
    <message>
        <source>no machine named</source>
        <translation>マシン名なし</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n 台のマシン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 件のリンク</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (任意)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>%1: the results of %2, which ran as %3 by --as; the profile lists only this machine for it</source>
        <translation>%1: --as により %3 として実行された %2 の結果。プロファイルはこの役割にこのマシンだけを挙げています</translation>
    </message>
    <message>
        <source>%1 ran as %2 and is not in the profile&apos;s list of them</source>
        <translation>%1 は %2 として実行されましたが、プロファイルの一覧にありません</translation>
    </message>
    <message>
        <source>The profile lists no %1 and none of these results comes from one.</source>
        <translation>プロファイルに %1 がなく、これらの結果にもそこからのものはありません。</translation>
    </message>
    <message>
        <source>on each %1: %2</source>
        <translation>各 %1 で: %2</translation>
    </message>
    <message>
        <source>on %1 (%2): %3</source>
        <translation>%1 (%2) で: %3</translation>
    </message>
    <message numerus="yes">
        <source>again on %1 (%2), which has %n required link(s) without evidence: %3</source>
        <translation>
            <numerusform>%1 (%2) で再実行。証拠のない必須リンクが %n 件あります: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage complete: every required link has evidence from each machine it starts on.</source>
        <translation>カバレッジ完了: すべての必須リンクに、その始点となる各マシンからの証拠があります。</translation>
    </message>
    <message numerus="yes">
        <source>%n required link(s)</source>
        <translation>
            <numerusform>必須リンク %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage incomplete: still to run on %1, for %2.</source>
        <translation>カバレッジ不完全: %1 で未実行 (%2)。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>the demo certificates are missing from the program&apos;s resources</source>
        <translation>デモ証明書がプログラムのリソースにありません</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>%1 で待ち受けできません</translation>
    </message>
    <message>
        <source>no free port on %1</source>
        <translation>%1 に空きポートがありません</translation>
    </message>
    <message>
        <source>the demo site runs already</source>
        <translation>デモサイトはすでに実行中です</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>the system resolver is not loopback (PORTCHECK_LOOPBACK_ONLY): give a loopback nameserver</source>
        <translation>システムのリゾルバーがループバックではありません (PORTCHECK_LOOPBACK_ONLY)。ループバックのネームサーバーを指定してください</translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; has a port: only port 53 can be asked (Qt 6.4), expected an IPv4 address</source>
        <translation>ネームサーバー「%1」にポートがあります。問い合わせできるのはポート 53 のみです (Qt 6.4)。IPv4 アドレスを指定してください</translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; is not an IP address, expected an IPv4 address like 10.0.0.5</source>
        <translation>ネームサーバー「%1」は IP アドレスではありません。10.0.0.5 のような IPv4 アドレスを指定してください</translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; is IPv6: Qt 6.4 would ignore it and ask the system resolver instead, expected an IPv4 address</source>
        <translation>ネームサーバー「%1」は IPv6 です。Qt 6.4 はこれを無視してシステムのリゾルバーに問い合わせます。IPv4 アドレスを指定してください</translation>
    </message>
    <message>
        <source>nameserver &apos;%1&apos; is not loopback (PORTCHECK_LOOPBACK_ONLY)</source>
        <translation>ネームサーバー「%1」はループバックではありません (PORTCHECK_LOOPBACK_ONLY)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS domain name, expected something like corp.example</source>
        <translation>「%1」は DNS ドメイン名ではありません。corp.example のように指定してください</translation>
    </message>
    <message>
        <source>site &apos;%1&apos; contains &apos;%2&apos;: AD site names in DNS use letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>サイト「%1」に「%2」が含まれています。DNS の AD サイト名に使えるのは英字、数字、「-」、「_」です</translation>
    </message>
    <message>
        <source>no SRV records at %1</source>
        <translation>%1 に SRV レコードがありません</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN): check the domain name and that this machine asks the domain&apos;s DNS servers</source>
        <translation>名前が存在しません (NXDOMAIN)。ドメイン名と、このマシンがドメインの DNS サーバーに問い合わせていることを確認してください</translation>
    </message>
    <message>
        <source>the DNS server refused the query</source>
        <translation>DNS サーバーが問い合わせを拒否しました</translation>
    </message>
    <message>
        <source>the DNS server failed (SERVFAIL)</source>
        <translation>DNS サーバーが失敗しました (SERVFAIL)</translation>
    </message>
    <message>
        <source>no DNS server could be asked: %1</source>
        <translation>問い合わせできる DNS サーバーがありません: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer from the DNS server within %2 s</source>
        <translation>%1: %2 秒以内に DNS サーバーから応答がありません</translation>
    </message>
    <message>
        <source>no SRV records at %1, or no answer from the system&apos;s DNS server (Qt tells these apart only when a nameserver is given)</source>
        <translation>%1 に SRV レコードがないか、システムの DNS サーバーから応答がありません (Qt はネームサーバーが指定された場合にのみ両者を区別します)</translation>
    </message>
    <message>
        <source>no SRV records at %1 (the DNS server %2 answered, with none we could use)</source>
        <translation>%1 に SRV レコードがありません (DNS サーバー %2 は応答しましたが、使用できるレコードはありませんでした)</translation>
    </message>
    <message>
        <source>%1: no answer, the query to %2 port 53 came back undeliverable (nothing listens there, or the host is unreachable): check the nameserver&apos;s address and that its DNS service runs</source>
        <translation>%1: 応答なし。%2 のポート 53 へのクエリが配信不能で戻りました (そこで何も待ち受けていないか、ホストに到達できません): ネームサーバーのアドレスと、その DNS サービスが実行中であることを確認してください</translation>
    </message>
    <message>
        <source>the DNS answer could not be read</source>
        <translation>DNS 応答を読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Firewall</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>always</source>
        <translation>常に</translation>
    </message>
    <message>
        <source>%1 deployed</source>
        <translation>%1 を導入</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (任意)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>すべての %1</translation>
    </message>
    <message>
        <source>cannot be probed anonymously</source>
        <translation>匿名では検査できません</translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation>ここからは未テスト</translation>
    </message>
    <message>
        <source>not tested (run cancelled)</source>
        <translation>未テスト (実行を取り消し)</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>verified open, no change</source>
        <translation>開放を確認済み、変更不要</translation>
    </message>
    <message>
        <source>open</source>
        <translation>開放</translation>
    </message>
    <message>
        <source>fix the service</source>
        <translation>サービスを修正</translation>
    </message>
    <message>
        <source>open if blocked (not tested)</source>
        <translation>ブロックされている場合は開放 (未テスト)</translation>
    </message>
    <message>
        <source>required after login</source>
        <translation>ログイン後に必要</translation>
    </message>
    <message>
        <source>fallback when %1 fails</source>
        <translation>%1 が失敗した場合のフォールバック</translation>
    </message>
    <message>
        <source>alternative to %1</source>
        <translation>%1 の代替</translation>
    </message>
    <message>
        <source>Firewall request: %1 port(s) to open, %2 recommended, %3 to fix at the service, %4 verified open (no change), %5 not tested from here</source>
        <translation>ファイアウォール申請: 開放するポート %1、推奨 %2、サービス側で修正 %3、開放を確認済み (変更不要) %4、ここからは未テスト %5</translation>
    </message>
    <message>
        <source>%1 (instead of %2)</source>
        <translation>%1 (%2 の代わり)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 で %1</translation>
    </message>
    <message>
        <source>allow on the proxy %1</source>
        <translation>プロキシ %1 で許可</translation>
    </message>
    <message>
        <source>verified through the proxy %1, no change</source>
        <translation>プロキシ %1 経由で開放を確認済み、変更不要</translation>
    </message>
    <message>
        <source>a wildcard: no one name of it to test</source>
        <translation>ワイルドカード: テストできる個別の名前がありません</translation>
    </message>
    <message>
        <source>%1 (tested as %2)</source>
        <translation>%1 (%2 としてテスト)</translation>
    </message>
    <message>
        <source>%1 (service tag %2)</source>
        <translation>%1 (サービス タグ %2)</translation>
    </message>
    <message>
        <source>%1 Inferred: no document states it.</source>
        <translation>%1 推定: これを記載した文書はありません。</translation>
    </message>
    <message>
        <source>%1 Inferred from %2.</source>
        <translation>%1 %2 からの推定。</translation>
    </message>
    <message>
        <source>%1 Source: %2.</source>
        <translation>%1 出典: %2。</translation>
    </message>
    <message>
        <source>source -&gt; proxy %1 -&gt; destination</source>
        <translation>送信元 -&gt; プロキシ %1 -&gt; 宛先</translation>
    </message>
    <message>
        <source>source -&gt; destination</source>
        <translation>送信元 -&gt; 宛先</translation>
    </message>
</context>
<context>
    <name>HostImport</name>
    <message>
        <source>%1: more than %2 columns in one row</source>
        <translation>%1: 1 行の列が %2 を超えています</translation>
    </message>
    <message>
        <source>%1: the quoted cell that starts here is never closed</source>
        <translation>%1: ここで始まる引用符付きのセルが閉じられていません</translation>
    </message>
    <message>
        <source>%1: text after the closing quote of a cell (a quote inside a quoted cell is written twice: &quot;&quot;)</source>
        <translation>%1: セルの閉じ引用符の後に文字があります (引用符付きのセル内の引用符は 2 つ重ねて書きます: &quot;&quot;)</translation>
    </message>
    <message>
        <source>%1: more than %2 hosts in one file; split it or use a profile</source>
        <translation>%1: 1 つのファイルに %2 を超えるホストがあります。ファイルを分割するか、プロファイルを使用してください</translation>
    </message>
    <message>
        <source>not a text file (a NUL byte at %1)</source>
        <translation>テキスト ファイルではありません (%1 に NUL バイト)</translation>
    </message>
</context>
<context>
    <name>HostInput</name>
    <message>
        <source>missing port number after &apos;:&apos;</source>
        <translation>「:」の後にポート番号がありません</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number</source>
        <translation>ポート「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>port %1 is out of range: ports are 1 to 65535</source>
        <translation>ポート %1 は範囲外です。ポートは 1 から 65535 です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: it needs four numbers separated by dots</source>
        <translation>「%1」は有効な IPv4 アドレスではありません。ドットで区切った 4 つの数値が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: empty number</source>
        <translation>「%1」は有効な IPv4 アドレスではありません: 空の数値</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a leading zero in &apos;%2&apos;, which some tools read as octal: write it without the zero</source>
        <translation>「%1」の「%2」に先頭のゼロがあり、一部のツールは 8 進数として読みます。ゼロを付けずに書いてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: %2 is above 255</source>
        <translation>「%1」は有効な IPv4 アドレスではありません: %2 は 255 を超えています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address</source>
        <translation>「%1」は有効な IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>0.0.0.0 is the unspecified address, not a host</source>
        <translation>0.0.0.0 は未指定アドレスであり、ホストではありません</translation>
    </message>
    <message>
        <source>255.255.255.255 is the broadcast address, not a host</source>
        <translation>255.255.255.255 はブロードキャスト アドレスであり、ホストではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a multicast address, not a host</source>
        <translation>「%1」はマルチキャスト アドレスであり、ホストではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a scope id (%...), which is not portable: use a routable address</source>
        <translation>「%1」にはスコープ ID (%...) があり、移植性がありません。ルーティング可能なアドレスを使ってください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation>「%1」は有効な IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>:: is the unspecified address, not a host</source>
        <translation>:: は未指定アドレスであり、ホストではありません</translation>
    </message>
    <message>
        <source>empty host name</source>
        <translation>ホスト名が空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a wildcard: list each host</source>
        <translation>「%1」にワイルドカードが含まれています。ホストを 1 つずつ列挙してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;_&apos;, which is not allowed in host names</source>
        <translation>「%1」に「_」が含まれています。ホスト名には使えません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid internationalised host name</source>
        <translation>「%1」は有効な国際化ホスト名ではありません</translation>
    </message>
    <message>
        <source>host name is %1 characters long; the limit is 253</source>
        <translation>ホスト名が %1 文字あります。上限は 253 文字です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty label (two dots in a row, or a leading dot)</source>
        <translation>「%1」に空のラベルがあります (ドットの連続、または先頭のドット)</translation>
    </message>
    <message>
        <source>label &apos;%1...&apos; is %2 characters long; the limit is 63</source>
        <translation>ラベル「%1...」が %2 文字あります。上限は 63 文字です</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; starts or ends with &apos;-&apos;</source>
        <translation>ラベル「%1」が「-」で始まるか終わっています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;%2&apos;, which is not allowed in host names</source>
        <translation>「%1」に「%2」が含まれています。ホスト名には使えません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends in a numeric label: neither a host name nor an IPv4 address</source>
        <translation>「%1」は数値のラベルで終わっています。ホスト名でも IPv4 アドレスでもありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a URL: enter only the host name</source>
        <translation>「%1」は URL です。ホスト名だけを入力してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;@&apos;: enter the host without a user name</source>
        <translation>「%1」に「@」が含まれています。ユーザー名なしでホストを入力してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;/&apos;: enter single hosts, not paths or subnets</source>
        <translation>「%1」に「/」が含まれています。パスやサブネットではなく個々のホストを入力してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lacks the closing &apos;]&apos; of the IPv6 address</source>
        <translation>「%1」に IPv6 アドレスを閉じる「]」がありません</translation>
    </message>
    <message>
        <source>&apos;[]&apos; holds no address</source>
        <translation>「[]」にアドレスがありません</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after &apos;]&apos;, expected &apos;:port&apos;</source>
        <translation>「]」の後に予期しない「%1」があります。「:ポート」を指定してください</translation>
    </message>
    <message>
        <source>%1 (write [address]:port to give a port)</source>
        <translation>%1 (ポートを指定するには [アドレス]:ポート と書いてください)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a port; give per-host ports as overrides instead</source>
        <translation>「%1」にポートがあります。ホストごとのポートは上書き指定で入力してください</translation>
    </message>
    <message>
        <source>a port override is CATALOGPORT=PORT, both from 1 to 65535</source>
        <translation>ポートの上書きは CATALOGPORT=PORT の形式で、どちらも 1 から 65535 です</translation>
    </message>
    <message>
        <source>a port override must follow the host it belongs to</source>
        <translation>ポートの上書きは対象のホストの後に書いてください</translation>
    </message>
    <message>
        <source>port %1 is already overridden for %2</source>
        <translation>ポート %1 は %2 に対して既に上書きされています</translation>
    </message>
    <message>
        <source>a host here has no port of its own; to test another port write it after the host as CATALOGPORT=PORT, e.g. &apos;%1 389=%2&apos;</source>
        <translation>ここではホストに独自のポートはありません。別のポートをテストするには、ホストの後に CATALOGPORT=PORT の形式で書いてください (例:「%1 389=%2」)</translation>
    </message>
    <message>
        <source>no link to these hosts uses port %1, so it cannot be overridden; the ports that apply are %2</source>
        <translation>これらのホストへのリンクでポート %1 を使うものはないため、上書きできません。該当するポートは %2 です</translation>
    </message>
    <message>
        <source>a port is needed, expected HOST:PORT or [IPv6]:PORT</source>
        <translation>ポートが必要です。HOST:PORT または [IPv6]:PORT の形式で指定してください</translation>
    </message>
    <message>
        <source>unknown probe kind &apos;%1&apos;, expected one of: %2</source>
        <translation>不明なプローブの種類「%1」。次のいずれかを指定してください: %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>record %1 (id %2)</source>
        <translation>レコード %1 (ID %2)</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>レコード %1</translation>
    </message>
    <message>
        <source>the file is larger than 16 MB; Microsoft&apos;s list is about 100 KB</source>
        <translation>ファイルが 16 MB を超えています。Microsoft の一覧は約 100 KB です</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON ではありません: バイト %2 で %1</translation>
    </message>
    <message>
        <source>not Microsoft&apos;s endpoints list: expected a JSON array of records (id, serviceArea, urls, tcpPorts, category, required), found an object</source>
        <translation>Microsoft のエンドポイント一覧ではありません: レコード (id、serviceArea、urls、tcpPorts、category、required) の JSON 配列が必要ですが、オブジェクトが見つかりました</translation>
    </message>
    <message>
        <source>the list is empty: it holds no endpoint sets</source>
        <translation>一覧が空です: エンドポイント セットが含まれていません</translation>
    </message>
    <message>
        <source>%1 records, more than the 10,000 a list can have</source>
        <translation>レコードが %1 件あり、一覧に含められる上限の 10,000 件を超えています</translation>
    </message>
    <message>
        <source>%1 is not an object: every record is a JSON object with an id</source>
        <translation>%1 はオブジェクトではありません: 各レコードは id を持つ JSON オブジェクトです</translation>
    </message>
    <message>
        <source>%1 has no set id: &apos;id&apos; must be a whole number from 1 to 1,000,000</source>
        <translation>%1 にセット ID がありません: 「id」は 1 から 1,000,000 までの整数である必要があります</translation>
    </message>
    <message>
        <source>%1: the set id appears twice</source>
        <translation>%1: セット ID が 2 回出現しています</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a string</source>
        <translation>%1: 「%2」は文字列ではありません</translation>
    </message>
    <message>
        <source>%1: &apos;tcpPorts&apos; is &apos;%2&apos;, expected port numbers separated by commas</source>
        <translation>%1: 「tcpPorts」が「%2」です。カンマ区切りのポート番号が必要です</translation>
    </message>
    <message>
        <source>%1: &apos;urls&apos; is not a list of at most 2,000 names</source>
        <translation>%1: 「urls」が最大 2,000 個の名前のリストではありません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; in &apos;urls&apos; is not a DNS name</source>
        <translation>%1: 「urls」の「%2」は DNS 名ではありません</translation>
    </message>
    <message>
        <source>set %1, which Guardian needs (%2), is not in the file: is it Microsoft&apos;s %3 list, saved whole?</source>
        <translation>Guardian が必要とするセット %1 (%2) がファイルにありません: Microsoft の %3 一覧を丸ごと保存したファイルですか?</translation>
    </message>
    <message>
        <source>no record of the file lists the names Guardian needs for %1 (%2): is it Microsoft&apos;s %3 list?</source>
        <translation>Guardian が %1 に必要とする名前 (%2) を記載したレコードがファイルにありません: Microsoft の %3 一覧ですか?</translation>
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
        <translation>ファイルが 64 MB を超えています。Azure のサービス タグ ファイルは約 5 MB です</translation>
    </message>
    <message>
        <source>not JSON: %1 at line %2, column %3</source>
        <translation>JSON ではありません: %2 行 %3 列で %1</translation>
    </message>
    <message>
        <source>not Azure&apos;s service tags file: expected an object with &quot;changeNumber&quot;, &quot;cloud&quot; and a &quot;values&quot; list of tags (ServiceTags_Public_&lt;date&gt;.json)</source>
        <translation>Azure のサービス タグ ファイルではありません: &quot;changeNumber&quot;、&quot;cloud&quot;、タグのリスト &quot;values&quot; を持つオブジェクトが必要です (ServiceTags_Public_&lt;日付&gt;.json)</translation>
    </message>
    <message>
        <source>the file holds more than %1 tags</source>
        <translation>ファイルに %1 個を超えるタグがあります</translation>
    </message>
    <message>
        <source>%1: expected a tag with a &quot;name&quot;</source>
        <translation>%1: &quot;name&quot; を持つタグが必要です</translation>
    </message>
    <message>
        <source>%1: no &quot;properties&quot; with &quot;addressPrefixes&quot;</source>
        <translation>%1: &quot;addressPrefixes&quot; を含む &quot;properties&quot; がありません</translation>
    </message>
    <message>
        <source>%1: more than %2 address prefixes</source>
        <translation>%1: アドレス プレフィックスが %2 個を超えています</translation>
    </message>
    <message>
        <source>%1: addressPrefixes[%2] is not an address prefix (such as 13.69.105.0/24): %3</source>
        <translation>%1: addressPrefixes[%2] はアドレス プレフィックス (13.69.105.0/24 など) ではありません: %3</translation>
    </message>
    <message>
        <source>the file lists no service tags</source>
        <translation>ファイルにサービス タグがありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;changeNumber&quot; must be a whole number from 0, found %1</source>
        <translation>&quot;changeNumber&quot; は 0 以上の整数でなければなりません (検出値: %1)</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>not a regular file (a device, a pipe or a socket), refused</source>
        <translation>通常のファイルではありません (デバイス、パイプ、またはソケット)。拒否しました</translation>
    </message>
    <message>
        <source>%1 bytes, larger than the %2 such a file may be</source>
        <translation>%1 バイト。このファイルの上限 %2 を超えています</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>larger than the %1 such a file may be</source>
        <translation>このファイルの上限 %1 を超えています</translation>
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
        <translation>Guardian Port Check の結果ファイルではありません (&quot;tool&quot;: &quot;guardian-portcheck&quot; がありません)</translation>
    </message>
    <message>
        <source>schema %1 is not supported, expected 1</source>
        <translation>スキーマ %1 はサポートされていません (1 が必要です)</translation>
    </message>
    <message>
        <source>has no &quot;checks&quot; and &quot;verdicts&quot;: written by &apos;probe&apos;, not &apos;run&apos;? Only &apos;run&apos; results merge</source>
        <translation>&quot;checks&quot; と &quot;verdicts&quot; がありません。「run」ではなく「probe」で書き出しましたか? 結合できるのは「run」の結果だけです</translation>
    </message>
    <message>
        <source>unknown vantage role &apos;%1&apos;</source>
        <translation>不明な起点の役割「%1」</translation>
    </message>
    <message>
        <source>unknown option value %1=%2</source>
        <translation>不明なオプション値 %1=%2</translation>
    </message>
    <message>
        <source>the run has no host</source>
        <translation>実行にホストがありません</translation>
    </message>
    <message>
        <source>check %1: unknown link &apos;%2&apos;</source>
        <translation>検査 %1: 不明なリンク「%2」</translation>
    </message>
    <message>
        <source>no results files to merge</source>
        <translation>結合する結果ファイルがありません</translation>
    </message>
    <message>
        <source>%1: ran with other modes, so the verdicts cannot be joined (%2)</source>
        <translation>%1: 別のモードで実行されたため、判定を結合できません (%2)</translation>
    </message>
    <message>
        <source>%1: catalog %2, %3: %4</source>
        <translation>%1: カタログ %2、%3: %4</translation>
    </message>
    <message>
        <source>not JSON at %1:%2: %3</source>
        <translation>%1:%2 で JSON ではありません: %3</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be the number 1, found %1</source>
        <translation>&quot;schema&quot; は数値 1 である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>check %1: &quot;%2&quot; is missing or bad (%3)</source>
        <translation>チェック %1: &quot;%2&quot; がないか不正です (%3)</translation>
    </message>
    <message>
        <source>%1 is the same run as %2 (%3, started %4): it is read once</source>
        <translation>%1 は %2 と同じ実行です (%3、開始 %4): 1 回だけ読み込みます</translation>
    </message>
    <message>
        <source>%1 and %2 are two runs of %3 from the same roles: each check counts once, the later result wins (%4 results of %1 replaced by %2)</source>
        <translation>%1 と %2 は、同じ役割からの %3 の 2 回の実行です: 各チェックは 1 回だけ数え、後の結果を優先します (%1 の %4 件の結果を %2 で置き換えました)</translation>
    </message>
    <message>
        <source>the run&apos;s proxy %1 is not a proxy URL</source>
        <translation>実行のプロキシ %1 はプロキシ URL ではありません</translation>
    </message>
    <message>
        <source>%1: the role &apos;%2&apos; has more than %3 networks in all the files; the request leaves out %4</source>
        <translation>%1: ロール &apos;%2&apos; のネットワークはすべてのファイルを合わせて %3 を超えています。申請では %4 を省きます</translation>
    </message>
    <message>
        <source>&quot;source_networks&quot; must be an object of roles and their networks, found %1</source>
        <translation>&quot;source_networks&quot; はロールとそのネットワークのオブジェクトである必要があります (検出: %1)</translation>
    </message>
    <message>
        <source>unknown source role &apos;%1&apos; in &quot;source_networks&quot;</source>
        <translation>&quot;source_networks&quot; に不明な送信元ロール &apos;%1&apos; があります</translation>
    </message>
    <message>
        <source>the networks of &apos;%1&apos; must be a list of at most %2 networks, found %3</source>
        <translation>&apos;%1&apos; のネットワークは最大 %2 件のリストである必要があります (検出: %3)</translation>
    </message>
    <message>
        <source>bad network %1 for the role &apos;%2&apos;, expected a CIDR or one address, each once</source>
        <translation>ロール &apos;%2&apos; のネットワーク %1 が不正です。CIDR または 1 つのアドレスを、それぞれ 1 回だけ指定してください</translation>
    </message>
</context>
<context>
    <name>PortCheck::CheckTableModel</name>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (%2 の代わり)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>Not needed: every link that uses this port works through another port.</source>
        <translation>不要: このポートを使うすべてのリンクは、別のポートで動作します。</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 (%2 経由)</translation>
    </message>
</context>
<context>
    <name>PortCheck::ComparisonPanes</name>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Links whose verdict changed</source>
        <translation>判定が変わったリンク</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Found before</source>
        <translation>変更前の状態</translation>
    </message>
    <message>
        <source>Found after</source>
        <translation>変更後の状態</translation>
    </message>
    <message>
        <source>Rules the run before asked for</source>
        <translation>変更前の実行が要求したルール</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>変更前: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>変更後: %1</translation>
    </message>
    <message>
        <source>No link changed its verdict.</source>
        <translation>判定が変わったリンクはありません。</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) the run before asked for are verified open after the change.</source>
        <translation>変更前の実行が要求した %2 件中 %1 件のルールが、変更後に開いていることを確認しました。</translation>
    </message>
    <message>
        <source>(see the tab Rules verified)</source>
        <translation>(「確認したルール」タブを参照)</translation>
    </message>
    <message>
        <source>verified open</source>
        <translation>開いていることを確認</translation>
    </message>
    <message>
        <source>still closed</source>
        <translation>依然として閉じている</translation>
    </message>
    <message>
        <source>not tested after</source>
        <translation>変更後は未テスト</translation>
    </message>
</context>
<context>
    <name>PortCheck::ComponentsPage</name>
    <message>
        <source>Components and modes</source>
        <translation>コンポーネントとモード</translation>
    </message>
    <message>
        <source>What you deploy decides which links are needed; the modes decide which ports.</source>
        <translation>導入するものが必要なリンクを決め、モードがポートを決めます。</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>%1 (always installed)</source>
        <translation>%1 (常にインストール)</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>%1: what it requires</source>
        <translation>%1: 必要なもの</translation>
    </message>
    <message>
        <source>&amp;Proxy for HTTPS to the Internet</source>
        <translation>インターネットへの HTTPS のプロキシ(&amp;P)</translation>
    </message>
    <message>
        <source>This computer&apos;s setting (system proxy)</source>
        <translation>このコンピューターの設定 (システム プロキシ)</translation>
    </message>
    <message>
        <source>No proxy: direct</source>
        <translation>プロキシなし: 直接接続</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>次のプロキシ:</translation>
    </message>
    <message>
        <source>Proxy for HTTPS to the Internet</source>
        <translation>インターネットへの HTTPS のプロキシ</translation>
    </message>
    <message>
        <source>http://proxy.corp.example:8080</source>
        <translation>http://proxy.corp.example:8080</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>プロキシのアドレス</translation>
    </message>
    <message>
        <source>Proxy: what it means</source>
        <translation>プロキシ: その意味</translation>
    </message>
    <message>
        <source>Type the proxy&apos;s address, e.g. http://proxy.corp.example:8080.</source>
        <translation>プロキシのアドレスを入力してください (例: http://proxy.corp.example:8080)。</translation>
    </message>
    <message>
        <source>Not a proxy address yet: %1.</source>
        <translation>まだプロキシのアドレスではありません: %1。</translation>
    </message>
    <message>
        <source>Each Internet link is probed through %1 (HTTP CONNECT, no credentials) and directly, side by side; the verdict follows the proxy.</source>
        <translation>各インターネット リンクを、%1 経由 (HTTP CONNECT、資格情報なし) と直接接続の両方で並べてプローブします。判定はプロキシ経由の結果に従います。</translation>
    </message>
    <message>
        <source>Internet links are probed directly, as Guardian connects without a proxy.</source>
        <translation>Guardian はプロキシなしで接続するため、インターネット リンクは直接プローブします。</translation>
    </message>
    <message>
        <source>The proxy Windows gives this computer (WinHTTP and Internet Options, with PAC and WPAD) is asked when the run starts; the report names it.</source>
        <translation>Windows がこのコンピューターに割り当てるプロキシ (PAC と WPAD を含む WinHTTP とインターネット オプション) を実行の開始時に問い合わせます。レポートにそのプロキシを記載します。</translation>
    </message>
    <message>
        <source>The proxy of this computer&apos;s settings (https_proxy and the desktop&apos;s settings) is asked when the run starts; the report names it.</source>
        <translation>このコンピューターの設定 (https_proxy とデスクトップの設定) にあるプロキシを実行の開始時に問い合わせます。レポートにそのプロキシを記載します。</translation>
    </message>
    <message>
        <source>Azure &amp;region of the SQL server</source>
        <translation>SQL サーバーの Azure リージョン(&amp;R)</translation>
    </message>
    <message>
        <source>westeurope</source>
        <translation>westeurope</translation>
    </message>
    <message>
        <source>Azure region of the SQL server</source>
        <translation>SQL サーバーの Azure リージョン</translation>
    </message>
    <message>
        <source>Azure region: what it means</source>
        <translation>Azure リージョン: その意味</translation>
    </message>
    <message>
        <source>Not an Azure region: letters, digits, spaces and hyphens, as in westeurope or West Europe.</source>
        <translation>Azure リージョンではありません: westeurope や West Europe のように、英字、数字、空白、ハイフンで書きます。</translation>
    </message>
    <message>
        <source>Optional: the firewall request names the service tag Sql.&lt;region&gt; until you give the region.</source>
        <translation>省略可: リージョンを指定するまで、ファイアウォール申請にはサービス タグ Sql.&lt;リージョン&gt; と記載されます。</translation>
    </message>
    <message>
        <source>The firewall request names the service tag %1 (not for a private endpoint).</source>
        <translation>ファイアウォール申請にサービス タグ %1 を記載します (プライベート エンドポイントでは記載しません)。</translation>
    </message>
</context>
<context>
    <name>PortCheck::HostListEditor</name>
    <message>
        <source>Hosts: %1</source>
        <translation>ホスト: %1</translation>
    </message>
    <message>
        <source>One host per line, or separated by commas or spaces</source>
        <translation>1 行に 1 ホスト、またはカンマや空白で区切ります</translation>
    </message>
    <message>
        <source>One host name or IP address per line, e.g.
dc1.corp.example
10.0.0.5
Another port for one host: dc2.corp.example 389=10389
# comments are ignored</source>
        <translation>1 行に 1 つのホスト名または IP アドレス。例:
dc1.corp.example
10.0.0.5
ホストごとに別のポート: dc2.corp.example 389=10389
# コメントは無視されます</translation>
    </message>
    <message>
        <source>Leave empty to test the published endpoints:
%1

or list the hosts to test instead.</source>
        <translation>空のままにすると公開エンドポイントをテストします:
%1

またはテストするホストを指定してください。</translation>
    </message>
    <message>
        <source>Host list check</source>
        <translation>ホスト一覧の確認</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>ファイルからインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import hosts from a text or CSV file</source>
        <translation>テキストまたは CSV ファイルからホストをインポート</translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation>ホストのインポート</translation>
    </message>
    <message>
        <source>Host lists (*.txt *.csv);;All files (*)</source>
        <translation>ホスト一覧 (*.txt *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>corp.example</source>
        <translation>corp.example</translation>
    </message>
    <message>
        <source>Domain to discover</source>
        <translation>検索するドメイン</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Active Directory site</source>
        <translation>Active Directory サイト</translation>
    </message>
    <message>
        <source>optional, IPv4; default: this computer&apos;s DNS servers</source>
        <translation>省略可、IPv4。既定: このコンピューターの DNS サーバー</translation>
    </message>
    <message>
        <source>DNS server for discovery</source>
        <translation>検索に使う DNS サーバー</translation>
    </message>
    <message>
        <source>&amp;Find domain controllers</source>
        <translation>ドメイン コントローラーを検索(&amp;F)</translation>
    </message>
    <message>
        <source>Find domain controllers in DNS</source>
        <translation>DNS でドメイン コントローラーを検索</translation>
    </message>
    <message>
        <source>Discovery in progress</source>
        <translation>検索中</translation>
    </message>
    <message>
        <source>Discovery result</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>DNS se&amp;rver:</source>
        <translation>DNS サーバー(&amp;R):</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) ready.</source>
        <translation>
            <numerusform>%n 台のホストが準備完了。</numerusform>
        </translation>
    </message>
    <message>
        <source>The published endpoints will be tested: %1.</source>
        <translation>公開エンドポイントをテストします: %1。</translation>
    </message>
    <message>
        <source>No host yet.</source>
        <translation>ホストはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored.</source>
        <translation>
            <numerusform>%n 件の重複を無視しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: &apos;%2&apos;: %3</source>
        <translation>%1 行目: 「%2」: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>Type the DNS name of the domain first, e.g. corp.example.</source>
        <translation>先にドメインの DNS 名を入力してください (例: corp.example)。</translation>
    </message>
    <message>
        <source>Asking DNS for the domain controllers of %1…</source>
        <translation>%1 のドメイン コントローラーを DNS に問い合わせています…</translation>
    </message>
    <message>
        <source>No domain controller found in %1.</source>
        <translation>%1 にドメイン コントローラーが見つかりません。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n domain controller(s) in %1</source>
        <translation>
            <numerusform>%1 でドメイン コントローラーが %n 台見つかりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new in the list.</source>
        <translation>
            <numerusform>、うち %n 台が新規です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid entries</source>
        <translation>無効なエントリ</translation>
    </message>
    <message>
        <source>Choose an entry to put the cursor on it in the host list</source>
        <translation>エントリを選ぶと、ホスト一覧のその位置にカーソルを置きます</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>サイト(&amp;T):</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) to correct, listed below and underlined in the text:</source>
        <translation>
            <numerusform>修正が必要なエントリが %n 件あります。以下に一覧表示し、テキストに下線を引いています:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, not listed: correct the ones above first.</source>
        <translation>
            <numerusform>… ほか %n 件 (一覧に表示されていません): まず上のエントリを修正してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2and %n more</source>
        <translation>
            <numerusform>%1%2ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Last import: %n host(s) from the first column of %1.</source>
        <translation>
            <numerusform>前回のインポート: %1 の最初の列からホスト %n 台。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last import: %n host(s) from the column &quot;%2&quot; of %1.</source>
        <translation>
            <numerusform>前回のインポート: %1 の列 &quot;%2&quot; からホスト %n 台。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no host there.</source>
        <translation>
            <numerusform>%n 行にはそこにホストがありませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::HostsPage</name>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Name the hosts of every role your components need. Paste as many as you like; each entry is checked as you type.</source>
        <translation>コンポーネントが必要とする各ロールのホストを指定します。いくつでも貼り付けられ、入力ごとに各項目を確認します。</translation>
    </message>
    <message>
        <source>Roles that need hosts</source>
        <translation>ホストが必要なロール</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>不足しているもの</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n invalid)</source>
        <translation>
            <numerusform>%1 (無効 %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen components need no hosts: go back and choose a component.</source>
        <translation>選択したコンポーネントにはホストが不要です。戻ってコンポーネントを選択してください。</translation>
    </message>
    <message>
        <source>Add at least one host for: %1.</source>
        <translation>次のロールにホストを 1 つ以上追加してください: %1。</translation>
    </message>
    <message>
        <source>Correct or remove the invalid entries in: %1.</source>
        <translation>次の無効な項目を修正または削除してください: %1。</translation>
    </message>
    <message>
        <source>Every role has its hosts.</source>
        <translation>すべてのロールにホストがあります。</translation>
    </message>
</context>
<context>
    <name>PortCheck::MachinePage</name>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>A link can only be tested from the machine that opens it. Choose what this computer is in your Guardian deployment; the other links are listed with the command to run on their machine.</source>
        <translation>リンクはそれを開くマシンからしかテストできません。Guardian の構成でこのコンピューターの役割を選んでください。ほかのリンクは、そのマシンで実行するコマンドとともに表示されます。</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>不足しているもの</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>このコンピューター: %1</translation>
    </message>
    <message>
        <source>Choose at least one role to continue: without one, nothing can be tested from this computer.</source>
        <translation>続行するにはロールを 1 つ以上選んでください。ロールがないと、このコンピューターからは何もテストできません。</translation>
    </message>
    <message>
        <source>For the report&apos;s cover</source>
        <translation>レポートの表紙</translation>
    </message>
    <message>
        <source>&amp;Run by</source>
        <translation>実行者(&amp;R)</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>Change &amp;ticket</source>
        <translation>変更チケット(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. CHG0012345</source>
        <translation>例: CHG0012345</translation>
    </message>
    <message>
        <source>Re&amp;quested by</source>
        <translation>依頼者(&amp;Q)</translation>
    </message>
    <message>
        <source>who asked for the change</source>
        <translation>変更を依頼した人</translation>
    </message>
    <message>
        <source>Appro&amp;ved by</source>
        <translation>承認者(&amp;V)</translation>
    </message>
    <message>
        <source>left empty: a line to sign on the printed report</source>
        <translation>空欄: 印刷したレポートに署名する線になります</translation>
    </message>
    <message>
        <source>Report cover: what is wrong</source>
        <translation>レポートの表紙: 問題点</translation>
    </message>
    <message>
        <source>Not taken: %1.</source>
        <translation>反映されません: %1。</translation>
    </message>
    <message>
        <source>Roles the profile gives this computer</source>
        <translation>プロファイルがこのコンピューターに与える役割</translation>
    </message>
    <message>
        <source>&amp;Use these roles</source>
        <translation>これらの役割を使用(&amp;U)</translation>
    </message>
    <message>
        <source>Choose the roles whose host lists in the profile name this computer</source>
        <translation>プロファイルのホスト一覧がこのコンピューターを挙げている役割を選択します</translation>
    </message>
    <message>
        <source>The profile&apos;s host lists do not name this computer: choose its roles below, or add its name to the list of its role.</source>
        <translation>プロファイルのホスト一覧にこのコンピューターはありません。下で役割を選ぶか、その役割の一覧に名前を追加してください。</translation>
    </message>
    <message>
        <source>%1 (listed as %2)</source>
        <translation>%1 (%2 として記載)</translation>
    </message>
    <message>
        <source>The profile&apos;s host lists name this computer: %1.</source>
        <translation>プロファイルのホスト一覧はこのコンピューターを挙げています: %1。</translation>
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
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Save pr&amp;ofile…</source>
        <translation>プロファイルを保存(&amp;O)…</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>プロファイルの保存</translation>
    </message>
    <message>
        <source>Save what you chose as a profile (Ctrl+S): the file guardian-portcheck run reads on another machine</source>
        <translation>選択内容をプロファイルとして保存します (Ctrl+S): 別のマシンで guardian-portcheck run が読み込むファイルです</translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml)</source>
        <translation>プロファイル (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
</context>
<context>
    <name>PortCheck::ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>The verdict of every link toward every host. Select a row for its evidence and what to change.</source>
        <translation>各ホストへの各リンクの判定です。行を選ぶと証拠と変更すべき点が表示されます。</translation>
    </message>
    <message>
        <source>Overall verdict</source>
        <translation>総合判定</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定一覧</translation>
    </message>
    <message>
        <source>Evidence and remediation</source>
        <translation>証拠と対処</translation>
    </message>
    <message>
        <source>Save r&amp;eport (PDF)…</source>
        <translation>レポートを保存 (PDF)(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the change-approval report as PDF</source>
        <translation>変更承認用レポートを PDF で保存</translation>
    </message>
    <message>
        <source>Save &amp;results (JSON)…</source>
        <translation>結果を保存 (JSON)(&amp;R)…</translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG…</source>
        <translation>図を PNG で保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Diagram as S&amp;VG…</source>
        <translation>図を SVG で保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the diagram as a PNG image</source>
        <translation>図を PNG 画像として保存</translation>
    </message>
    <message>
        <source>Save the diagram as an SVG drawing</source>
        <translation>図を SVG 図面として保存</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>要約をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Save the results as JSON</source>
        <translation>結果を JSON で保存</translation>
    </message>
    <message>
        <source>Save the firewall change request as CSV</source>
        <translation>ファイアウォール変更申請を CSV で保存</translation>
    </message>
    <message>
        <source>Copy a plain-text summary to the clipboard</source>
        <translation>テキストの要約をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>エクスポートの状態</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save diagram</source>
        <translation>図の保存</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 図面 (*.svg)</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>結果の保存</translation>
    </message>
    <message>
        <source>Results (*.json)</source>
        <translation>結果 (*.json)</translation>
    </message>
    <message>
        <source>Save firewall request</source>
        <translation>ファイアウォール申請の保存</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>要約をコピーしました。</translation>
    </message>
    <message>
        <source>(run cancelled: some probes did not finish)</source>
        <translation>(実行は取り消されました: 一部のプローブは完了していません)</translation>
    </message>
    <message numerus="yes">
        <source>(merged from %n machine(s))</source>
        <translation>
            <numerusform>(%n 台のマシンから統合)</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>Tested from %1.</source>
        <translation>%1 からテストしました。</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>プロトコル: %1</translation>
    </message>
    <message>
        <source>Inferred: no vendor document states this link.</source>
        <translation>推定: このリンクを記載したベンダー文書はありません。</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>変更すべき点</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (%2 の代わり)</translation>
    </message>
    <message>
        <source>other mode</source>
        <translation>別のモード</translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation>ここから未テスト</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no result (cancelled)</source>
        <translation>結果なし (取り消し)</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>%1 から: %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>検出内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>There is no run to save.</source>
        <translation>保存する実行結果がありません。</translation>
    </message>
    <message>
        <source>Merged results cannot be re-tested from here: run the check on each machine.</source>
        <translation>統合した結果はここから再テストできません。各マシンで確認を実行してください。</translation>
    </message>
    <message>
        <source>This link starts on another machine: it cannot be tested from here.</source>
        <translation>このリンクはほかのマシンから始まるため、ここからはテストできません。</translation>
    </message>
    <message numerus="yes">
        <source>Re-testing %n probe(s)…</source>
        <translation>
            <numerusform>%n 件のプローブを再テスト中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-tested.</source>
        <translation>再テストしました。</translation>
    </message>
    <message>
        <source>Guardian Port Check, %1, from %2</source>
        <translation>Guardian Port Check、%1、%2 から</translation>
    </message>
    <message>
        <source>Overall: %1 (%2 pass, %3 warn, %4 fail, %5 not tested from here)</source>
        <translation>総合: %1 (合格 %2、警告 %3、失敗 %4、ここから未テスト %5)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link-host pair(s) start on other machines: run the check there too.</source>
        <translation>
            <numerusform>%n 件のリンクはほかのマシンから始まります。そちらでも確認を実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>ファイアウォール変更申請</translation>
    </message>
    <message>
        <source>Firewall request</source>
        <translation>ファイアウォール申請</translation>
    </message>
    <message>
        <source>Save firewall re&amp;quest (CSV)…</source>
        <translation>ファイアウォール申請を保存 (CSV)(&amp;Q)…</translation>
    </message>
    <message>
        <source>This link starts on the %1. Copy %2 there and run:</source>
        <translation>このリンクは %1 から始まります。%2 をそこへコピーして実行してください:</translation>
    </message>
    <message>
        <source>Then open both results files together (Open results… on the first page, or guardian-portcheck merge) to see every link in one report.</source>
        <translation>次に、両方の結果ファイルを一緒に開くと (最初のページの「結果を開く…」、または guardian-portcheck merge)、すべてのリンクを 1 つのレポートで確認できます。</translation>
    </message>
    <message>
        <source>This link starts on the %1. To test it there, save the profile first (Save profile…, Ctrl+S): this advice then names the file and the command to run there. To probe only these ports there, run:</source>
        <translation>このリンクは %1 から始まります。そこでテストするには、まずプロファイルを保存してください (プロファイルを保存…、Ctrl+S)。そうすると、この案内にファイル名とそこで実行するコマンドが表示されます。これらのポートだけをそこでプローブするには、次を実行してください:</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>変更すべき点:</translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <source>This build has no SVG support; save the diagram as PNG instead.</source>
        <translation>このビルドは SVG に対応していません。代わりに図を PNG で保存してください。</translation>
    </message>
    <message numerus="yes">
        <source>Service tag %1 (%2), %n address prefix(es): %3</source>
        <translation>
            <numerusform>サービス タグ %1 (%2)、アドレス プレフィックス %n 個: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Report as &amp;HTML…</source>
        <translation>レポートを HTML で(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the report as one HTML file</source>
        <translation>レポートを 1 つの HTML ファイルとして保存</translation>
    </message>
    <message>
        <source>One file with the diagram inside: opens from an e-mail or a ticket</source>
        <translation>図を含む 1 つのファイル: メールやチケットからそのまま開けます</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>変更前と変更後</translation>
    </message>
    <message>
        <source>Rules verified</source>
        <translation>確認したルール</translation>
    </message>
    <message>
        <source>(after the change: %1 fixed, %2 newly broken)</source>
        <translation>(変更後: 修正 %1、新たに失敗 %2)</translation>
    </message>
    <message>
        <source>Coverage by source machine</source>
        <translation>送信元マシン別のカバレッジ</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>カバレッジ</translation>
    </message>
    <message>
        <source>Still to run:</source>
        <translation>未実行:</translation>
    </message>
    <message>
        <source>Filter by verdict, path, host or reason</source>
        <translation>判定、パス、ホスト、理由で絞り込み</translation>
    </message>
    <message>
        <source>Filter the verdicts</source>
        <translation>判定を絞り込む</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (every host is in the CSV and the report)</source>
        <translation>
            <numerusform>ほか %n 件（すべてのホストは CSV とレポートにあります）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::RunPage</name>
    <message>
        <source>Testing</source>
        <translation>テスト中</translation>
    </message>
    <message>
        <source>Each probe speaks the service&apos;s own protocol: an open port is not taken as proof.</source>
        <translation>各プローブはサービス自身のプロトコルで通信します。ポートが開いているだけでは証拠とみなしません。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>進行状況の詳細</translation>
    </message>
    <message>
        <source>Show probes</source>
        <translation>表示するプローブ</translation>
    </message>
    <message>
        <source>All probes</source>
        <translation>すべてのプローブ</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>問題のみ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>実行を取り消す(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>実行を取り消す</translation>
    </message>
    <message>
        <source>&amp;Re-run failed</source>
        <translation>失敗したものを再実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the failed probes again</source>
        <translation>失敗したプローブを再実行</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>プローブ</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) from this computer (%1, as %2).</source>
        <translation>
            <numerusform>このコンピューター (%1、%2 として) から %n 件のプローブ。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link-host pair(s) start on other machines and are listed as not tested from here.</source>
        <translation>
            <numerusform>%n 件のリンクはほかのマシンから始まり、ここから未テストとして表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 件中 %1 件完了</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>finished in %1 s</source>
        <translation>%1 秒で完了</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Re-run %n failed</source>
        <translation>
            <numerusform>失敗した %n 件を再実行(&amp;R)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>接続タイムアウト</translation>
    </message>
    <message>
        <source>How long to wait for a TCP connection. Windows reports a refused port only after about 2 s, so keep it above that.</source>
        <translation>TCP 接続を待つ時間です。Windows は拒否されたポートを約 2 秒後にしか報告しないため、それより長くしてください。</translation>
    </message>
    <message>
        <source>Protocol timeout</source>
        <translation>プロトコル タイムアウト</translation>
    </message>
    <message>
        <source>Probes at once</source>
        <translation>同時プローブ数</translation>
    </message>
    <message>
        <source>Probes at once per host</source>
        <translation>ホストごとの同時プローブ数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>追加の CA 証明書ファイル</translation>
    </message>
    <message>
        <source>PEM file with your own CA, optional</source>
        <translation>独自の CA を含む PEM ファイル (省略可)</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>CA ファイルを選択</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Protocol timeout:</source>
        <translation>プロトコル タイムアウト(&amp;P):</translation>
    </message>
    <message>
        <source>Probes per &amp;host:</source>
        <translation>ホストごとのプローブ数(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>新しい言語は次回の起動から適用されます。</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>Connec&amp;t timeout:</source>
        <translation>接続タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>Probes &amp;at once:</source>
        <translation>同時プローブ数(&amp;A):</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>追加の CA ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Azure service tags file</source>
        <translation>Azure サービス タグ ファイル</translation>
    </message>
    <message>
        <source>ServiceTags_Public_&lt;date&gt;.json, optional</source>
        <translation>ServiceTags_Public_&lt;日付&gt;.json (省略可)</translation>
    </message>
    <message>
        <source>A copy of Microsoft&apos;s &quot;Azure IP Ranges and Service Tags&quot; that you saved (never downloaded here): the firewall request lists the address prefixes of the Azure SQL server&apos;s region from it.</source>
        <translation>保存した Microsoft の「Azure IP Ranges and Service Tags」のコピー (ここではダウンロードしません): ファイアウォール申請に Azure SQL サーバーのリージョンのアドレス プレフィックスを記載します。</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the Azure service tags file</source>
        <translation>Azure サービス タグ ファイルを選択</translation>
    </message>
    <message>
        <source>Azure service tags</source>
        <translation>Azure サービス タグ</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Azure service ta&amp;gs file:</source>
        <translation>Azure サービス タグ ファイル(&amp;G):</translation>
    </message>
</context>
<context>
    <name>PortCheck::StartPage</name>
    <message>
        <source>Check the network paths Cayosoft Guardian needs</source>
        <translation>Cayosoft Guardian が必要とするネットワーク経路を確認</translation>
    </message>
    <message>
        <source>Each check talks the real protocol (LDAP, WinRM, SMB, TLS) to the real hosts, anonymously: no password is asked for or sent.</source>
        <translation>各確認は本物のホストと本物のプロトコル (LDAP、WinRM、SMB、TLS) で匿名に通信します。パスワードを求めたり送ったりすることはありません。</translation>
    </message>
    <message>
        <source>Choose what this computer is, what you deploy and where it runs.</source>
        <translation>このコンピューターの役割、導入するもの、その場所を選びます。</translation>
    </message>
    <message>
        <source>&amp;Open a profile…</source>
        <translation>プロファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>A profile saved earlier or prepared by a colleague (YAML).</source>
        <translation>以前保存した、または同僚が用意したプロファイル (YAML)。</translation>
    </message>
    <message>
        <source>&amp;Reopen the last session</source>
        <translation>前回のセッションを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Try the &amp;demo site</source>
        <translation>デモ サイトを試す(&amp;D)</translation>
    </message>
    <message>
        <source>A simulated site on this computer&apos;s loopback address shows every verdict in under a minute. Nothing leaves the machine.</source>
        <translation>このコンピューターのループバック アドレス上の模擬サイトで、すべての判定を 1 分以内に確認できます。マシンの外には何も送信しません。</translation>
    </message>
    <message>
        <source>Results files saved on one or several machines (JSON): merged into one diagram and one report.</source>
        <translation>1 台または複数のマシンで保存した結果ファイル (JSON)。1 つの図と 1 つのレポートに統合します。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Open a profile</source>
        <translation>プロファイルを開く</translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml);;All files (*)</source>
        <translation>プロファイル (*.yaml *.yml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>結果を開く</translation>
    </message>
    <message>
        <source>Results (*.json);;All files (*)</source>
        <translation>結果 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1, %n host(s).</source>
        <translation>
            <numerusform>%1 に保存、ホスト %n 台。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing saved yet: everything you type is saved as you go.</source>
        <translation>まだ何も保存されていません。入力した内容はその都度保存されます。</translation>
    </message>
    <message>
        <source>The profile cannot be used:</source>
        <translation>プロファイルを使用できません:</translation>
    </message>
    <message>
        <source>The last session cannot be reopened: %1</source>
        <translation>前回のセッションを開けません: %1</translation>
    </message>
    <message>
        <source>The demo site cannot start: %1</source>
        <translation>デモ サイトを開始できません: %1</translation>
    </message>
    <message>
        <source>The results cannot be opened:</source>
        <translation>結果を開けません:</translation>
    </message>
    <message>
        <source>Ne&amp;w check</source>
        <translation>新しいチェック(&amp;W)</translation>
    </message>
    <message>
        <source>Open resul&amp;ts…</source>
        <translation>結果を開く(&amp;T)…</translation>
    </message>
    <message>
        <source>Com&amp;pare before and after…</source>
        <translation>変更前と変更後を比較(&amp;P)…</translation>
    </message>
    <message>
        <source>Two results files of one site, from before and after a firewall change: what was fixed, what broke, and whether each rule asked for is now open.</source>
        <translation>同じサイトのファイアウォール変更前と変更後の結果ファイル 2 つ: 何が直り、何が壊れ、要求した各ルールが開いたかを示します。</translation>
    </message>
    <message>
        <source>Before the change: choose its results file</source>
        <translation>変更前: その結果ファイルを選択</translation>
    </message>
    <message>
        <source>After the change: choose its results file</source>
        <translation>変更後: その結果ファイルを選択</translation>
    </message>
    <message>
        <source>The two results files cannot be compared:</source>
        <translation>2 つの結果ファイルは比較できません:</translation>
    </message>
</context>
<context>
    <name>PortCheck::TopologyScene</name>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>links start there: run the check on it</source>
        <translation>リンクはここから始まります: このマシンで確認を実行</translation>
    </message>
    <message>
        <source>not tested from here</source>
        <translation>ここから未テスト</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台のホスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n 台が失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to expand</source>
        <translation>ダブルクリックで展開</translation>
    </message>
    <message>
        <source>The diagram is too large for an image (%1 x %2 pixels).</source>
        <translation>図が画像にするには大きすぎます (%1 x %2 ピクセル)。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Guardian network paths</source>
        <translation>Guardian のネットワーク経路</translation>
    </message>
    <message>
        <source>Generated by Guardian Port Check</source>
        <translation>Guardian Port Check で作成</translation>
    </message>
    <message>
        <source>Re-test this link</source>
        <translation>このリンクを再テスト</translation>
    </message>
    <message>
        <source>Show every host</source>
        <translation>すべてのホストを表示</translation>
    </message>
    <message>
        <source>Group these hosts</source>
        <translation>これらのホストをまとめる</translation>
    </message>
    <message>
        <source>This build has no SVG support (Qt SVG was missing when it was built); save the diagram as PNG instead. %1 was not written.</source>
        <translation>このビルドは SVG に対応していません (ビルド時に Qt SVG がありませんでした)。代わりに図を PNG で保存してください。%1 は書き出されていません。</translation>
    </message>
    <message>
        <source>Nothing to show: no link fails or warns.</source>
        <translation>表示するものはありません: 失敗または警告のリンクはありません。</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>サイト: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付: %1</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>問題のみ</translation>
    </message>
    <message numerus="yes">
        <source>Run in progress: %n failing link(s) so far.</source>
        <translation>
            <numerusform>テスト実行中: これまでに %n 件のリンクが失敗。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortCheck::TopologyView</name>
    <message>
        <source>Topology diagram</source>
        <translation>トポロジー図</translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or the plus and minus keys; 0 fits the diagram</source>
        <translation>マウス ホイールまたはプラス/マイナス キーで拡大縮小。0 で図全体を表示</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>問題のみ</translation>
    </message>
    <message>
        <source>Show only the links that fail or warn</source>
        <translation>失敗または警告のリンクだけを表示</translation>
    </message>
</context>
<context>
    <name>PortCheck::WizardContext</name>
    <message>
        <source>The CA file %1 holds no PEM certificate; the run goes on without it.</source>
        <translation>CA ファイル %1 に PEM 証明書がありません。CA ファイルなしで実行を続けます。</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>self-signed</source>
        <translation>自己署名</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>まだ有効ではありません</translation>
    </message>
    <message>
        <source>name mismatch</source>
        <translation>名前の不一致</translation>
    </message>
    <message>
        <source>untrusted issuer</source>
        <translation>信頼されていない発行者</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>open</source>
        <translation>開放</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>フィルタリング</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>name not found</source>
        <translation>名前が見つかりません</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未テスト</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>識別済み</translation>
    </message>
    <message>
        <source>something else answered</source>
        <translation>別のものが応答</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>無応答</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS エラー</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>未検査</translation>
    </message>
    <message>
        <source>TCP connection accepted</source>
        <translation>TCP 接続を受け付けました</translation>
    </message>
    <message>
        <source>TLS handshake completed</source>
        <translation>TLS ハンドシェイク完了</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <source>the answer is larger than 256 KB</source>
        <translation>応答が 256 KB を超えています</translation>
    </message>
    <message>
        <source>the connection closed during the NetBIOS session request</source>
        <translation>NetBIOS セッション要求中に接続が閉じられました</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>応答なしで接続が閉じられました</translation>
    </message>
    <message>
        <source>the connection was closed in the middle of the answer</source>
        <translation>応答の途中で接続が閉じられました</translation>
    </message>
    <message>
        <source>the connection was closed during the TLS handshake</source>
        <translation>TLS ハンドシェイク中に接続が閉じられました</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>no answer to the connection attempt</source>
        <translation>接続試行に応答がありません</translation>
    </message>
    <message>
        <source>the service does not speak TLS: %1</source>
        <translation>サービスは TLS を話しません: %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS ハンドシェイクに失敗しました: %1</translation>
    </message>
    <message>
        <source>no answer to the connection attempt within %1 ms</source>
        <translation>%1 ms 以内に接続試行への応答がありません</translation>
    </message>
    <message>
        <source>the TLS handshake did not finish within %1 ms</source>
        <translation>TLS ハンドシェイクが %1 ms 以内に完了しませんでした</translation>
    </message>
    <message>
        <source>accepted the connection, then said nothing for %1 ms</source>
        <translation>接続を受け付けた後、%1 ms の間何も送信しませんでした</translation>
    </message>
    <message>
        <source>sent %1 bytes that are not a complete answer</source>
        <translation>完全な応答ではない %1 バイトを送信しました</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>アドレスがありません</translation>
    </message>
    <message>
        <source>the answer is not an LDAP message</source>
        <translation>応答は LDAP メッセージではありません</translation>
    </message>
    <message>
        <source>malformed LDAP message</source>
        <translation>不正な LDAP メッセージ</translation>
    </message>
    <message>
        <source>malformed LDAP search entry</source>
        <translation>不正な LDAP 検索エントリ</translation>
    </message>
    <message>
        <source>malformed or oversized LDAP attribute list</source>
        <translation>不正または過大な LDAP 属性リスト</translation>
    </message>
    <message>
        <source>malformed LDAP attribute</source>
        <translation>不正な LDAP 属性</translation>
    </message>
    <message>
        <source>malformed or oversized LDAP attribute values</source>
        <translation>不正または過大な LDAP 属性値</translation>
    </message>
    <message>
        <source>truncated LDAP attribute value</source>
        <translation>途中で切れた LDAP 属性値</translation>
    </message>
    <message>
        <source>truncated LDAP attribute list</source>
        <translation>途中で切れた LDAP 属性リスト</translation>
    </message>
    <message>
        <source>malformed LDAP result</source>
        <translation>不正な LDAP 結果</translation>
    </message>
    <message>
        <source>answered as %1, not %2: an alias, a load balancer or the wrong DNS record</source>
        <translation>%2 ではなく %1 として応答: エイリアス、ロードバランサー、または誤った DNS レコードです</translation>
    </message>
    <message>
        <source>unexpected LDAP operation 0x%1</source>
        <translation>予期しない LDAP 操作 0x%1</translation>
    </message>
    <message>
        <source>the answer is not an SMB frame</source>
        <translation>応答は SMB フレームではありません</translation>
    </message>
    <message>
        <source>the SMB frame is larger than any NEGOTIATE answer</source>
        <translation>SMB フレームがどの NEGOTIATE 応答よりも大きいです</translation>
    </message>
    <message>
        <source>the server speaks only SMB1, which Guardian does not use</source>
        <translation>サーバーは SMB1 のみを話します。Guardian は SMB1 を使用しません</translation>
    </message>
    <message>
        <source>the answer is not SMB2</source>
        <translation>応答は SMB2 ではありません</translation>
    </message>
    <message>
        <source>the SMB2 answer is too short</source>
        <translation>SMB2 応答が短すぎます</translation>
    </message>
    <message>
        <source>the SMB2 answer is not a NEGOTIATE response</source>
        <translation>SMB2 応答は NEGOTIATE 応答ではありません</translation>
    </message>
    <message>
        <source>the server rejected SMB2 NEGOTIATE with status 0x%1</source>
        <translation>サーバーは SMB2 NEGOTIATE をステータス 0x%1 で拒否しました</translation>
    </message>
    <message>
        <source>the SMB2 NEGOTIATE response has a wrong structure size</source>
        <translation>SMB2 NEGOTIATE 応答の構造サイズが不正です</translation>
    </message>
    <message>
        <source>the answer is not a NetBIOS session response</source>
        <translation>応答は NetBIOS セッション応答ではありません</translation>
    </message>
    <message>
        <source>the NetBIOS session response is too long</source>
        <translation>NetBIOS セッション応答が長すぎます</translation>
    </message>
    <message>
        <source>not listening on the called name</source>
        <translation>呼び出された名前で待ち受けていません</translation>
    </message>
    <message>
        <source>not listening for the calling name</source>
        <translation>呼び出し元の名前を待ち受けていません</translation>
    </message>
    <message>
        <source>called name not present</source>
        <translation>呼び出された名前が存在しません</translation>
    </message>
    <message>
        <source>insufficient resources</source>
        <translation>リソース不足</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>NetBIOS refused the session: %1 (0x%2)</source>
        <translation>NetBIOS がセッションを拒否しました: %1 (0x%2)</translation>
    </message>
    <message>
        <source>bad or oversized chunk in the HTTP body</source>
        <translation>HTTP 本文に不正または過大なチャンク</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>応答は HTTP ではありません</translation>
    </message>
    <message>
        <source>the HTTP headers are larger than 32 KB</source>
        <translation>HTTP ヘッダーが 32 KB を超えています</translation>
    </message>
    <message>
        <source>more than 100 HTTP header lines</source>
        <translation>HTTP ヘッダー行が 100 を超えています</translation>
    </message>
    <message>
        <source>malformed HTTP status line</source>
        <translation>不正な HTTP ステータス行</translation>
    </message>
    <message>
        <source>malformed HTTP header line</source>
        <translation>不正な HTTP ヘッダー行</translation>
    </message>
    <message>
        <source>bad or oversized Content-Length</source>
        <translation>不正または過大な Content-Length</translation>
    </message>
    <message>
        <source>the HTTP body is larger than 256 KB</source>
        <translation>HTTP 本文が 256 KB を超えています</translation>
    </message>
    <message>
        <source>HTTP 401 without an authentication scheme: not a WinRM listener</source>
        <translation>認証方式のない HTTP 401: WinRM リスナーではありません</translation>
    </message>
    <message>
        <source>a WinRM listener that demands authentication (%1) for Identify</source>
        <translation>Identify に認証 (%1) を要求する WinRM リスナー</translation>
    </message>
    <message>
        <source>HTTP %1 to a WS-Management Identify: a web server, but not WinRM</source>
        <translation>WS-Management Identify に HTTP %1: Web サーバーですが WinRM ではありません</translation>
    </message>
    <message>
        <source>HTTP 200, but no WS-Management IdentifyResponse in the body</source>
        <translation>HTTP 200 ですが、本文に WS-Management IdentifyResponse がありません</translation>
    </message>
    <message>
        <source>the answer is not a TDS packet</source>
        <translation>応答は TDS パケットではありません</translation>
    </message>
    <message>
        <source>the answer is not a TDS response packet</source>
        <translation>応答は TDS 応答パケットではありません</translation>
    </message>
    <message>
        <source>the TDS packet length is too small</source>
        <translation>TDS パケット長が小さすぎます</translation>
    </message>
    <message>
        <source>the TDS PRELOGIN answer has no version</source>
        <translation>TDS PRELOGIN 応答にバージョンがありません</translation>
    </message>
    <message>
        <source>malformed TDS PRELOGIN option table</source>
        <translation>不正な TDS PRELOGIN オプション表</translation>
    </message>
    <message>
        <source>a TDS PRELOGIN option points outside the packet</source>
        <translation>TDS PRELOGIN オプションがパケットの外を指しています</translation>
    </message>
    <message>
        <source>the TDS PRELOGIN option table is not terminated</source>
        <translation>TDS PRELOGIN オプション表が終端されていません</translation>
    </message>
    <message>
        <source>not probed (the run was cancelled)</source>
        <translation>未検査 (実行が取り消されました)</translation>
    </message>
    <message>
        <source>not testable from this machine</source>
        <translation>このマシンからはテストできません</translation>
    </message>
    <message>
        <source>the probe ran out of memory while reading the answer</source>
        <translation>応答の読み取り中にプローブのメモリが不足しました</translation>
    </message>
    <message>
        <source>the probe failed: %1</source>
        <translation>プローブが失敗しました: %1</translation>
    </message>
    <message>
        <source>the probe failed on an unknown error</source>
        <translation>不明なエラーでプローブが失敗しました</translation>
    </message>
    <message>
        <source>not probed: PORTCHECK_LOOPBACK_ONLY allows loopback addresses only</source>
        <translation>プローブしていません: PORTCHECK_LOOPBACK_ONLY によりループバック アドレスのみ許可されています</translation>
    </message>
    <message>
        <source>the SMB2 header has a wrong structure size</source>
        <translation>SMB2 ヘッダーの構造サイズが正しくありません</translation>
    </message>
    <message>
        <source>the SMB2 server chose dialect %1, which was never offered</source>
        <translation>SMB2 サーバーは、提示していないダイアレクト %1 を選択しました</translation>
    </message>
    <message>
        <source>the SMB2 security buffer (offset %1, %2 bytes) does not fit the %3-byte answer</source>
        <translation>SMB2 セキュリティ バッファー (オフセット %1、%2 バイト) が %3 バイトの応答に収まりません</translation>
    </message>
    <message>
        <source>the SMB2 NEGOTIATE response lists %1 negotiate contexts that do not fit the %2-byte answer</source>
        <translation>SMB2 NEGOTIATE 応答に、%2 バイトの応答に収まらない %1 個のネゴシエート コンテキストが列挙されています</translation>
    </message>
    <message>
        <source>malformed Kerberos message</source>
        <translation>不正な Kerberos メッセージ</translation>
    </message>
    <message>
        <source>the answer is not a Kerberos message</source>
        <translation>応答は Kerberos メッセージではありません</translation>
    </message>
    <message>
        <source>the KDC answered, but does not serve the realm %1</source>
        <translation>KDC は応答しましたが、レルム %1 を提供していません</translation>
    </message>
    <message>
        <source>the KDC answered for the realm %1, not %2</source>
        <translation>KDC は %2 ではなくレルム %1 について応答しました</translation>
    </message>
    <message>
        <source>the answer is not a DNS message</source>
        <translation>応答は DNS メッセージではありません</translation>
    </message>
    <message>
        <source>malformed DNS answer</source>
        <translation>不正な DNS 応答</translation>
    </message>
    <message>
        <source>the DNS answer is for %1, not for the name asked</source>
        <translation>DNS 応答は問い合わせた名前ではなく %1 に対するものです</translation>
    </message>
    <message>
        <source>the DNS server answered that %1 does not exist (NXDOMAIN): it does not serve that domain</source>
        <translation>DNS サーバーは %1 が存在しない (NXDOMAIN) と応答しました: そのドメインを提供していません</translation>
    </message>
    <message>
        <source>the DNS server answered %1 for %2</source>
        <translation>DNS サーバーは %2 に対して %1 を応答しました</translation>
    </message>
    <message>
        <source>the DNS server has no records at %1</source>
        <translation>DNS サーバーには %1 のレコードがありません</translation>
    </message>
    <message>
        <source>an LDAP server that refuses the anonymous rootDSE search (result code %1), which every Active Directory domain controller answers</source>
        <translation>すべての Active Directory ドメインコントローラーが応答する匿名の rootDSE 検索を拒否する LDAP サーバー (結果コード %1)</translation>
    </message>
    <message>
        <source>an LDAP server, not an Active Directory domain controller (its rootDSE has no dsServiceName or domainControllerFunctionality)</source>
        <translation>Active Directory ドメインコントローラーではない LDAP サーバー (rootDSE に dsServiceName も domainControllerFunctionality もありません)</translation>
    </message>
    <message>
        <source>an LDAP server (%1), not an Active Directory domain controller</source>
        <translation>Active Directory ドメインコントローラーではない LDAP サーバー (%1)</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering CONNECT</source>
        <translation>プロキシ %1 は CONNECT に応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT with something other than HTTP: %2</source>
        <translation>プロキシ %1 は CONNECT に HTTP 以外で応答しました: %2</translation>
    </message>
    <message>
        <source>the proxy %1 demands authentication (407)</source>
        <translation>プロキシ %1 は認証を要求しています (407)</translation>
    </message>
    <message>
        <source>the proxy %1 demands authentication (407; it offers %2)</source>
        <translation>プロキシ %1 は認証を要求しています (407。提示された方式: %2)</translation>
    </message>
    <message>
        <source>the proxy %1 could not open a tunnel to %2 (%3)</source>
        <translation>プロキシ %1 は %2 へのトンネルを開けませんでした (%3)</translation>
    </message>
    <message>
        <source>the proxy %1 refused the tunnel to %2 (%3)</source>
        <translation>プロキシ %1 は %2 へのトンネルを拒否しました (%3)</translation>
    </message>
    <message>
        <source>the proxy %1 refused the connection</source>
        <translation>プロキシ %1 が接続を拒否しました</translation>
    </message>
    <message>
        <source>no answer from the proxy %1</source>
        <translation>プロキシ %1 から応答がありません</translation>
    </message>
    <message>
        <source>the proxy %1 cannot be reached: %2</source>
        <translation>プロキシ %1 に到達できません: %2</translation>
    </message>
    <message>
        <source>no answer from the proxy %1 within %2 ms</source>
        <translation>%2 ms 以内にプロキシ %1 から応答がありません</translation>
    </message>
    <message>
        <source>the proxy %1 accepted the connection and did not answer CONNECT within %2 ms</source>
        <translation>プロキシ %1 は接続を受け付けましたが、%2 ms 以内に CONNECT に応答しませんでした</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering the request for %2</source>
        <translation>プロキシ %1 は %2 の要求に応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>the proxy %1 answered the request for %2 with something other than HTTP: %3</source>
        <translation>プロキシ %1 は %2 の要求に HTTP 以外で応答しました: %3</translation>
    </message>
    <message>
        <source>the proxy %1 could not fetch %2 (%3)</source>
        <translation>プロキシ %1 は %2 を取得できませんでした (%3)</translation>
    </message>
    <message>
        <source>the proxy %1 refused to fetch %2 (%3)</source>
        <translation>プロキシ %1 は %2 の取得を拒否しました (%3)</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, then the TLS handshake inside TDS failed: %1</source>
        <translation>TDS PRELOGIN に応答した後、TDS 内の TLS ハンドシェイクが失敗しました: %1</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, TLS handshake inside TDS completed</source>
        <translation>TDS PRELOGIN に応答、TDS 内の TLS ハンドシェイクが完了しました</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered; certificate: %1</source>
        <translation>TDS PRELOGIN に応答。証明書: %1</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, then the server closed the connection during the TLS handshake inside TDS</source>
        <translation>TDS PRELOGIN に応答した後、TDS 内の TLS ハンドシェイク中にサーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>TDS PRELOGIN answered, then the TLS handshake inside TDS did not finish within %1 ms</source>
        <translation>TDS PRELOGIN に応答した後、TDS 内の TLS ハンドシェイクが %1 ms 以内に終わりませんでした</translation>
    </message>
    <message>
        <source>the TLS relay for TDS could not listen on loopback: %1</source>
        <translation>TDS 用の TLS リレーがループバックで待ち受けできませんでした: %1</translation>
    </message>
    <message>
        <source>the server sent more than 256 KB during the TLS handshake</source>
        <translation>TLS ハンドシェイク中にサーバーが 256 KB を超えるデータを送りました</translation>
    </message>
    <message>
        <source>the TDS packet claims %1 bytes; MS-TDS allows at most 32,767</source>
        <translation>TDS パケットが %1 バイトと主張しています。MS-TDS の上限は 32,767 です</translation>
    </message>
    <message>
        <source>the server sent a TDS packet of type 0x%1 during the TLS handshake, not PRELOGIN (0x12)</source>
        <translation>TLS ハンドシェイク中にサーバーが PRELOGIN (0x12) ではなく種類 0x%1 の TDS パケットを送りました</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>unsupported profile version &apos;%1&apos;, expected 1</source>
        <translation>サポートされていないプロファイルのバージョン「%1」(1 が必要です)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; in &apos;vantage&apos;, expected one of: %2</source>
        <translation>「vantage」に不明な役割「%1」。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;, expected one of: %2</source>
        <translation>不明なコンポーネント「%1」。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;, expected one of: %2</source>
        <translation>不明なオプション「%1」。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; has no value &apos;%2&apos;, expected one of: %3</source>
        <translation>オプション「%1」に値「%2」はありません。次のいずれかを指定してください: %3</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; in &apos;hosts&apos;, expected one of: %2</source>
        <translation>「hosts」に不明な役割「%1」。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; is listed twice for role &apos;%2&apos;, expected each host once</source>
        <translation>ホスト「%1」が役割「%2」に 2 回記載されています。各ホストは 1 回だけ記載してください</translation>
    </message>
    <message>
        <source>a host lacks the key &apos;host&apos;, expected the host name or address</source>
        <translation>ホストにキー「host」がありません。ホスト名またはアドレスを指定してください</translation>
    </message>
    <message>
        <source>bad host: %1</source>
        <translation>不正なホスト: %1</translation>
    </message>
    <message>
        <source>bad %1 &apos;%2&apos;, expected a number from 1 to 65535</source>
        <translation>%1 の値「%2」が不正です。1 から 65535 までの数値を指定してください</translation>
    </message>
    <message>
        <source>bad domain &apos;%1&apos;, expected a DNS name like corp.example</source>
        <translation>不正なドメイン「%1」。corp.example のような DNS 名を指定してください</translation>
    </message>
    <message>
        <source>bad nameserver &apos;%1&apos;, expected an IPv4 address (Qt 6.4 cannot query IPv6 or other ports)</source>
        <translation>不正なネームサーバー「%1」。IPv4 アドレスを指定してください (Qt 6.4 は IPv6 や他のポートに問い合わせできません)</translation>
    </message>
    <message>
        <source>cannot open the profile: %1</source>
        <translation>プロファイルを開けません: %1</translation>
    </message>
    <message>
        <source>&apos;azure-region&apos; is an Azure region such as westeurope, not &apos;%1&apos;</source>
        <translation>&apos;azure-region&apos; は westeurope のような Azure リージョンです。&apos;%1&apos; ではありません</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
    <message>
        <source>not one line of text (a line break or a control character)</source>
        <translation>1 行のテキストではありません (改行または制御文字)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 は %2</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; in &apos;source-networks&apos;, expected one of: %2</source>
        <translation>&apos;source-networks&apos; に不明なロール &apos;%1&apos; があります。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; has %2 networks in &apos;source-networks&apos;, at most %3</source>
        <translation>ロール &apos;%1&apos; の &apos;source-networks&apos; には %2 件のネットワークがあります (最大 %3 件)</translation>
    </message>
    <message>
        <source>bad network &apos;%1&apos; for role &apos;%2&apos;, expected a CIDR such as 10.20.0.0/24 or 2001:db8::/64, or one address</source>
        <translation>ロール &apos;%2&apos; のネットワーク &apos;%1&apos; が不正です。10.20.0.0/24 や 2001:db8::/64 のような CIDR、または 1 つのアドレスを指定してください</translation>
    </message>
    <message>
        <source>network &apos;%1&apos; is listed twice for role &apos;%2&apos;</source>
        <translation>ネットワーク &apos;%1&apos; がロール &apos;%2&apos; に 2 回指定されています</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message numerus="yes">
        <source>NOT READY: %n link(s) fail</source>
        <translation>
            <numerusform>未準備: %n 件のリンクが失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>READY, WITH %n WARNING(S)</source>
        <translation>
            <numerusform>準備完了、警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>READY: every link tested passes</source>
        <translation>準備完了: テストしたすべてのリンクが合格</translation>
    </message>
    <message>
        <source>NOTHING COULD BE TESTED FROM HERE</source>
        <translation>ここからは何もテストできませんでした</translation>
    </message>
    <message>
        <source>Guardian network readiness report</source>
        <translation>Guardian ネットワーク準備状況レポート</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation>PDF %1 に書き込めません。</translation>
    </message>
    <message>
        <source>Cayosoft Guardian: are the network paths it needs open?</source>
        <translation>Cayosoft Guardian: 必要なネットワーク経路は開いているか?</translation>
    </message>
    <message>
        <source>%1 pass · %2 warning · %3 fail · %4 not tested from here</source>
        <translation>合格 %1 · 警告 %2 · 失敗 %3 · ここから未テスト %4</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Tested from</source>
        <translation>テスト元</translation>
    </message>
    <message>
        <source>Roles of the machine(s)</source>
        <translation>マシンのロール</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Merged runs</source>
        <translation>統合した実行</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>The run was cancelled: some probes have no result.</source>
        <translation>実行は取り消されました: 一部のプローブには結果がありません。</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>このレポートの読み方</translation>
    </message>
    <message>
        <source>the service answered in its own protocol on a port the chosen modes need.</source>
        <translation>選択したモードが必要とするポートで、サービスが自身のプロトコルで応答しました。</translation>
    </message>
    <message>
        <source>it works, but through a fallback, with a certificate problem, or an optional link fails.</source>
        <translation>動作はしますが、フォールバック経由、証明書の問題あり、または任意のリンクが失敗しています。</translation>
    </message>
    <message>
        <source>no allowed way works; the failures section says what to change.</source>
        <translation>許可された方法がどれも動作しません。失敗のセクションに変更すべき点があります。</translation>
    </message>
    <message>
        <source>the link starts on another machine; run the check there and merge the results.</source>
        <translation>リンクはほかのマシンから始まります。そこで確認を実行し、結果を統合してください。</translation>
    </message>
    <message>
        <source>Every probe is anonymous: no credentials were asked for, sent or stored.</source>
        <translation>すべてのプローブは匿名です。資格情報を求めたり、送ったり、保存したりしていません。</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Protocol: %1. Ports: %2.</source>
        <translation>プロトコル: %1。ポート: %2。</translation>
    </message>
    <message>
        <source>Inferred: no vendor document states this link.</source>
        <translation>推定: このリンクを記載したベンダー文書はありません。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台のホスト</numerusform>
        </translation>
    </message>
    <message>
        <source>The same verdict for every one, e.g. %1: %2</source>
        <translation>すべて同じ判定です。例 %1: %2</translation>
    </message>
    <message>
        <source>Failures and what to change</source>
        <translation>失敗と変更すべき点</translation>
    </message>
    <message>
        <source>Nothing to change: no link failed or warned.</source>
        <translation>変更は不要です: 失敗または警告のリンクはありません。</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>ファイアウォール変更申請</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>検出内容</translation>
    </message>
    <message>
        <source>Destinations: %1</source>
        <translation>宛先: %1</translation>
    </message>
    <message>
        <source>Appendix: every probe result</source>
        <translation>付録: すべてのプローブ結果</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>No probe ran.</source>
        <translation>プローブは実行されていません。</translation>
    </message>
    <message>
        <source>Guardian network readiness</source>
        <translation>Guardian ネットワーク準備状況</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 ページ中 %1 ページ</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>トポロジー</translation>
    </message>
    <message numerus="yes">
        <source>merged from %n results file(s)</source>
        <translation>
            <numerusform>%n 個の結果ファイルから結合</numerusform>
        </translation>
    </message>
    <message>
        <source>(cut: %1 characters in all; the JSON results keep the whole text)</source>
        <translation>(省略: 全体で %1 文字。JSON の結果には全文が保持されます)</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>変更すべき点</translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>The connections the chosen components and modes need, all TCP. For each link and host: the ports that already work (verified open, no change) and otherwise the fewest ports that meet the requirement, the mode&apos;s first choice first. Alternatives that are not needed are left out; when a link works only through a fallback, its first choice is recommended.</source>
        <translation>選択したコンポーネントとモードが必要とする接続 (すべて TCP) です。リンクとホストごとに、既に動作しているポート (開放を確認済み、変更不要) と、それ以外については要件を満たす最少のポートを、モードの第一選択を先頭にして示します。不要な代替は省いています。リンクがフォールバックでしか動作しない場合は、その第一選択を推奨します。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Proxy for HTTPS to the Internet</source>
        <translation>インターネットへの HTTPS のプロキシ</translation>
    </message>
    <message>
        <source>none, direct</source>
        <translation>なし、直接接続</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>%1 経由</translation>
    </message>
    <message>
        <source>Microsoft 365 endpoint set %1: %2</source>
        <translation>Microsoft 365 エンドポイント セット %1: %2</translation>
    </message>
    <message>
        <source>(id not in the built-in list)</source>
        <translation>(組み込みの一覧にない ID)</translation>
    </message>
    <message>
        <source>Microsoft 365 endpoints</source>
        <translation>Microsoft 365 エンドポイント</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n 個の名前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service tag %1 (%2), %n address prefix(es): %3</source>
        <translation>
            <numerusform>サービス タグ %1 (%2)、アドレス プレフィックス %n 個: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Change ticket</source>
        <translation>変更チケット</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Approval: signature, date</source>
        <translation>承認: 署名、日付</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>出典: </translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>プローブ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Summary for the change board</source>
        <translation>変更審査委員会向けの要約</translation>
    </message>
    <message>
        <source>What fails</source>
        <translation>失敗しているもの</translation>
    </message>
    <message>
        <source>No required link fails.</source>
        <translation>必須リンクの失敗はありません。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more: see &quot;Failures and what to change&quot;.</source>
        <translation>
            <numerusform>ほか %n 件:「失敗と変更点」を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes asked for</source>
        <translation>依頼する変更</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the firewall change request.</source>
        <translation>
            <numerusform>ほか %n 件はファイアウォール変更依頼にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Other probes</source>
        <translation>その他のプローブ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Before and after the change</source>
        <translation>変更の前と後</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>変更前: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>変更後: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>No link changed its verdict.</source>
        <translation>判定が変わったリンクはありません。</translation>
    </message>
    <message>
        <source>The firewall request of the run before, verified</source>
        <translation>変更前の実行のファイアウォール申請 (検証済み)</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) verified open after the change.</source>
        <translation>%2 件中 %1 件のルールが変更後に開いていることを確認しました。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Found before</source>
        <translation>変更前の状態</translation>
    </message>
    <message>
        <source>Found after</source>
        <translation>変更後の状態</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>verified open</source>
        <translation>開いていることを確認</translation>
    </message>
    <message>
        <source>still closed</source>
        <translation>依然として閉じている</translation>
    </message>
    <message>
        <source>not tested after</source>
        <translation>変更後は未テスト</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>After verification</source>
        <translation>検証後</translation>
    </message>
    <message>
        <source>Coverage by source machine</source>
        <translation>送信元マシン別のカバレッジ</translation>
    </message>
    <message>
        <source>A link can only be tested from the machine it starts on, so each required link needs evidence from every machine of its source role.</source>
        <translation>リンクはその始点のマシンからしかテストできないため、各必須リンクには送信元の役割のすべてのマシンからの証拠が必要です。</translation>
    </message>
    <message>
        <source>Still to run:</source>
        <translation>未実行:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n host(s)</source>
        <translation>
            <numerusform>%1: %n 台のホスト</numerusform>
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
        <translation>セッション ファイルではありません: %1</translation>
    </message>
    <message>
        <source>not a session file (a JSON object with &quot;session&quot;: 1 expected)</source>
        <translation>セッション ファイルではありません (&quot;session&quot;: 1 を含む JSON オブジェクトが必要です)</translation>
    </message>
    <message>
        <source>not a session file (no &quot;session&quot;: 1)</source>
        <translation>セッション ファイルではありません (&quot;session&quot;: 1 がありません)</translation>
    </message>
    <message>
        <source>session version %1 is not supported, expected 1 (written by another version of Guardian Port Check?)</source>
        <translation>セッション バージョン %1 はサポートされていません。1 が必要です (別のバージョンの Guardian Port Check で保存されましたか?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; は %2 でなければなりません</translation>
    </message>
    <message>
        <source>a date as text</source>
        <translation>テキスト形式の日付</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>the profile as text</source>
        <translation>テキスト形式のプロファイル</translation>
    </message>
    <message>
        <source>an object of role: hosts as typed</source>
        <translation>ロール: 入力どおりのホスト のオブジェクト</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>no &quot;profile&quot;: nothing to restore</source>
        <translation>&quot;profile&quot; がありません: 復元するものがありません</translation>
    </message>
    <message>
        <source>&quot;hostCount&quot; must be a whole number from 0</source>
        <translation>&quot;hostCount&quot; は 0 以上の整数でなければなりません</translation>
    </message>
    <message>
        <source>%1 host lists, more than the %2 a session holds</source>
        <translation>ホスト リストが %1 個あり、セッションが保持できる %2 個を超えています</translation>
    </message>
    <message>
        <source>the hosts of &quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; のホストはテキストでなければなりません</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>(a message was left out: its arguments expand to more than %1 characters)</source>
        <translation>(メッセージを 1 件省略しました: 引数を展開すると %1 文字を超えます)</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>%1 open</source>
        <translation>%1 開放</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 拒否</translation>
    </message>
    <message>
        <source>%1 filtered</source>
        <translation>%1 フィルタリング</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 到達不能</translation>
    </message>
    <message>
        <source>%1 not probed</source>
        <translation>%1 未検査</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not tested: this link starts at the %1; run Guardian Port Check there with that role as its vantage</source>
        <translation>未テスト: このリンクは「%1」から始まります。そのマシンでこの役割を起点として Guardian Port Check を実行してください</translation>
    </message>
    <message>
        <source>fails: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>not tested yet: %1</source>
        <translation>未テスト: %1</translation>
    </message>
    <message>
        <source>optional link %1</source>
        <translation>任意のリンク: %1</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (ポート %2)</translation>
    </message>
    <message>
        <source>%1 open, but answered as %2, not %3</source>
        <translation>%1 開放、ただし %3 ではなく %2 として応答</translation>
    </message>
    <message>
        <source>%1 open, but TLS: %2</source>
        <translation>%1 開放、ただし TLS: %2</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>証明書が信頼されていません</translation>
    </message>
    <message>
        <source>%1 open, but something other than %2 answered</source>
        <translation>%1 開放、ただし %2 以外のものが応答</translation>
    </message>
    <message>
        <source>none of the allowed ports works (%1)</source>
        <translation>許可されたポートがどれも機能しません (%1)</translation>
    </message>
    <message>
        <source>%1 is open, but the chosen mode does not use it</source>
        <translation>%1 は開放されていますが、選択したモードでは使用しません</translation>
    </message>
    <message>
        <source>%1 are open, but the chosen mode does not use them</source>
        <translation>%1 は開放されていますが、選択したモードでは使用しません</translation>
    </message>
    <message>
        <source>%1 dns-failed</source>
        <translation>%1: 名前が見つかりません</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1: 接続エラー</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>the Global Catalog</source>
        <translation>グローバルカタログ</translation>
    </message>
    <message>
        <source>the Global Catalog over TLS</source>
        <translation>TLS 上のグローバルカタログ</translation>
    </message>
    <message>
        <source>the NetBIOS session</source>
        <translation>NetBIOS セッション</translation>
    </message>
    <message>
        <source>%1 open, but TLS: %2; the %3 refuses such a certificate</source>
        <translation>%1 開放、ただし TLS: %2。%3 はこのような証明書を拒否します</translation>
    </message>
    <message>
        <source>%1 accepted the connection and never answered %2</source>
        <translation>%1 は接続を受け付けましたが、%2 に応答しませんでした</translation>
    </message>
    <message>
        <source>%1 open, but the DNS server on %2 does not serve %3 (it answered NXDOMAIN for %4): point the %5 at a DNS server of the domain, or check the domain name in the profile</source>
        <translation>%1 開放、ただし %2 の DNS サーバーは %3 を提供していません (%4 に NXDOMAIN を応答): %5 の DNS 設定でドメインの DNS サーバーを指定するか、プロファイルのドメイン名を確認してください</translation>
    </message>
    <message>
        <source>%1 open, but the DNS server on %2 answered %3 for %4: it does not resolve the domain for the %5</source>
        <translation>%1 開放、ただし %2 の DNS サーバーは %4 に対して %3 を応答: %5 のためにドメインを名前解決しません</translation>
    </message>
    <message>
        <source>%1 open, but the DNS server on %2 has no domain controller records for %3 (%4): check that the DCs register them (Netlogon) in that zone</source>
        <translation>%1 開放、ただし %2 の DNS サーバーには %3 のドメインコントローラーのレコードがありません (%4): DC がそのゾーンにレコードを登録しているか (Netlogon) 確認してください</translation>
    </message>
    <message>
        <source>%1 open, but the KDC on %2 does not serve the realm %3: %2 is a domain controller of another domain, or the domain name in the profile is wrong</source>
        <translation>%1 開放、ただし %2 の KDC はレルム %3 を提供していません: %2 は別のドメインのドメインコントローラーであるか、プロファイルのドメイン名が誤っています</translation>
    </message>
    <message>
        <source>%1 open, but %2</source>
        <translation>%1 開放、ただし応答したのは %2</translation>
    </message>
    <message>
        <source>%1 open, but %2 is a domain controller of %3 (%4), not of %5, the profile&apos;s domain</source>
        <translation>%1 開放、ただし %2 はプロファイルのドメイン %5 ではなく、%3 (%4) のドメインコントローラーです</translation>
    </message>
    <message>
        <source>%1 open, but %2 is a domain controller of %3 (%4), not of %5 like the other domain controllers</source>
        <translation>%1 開放、ただし %2 はほかのドメインコントローラーと同じ %5 ではなく、%3 (%4) のドメインコントローラーです</translation>
    </message>
    <message>
        <source>%1 open, but %2 belongs to the forest %3, not to %4 like the other domain controllers</source>
        <translation>%1 開放、ただし %2 はほかのドメインコントローラーと同じ %4 ではなく、フォレスト %3 に属しています</translation>
    </message>
    <message>
        <source>%1 open on %2, but filtered on %3, which Windows tries first: every connection of the %4 waits for that attempt to time out before it uses %2</source>
        <translation>%1 は %2 で開放、ただし Windows が最初に試す %3 ではフィルタリング: %4 のすべての接続は、その試行がタイムアウトするのを待ってから %2 を使用します</translation>
    </message>
    <message>
        <source>%1 open on %2, but %3 on %4, which Windows tries first: every connection of the %5 fails there before it uses %2</source>
        <translation>%1 は %2 で開放、ただし Windows が最初に試す %4 では %3: %5 のすべての接続は、そこで失敗してから %2 を使用します</translation>
    </message>
    <message>
        <source>%1 open on %2, but %3 on %4: if %2 stops answering, the %5 has no other way to %6</source>
        <translation>%1 は %2 で開放、ただし %4 では %3: %2 が応答しなくなると、%5 から %6 へのほかの経路はありません</translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds behind %3 and the other domain controllers: Kerberos refuses more than 300 seconds, so no sign-in from here works</source>
        <translation>%1 開放、ただしこのマシンの時刻は %3 およびほかのドメインコントローラーより %2 秒遅れています: Kerberos は 300 秒を超えるずれを拒否するため、ここからのサインインはすべて失敗します</translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds behind %3 and the other domain controllers (Kerberos refuses more than 300 seconds)</source>
        <translation>%1 開放、ただしこのマシンの時刻は %3 およびほかのドメインコントローラーより %2 秒遅れています (Kerberos は 300 秒を超えるずれを拒否します)</translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds ahead of %3 and the other domain controllers: Kerberos refuses more than 300 seconds, so no sign-in from here works</source>
        <translation>%1 開放、ただしこのマシンの時刻は %3 およびほかのドメインコントローラーより %2 秒進んでいます: Kerberos は 300 秒を超えるずれを拒否するため、ここからのサインインはすべて失敗します</translation>
    </message>
    <message>
        <source>%1 open, but this machine&apos;s clock is %2 seconds ahead of %3 and the other domain controllers (Kerberos refuses more than 300 seconds)</source>
        <translation>%1 開放、ただしこのマシンの時刻は %3 およびほかのドメインコントローラーより %2 秒進んでいます (Kerberos は 300 秒を超えるずれを拒否します)</translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds ahead of this machine&apos;s: Kerberos refuses more than 300 seconds, so the %4 cannot sign in to it</source>
        <translation>%1 開放、ただし %2 の時刻はこのマシンより %3 秒進んでいます: Kerberos は 300 秒を超えるずれを拒否するため、%4 はそこにサインインできません</translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds ahead of this machine&apos;s (Kerberos refuses more than 300 seconds)</source>
        <translation>%1 開放、ただし %2 の時刻はこのマシンより %3 秒進んでいます (Kerberos は 300 秒を超えるずれを拒否します)</translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds behind this machine&apos;s: Kerberos refuses more than 300 seconds, so the %4 cannot sign in to it</source>
        <translation>%1 開放、ただし %2 の時刻はこのマシンより %3 秒遅れています: Kerberos は 300 秒を超えるずれを拒否するため、%4 はそこにサインインできません</translation>
    </message>
    <message>
        <source>%1 open, but the clock of %2 is %3 seconds behind this machine&apos;s (Kerberos refuses more than 300 seconds)</source>
        <translation>%1 開放、ただし %2 の時刻はこのマシンより %3 秒遅れています (Kerberos は 300 秒を超えるずれを拒否します)</translation>
    </message>
    <message>
        <source>%1 through the proxy %2</source>
        <translation>プロキシ %2 経由の %1</translation>
    </message>
    <message>
        <source>%1 open, but TLS is inspected: the certificate was re-signed by %2, not issued by the CAs of %3 (%4); %5 can break behind it</source>
        <translation>%1 開放、ただし TLS が検査されています: 証明書は %3 の CA (%4) が発行したものではなく、%2 によって再署名されています。この検査の背後では %5 が失敗する可能性があります</translation>
    </message>
    <message>
        <source>TDS cannot go through the HTTP proxy %1: Guardian needs direct egress to %2 on %3</source>
        <translation>TDS は HTTP プロキシ %1 を通過できません: Guardian には %2 のポート %3 への直接の送信接続が必要です</translation>
    </message>
    <message>
        <source>direct egress works too</source>
        <translation>直接の送信接続 (プロキシなし) も機能します</translation>
    </message>
    <message>
        <source>direct egress is blocked (%1), which is fine: Guardian uses the proxy</source>
        <translation>直接の送信接続はブロックされています (%1) が、問題ありません: Guardian はプロキシを使用します</translation>
    </message>
    <message>
        <source>direct egress works, but Guardian uses the proxy %1: allow %2 there, or set Guardian to connect directly</source>
        <translation>直接の送信接続は機能しますが、Guardian はプロキシ %1 を使用します: そのプロキシで %2 を許可するか、Guardian を直接接続するように設定してください</translation>
    </message>
    <message>
        <source>direct egress is blocked too (%1)</source>
        <translation>直接の送信接続もブロックされています (%1)</translation>
    </message>
    <message>
        <source>the certificate&apos;s revocation servers do not answer: %1; Windows waits for them before it trusts the certificate, so each new connection stalls</source>
        <translation>証明書の失効確認サーバーが応答しません: %1。Windows は証明書を信頼する前にこれらを待つため、新しい接続のたびに停滞します</translation>
    </message>
    <message>
        <source>Allow HTTP (TCP 80) from the %1 to the certificate revocation servers of %2 (%3), directly or on its proxy: Windows checks there that the certificate is not revoked.</source>
        <translation>%1 から %2 の証明書の失効確認サーバー (%3) への HTTP (TCP 80) を、直接またはプロキシで許可してください。Windows はそこで証明書が失効していないことを確認します。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) fail: the network is not ready for Guardian.</source>
        <translation>
            <numerusform>%n 件のリンクが失敗: ネットワークは Guardian の準備ができていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guardian can work, with %n warning(s) to look at.</source>
        <translation>
            <numerusform>Guardian は動作できますが、確認すべき警告が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every link tested from here passes.</source>
        <translation>ここからテストしたすべてのリンクが合格です。</translation>
    </message>
    <message>
        <source>Nothing could be tested from this computer.</source>
        <translation>このコンピューターからは何もテストできませんでした。</translation>
    </message>
    <message>
        <source>%1 pass · %2 warn · %3 fail · %4 not tested from here</source>
        <translation>合格 %1 · 警告 %2 · 失敗 %3 · ここから未テスト %4</translation>
    </message>
</context>
<context>
    <name>VerdictStyle</name>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Not tested from here</source>
        <translation>ここから未テスト</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>a mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>the value &apos;%1&apos;</source>
        <translation>値「%1」</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>何もありません</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML の構文エラー: %1</translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation>YAML を読み取れません: %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value), found %2</source>
        <translation>%1 はマッピング (キー: 値) である必要があります。検出: %2</translation>
    </message>
    <message>
        <source>%1 must be a list, found %2</source>
        <translation>%1 はリストである必要があります。検出: %2</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2, expected one of: %3</source>
        <translation>%2 に不明なキー「%1」。次のいずれかを指定してください: %3</translation>
    </message>
    <message>
        <source>%1 lacks the key &apos;%2&apos;, expected it to be set</source>
        <translation>%1 にキー「%2」がありません。設定してください</translation>
    </message>
    <message>
        <source>%1 must be a single value, found %2</source>
        <translation>%1 は単一の値である必要があります。検出: %2</translation>
    </message>
    <message>
        <source>%1 must be true or false, found &apos;%2&apos;</source>
        <translation>%1 は true または false である必要があります。検出:「%2」</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, found &apos;%4&apos;</source>
        <translation>%1 は %2 から %3 までの整数である必要があります。検出:「%4」</translation>
    </message>
    <message>
        <source>%1 must be a value or a list of values, found %2</source>
        <translation>%1 は値または値のリストである必要があります。検出: %2</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file</source>
        <translation>NUL バイトがあります: これはテキスト ファイルではありません</translation>
    </message>
    <message>
        <source>a line ends with a carriage return alone (old Mac line endings): save the file with LF or CRLF line endings</source>
        <translation>行が CR だけで終わっています (古い Mac の改行): LF または CRLF の改行でファイルを保存してください</translation>
    </message>
    <message>
        <source>a tab in the indentation: YAML indents with spaces only</source>
        <translation>インデントにタブがあります: YAML のインデントはスペースのみです</translation>
    </message>
    <message>
        <source>lists and mappings nest deeper than %1 levels: refused</source>
        <translation>リストとマッピングの入れ子が %1 レベルを超えています: 拒否しました</translation>
    </message>
    <message>
        <source>the quote opened here is never closed: the rest of the file would become this value</source>
        <translation>ここで開いた引用符が閉じられていません: ファイルの残りがすべてこの値になってしまいます</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;: it is also at %2:%3, expected each key once in a mapping</source>
        <translation>キー「%1」が重複しています: %2:%3 にもあります。マッピング内の各キーは 1 回だけにしてください</translation>
    </message>
    <message>
        <source>... and %1 more of the same kind as %2</source>
        <translation>... ほか %2 と同じ種類が %1 件</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... ほか %1 件の問題</translation>
    </message>
</context>
</TS>
