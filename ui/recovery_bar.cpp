#include "recovery_bar.h"

#include "common/error.h"
#include "common/small_file.h"
#include "model/project_file.h"
#include "support/live_update.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <algorithm>
#include <cstdint>

namespace gugus::ui {

namespace {

/// The data file a recovery copy analysed ("" when the copy cannot be read). Recovery copies are
/// a few kilobytes of our own JSON, so reading them here costs nothing noticeable; anything
/// larger is not one of ours and is not read.
QString dataNameOf(const QString& recoveryPath) {
    constexpr std::int64_t kMaxBytes = std::int64_t(4) << 20;
    try {
        const core::ProjectFile project = core::ProjectFile::fromJson(
            core::readSmallFile(QFile::encodeName(recoveryPath).toStdString(), kMaxBytes));
        return QFileInfo(QString::fromStdString(project.source)).fileName();
    } catch (const core::Error&) {
        return {};
    }
}

QString timeOf(const QString& path) {
    return QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat);
}

} // namespace

RecoveryBar::RecoveryBar(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_choice(new QComboBox(this)),
      m_restore(new QPushButton(this)), m_discard(new QPushButton(this)) {
    setObjectName(QStringLiteral("recoveryBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xCE)); // a notice, not an error
    tinted.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(tinted);
    m_text->setWordWrap(true);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_choice);
    layout->addWidget(m_restore);
    layout->addWidget(m_discard);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QString path = chosen();
        hide();
        emit restoreRequested(path);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        hide();
        emit discardRequested(m_paths);
    });
    onLanguageChange(this, [this] { retranslate(); });
    retranslate();
    hide();
}

void RecoveryBar::offer(const QStringList& paths) {
    m_paths = paths;
    m_choice->clear(); // a new offer starts at its newest copy
    retranslate();
    setVisible(!m_paths.isEmpty());
}

QString RecoveryBar::chosen() const {
    const int i = m_choice->currentIndex();
    return i >= 0 && i < m_paths.size() ? m_paths[i] : QString();
}

void RecoveryBar::retranslate() {
    const bool several = m_paths.size() > 1;
    if (several) {
        m_text->setText(tr("Gugus did not close properly more than once. %L1 analyses that were "
                           "open (saved automatically) can be restored: choose one, or discard "
                           "them all.")
                            .arg(m_paths.size()));
    } else {
        m_text->setText(tr("Gugus did not close properly. The analysis that was open (saved "
                           "automatically at %1) can be restored.")
                            .arg(timeOf(m_paths.value(0))));
    }
    const int current = std::max(0, m_choice->currentIndex());
    m_choice->clear();
    for (const QString& path : m_paths) {
        const QString data = dataNameOf(path);
        m_choice->addItem(data.isEmpty() ? timeOf(path)
                                         : tr("%1, data %2").arg(timeOf(path), data));
    }
    m_choice->setCurrentIndex(std::min(current, int(m_paths.size()) - 1));
    m_choice->setVisible(several);
    m_restore->setText(tr("Restore"));
    m_discard->setText(several ? tr("Discard all") : tr("Discard"));
}

} // namespace gugus::ui
