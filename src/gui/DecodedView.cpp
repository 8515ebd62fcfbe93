#include "gui/DecodedView.h"
#include "ui_DecodedView.h"

#include "gui/ClaimsModel.h"
#include "gui/FontRole.h"
#include "gui/JsonHighlighter.h"
#include "core/SafeText.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QStyle>

namespace
{
// In average characters, so the limits grow with the type.
const int MaxValueChars = 26;
const int MaxMeaningChars = 30;

void setUpTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->setVisible(false);
    // Rows are one line each: a fixed height, so a token with thousands of claims is not measured row by row.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setResizeContentsPrecision(200);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setTabKeyNavigation(false);
}
} // namespace

DecodedView::DecodedView(QWidget* parent)
    : TabPage(parent)
    , m_ui(new Ui::DecodedView)
    , m_claims(new ClaimsModel(ClaimsModel::Kind::Claims, this))
    , m_header(new ClaimsModel(ClaimsModel::Kind::HeaderParameters, this))
{
    m_ui->setupUi(this);

    m_ui->decodedEmptyHint->setText(tr("Nothing decoded yet. Get a token (%1) or paste one (%2) to see its header, payload and claims.")
                                        .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
                                             QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));

    const QFont mono = FontRole::monospace();
    for (QPlainTextEdit* edit : {m_ui->headerJson, m_ui->payloadJson}) {
        edit->setFont(mono);
        edit->setReadOnly(true);
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_headerHighlighter = new JsonHighlighter(m_ui->headerJson->document());
    m_payloadHighlighter = new JsonHighlighter(m_ui->payloadJson->document());

    m_ui->claimsTable->setModel(m_claims);
    m_ui->headerTable->setModel(m_header);
    setUpTable(m_ui->claimsTable);
    setUpTable(m_ui->headerTable);
    // "Expires in 59 min" matters most: show it right after the value.
    m_ui->claimsTable->horizontalHeader()->moveSection(ClaimsModel::RelativeColumn, ClaimsModel::MeaningColumn);

    m_ui->decodeWarnings->setAutoFillBackground(true);

    m_ui->decodedSplitter->setStretchFactor(0, 1);
    m_ui->decodedSplitter->setStretchFactor(1, 2);
    m_ui->decodedSplitter->setSizes({330, 660});

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &DecodedView::refresh);
    applyPalette();
    clear();
}

DecodedView::~DecodedView() = default;

QString DecodedView::displayedJson(const QString& pretty)
{
    // Laying out megabytes of text would freeze the window for a second; nobody reads that far.
    if (pretty.size() <= MaxDisplayedChars)
        return pretty;
    return pretty.left(MaxDisplayedChars) + QLatin1Char('\n')
        + tr("… %1 more characters are not shown here; Copy header / Copy payload on the Token tab copies all of it.")
              .arg(pretty.size() - MaxDisplayedChars);
}

void DecodedView::setToken(const Jwt& jwt)
{
    if (!jwt.isValid() || jwt.compact().isEmpty()) {
        clear();
        return;
    }
    m_hasToken = true;
    m_jwt = jwt;
    // Laying out tens of kilobytes of JSON blocks the window for milliseconds: on a hidden tab
    // (a token was just fetched or pasted, the Token tab is in front) it waits until shown.
    const bool large = jwt.header().pretty.size() + jwt.payload().pretty.size() > LazyJsonChars;
    m_jsonPending = large && !isVisible();
    if (m_jsonPending)
        clearJson();
    else
        showJson();

    m_claims->setMembers(jwt.payload().topLevel);
    m_header->setMembers(jwt.header().topLevel);
    fitColumns();

    const QStringList warnings = jwt.warnings();
    QStringList lines;
    for (const QString& warning : warnings)
        lines << (warnings.size() > 1 ? QStringLiteral("• ") + SafeText::visible(warning) : SafeText::visible(warning));
    m_ui->decodeWarningsText->setText(lines.join(QLatin1Char('\n')));
    m_ui->decodeWarnings->setVisible(!warnings.isEmpty());
    // Style icons may come from the icon theme, read from disk: looked up when first needed.
    if (!warnings.isEmpty() && m_ui->decodeWarningsIcon->pixmap().isNull()) {
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_ui->decodeWarningsIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    }
    fitWarnings();

    m_ui->decodedStack->setCurrentWidget(m_ui->decodedPage);
    updateTimer();
}

void DecodedView::showJson()
{
    m_jsonPending = false;
    // Spans first, so the text is highlighted once with spans that match it.
    m_ui->headerJson->clear();
    m_ui->payloadJson->clear();
    // Highlighting is per line and synchronous: past a size where nobody reads the colours it
    // would only freeze the window, so very large parts are shown plain.
    m_headerHighlighter->setSpans(m_jwt.header().pretty.size() <= MaxDisplayedChars ? m_jwt.header().spans : QList<JsonSpan>());
    m_payloadHighlighter->setSpans(m_jwt.payload().pretty.size() <= MaxDisplayedChars ? m_jwt.payload().spans : QList<JsonSpan>());
    m_ui->headerJson->setPlainText(displayedJson(m_jwt.header().pretty));
    m_ui->payloadJson->setPlainText(displayedJson(m_jwt.payload().pretty));
}

void DecodedView::clearJson()
{
    m_headerHighlighter->setSpans({});
    m_payloadHighlighter->setSpans({});
    m_ui->headerJson->clear();
    m_ui->payloadJson->clear();
}

void DecodedView::clear()
{
    m_hasToken = false;
    m_jwt = Jwt();
    m_jsonPending = false;
    clearJson();
    m_claims->clear();
    m_header->clear();
    m_ui->decodeWarningsText->clear();
    m_ui->decodeWarnings->setVisible(false);
    m_ui->decodedStack->setCurrentWidget(m_ui->emptyPage);
    updateTimer();
}

bool DecodedView::hasToken() const
{
    return m_hasToken;
}

ClaimsModel* DecodedView::claimsModel() const
{
    return m_claims;
}

ClaimsModel* DecodedView::headerModel() const
{
    return m_header;
}

bool DecodedView::isTicking() const
{
    return m_timer.isActive();
}

void DecodedView::refresh()
{
    m_claims->refreshRelative();
}

void DecodedView::changeEvent(QEvent* event)
{
    TabPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::FontChange) {
        // Presentation mode or Settings scaled the type: rows and columns follow it.
        for (QTableView* table : {m_ui->claimsTable, m_ui->headerTable})
            table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
        fitColumns();
    }
}

void DecodedView::showEvent(QShowEvent* event)
{
    TabPage::showEvent(event);
    if (m_jsonPending)
        showJson();
    refresh();
    updateTimer();
}

void DecodedView::hideEvent(QHideEvent* event)
{
    TabPage::hideEvent(event);
    updateTimer();
}

void DecodedView::resizeEvent(QResizeEvent* event)
{
    TabPage::resizeEvent(event);
    fitWarnings();
}

// A word-wrapped label asks for the height of its narrowest layout; cap the strip at what its
// text needs at the current width.
void DecodedView::fitWarnings()
{
    QWidget* strip = m_ui->decodeWarnings;
    const int width = strip->width() > 0 && strip->isVisible() ? strip->width() : m_ui->decodedPage->width();
    const int height = strip->heightForWidth(width);
    strip->setMaximumHeight(height > 0 ? height : QWIDGETSIZE_MAX);
}

void DecodedView::updateTimer()
{
    const bool needed = m_hasToken && isVisible() && m_claims->hasTimeClaims();
    if (needed && !m_timer.isActive())
        m_timer.start();
    else if (!needed)
        m_timer.stop();
}

void DecodedView::applyPalette()
{
    m_headerHighlighter->setPalette(m_ui->headerJson->palette());
    m_payloadHighlighter->setPalette(m_ui->payloadJson->palette());

    // The warnings strip: a light or dark amber that keeps the palette's own text readable.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette warningPalette = m_ui->decodeWarnings->palette();
    warningPalette.setColor(QPalette::Window, dark ? QColor(0x4d, 0x3b, 0x05) : QColor(0xff, 0xf1, 0xc4));
    warningPalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe6, 0xa3) : QColor(0x4a, 0x33, 0x00));
    m_ui->decodeWarnings->setPalette(warningPalette);
}

void DecodedView::fitColumns()
{
    for (QTableView* table : {m_ui->claimsTable, m_ui->headerTable}) {
        table->resizeColumnsToContents();
        const int columns = table->model()->columnCount();
        // Long values and meanings elide (their tooltips hold the full text) so the time columns stay in view.
        const int charWidth = table->fontMetrics().averageCharWidth();
        for (int column = 0; column < columns - 1; ++column) {
            const int max = qMax(table->horizontalHeader()->sectionSizeHint(column),
                                 charWidth * (column == ClaimsModel::MeaningColumn ? MaxMeaningChars : MaxValueChars));
            if (table->columnWidth(column) > max)
                table->setColumnWidth(column, max);
        }
    }
    // The relative time changes every second: leave room for its longest usual form.
    const int relative = m_ui->claimsTable->fontMetrics().horizontalAdvance(tr("valid since 59 min 59 s ago")) + 16;
    if (m_ui->claimsTable->columnWidth(ClaimsModel::RelativeColumn) < relative)
        m_ui->claimsTable->setColumnWidth(ClaimsModel::RelativeColumn, relative);
}
