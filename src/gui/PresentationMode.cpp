#include "gui/PresentationMode.h"

#include <QAction>
#include <QApplication>
#include <QFontInfo>
#include <QWidget>

PresentationMode::PresentationMode(QAction* action, QObject* parent)
    : QObject(parent)
    , m_action(action)
{
    m_action->setCheckable(true);
    connect(m_action, &QAction::toggled, this, &PresentationMode::apply);
}

bool PresentationMode::isActive() const
{
    return m_action->isChecked();
}

void PresentationMode::setActive(bool active)
{
    m_action->setChecked(active); // applies through toggled
}

void PresentationMode::apply(bool active)
{
    if (active) {
        m_normalPalette = QApplication::palette();
        QPalette contrast;
        contrast.setColor(QPalette::Window, Qt::white);
        contrast.setColor(QPalette::WindowText, Qt::black);
        contrast.setColor(QPalette::Base, Qt::white);
        contrast.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
        contrast.setColor(QPalette::Text, Qt::black);
        contrast.setColor(QPalette::Button, QColor(0xf0, 0xf0, 0xf0));
        contrast.setColor(QPalette::ButtonText, Qt::black);
        contrast.setColor(QPalette::Highlight, QColor(0x00, 0x3c, 0xa6));
        contrast.setColor(QPalette::HighlightedText, Qt::white);
        contrast.setColor(QPalette::ToolTipBase, Qt::black);
        contrast.setColor(QPalette::ToolTipText, Qt::white);
        contrast.setColor(QPalette::PlaceholderText, QColor(0x44, 0x44, 0x44));
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
            contrast.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        }
        QApplication::setPalette(contrast);
    } else if (m_normalPalette) {
        QApplication::setPalette(*m_normalPalette);
        m_normalPalette.reset();
    }
    emit toggled(active);
}

void PresentationMode::applyFontScale(QWidget* window, int fontScalePercent)
{
    static const qreal basePointSize = QApplication::font().pointSizeF();
    QFont font = QApplication::font();
    const qreal scale = fontScalePercent / 100.0 * (isActive() ? FontFactor : 1.0);
    font.setPointSizeF(basePointSize * scale);
    QApplication::setFont(font);
    // Monospace views set their own font, so the application font does not reach them. They are
    // built at scale 1; looking at each widget's font costs start-up time when nothing changes.
    if (scale == m_fixedFontScale)
        return;
    m_fixedFontScale = scale;
    static const char* const BaseSize = "casBasePointSize";
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->testAttribute(Qt::WA_SetFont) && QFontInfo(widget->font()).fixedPitch()) {
            if (!widget->property(BaseSize).isValid()) {
                widget->setProperty(BaseSize, widget->font().pointSizeF());
            }
            QFont fixed = widget->font();
            fixed.setPointSizeF(widget->property(BaseSize).toReal() * scale);
            widget->setFont(fixed);
        }
    }
}
