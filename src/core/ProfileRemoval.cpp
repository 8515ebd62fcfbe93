#include "core/ProfileRemoval.h"

#include "core/HistoryStore.h"
#include "core/ProfileStore.h"

#include <QEventLoop>

namespace
{
// Only real failures keep the profile. NotFoundOrLocked from a delete means nothing was found:
// SecretStore turns an entry hidden by a locked Secret Service keyring into AccessDenied.
bool failed(const SecretError& error)
{
    return !error.ok() && error.kind != SecretError::Kind::NotFoundOrLocked;
}
} // namespace

void ProfileRemoval::start(const QString& name, bool force, ProfileStore& profiles, HistoryStore& history, SecretStore& secrets, Done done)
{
    const qsizetype tokens = history.tokenKeys(name).size();
    secrets.remove(name, [name, force, tokens, &profiles, &history, done = std::move(done)](const SecretError& secretError) {
        history.removeTokens(name, [name, force, tokens, secretError, &profiles, &history, done](const SecretError& historyError) {
            ProfileRemovalResult result;
            result.keychainError = failed(secretError) ? secretError : failed(historyError) ? historyError : SecretError();
            if (failed(result.keychainError) && !force) {
                done(result);
                return;
            }
            if (failed(secretError)) {
                result.notDeleted << tr("the API secret");
            }
            if (failed(historyError)) {
                result.notDeleted << tr("%n history token(s)", nullptr, int(tokens));
            }
            history.forgetProfile(name);
            result.profileError = profiles.remove(name);
            result.removed = result.profileError.ok();
            done(result);
        });
    });
}

ProfileRemovalResult ProfileRemoval::run(const QString& name, bool force, ProfileStore& profiles, HistoryStore& history,
                                         SecretStore& secrets)
{
    QEventLoop loop;
    ProfileRemovalResult result;
    bool finished = false;
    start(name, force, profiles, history, secrets, [&](const ProfileRemovalResult& outcome) {
        result = outcome;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return result;
}
