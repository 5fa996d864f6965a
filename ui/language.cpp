#include "language.h"

#include "support/settings_store.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace gugus::ui {

Language::Language(QObject* parent) : QObject(parent) {}

QString Language::remembered() {
    const QString stored = QSettings().value(QStringLiteral("ui/language")).toString();
    if (stored == QLatin1String("id") || stored == QLatin1String("en")) {
        return stored;
    }
    return QLocale::system().language() == QLocale::Indonesian ? QStringLiteral("id")
                                                               : QStringLiteral("en");
}

void Language::apply(const QString& requested, bool remember) {
    const QString code = requested == QLatin1String("id") ? requested : QStringLiteral("en");
    for (QTranslator** t : {&m_app, &m_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    if (code == QLatin1String("id")) {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        m_app = new QTranslator(this);
        if (m_app->load(QStringLiteral(":/i18n/gugus_id.qm"))) {
            QCoreApplication::installTranslator(m_app);
        }
        // Qt's own strings (standard buttons, file dialogs, edit menus): the system's catalogue
        // when it has one, else ours (translations/qtbase_id.ts; Debian 12 ships none).
        m_qt = new QTranslator(this);
        if (m_qt->load(QLocale(QLocale::Indonesian), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
            m_qt->load(QStringLiteral(":/i18n/qtbase_id.qm"))) {
            QCoreApplication::installTranslator(m_qt);
        }
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    m_code = code;
    if (remember) {
        storeSetting(QStringLiteral("ui/language"), code);
    }
    emit changed(code);
}

} // namespace gugus::ui
