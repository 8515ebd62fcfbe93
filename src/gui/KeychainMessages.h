#pragma once

#include "core/SecretStore.h"

#include <QCoreApplication>
#include <QString>

/// What the window says about the keychain: one plain sentence for each case, the same in the
/// error banner and in the note under the profile's secret field. What the keychain itself said
/// (SecretError::detail) goes under the banner's Details, never into the sentence.
class KeychainMessages
{
    Q_DECLARE_TR_FUNCTIONS(KeychainMessages)
public:
    /// The secret could not be stored (why: the kind of the keychain's answer; None when no
    /// keychain was reachable to begin with), so it is kept in memory for this session.
    static QString keptForSession(SecretError::Kind why);
    /// The saved secret of a profile could not be read.
    static QString notRead(const SecretError& error);
};
