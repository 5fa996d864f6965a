#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace gugus::ui {

/// Loads the program's and Qt's translations and switches them live. Installing or removing a
/// translator makes Qt send QEvent::LanguageChange to every widget; each widget re-sets its texts
/// in changeEvent(). The choice is remembered in QSettings ("ui/language").
class Language : public QObject {
    Q_OBJECT
public:
    explicit Language(QObject* parent = nullptr);

    /// "en" or "id". Unknown codes fall back to English. `remember` stores it in QSettings.
    void apply(const QString& code, bool remember = true);
    QString current() const { return m_code; }
    /// The language stored in QSettings, else the system's if it is Indonesian, else "en".
    static QString remembered();

signals:
    void changed(const QString& code);

private:
    QString m_code = QStringLiteral("en");
    QTranslator* m_app = nullptr;
    QTranslator* m_qt = nullptr;
};

} // namespace gugus::ui
