#pragma once

#include <QFrame>
#include <QStringList>

class QComboBox;
class QLabel;
class QPushButton;

namespace gugus::ui {

/// The offer to restore an analysis that was open when Gugus last stopped without closing (a
/// crash, a kill, a power cut): a bar above the views, not a dialog, so nothing waits on the user
/// and a run without a user (screenshots, tests) never blocks. Every left-over copy is offered at
/// once: one is named by its time; several are listed in a choice (newest first, each with its
/// time and data file) to restore one of, or to discard all. Restore or Discard hides the bar.
class RecoveryBar : public QFrame {
    Q_OBJECT
public:
    explicit RecoveryBar(QWidget* parent = nullptr);

    /// Shows the offer for the recovery files `paths`, newest first (hides the bar when empty).
    void offer(const QStringList& paths);
    QStringList offered() const { return m_paths; }
    /// The copy Restore opens (the choice's current entry).
    QString chosen() const;
    QComboBox* choice() const { return m_choice; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* discardButton() const { return m_discard; }

signals:
    void restoreRequested(const QString& path);
    /// Every offered copy is to be removed.
    void discardRequested(const QStringList& paths);

private:
    void retranslate();

    QStringList m_paths;
    QLabel* m_text;
    QComboBox* m_choice;
    QPushButton* m_restore;
    QPushButton* m_discard;
};

} // namespace gugus::ui
