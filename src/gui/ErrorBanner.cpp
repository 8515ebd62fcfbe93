#include "gui/ErrorBanner.h"

#include "core/CasResult.h"
#include "core/SafeText.h"
#include "gui/FontRole.h"
#include "gui/Masking.h"
#include "gui/WrapLabel.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace
{
QColor mix(const QColor& base, const QColor& accent, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (accent.redF() - base.redF()) * amount,
                            base.greenF() + (accent.greenF() - base.greenF()) * amount,
                            base.blueF() + (accent.blueF() - base.blueF()) * amount);
}
} // namespace

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new WrapLabel(this))
    , m_details(new WrapLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Error"));

    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_message->setObjectName(QStringLiteral("bannerMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFont(FontRole::monospace());
    m_details->setAccessibleName(tr("Technical details"));
    m_details->setVisible(false);

    m_detailsButton->setObjectName(QStringLiteral("bannerDetailsButton"));
    m_detailsButton->setText(tr("Sho&w details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolTip(tr("Show the technical details"));
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_detailsButton, &QToolButton::toggled, this, &ErrorBanner::setDetailsVisible);

    m_closeButton->setObjectName(QStringLiteral("bannerClose"));
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    m_closeButton->setAutoRaise(true);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hideBanner();
        emit closed();
    });

    auto* text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(m_message);
    text->addWidget(m_details);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_detailsButton, 0, Qt::AlignTop);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    applyColours();
    setVisible(false);
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showError(const CasError& error)
{
    const QString message = error.message.isEmpty() ? tr("The request failed.") : error.message;
    present(Kind::Error, message, error.detail);
}

void ErrorBanner::showMessage(const QString& message, const QString& detail)
{
    present(Kind::Error, message, detail);
}

void ErrorBanner::showInfo(const QString& message)
{
    present(Kind::Info, message, {});
}

void ErrorBanner::hideBanner()
{
    setVisible(false);
    m_detailsButton->setChecked(false);
}

ErrorBanner::Kind ErrorBanner::kind() const
{
    return m_kind;
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

QString ErrorBanner::detail() const
{
    return m_details->text();
}

void ErrorBanner::setMasked(bool masked, const QStringList& hiddenValues)
{
    m_masked = masked;
    m_hiddenValues = hiddenValues;
    showTexts();
}

void ErrorBanner::showTexts()
{
    // Messages quote servers and tokens: shown with every hidden character visible.
    m_message->setText(SafeText::visible(m_masked ? Masking::hide(m_rawMessage, m_hiddenValues) : m_rawMessage, SafeText::Lines::Multi));
    m_details->setText(SafeText::visible(m_masked ? Masking::hide(m_rawDetail, m_hiddenValues) : m_rawDetail, SafeText::Lines::Multi));
    setAccessibleDescription(m_message->text());
}

void ErrorBanner::present(Kind kind, const QString& message, const QString& detail)
{
    m_kind = kind;
    m_rawMessage = message;
    m_rawDetail = detail;
    showTexts();
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!detail.isEmpty());

    const bool error = kind == Kind::Error;
    setAccessibleName(error ? tr("Error") : tr("Information"));
    const QStyle::StandardPixmap icon = error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    // Style icons may come from the icon theme, read from disk: looked up when first needed.
    if (m_closeButton->icon().isNull())
        m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    applyColours();
    setVisible(true);

    if (error) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void ErrorBanner::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
    m_detailsButton->setToolTip(visible ? tr("Hide the technical details") : tr("Show the technical details"));
}

void ErrorBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::ParentChange:
        if (!m_applyingColours)
            applyColours();
        break;
    default:
        break;
    }
}

// A tint of the system's base colour, so the banner reads on light and dark palettes alike.
void ErrorBanner::applyColours()
{
    m_applyingColours = true;
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor accent = m_kind == Kind::Error ? QColor(0xd7, 0x30, 0x27) : pal.color(QPalette::Highlight);
    const bool dark = base.lightnessF() < 0.5;
    pal.setColor(QPalette::Window, mix(base, accent, dark ? 0.30 : 0.14));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Text));
    setPalette(pal);
    m_applyingColours = false;
}
