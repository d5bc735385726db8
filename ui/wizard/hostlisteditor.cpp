#include "ui/wizard/hostlisteditor.h"

#include "model/inputfile.h"
#include "model/profile/hostimport.h"
#include "model/profile/hostlisttext.h"
#include "ui/i18n/translations.h"
#include "ui/wizard/wizardcontext.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
constexpr int kVisibleProblemRows = 5;
} // namespace

HostListEditor::HostListEditor(WizardContext *context, const Role &role, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_role(role.id)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(u"<b>"_s + catalogText(role.name).toHtmlEscaped() + u"</b><br>"_s +
                             catalogText(role.description).toHtmlEscaped());
    title->setWordWrap(true);
    layout->addWidget(title);

    m_text = new QPlainTextEdit;
    m_text->setAccessibleName(tr("Hosts: %1").arg(catalogText(role.name)));
    m_text->setAccessibleDescription(tr("One host per line, or separated by commas or spaces"));
    m_text->setTabChangesFocus(true);
    // A long entry wraps anywhere instead of pushing the page wider.
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->addWidget(m_text, 1);

    m_feedback = new QLabel;
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->setAccessibleName(tr("Host list check"));
    m_feedback->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // may name a long path
    layout->addWidget(m_feedback);

    // Every invalid entry, however many: a scrolling list whose width does not depend on what was
    // typed (a label would grow with the longest entry and widen the whole window).
    m_problems = new QListWidget;
    m_problems->setAccessibleName(tr("Invalid entries"));
    m_problems->setAccessibleDescription(tr("Choose an entry to put the cursor on it in the host list"));
    m_problems->setTextElideMode(Qt::ElideMiddle);
    m_problems->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problems->setUniformItemSizes(true);
    m_problems->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Maximum);
    m_problems->hide();
    layout->addWidget(m_problems);
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showProblem(m_problems->row(item)); });
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showProblem(m_problems->row(item)); });

    auto *buttons = new QHBoxLayout;
    auto *import = new QPushButton(tr("&Import from file…"));
    import->setAccessibleName(tr("Import hosts from a text or CSV file"));
    buttons->addWidget(import);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import hosts"), QString(),
                                                          tr("Host lists (*.txt *.csv);;All files (*)"));
        if (!path.isEmpty())
            static_cast<void>(importFile(path)); // an error is shown there
    });

    if (role.id == u"domain-controller"_s) {
        m_discovery = new DcDiscovery(this);
        auto *form = new QFormLayout;
        m_domain = new QLineEdit;
        m_domain->setPlaceholderText(tr("corp.example"));
        m_domain->setAccessibleName(tr("Domain to discover"));
        m_site = new QLineEdit;
        m_site->setPlaceholderText(tr("optional"));
        m_site->setAccessibleName(tr("Active Directory site"));
        m_nameserver = new QLineEdit;
        m_nameserver->setPlaceholderText(tr("optional, IPv4; default: this computer's DNS servers"));
        m_nameserver->setAccessibleName(tr("DNS server for discovery"));
        m_discover = new QPushButton(tr("&Find domain controllers"));
        m_discover->setAccessibleName(tr("Find domain controllers in DNS"));
        m_busy = new QProgressBar;
        m_busy->setRange(0, 0);
        m_busy->setMaximumWidth(120);
        m_busy->setAccessibleName(tr("Discovery in progress"));
        m_busy->hide();
        m_discoveryStatus = new QLabel;
        m_discoveryStatus->setWordWrap(true);
        m_discoveryStatus->setTextFormat(Qt::PlainText);
        m_discoveryStatus->setAccessibleName(tr("Discovery result"));
        // what it says contains the typed domain: it must wrap, never widen the page
        m_discoveryStatus->setMinimumWidth(1);
        m_discoveryStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        form->addRow(tr("&Domain:"), m_domain);
        form->addRow(tr("Si&te:"), m_site);
        form->addRow(tr("DNS se&rver:"), m_nameserver);
        auto *row = new QHBoxLayout;
        row->addWidget(m_discover);
        row->addWidget(m_busy);
        row->addWidget(m_discoveryStatus, 1);
        form->addRow(row);
        layout->addLayout(form);
        connect(m_discover, &QPushButton::clicked, this, &HostListEditor::startDiscovery);
        connect(m_domain, &QLineEdit::returnPressed, this, &HostListEditor::startDiscovery);
        connect(m_discovery, &DcDiscovery::finished, this, &HostListEditor::onDiscovered);
        const auto remember = [this] {
            m_context->edit([this](Profile &p) {
                p.domain = m_domain->text().trimmed();
                p.site = m_site->text().trimmed();
                p.nameserver = m_nameserver->text().trimmed();
            });
        };
        connect(m_domain, &QLineEdit::textEdited, this, remember);
        connect(m_site, &QLineEdit::textEdited, this, remember);
        connect(m_nameserver, &QLineEdit::textEdited, this, remember);
    }

    connect(m_text, &QPlainTextEdit::textChanged, this, &HostListEditor::onTextChanged);
    reload();
}

void HostListEditor::reload()
{
    {
        const QSignalBlocker block(m_text);
        m_text->setPlainText(m_context->hostText(m_role));
    }
    if (m_domain) {
        m_domain->setText(m_context->profile().domain);
        m_site->setText(m_context->profile().site);
        m_nameserver->setText(m_context->profile().nameserver);
    }
    onTextChanged();
}

QStringList HostListEditor::defaults() const
{
    const Catalog &catalog = m_context->catalog();
    return catalog.defaultHosts(m_role, m_context->profile().effectiveOptions(catalog));
}

// The first published endpoints and how many more: Microsoft's sets name dozens.
QString HostListEditor::defaultsText(const QString &separator) const
{
    const QStringList all = defaults();
    constexpr int kShown = 6;
    if (all.size() <= kShown + 1)
        return all.join(separator);
    return tr("%1%2and %n more", nullptr, static_cast<int>(all.size() - kShown))
        .arg(all.mid(0, kShown).join(separator), separator);
}

void HostListEditor::onTextChanged()
{
    // The published endpoints depend on the modes (the Microsoft cloud): read them each time.
    m_text->setPlaceholderText(
        hasDefaults()
            ? tr("Leave empty to test the published endpoints:\n%1\n\nor list the hosts to test instead.")
                  .arg(defaultsText(u"\n"_s))
            : tr("One host name or IP address per line, e.g.\ndc1.corp.example\n10.0.0.5\n"
                 "Another port for one host: dc2.corp.example 389=10389\n# comments are ignored"));
    const QString text = m_text->toPlainText();
    if (text != m_context->hostText(m_role))
        m_context->setHostText(m_role, text);
    const ProfileHostList parsed = parseProfileHosts(text, overridablePorts(m_context->catalog(), m_role));
    m_valid = static_cast<int>(parsed.hosts.size());
    m_errors = static_cast<int>(parsed.errors.size()) + parsed.errorsNotListed;
    m_emptyText = text.trimmed().isEmpty();

    QStringList lines;
    if (m_valid > 0)
        lines << tr("%n host(s) ready.", nullptr, m_valid);
    else if (hasDefaults() && m_emptyText)
        lines << tr("The published endpoints will be tested: %1.").arg(defaultsText(u", "_s));
    else
        lines << tr("No host yet.");
    if (parsed.duplicatesRemoved > 0)
        lines << tr("%n duplicate(s) ignored.", nullptr, parsed.duplicatesRemoved);
    if (m_errors > 0)
        lines << tr("%n entry(s) to correct, listed below and underlined in the text:", nullptr, m_errors);
    if (!m_importNote.isEmpty())
        lines << m_importNote;
    m_feedback->setText(lines.join(u' '));

    m_problemEntries = parsed.errors;
    m_problems->clear();
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat bad;
    bad.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    bad.setUnderlineColor(QColor(0xd5, 0x5e, 0x00)); // the diagram's "fail" vermilion
    bad.setBackground(QColor(0xd5, 0x5e, 0x00, 40));
    for (const HostInputError &e : std::as_const(parsed.errors)) {
        const QString line = tr("Line %1: '%2': %3").arg(e.line).arg(e.text, localized(e.reason));
        auto *item = new QListWidgetItem(line, m_problems);
        item->setToolTip(line);
        const QTextBlock block = m_text->document()->findBlockByNumber(e.line - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(block);
            mark.cursor.setPosition(block.position() + e.column - 1);
            mark.cursor.setPosition(block.position() + e.column - 1 + static_cast<int>(e.text.size()),
                                    QTextCursor::KeepAnchor);
            mark.format = bad;
            marks.append(mark);
        }
    }
    if (parsed.errorsNotListed > 0) // a list of a million mistakes helps nobody: the first ones
        new QListWidgetItem(
            tr("… and %n more, not listed: correct the ones above first.", nullptr, parsed.errorsNotListed),
            m_problems);
    m_text->setExtraSelections(marks);
    m_problems->setVisible(!parsed.errors.isEmpty());
    if (!parsed.errors.isEmpty()) {
        const int rows = std::min(static_cast<int>(parsed.errors.size()), kVisibleProblemRows);
        m_problems->setFixedHeight(m_problems->sizeHintForRow(0) * rows + 2 * m_problems->frameWidth() + 2);
    }
    Q_EMIT readinessChanged();
}

void HostListEditor::showProblem(int row)
{
    if (row < 0 || row >= m_problemEntries.size())
        return;
    const HostInputError &e = m_problemEntries.at(row);
    const QTextBlock block = m_text->document()->findBlockByNumber(e.line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + e.column - 1);
    cursor.setPosition(block.position() + e.column - 1 + static_cast<int>(e.text.size()),
                       QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    m_text->setFocus();
}

QString HostListEditor::feedbackText() const
{
    QStringList lines{m_feedback->text()};
    for (int i = 0; i < m_problems->count(); ++i)
        lines << m_problems->item(i)->text();
    return lines.join(u'\n');
}

Expected<void> HostListEditor::importFile(const QString &path)
{
    const auto refused = [this](const QString &error) {
        m_feedback->setText(error);
        return Failure{Text::plain(error)};
    };
    // readInputFile refuses a FIFO or /dev/zero at once (QFile::open would block on the FIFO).
    Text why;
    const std::optional<QByteArray> read = readInputFile(path, kMaxHostImportBytes, &why);
    if (!read)
        return refused(tr("%1: cannot be read: %2").arg(path, localized(why)));
    const bool csv = QFileInfo(path).suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0;
    const HostImport imported = importHosts(*read, csv ? HostImportFormat::Csv : HostImportFormat::Text);
    if (!imported.error.isEmpty())
        return refused(tr("%1: %2").arg(path, localized(imported.error)));
    if (csv) {
        // Which column the hosts came from: an export has many, and the user should see the choice.
        m_importNote =
            (imported.column.isEmpty() ? tr("Last import: %n host(s) from the first column of %1.", nullptr,
                                            static_cast<int>(imported.hosts.size()))
                                             .arg(QFileInfo(path).fileName())
                                       : tr("Last import: %n host(s) from the column \"%2\" of %1.", nullptr,
                                            static_cast<int>(imported.hosts.size()))
                                             .arg(QFileInfo(path).fileName(), displaySafe(imported.column)));
        if (imported.emptyCells > 0)
            m_importNote += u' ' + tr("%n row(s) had no host there.", nullptr, imported.emptyCells);
    } else {
        m_importNote.clear();
    }
    appendHosts(imported.hosts);
    return {};
}

void HostListEditor::appendHosts(const QStringList &hosts)
{
    QString text = m_text->toPlainText();
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    text += hosts.join(u'\n');
    m_text->setPlainText(text); // duplicates are reported and ignored by the check
}

void HostListEditor::startDiscovery()
{
    const QString domain = m_domain->text().trimmed();
    if (domain.isEmpty()) {
        m_discoveryStatus->setText(tr("Type the DNS name of the domain first, e.g. corp.example."));
        m_domain->setFocus();
        return;
    }
    if (const Expected<void> started =
            m_discovery->start(domain, m_site->text().trimmed(), m_nameserver->text().trimmed());
        !started) {
        m_discoveryStatus->setText(localized(started.error()));
        return;
    }
    m_discover->setEnabled(false);
    m_busy->show();
    m_discoveryStatus->setText(tr("Asking DNS for the domain controllers of %1…").arg(domain));
}

bool HostListEditor::isDiscovering() const
{
    return m_discovery && m_discovery->isRunning();
}

QString HostListEditor::discoveryText() const
{
    return m_discoveryStatus ? m_discoveryStatus->text() : QString();
}

void HostListEditor::onDiscovered(const DiscoveryResult &result)
{
    m_discover->setEnabled(true);
    m_busy->hide();
    QStringList found;
    const auto add = [&found](const QList<DiscoveredHost> &list) {
        for (const DiscoveredHost &h : list) {
            QString host = h.host;
            if (host.endsWith(u'.'))
                host.chop(1);
            if (!found.contains(host, Qt::CaseInsensitive))
                found << host;
        }
    };
    add(result.siteControllers);
    add(result.domainControllers);
    add(result.globalCatalogs);
    if (found.isEmpty()) {
        m_discoveryStatus->setText(result.errors.isEmpty()
                                       ? tr("No domain controller found in %1.").arg(result.domain)
                                       : localized(result.errors).join(u'\n'));
        return;
    }
    const int before = m_valid;
    appendHosts(found);
    QString text =
        tr("Found %n domain controller(s) in %1", nullptr, static_cast<int>(found.size())).arg(result.domain);
    text += tr("; %n new in the list.", nullptr, m_valid - before);
    if (!result.errors.isEmpty())
        text += u'\n' + localized(result.errors).join(u'\n');
    m_discoveryStatus->setText(text);
}

} // namespace PortCheck
