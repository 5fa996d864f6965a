#include "about_dialog.h"

#include "build_info.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace gugus::ui {

namespace {

struct Library {
    QString name;
    QString version;
    QString use;
    const char* licence; // SPDX identifier
};

QString row(const QString& a, const QString& b, const QString& c = QString()) {
    QString html =
        QStringLiteral("<tr><td>%1</td><td>%2</td>").arg(a.toHtmlEscaped(), b.toHtmlEscaped());
    if (!c.isNull()) {
        html += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
    }
    return html + QStringLiteral("</tr>");
}

QString orUnknown(const char* version) {
    return *version ? QString::fromUtf8(version) : AboutDialog::tr("unknown");
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About Gugus"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/gugus.png")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignTop);
    auto* body = new QTextBrowser(this);
    body->setOpenExternalLinks(false);
    body->setFrameShape(QFrame::NoFrame);
    body->setHtml(bodyHtml());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(body, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);
    resize(700, 660);
}

QString AboutDialog::bodyHtml() {
    QString html;
    html += QStringLiteral("<h2>Gugus %1</h2>").arg(QStringLiteral(GUGUS_VERSION));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Customer segmentation studio: load a customer table, prepare it, explore "
                        "it, segment "
                        "it and read what each segment owns."));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr(
                "Gugus is free software: you can redistribute it and/or modify it under the terms "
                "of "
                "the GNU General Public License, version 3 or (at your option) any later version "
                "(GPL-3.0-or-later). It comes with no warranty. The licence text is in the file "
                "LICENSE of the source and in /usr/share/common-licenses/GPL-3 on Debian."));

    html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"2\">")
                .arg(tr("This build"));
    html += row(tr("Build type"), QString::fromUtf8(build::kBuildType));
    html += row(tr("Target CPU (-march)"),
                *build::kArch ? QString::fromUtf8(build::kArch) : tr("compiler default"));
    html += row(tr("Compiler"), QString::fromUtf8(build::kCompiler));
    html += row(tr("Parallel loops"), tr("OpenMP %1").arg(orUnknown(build::kOpenMp)));
    html += row(tr("Sanitizers"),
                build::kSanitized ? tr("address and undefined behaviour") : tr("none"));
    html += row(tr("Qt"), tr("built with %1, running %2")
                              .arg(QString::fromUtf8(build::kQt), QString::fromUtf8(qVersion())));
    html += QStringLiteral("</table>");

    const Library libraries[] = {
        {QStringLiteral("Qt"), QString::fromUtf8(qVersion()), tr("user interface, drawing, PDF"),
         "LGPL-3.0-only"},
        {QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR),
         tr("interactive charts"), "GPL-3.0-or-later"},
        {QStringLiteral("Eigen"), orUnknown(build::kEigen), tr("linear algebra (PCA, distances)"),
         "MPL-2.0"},
        {QStringLiteral("libxlsxwriter"), orUnknown(build::kXlsxWriter), tr("Excel reports"),
         "BSD-2-Clause"},
        {QStringLiteral("nlohmann/json"), orUnknown(build::kJson),
         tr("project, model and summary files"), "MIT"},
        {QStringLiteral("fast_float"), orUnknown(build::kFastFloat), tr("reading numbers from CSV"),
         "Apache-2.0 OR MIT OR BSL-1.0"},
        {QStringLiteral("nanoflann"), orUnknown(build::kNanoflann), tr("neighbour search (DBSCAN)"),
         "BSD-2-Clause"},
        {QStringLiteral("libgomp (OpenMP %1)").arg(orUnknown(build::kOpenMp)), QString(),
         tr("parallel loops"), "GPL-3.0-or-later WITH GCC-exception-3.1"},
        {QStringLiteral("DejaVu fonts"), QString(),
         tr("text of the PDF report (installed by the system)"), "Bitstream-Vera"},
    };
    html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"2\">")
                .arg(tr("Libraries"));
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                           "<th align=\"left\">%3</th></tr>")
                .arg(tr("Library"), tr("Used for"), tr("Licence"));
    for (const Library& lib : libraries) {
        const QString name =
            lib.version.isEmpty() ? lib.name : QStringLiteral("%1 %2").arg(lib.name, lib.version);
        html += row(name, lib.use, QString::fromUtf8(lib.licence));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace gugus::ui
