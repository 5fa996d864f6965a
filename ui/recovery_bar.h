#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace gugus::ui {

/// The offer to restore an analysis that was open when Gugus last stopped without closing (a
/// crash, a kill, a power cut): a bar above the views, not a dialog, so nothing waits on the user
/// and a run without a user (screenshots, tests) never blocks. Restore or Discard hides it.
class RecoveryBar : public QFrame {
    Q_OBJECT
public:
    explicit RecoveryBar(QWidget* parent = nullptr);

    /// Shows the offer for the recovery file `path` (its time in the text).
    void offer(const QString& path);
    QString offered() const { return m_path; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* discardButton() const { return m_discard; }

signals:
    void restoreRequested(const QString& path);
    void discardRequested(const QString& path);

private:
    void retranslate();

    QString m_path;
    QLabel* m_text;
    QPushButton* m_restore;
    QPushButton* m_discard;
};

} // namespace gugus::ui
