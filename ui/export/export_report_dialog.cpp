#include "export/export_report_dialog.h"

#include "report/write_report.h"
#include "support/settings_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace gugus::ui {

namespace {
const char* const kAuthorKey = "report/author";
}

ExportReportDialog::ExportReportDialog(ReportController* reports, const QString& uiLanguage,
                                       QWidget* parent)
    : QDialog(parent), m_reports(reports), m_title(new QLineEdit(this)),
      m_author(new QLineEdit(this)), m_language(new QComboBox(this)), m_pages(new QVBoxLayout),
      m_previewNote(new QLabel(this)), m_export(new QPushButton(tr("Export…"), this)) {
    setWindowTitle(tr("Export report"));
    m_title->setPlaceholderText(tr("Customer segments (default title)"));
    m_author->setText(QSettings().value(QLatin1String(kAuthorKey)).toString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->setCurrentIndex(
        m_language->findData(uiLanguage) >= 0 ? m_language->findData(uiLanguage) : 0);

    auto* form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Author"), m_author);
    form->addRow(tr("Report language"), m_language);

    auto* sections = new QGroupBox(tr("Sections"), this);
    auto* sectionLayout = new QVBoxLayout(sections);
    const std::pair<QString, bool core::ReportSections::*> items[] = {
        {tr("Executive summary"), &core::ReportSections::summary},
        {tr("Segment sizes"), &core::ReportSections::sizes},
        {tr("Profile heatmap"), &core::ReportSections::profiles},
        {tr("One page per segment"), &core::ReportSections::segments},
        {tr("Customer map"), &core::ReportSections::map},
        {tr("How the number of segments was chosen"), &core::ReportSections::selection},
        {tr("Method appendix"), &core::ReportSections::method},
        {tr("Member list (Excel only)"), &core::ReportSections::members},
    };
    for (const auto& [text, member] : items) {
        auto* box = new QCheckBox(text, sections);
        box->setChecked(true);
        sectionLayout->addWidget(box);
        m_sections.push_back({box, member});
    }

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(sections);
    auto* previewButton = new QPushButton(tr("Preview"), this);
    left->addWidget(previewButton);
    left->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    left->addWidget(buttons);

    auto* pagesWidget = new QWidget;
    auto* pagesLayout = new QVBoxLayout(pagesWidget);
    pagesLayout->addWidget(m_previewNote);
    pagesLayout->addLayout(m_pages);
    pagesLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(pagesWidget);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(560);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(scroll, 1);
    resize(1000, 760);

    connect(previewButton, &QPushButton::clicked, this, &ExportReportDialog::refreshPreview);
    connect(m_export, &QPushButton::clicked, this, &ExportReportDialog::askExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reports, &ReportController::previewReady, this, &ExportReportDialog::showPages);
    connect(m_reports, &ReportController::previewFailed, this,
            [this](const QString& error) { m_previewNote->setText(error); });
    m_previewNote->setText(tr("Press Preview to see the pages."));
}

ReportChoice ExportReportDialog::choice() const {
    ReportChoice c;
    c.title = m_title->text().trimmed();
    c.author = m_author->text().trimmed();
    c.language = m_language->currentData().toString();
    for (const auto& [box, member] : m_sections) {
        c.sections.*member = box->isChecked();
    }
    return c;
}

void ExportReportDialog::refreshPreview() {
    m_previewNote->setText(tr("Preparing the preview…"));
    m_reports->preview(choice());
}

void ExportReportDialog::showPages(const QVector<QImage>& pages) {
    while (QLayoutItem* item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QImage& page : pages) {
        auto* label = new QLabel;
        label->setPixmap(QPixmap::fromImage(page));
        label->setFrameShape(QFrame::Box);
        m_pages->addWidget(label);
    }
    m_pageCount = int(pages.size());
    m_previewNote->setText(tr("%n page(s)", nullptr, m_pageCount));
}

void ExportReportDialog::askExport() {
    const QStringList suffixes{QStringLiteral(".pdf"), QStringLiteral(".html"),
                               QStringLiteral(".xlsx")};
    const QStringList filters{tr("PDF document (*.pdf)"), tr("Web page (*.html)"),
                              tr("Excel workbook (*.xlsx)")};
    QString filter = filters.front();
    QString path = QFileDialog::getSaveFileName(this, tr("Export report"), QString(),
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) {
        return;
    }
    if (!report::reportFormatFor(path)) { // no known extension typed: the chosen filter's
        path += suffixes.value(std::max<qsizetype>(0, filters.indexOf(filter)));
    }
    storeSetting(QLatin1String(kAuthorKey), m_author->text().trimmed());
    m_reports->exportReport(path, choice());
    accept();
}

} // namespace gugus::ui
