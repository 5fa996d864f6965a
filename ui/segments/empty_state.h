#pragma once

#include <QStackedWidget>

class QLabel;

namespace gugus::ui {

/// A tab page that shows its content, or, while there is nothing to show, a centred message
/// saying which action fills it (instead of empty axes).
class EmptyState : public QStackedWidget {
    Q_OBJECT
public:
    /// Takes `content` as its page (reparented).
    explicit EmptyState(QWidget* content, QWidget* parent = nullptr);

    QWidget* content() const { return m_content; }
    /// Shows `message` centred while `empty`, the content otherwise.
    void setEmpty(bool empty, const QString& message = QString());
    bool isEmpty() const { return currentWidget() != m_content; }
    QString message() const;

private:
    QWidget* m_content;
    QLabel* m_message;
};

} // namespace gugus::ui
