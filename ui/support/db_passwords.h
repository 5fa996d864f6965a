#pragma once

#include "source/db_source.h"
#include "support/error_text.h"
#include "support/job_runner.h"

#include <QObject>
#include <QPromise>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace gugus::ui {

/// The passwords databases asked for during this session, in memory only: never written to a
/// file, the settings, a log or a message. A connection's password is asked once (when the
/// server wants one; PGPASSWORD and the password file are libpq's and need no asking) and reused
/// for the same connection (its URL) until the program ends or the server refuses it.
class DbPasswords : public QObject {
    Q_OBJECT
public:
    /// Asks the user for the password of a connection on the GUI thread, without blocking it,
    /// then calls the answer with it, or with nothing when the user declines.
    using Answer = std::function<void(std::optional<std::string>)>;
    using Prompt = std::function<void(const core::DbSource&, Answer)>;

    explicit DbPasswords(QObject* parent = nullptr) : QObject(parent) {}

    /// The main window installs a password dialog; tests install an answer.
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    /// `source` with the password given for its connection earlier (unchanged when none).
    core::DbSource withKnown(core::DbSource source) const;
    /// Asks (through the prompt) and remembers the answer; without a prompt, answers nothing.
    void ask(const core::DbSource& source, Answer answer);
    /// Forgets the password of `source`'s connection (the server refused it).
    void forget(const core::DbSource& source);
    /// What a job says when the user declined to give the password `source`'s server asked for
    /// (translated; the job ends cancelled with it, never as "Stopped.").
    static QString declinedText(const core::DbSource& source);

private:
    Prompt m_prompt;
    std::map<std::string, std::string> m_known; ///< by dbUrl (which never holds a password)
};

/// What a database job hands back: its value, or that the server wants a password (with the
/// translated text that says so).
template <class T> struct DbAttempt {
    std::optional<T> value;
    bool passwordNeeded = false;
    QString passwordError;
};

/// Runs `work(source)` on `runner` with the password known for its connection; when the
/// database asks for one, asks `passwords` and runs it once more with the answer (declining
/// ends the job cancelled, the returned Outcome's error saying that the connection needs a
/// password and nothing was read: DbPasswords::declinedText). A failure after a password was given
/// forgets it, so the next attempt asks again. `done(JobOutcome<T>)` runs once, on the GUI thread,
/// with the final end; the returned future reports that end too.
template <class T>
QFuture<Outcome> runDbJob(JobRunner* runner, DbPasswords* passwords, const QString& title,
                          core::DbSource source,
                          std::function<T(const core::DbSource&, core::Progress&)> work,
                          std::function<void(JobOutcome<T>)> done) {
    auto chain = std::make_shared<QPromise<Outcome>>();
    chain->start();
    auto finish = [chain, done](JobOutcome<T> outcome, QString cancelReason = {}) {
        Outcome end = outcomeOf(outcome);
        if (end.cancelled()) {
            end.error = std::move(cancelReason);
        }
        done(std::move(outcome));
        chain->addResult(end);
        chain->finish();
    };
    // Each attempt knows whether the user was asked already: a second "password needed" (an
    // empty answer) is the end, not another question.
    auto attempt = std::make_shared<std::function<void(core::DbSource, bool)>>();
    // The function does not own itself (that would be a cycle): each job in flight holds it,
    // so it lives exactly as long as an attempt may still follow.
    *attempt = [=, weak = std::weak_ptr(attempt)](core::DbSource s, bool asked) {
        const auto self = weak.lock();
        runner->run<DbAttempt<T>>(
            title,
            [s, work](core::Progress& progress) {
                DbAttempt<T> a;
                try {
                    a.value.emplace(work(s, progress));
                } catch (const core::DbError& e) {
                    if (e.kind() != core::DbError::Kind::PasswordNeeded) {
                        throw;
                    }
                    a.passwordNeeded = true;
                    a.passwordError = dbErrorText(e);
                }
                return a;
            },
            [=](JobOutcome<DbAttempt<T>> outcome) {
                JobOutcome<T> end;
                end.cancelled = outcome.cancelled;
                end.replaced = outcome.replaced;
                end.error = outcome.error;
                if (outcome.value && outcome.value->passwordNeeded) {
                    if (!asked) {
                        passwords->ask(s, [=](std::optional<std::string> password) {
                            if (!password) {
                                JobOutcome<T> declined;
                                declined.cancelled = true;
                                finish(std::move(declined), DbPasswords::declinedText(s));
                                return;
                            }
                            core::DbSource withPassword = s;
                            withPassword.password = *password;
                            (*self)(withPassword, true);
                        });
                        return;
                    }
                    end.error = outcome.value->passwordError;
                } else if (outcome.value) {
                    end.value = std::move(outcome.value->value);
                }
                if (!end.value && !end.cancelled && !s.password.empty()) {
                    passwords->forget(s);
                }
                finish(std::move(end));
            });
    };
    (*attempt)(passwords->withKnown(std::move(source)), false);
    return chain->future();
}

} // namespace gugus::ui
