<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <source>&amp;Site:</source>
        <translation>サイト(&amp;S):</translation>
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
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: larger than 4 MB; a host list is much smaller</source>
        <translation>%1: 4 MB を超えています。ホスト一覧はもっと小さいはずです</translation>
    </message>
    <message>
        <source>%1: not a text file</source>
        <translation>%1: テキスト ファイルではありません</translation>
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
        <source>Save &amp;firewall request (CSV)…</source>
        <translation>ファイアウォール申請を保存 (CSV)(&amp;F)…</translation>
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
        <source>This link starts on the %1. Run this there to test it:</source>
        <translation>このリンクは %1 から始まります。テストするにはそこで次を実行してください:</translation>
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
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
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
        <source>&amp;Connect timeout:</source>
        <translation>接続タイムアウト(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Protocol timeout:</source>
        <translation>プロトコル タイムアウト(&amp;P):</translation>
    </message>
    <message>
        <source>Probes at &amp;once:</source>
        <translation>同時プローブ数(&amp;O):</translation>
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
        <source>Extra &amp;CA file:</source>
        <translation>追加の CA ファイル(&amp;C):</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>新しい言語は次回の起動から適用されます。</translation>
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
        <source>&amp;New check</source>
        <translation>新しい確認(&amp;N)</translation>
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
        <source>Open &amp;results…</source>
        <translation>結果を開く(&amp;R)…</translation>
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
</context>
<context>
    <name>PortCheck::WizardContext</name>
    <message>
        <source>The CA file %1 holds no PEM certificate; the run goes on without it.</source>
        <translation>CA ファイル %1 に PEM 証明書がありません。CA ファイルなしで実行を続けます。</translation>
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
        <source>(unknown)</source>
        <translation>(不明)</translation>
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
        <source>Source: %1</source>
        <translation>出典: %1</translation>
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
        <source>Every connection the chosen components and modes need, all TCP, with what was found. &quot;Change&quot; marks the ones to open.</source>
        <translation>選択したコンポーネントとモードに必要なすべての接続 (すべて TCP) と検出内容。「変更」は開く必要があるものを示します。</translation>
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
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
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
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>open</source>
        <translation>開く</translation>
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
        <source>Probes: port, protocol, state, connect time, evidence</source>
        <translation>プローブ: ポート、プロトコル、状態、接続時間、証拠</translation>
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
        <source>open</source>
        <translation>開いている</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>フィルター</translation>
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
        <source>waiting</source>
        <translation>待機中</translation>
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
        <translation>未プローブ</translation>
    </message>
</context>
</TS>
