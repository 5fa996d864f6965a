#include "recovery_bar.h"

#include "support/live_update.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace gugus::ui {

RecoveryBar::RecoveryBar(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_restore(new QPushButton(this)),
      m_discard(new QPushButton(this)) {
    setObjectName(QStringLiteral("recoveryBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xCE)); // a notice, not an error
    tinted.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(tinted);
    m_text->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_restore);
    layout->addWidget(m_discard);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        hide();
        emit restoreRequested(m_path);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        hide();
        emit discardRequested(m_path);
    });
    onLanguageChange(this, [this] { retranslate(); });
    retranslate();
    hide();
}

void RecoveryBar::offer(const QString& path) {
    m_path = path;
    retranslate();
    show();
}

void RecoveryBar::retranslate() {
    const QDateTime when = QFileInfo(m_path).lastModified();
    m_text->setText(tr("Gugus did not close properly. The analysis that was open (saved "
                       "automatically at %1) can be restored.")
                        .arg(QLocale().toString(when, QLocale::ShortFormat)));
    m_restore->setText(tr("Restore"));
    m_discard->setText(tr("Discard"));
}

} // namespace gugus::ui
