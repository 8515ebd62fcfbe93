#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct Profile;

/// Why a profile, or a key or secret typed for one, cannot be used or stored. Shown inline by the
/// window, printed by the command line (which exits 2 on every kind ProfilePolicy returns).
struct ProfileError
{
    enum class Kind {
        None,
        Name, ///< empty, spaces around it, '/', '\\', control characters, too long
        NameTaken, ///< another profile has this name
        Url, ///< not a usable CAS URL
        InsecureUrl, ///< plain http to a host that is not loopback
        ApiKey, ///< empty, or holds a control character (CR, LF, NUL...)
        Secret, ///< holds a control character
        CaFile, ///< missing, unreadable, too large or no PEM certificate
        Timeout, ///< outside 1..3600 seconds
        NotFound, ///< ProfileStore: no profile of that name (renamed or removed meanwhile)
        SettingsFile, ///< ProfileStore: the settings file is damaged or could not be written (the file is unchanged)
    };
    Kind kind = Kind::None;
    QString message; ///< for a person: what is wrong and what to do; never holds the secret

    bool ok() const
    {
        return kind == Kind::None;
    }
};

/// The one place that decides whether a profile may be saved or used: the window, the command
/// line and every future front end call it, so they accept and refuse the same profiles.
class ProfilePolicy
{
    Q_DECLARE_TR_FUNCTIONS(ProfilePolicy)

public:
    /// Name, URL, API key, CA file and timeout, in the order a person fills them in.
    static ProfileError validate(const Profile& profile);

    static ProfileError validateName(const QString& name);
    static ProfileError validateUrl(const QString& url);
    static ProfileError validateApiKey(const QString& apiKey);
    /// An empty secret is fine here (a profile without one); callers that need one say so.
    static ProfileError validateSecret(const QByteArray& secret);
    /// Empty is fine (no extra CA). Else: a readable file of at most 1 MiB with a PEM certificate.
    static ProfileError validateCaFile(const QString& path);
    static ProfileError validateTimeout(int seconds);

    /// Strips one line ending ("\n", "\r\n" or a lone "\r") from a secret read from a line of input
    /// or from the environment, so a Windows-edited file or variable gives the same secret.
    static void stripLineEnd(QByteArray& secret);

    /// Whether a secret saved for `saved` may be used for `changed`: the same CAS origin (scheme,
    /// host, port) and the same API key. If not, the stored secret must not follow the profile.
    static bool secretStillBelongs(const Profile& saved, const Profile& changed);
};
