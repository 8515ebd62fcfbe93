#pragma once

#include <QLineEdit>

class QAction;

/// A masked field with a checkable "show" action at its end (an eye that follows the palette;
/// the icon theme's own when it has one). When masking is off (an API key outside presentation
/// mode) the text shows and the action is hidden.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit SecretLineEdit(QWidget* parent = nullptr);

    QAction* revealAction() const;
    bool isRevealed() const;
    void setRevealed(bool revealed);
    /// Off: plain text, no toggle. On (the default): masked unless revealed.
    void setMasking(bool masking);
    bool isMasking() const;
    /// What the toggle says, e.g. "Show the secret" / "Hide the secret"; the shortcut is added.
    void setRevealTexts(const QString& show, const QString& hide);
    /// The toggle's shortcut (Ctrl+H in the forms), shown in its tooltip.
    void setRevealShortcut(const QKeySequence& shortcut, Qt::ShortcutContext context = Qt::WidgetShortcut);

signals:
    void revealToggled(bool revealed);

protected:
    void showEvent(QShowEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refreshReveal();

    QAction* m_reveal;
    QString m_showText;
    QString m_hideText;
    bool m_masking = true;
    bool m_painted = false; ///< themed icons only after the first paint
};
