#include "gui/ResponseView.h"
#include "gui/FontRole.h"
#include "gui/Masking.h"
#include "ui_ResponseView.h"

#include "core/CasClient.h"
#include "core/Defaults.h"
#include "core/SafeText.h"
#include "gui/OutsideText.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QStringDecoder>
#include <QTableWidgetItem>
#include <QTreeWidgetItem>

namespace
{
// Hex is shown for bodies that are not text; beyond this the dump would be unreadable anyway.
constexpr qsizetype MaxHexBytes = 64 * Defaults::KiB;

QString hexDump(const QByteArray& data)
{
    const qsizetype size = qMin(data.size(), MaxHexBytes);
    QString out;
    out.reserve(size * 4 + size / 16 * 12);
    for (qsizetype row = 0; row < size; row += 16) {
        out += QStringLiteral("%1  ").arg(row, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i < size) {
                const auto byte = static_cast<unsigned char>(data.at(i));
                out += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                ascii += (byte >= 0x20 && byte < 0x7f) ? QChar(char16_t(byte)) : QChar(u'.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += u' ' + ascii + u'\n';
    }
    return out;
}

QString fingerprint(const CertificateInfo& certificate)
{
    const QByteArray digest = certificate.sha256.toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < digest.size(); i += 2)
        pairs.append(QString::fromLatin1(digest.mid(i, 2)));
    return pairs.join(u':');
}

QTreeWidgetItem* addRow(QTreeWidgetItem* parent, const QString& field, const QString& value, const QString& shown = {})
{
    // Certificate names come from the server.
    auto* item = new QTreeWidgetItem(parent, {field, SafeText::visible(shown.isEmpty() ? value : shown, SafeText::Lines::Multi)});
    item->setToolTip(1, OutsideText::html(value));
    item->setData(1, Qt::UserRole, value);
    return item;
}
} // namespace

ResponseView::ResponseView(QWidget* parent)
    : TabPage(parent)
    , m_ui(new Ui::ResponseView)
{
    m_ui->setupUi(this);

    const QFont fixed = FontRole::monospace();
    m_ui->responseBody->setFont(fixed);
    m_ui->responseBody->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_ui->requestAsSent->setFont(fixed);
    m_ui->requestAsSent->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_ui->responseHeaders->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->responseHeaders->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->tlsDetails->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto* copyHeader = new QAction(tr("&Copy Value"), m_ui->responseHeaders);
    copyHeader->setShortcut(QKeySequence::Copy);
    copyHeader->setShortcutContext(Qt::WidgetShortcut);
    m_ui->responseHeaders->addAction(copyHeader);
    m_ui->responseHeaders->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copyHeader, &QAction::triggered, this, [this] {
        const int row = m_ui->responseHeaders->currentRow();
        if (row >= 0 && row < m_result.headers.size())
            emit copyRequested(QString::fromLatin1(m_result.headers.at(row).second), ClipboardService::Sensitivity::Plain,
                               tr("header value"));
    });
    auto* copyTls = new QAction(tr("&Copy Value"), m_ui->tlsDetails);
    copyTls->setShortcut(QKeySequence::Copy);
    copyTls->setShortcutContext(Qt::WidgetShortcut);
    m_ui->tlsDetails->addAction(copyTls);
    m_ui->tlsDetails->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copyTls, &QAction::triggered, this, [this] {
        if (const QTreeWidgetItem* item = m_ui->tlsDetails->currentItem())
            emit copyRequested(item->data(1, Qt::UserRole).toString(), ClipboardService::Sensitivity::Plain, item->text(0));
    });

    connect(m_ui->copyCurl, &QPushButton::clicked, this, &ResponseView::copyCurl);
    clear();
}

ResponseView::~ResponseView() = default;

void ResponseView::setResult(const CasResult& result)
{
    m_result = result;
    m_hasResult = true;
    showStatus();
    showHeaders();
    showBody();
    showTls();
    showRequest();
    m_ui->copyCurl->setEnabled(m_result.requestUrl.isValid() && !m_result.requestUrl.isEmpty());
}

void ResponseView::clear()
{
    m_result = CasResult();
    m_hasResult = false;
    showStatus();
    showHeaders();
    showBody();
    showTls();
    showRequest();
    m_ui->copyCurl->setEnabled(false);
}

void ResponseView::setMasked(bool masked)
{
    m_masked = masked;
    showStatus();
    showHeaders();
    showBody();
    showRequest();
}

QString ResponseView::shown(const QString& text) const
{
    return m_masked ? Masking::hide(text, {m_apiKey, m_result.token}) : text;
}

void ResponseView::setRequestContext(const QString& apiKey, const QString& caFile)
{
    m_apiKey = apiKey;
    m_caFile = caFile;
}

const CasResult& ResponseView::result() const
{
    return m_result;
}

void ResponseView::showStatus()
{
    QString text;
    if (!m_hasResult) {
        text = tr("No request made yet.");
    } else if (m_result.httpStatus == 0) {
        const QString why = m_result.error.message.isEmpty() ? tr("the request did not complete") : m_result.error.message;
        text = tr("No response: %1").arg(why);
    } else {
        const QString status = m_result.reasonPhrase.isEmpty() ? tr("HTTP %1").arg(m_result.httpStatus)
                                                               : tr("HTTP %1 %2").arg(m_result.httpStatus).arg(m_result.reasonPhrase);
        const QUrl url = m_result.finalUrl.isEmpty() ? m_result.requestUrl : m_result.finalUrl;
        text = tr("%1 · %2 ms · %3").arg(status, QLocale().toString(m_result.elapsedMs), url.toDisplayString());
    }
    text = shown(SafeText::visible(text));
    m_ui->statusLine->setText(text);
    m_ui->statusLine->setAccessibleDescription(text);
}

void ResponseView::showHeaders()
{
    QTableWidget* table = m_ui->responseHeaders;
    table->clearContents();
    table->setRowCount(int(m_result.headers.size()));
    int row = 0;
    for (const auto& [name, value] : std::as_const(m_result.headers)) {
        auto* nameItem = new QTableWidgetItem(shown(SafeText::visible(name)));
        auto* valueItem = new QTableWidgetItem(shown(SafeText::visible(value)));
        valueItem->setToolTip(OutsideText::html(valueItem->text()));
        table->setItem(row, 0, nameItem);
        table->setItem(row, 1, valueItem);
        ++row;
    }
}

void ResponseView::showBody()
{
    const QByteArray& body = m_result.body;
    const QLocale locale;
    const QString contentType = SafeText::visible(m_result.header("Content-Type"));
    QString info;
    QString text;
    if (!m_hasResult || m_result.httpStatus == 0) {
        info = tr("No body.");
    } else if (body.isEmpty()) {
        info = tr("The body is empty.");
    } else {
        // A byte order mark the server sent first is shown (\ufeff), not dropped.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        text = SafeText::visible(QString(decoder.decode(body)), SafeText::Lines::Multi);
        QString size = tr("%n byte(s)", nullptr, int(body.size()));
        if (body.size() >= 1024)
            size += QStringLiteral(" (%1)").arg(locale.formattedDataSize(body.size(), 1, QLocale::DataSizeTraditionalFormat));
        info = contentType.isEmpty() ? tr("%1, no Content-Type").arg(size) : tr("%1, %2").arg(size, contentType);
        if (decoder.hasError()) {
            text = hexDump(body);
            info += u' ';
            info += body.size() > MaxHexBytes
                ? tr("— not UTF-8 text; the first %1 bytes are shown as hex.").arg(locale.toString(MaxHexBytes))
                : tr("— not UTF-8 text; shown as hex.");
        }
        if (body.size() >= CasClient::MaxBodyBytes)
            info += u' '
                + tr("The body reached the %1 cap and was cut off.")
                      .arg(locale.formattedDataSize(CasClient::MaxBodyBytes, 0, QLocale::DataSizeTraditionalFormat));
    }
    m_ui->bodyInfo->setText(info);
    m_ui->responseBody->setPlainText(shown(text));
}

void ResponseView::showTls()
{
    QTreeWidget* tree = m_ui->tlsDetails;
    tree->clear();
    const TlsDetails& tls = m_result.tls;
    if (!m_hasResult) {
        addRow(tree->invisibleRootItem(), tr("Connection"), tr("No request made yet"));
        return;
    }
    if (!m_result.proxy.isEmpty())
        addRow(tree->invisibleRootItem(), tr("Proxy"), m_result.proxy);
    if (tls.isEmpty()) {
        const bool plain = m_result.requestUrl.scheme() == QLatin1String("http");
        addRow(tree->invisibleRootItem(), tr("Connection"),
               plain ? tr("Plain HTTP (loopback only)") : tr("No TLS session was established"));
        return;
    }
    addRow(tree->invisibleRootItem(), tr("Protocol"), tls.protocol);
    addRow(tree->invisibleRootItem(), tr("Cipher"), tls.cipher);
    if (!tls.trustedBy.isEmpty())
        addRow(tree->invisibleRootItem(), tr("Trusted through"), tls.trustedBy);
    auto* chain = addRow(tree->invisibleRootItem(), tr("Certificate chain"), tr("%n certificate(s)", nullptr, int(tls.peerChain.size())));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    for (qsizetype i = 0; i < tls.peerChain.size(); ++i) {
        const CertificateInfo& cert = tls.peerChain.at(i);
        const QString role = i == 0 ? tr("Server") : (cert.selfSigned ? tr("Root") : tr("Intermediate"));
        auto* item = addRow(chain, tr("%1. %2").arg(i + 1).arg(role), cert.subject);
        addRow(item, tr("Subject"), cert.subject);
        addRow(item, tr("Issuer"), cert.selfSigned ? tr("%1 (self-signed)").arg(cert.issuer) : cert.issuer);
        QString fromText = locale.toString(cert.validFrom, QLocale::ShortFormat) + QStringLiteral(" UTC");
        QString toText = locale.toString(cert.validTo, QLocale::ShortFormat) + QStringLiteral(" UTC");
        if (cert.validFrom > now)
            fromText += u' ' + tr("(not yet valid)");
        if (cert.validTo < now)
            toText += u' ' + tr("(expired)");
        addRow(item, tr("Valid from"), fromText);
        addRow(item, tr("Valid to"), toText);
        // Two lines of 16 bytes: the whole value stays readable without scrolling sideways.
        const QString sha256 = fingerprint(cert);
        addRow(item, tr("SHA-256 fingerprint"), sha256, sha256.left(47) + u'\n' + sha256.mid(48));
        const QString alternativeNames = cert.alternativeNames.join(QStringLiteral(", "));
        if (!alternativeNames.isEmpty())
            addRow(item, tr("Alternative names"), alternativeNames);
        item->setExpanded(i == 0);
    }
    chain->setExpanded(true);
}

void ResponseView::showRequest()
{
    m_ui->requestAsSent->setPlainText(shown(m_result.redactedRequest));
    m_ui->redirectList->clear();
    for (const QUrl& hop : std::as_const(m_result.redirects))
        m_ui->redirectList->addItem(shown(SafeText::visible(hop.toDisplayString())));
    const bool any = !m_result.redirects.isEmpty();
    m_ui->redirectsLabel->setText(any ? tr("Redirects followed (%n):", nullptr, int(m_result.redirects.size()))
                                      : tr("No redirects were followed."));
    m_ui->redirectList->setVisible(any);
}

void ResponseView::copyCurl()
{
    if (!m_result.requestUrl.isValid() || m_result.requestUrl.isEmpty())
        return;
    emit copyRequested(CasClient::curlCommand(m_result.requestUrl, m_apiKey, m_caFile), ClipboardService::Sensitivity::Plain,
                       tr("curl command"));
}
