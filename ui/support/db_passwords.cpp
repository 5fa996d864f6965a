#include "support/db_passwords.h"

namespace gugus::ui {

core::DbSource DbPasswords::withKnown(core::DbSource source) const {
    if (source.password.empty()) {
        if (const auto it = m_known.find(core::dbUrl(source)); it != m_known.end()) {
            source.password = it->second;
        }
    }
    return source;
}

void DbPasswords::ask(const core::DbSource& source, Answer answer) {
    if (!m_prompt) {
        answer(std::nullopt);
        return;
    }
    const std::string url = core::dbUrl(source);
    m_prompt(source, [this, url, answer = std::move(answer)](std::optional<std::string> password) {
        if (password) {
            m_known[url] = *password;
        }
        answer(std::move(password));
    });
}

QString DbPasswords::declinedText(const core::DbSource& source) {
    core::DbSource shown = source;
    shown.password.clear();
    return tr("The database %1 needs a password to connect. None was given, so nothing was read "
              "from it.")
        .arg(QString::fromStdString(core::dbUrl(shown)));
}

void DbPasswords::forget(const core::DbSource& source) {
    m_known.erase(core::dbUrl(source));
}

} // namespace gugus::ui
