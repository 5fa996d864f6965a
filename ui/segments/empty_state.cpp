#include "segments/empty_state.h"

#include <QLabel>

namespace gugus::ui {

EmptyState::EmptyState(QWidget* content, QWidget* parent)
    : QStackedWidget(parent), m_content(content), m_message(new QLabel(this)) {
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setStyleSheet(QStringLiteral("color: #555555; font-size: 11pt;"));
    addWidget(m_content);
    addWidget(m_message);
}

void EmptyState::setEmpty(bool empty, const QString& message) {
    m_message->setText(message);
    setCurrentWidget(empty ? static_cast<QWidget*>(m_message) : m_content);
}

QString EmptyState::message() const {
    return isEmpty() ? m_message->text() : QString();
}

} // namespace gugus::ui
