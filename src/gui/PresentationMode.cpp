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
    connect(m_action, &QAction::toggled, this, &PresentationMode::toggled);
}

bool PresentationMode::isActive() const
{
    return m_action->isChecked();
}

void PresentationMode::setActive(bool active)
{
    m_action->setChecked(active); // applies through toggled
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
    scaleFixedFonts(window);
}

void PresentationMode::scaleNewWidgets(QWidget* root)
{
    if (m_fixedFontScale != 1.0)
        scaleFixedFonts(root);
}

void PresentationMode::scaleFixedFonts(QWidget* root) const
{
    static const char* const BaseSize = "casBasePointSize";
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (widget->testAttribute(Qt::WA_SetFont) && QFontInfo(widget->font()).fixedPitch()) {
            if (!widget->property(BaseSize).isValid()) {
                widget->setProperty(BaseSize, widget->font().pointSizeF());
            }
            QFont fixed = widget->font();
            fixed.setPointSizeF(widget->property(BaseSize).toReal() * m_fixedFontScale);
            widget->setFont(fixed);
        }
    }
}
