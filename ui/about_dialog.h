#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace gugus::ui {

/// Help ▸ About: the version, the licence, how this binary was built and the libraries it uses
/// with their licences (what a bank's IT asks before deploying it).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The dialog's body as HTML (also what the tests read).
    static QString bodyHtml();
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace gugus::ui
