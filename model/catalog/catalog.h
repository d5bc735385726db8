#pragma once

#include "model/probe/probekind.h"
#include "model/text.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace PortCheck {

// option id -> the values under which a node applies
using Guard = QMap<QString, QStringList>;
// option id -> chosen value
using OptionValues = QMap<QString, QString>;

bool guardMatches(const Guard &guard, const OptionValues &options);

// A requirement expression: port leaves combined with all-of / any-of, each node optionally guarded.
struct Requirement
{
    enum class Kind
    {
        Port,
        AllOf,
        AnyOf
    };
    Kind kind = Kind::Port;

    // Port leaf
    quint16 port = 0;
    quint16 portEnd = 0; // last port of a range, equal to port for a single port
    ProbeKind probe = ProbeKind::Tcp;
    QString note; // shown beside the verdict; required for leaves that cannot be probed (probe: none)

    // Groups
    QList<Requirement> children;
    QString fallback; // any-of: alternatives after the first are fallbacks; the warning text

    Guard when;
    // The documents that state this port, when not every source of its link does (LDAPS is only in
    // the newer ports page); a group's list applies to the ports under it. Empty: the link's.
    QStringList sources;

    bool isPort() const { return kind == Kind::Port; }
    // A leaf that cannot be probed without credentials: listed, never counted in a verdict.
    bool isInformational() const { return isPort() && probe == ProbeKind::None; }
    QString portText() const;

    // The expression with every guard evaluated: nodes whose guard fails are dropped, groups left
    // empty are dropped. Returns false when nothing remains (the requirement does not apply).
    bool resolve(const OptionValues &options, Requirement *out) const;
    // Every port leaf, in order.
    QList<const Requirement *> leaves() const;
};

struct Role
{
    enum class Side
    {
        Source,
        Target,
        Both
    };
    QString id;
    QString name;
    QString description;
    Side side = Side::Target;
    bool multiple = false;
    QStringList defaultHosts; // public endpoints the catalog knows (cloud services)
    // Reached over the Internet: HTTPS to it goes through the proxy when one is configured.
    bool internet = false;
    // The CAs its real certificates chain to, as their names (CN) appear in the chain; a trusted
    // chain without any of them is TLS inspection. Empty: not checked. With the source that says so.
    QStringList tlsIssuers;
    QString tlsIssuersSource;
};

struct OptionValue
{
    QString id;
    QString name;
    QString description;
};

struct Option
{
    QString id;
    QString name;
    QString description;
    QString defaultValue;
    QList<OptionValue> values;

    const OptionValue *value(const QString &valueId) const;
};

struct Component
{
    QString id;
    QString name;
    QString description;
    bool always = false;
    bool enabledByDefault = false;
};

// One of Microsoft's published endpoint sets ("Microsoft 365 URLs and IP address ranges", its web
// service's records): the names of one catalog role in one Microsoft cloud.
struct EndpointSet
{
    int id = 0;       // Microsoft's set id; 0 when the list of that cloud is not known by id
    QString cloud;    // a value of the catalog's `cloud` option
    QString role;     // the role whose hosts these names are
    QString category; // Microsoft's category: Optimize, Allow or Default
    bool required = true;
    QString tcpPorts; // the ports Microsoft lists for the set, as published ("80,443")
    QStringList urls; // as published, wildcards included
    // wildcard -> the concrete name probed for it; a wildcard without one is listed, not probed
    QMap<QString, QString> probeAs;
    QString notes;

    // The name probed for a listed name: itself, its concrete name, or empty (a wildcard without one).
    QString probeName(const QString &url) const;
};

struct EndpointList
{
    QString source;   // the catalog source that publishes them
    QString snapshot; // the date of the built-in list ("2026-12-02")
    // cloud -> where its imported list came from ("endpoints.json, imported 2026-12-02")
    QMap<QString, QString> imported;
    QList<EndpointSet> sets;

    // "built-in list of 2026-12-02" or "imported from endpoints.json on 2026-12-02 ..."
    QString origin(const QString &cloud) const;
};

struct Source
{
    QString id;
    QString title;
    QString url; // the published page (https), a link in the report; empty when not known
};

struct Link
{
    QString id;
    QString name; // short, tells apart links along one path: "Directory (LDAP)", "Licensing (HTTPS)"
    QString from;
    QString to;
    QString component;
    Guard when;
    bool optional = false;
    bool inferred = false;
    // A certificate the source does not trust breaks the link (the default: Guardian's LDAP, WinRM
    // and HTTPS clients verify), or only warns (a client that verifies only when told to).
    bool tlsErrorsWarn = false;
    QString protocol;
    QString purpose;
    QStringList sources;
    // The sources that state one port of the link: the port's own (Requirement::sources), else the
    // link's.
    const QStringList &sourcesFor(const Requirement &leaf) const
    {
        return leaf.sources.isEmpty() ? sources : leaf.sources;
    }
    Requirement requirement;
    QMap<QString, QString> remediation; // failure id -> text, overrides the probe kind's text
    // Azure's service tag of the destination's addresses, without the region ("Sql": the firewall
    // request names Sql.<region>), under these option values (a private endpoint has none).
    QString serviceTag;
    Guard serviceTagWhen;
};

// The requirement model: what Guardian needs from the network, loaded from YAML.
class Catalog final
{
public:
    QString id;
    QString version;
    QString title;
    QString origin;  // "builtin:guardian@<version>" or the file it came from
    QByteArray yaml; // the text it was loaded from

    QList<Source> sources;
    QList<Role> roles;
    QList<Option> options;
    QList<Component> components;
    QMap<ProbeKind, QMap<QString, QString>> remediation; // kind -> failure id -> text
    QList<Link> links;
    EndpointList endpoints;

    const Role *role(const QString &roleId) const;
    const Option *option(const QString &optionId) const;
    const Component *component(const QString &componentId) const;
    const Source *source(const QString &sourceId) const;
    const Link *link(const QString &linkId) const;

    OptionValues defaultOptions() const;
    // The endpoint sets of a role in the profile's Microsoft cloud (options["cloud"]).
    QList<const EndpointSet *> endpointSets(const QString &roleId, const OptionValues &values) const;
    // The hosts a role is tested on when the profile names none: its endpoint sets' probe names
    // (each once, in list order), else its default hosts.
    QStringList defaultHosts(const QString &roleId, const OptionValues &values) const;
    QStringList defaultComponents() const;
    // The options that decide a port of these components' links under the current values: an
    // option of a guard counts when the guard's other options hold ("where Guardian runs" only
    // under Azure SQL's Default policy), and the Microsoft cloud counts for the links toward its
    // published names. The wizard shows these, the report's cover lists these.
    QSet<QString> optionsThatMatter(const QStringList &enabled, const OptionValues &current) const;
    // The text to show for a failed check, with {port}, {from}, {to} and {host} filled in.
    Text remediationFor(const Link &link, ProbeKind kind, const QString &failureId, quint16 port,
                        const QString &host) const;
    // The catalog's English remediation for a failure (the link's own, the kind's, then TCP's), and
    // the same filled in with a port text that may name several ports ("389, 3268").
    QString remediationTemplate(const Link &link, ProbeKind kind, const QString &failureId) const;
    Text fillRemediation(const QString &templateText, const Link &link, const QString &ports,
                         const QString &host) const;
    // What a person calls a link: "Guardian server → Domain controller: Directory (LDAP)". Two links
    // along one path never read alike (the name, else the protocol, tells them apart).
    Text linkTitle(const QString &linkId) const;
    // The link's own name ("Directory (LDAP)"), its protocol when the catalog gives no name.
    Text linkName(const Link &link) const;
    // Every text a person reads (title, names, descriptions, protocols, purposes, notes, fallback
    // warnings, remediation), each once, in catalog order. These are the translation keys of the
    // "Catalog" context; source titles are left out (a document keeps its published title).
    QStringList texts() const;
    // In words: when a link is required, e.g. "Forest Recovery; WinRM transport: HTTP only".
    Text describeWhen(const Link &link) const;
    Text describeGuard(const Guard &guard) const;
};

} // namespace PortCheck
