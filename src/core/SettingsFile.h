#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSettings;

/// The one owner of the settings file. Every store that keeps something in it (profiles,
/// templates, the window's settings) is handed this object and writes through commit(), so a
/// failed write can never leave a truncated file behind, whichever store made it. The history
/// keeps its entries in a file of its own beside it (companionPath()), owned the same way.
class SettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)

public:
    /// The application's settings file (QSettings' default location and format).
    SettingsFile();
    /// An INI file at path (tests, and a future --config option).
    explicit SettingsFile(const QString& path);
    ~SettingsFile();
    SettingsFile(const SettingsFile&) = delete;
    SettingsFile& operator=(const SettingsFile&) = delete;

    /// For reading and for staging changes; changes reach the disk only through commit().
    QSettings& settings() const;
    /// The file in use, for messages.
    QString path() const;
    /// A file of its own beside this one, for a store whose data is not settings: for
    /// ~/.config/cas-console/cas-console.conf and "history", cas-console-history.conf there.
    QString companionPath(const QString& name) const;

    /// Empty when the file was read fine; else a message naming the file (unreadable, or not
    /// valid INI).
    QString readError() const;
    /// False (with *error) while the file cannot be parsed: a write would drop what QSettings did
    /// not understand, so writes are refused until it is fixed or moved away.
    bool writable(QString* error) const;
    /// Writes staged changes. Qt 6.4's QSaveFile ignores a failed flush (full disk, file size
    /// limit) and would leave a truncated file; this keeps the previous file and puts it back
    /// when what landed on disk is not what was written. False with *error naming the file; the
    /// staged changes are then dropped, so settings() again holds what the file holds.
    bool commit(QString* error) const;

private:
    std::unique_ptr<QSettings> m_settings;
};
