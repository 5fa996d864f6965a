#include "report/xlsx_book.h"

#include "common/error.h"
#include "report/report_theme.h"

#include <QFileInfo>

#include <cmath>

namespace gugus::report {

namespace detail {

namespace {

/// Excel's longest cell text.
constexpr qsizetype kMaxCellText = 32767;
/// Rows between cancellation checks of the member list.
constexpr std::int64_t kCheckEvery = 20000;

lxw_color_t rgb(const QColor& c) {
    return lxw_color_t(c.rgb() & 0xFFFFFF);
}

} // namespace

XlsxBook::XlsxBook(const core::ReportContent& content, const ReportText& text,
                   const std::string& path, const XlsxOptions& options)
    : m_c(content), m_t(text), m_path(path), m_options(options) {
    // Constant memory: each row goes to a temporary file as soon as the next one starts, so the
    // member list streams. Its temporary files go next to the output, not to a small /tmp.
    m_tmpdir = QFileInfo(QString::fromStdString(path)).absolutePath().toStdString();
    lxw_workbook_options opts{};
    opts.constant_memory = LXW_TRUE;
    opts.tmpdir = m_tmpdir.data();
    opts.use_zip64 = LXW_TRUE;
    m_book = workbook_new_opt(path.c_str(), &opts);
    if (!m_book) {
        throw core::Error(core::ErrorCode::WriteFailed, path);
    }
}

XlsxBook::~XlsxBook() {
    if (m_book) {
        // Only after a failure or cancel: frees the workbook; writeReport removes the file.
        workbook_close(m_book);
    }
}

void XlsxBook::check(lxw_error error) const {
    if (error != LXW_NO_ERROR) {
        throw core::Error(core::ErrorCode::WriteFailed, m_path, -1, -1, lxw_strerror(error));
    }
}

lxw_worksheet* XlsxBook::sheet(const QString& name) {
    lxw_worksheet* ws = workbook_add_worksheet(m_book, name.left(31).toUtf8().constData());
    if (!ws) {
        throw core::Error(core::ErrorCode::WriteFailed, m_path, -1, -1, "worksheet");
    }
    return ws;
}

lxw_format* XlsxBook::format(Style style) {
    if (style == Style::Plain) {
        return nullptr;
    }
    auto& f = m_formats[style];
    if (f) {
        return f;
    }
    f = workbook_add_format(m_book);
    switch (style) {
    case Style::Title:
        format_set_bold(f);
        format_set_font_size(f, 16);
        format_set_font_color(f, rgb(theme::kAccent));
        break;
    case Style::Header:
        format_set_bold(f);
        format_set_font_color(f, LXW_COLOR_WHITE);
        format_set_bg_color(f, rgb(theme::kAccent));
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        break;
    case Style::Label:
        format_set_bold(f);
        format_set_font_color(f, rgb(theme::kMuted));
        break;
    case Style::Percent:
        format_set_num_format(f, "0.0%");
        break;
    case Style::Integer:
        format_set_num_format(f, "#,##0");
        break;
    case Style::Decimal:
        format_set_num_format(f, "0.000");
        break;
    case Style::Wrap:
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        break;
    case Style::Date:
        format_set_num_format(f, "d mmmm yyyy");
        format_set_align(f, LXW_ALIGN_LEFT);
        break;
    case Style::Plain:
        break;
    }
    return f;
}

lxw_format* XlsxBook::fill(const QColor& color) {
    auto& f = m_fills[color.rgb()];
    if (!f) {
        f = workbook_add_format(m_book);
        format_set_bg_color(f, rgb(color));
        format_set_font_color(f, rgb(color)); // the hex code is there for copying, not reading
    }
    return f;
}

lxw_format* XlsxBook::decimals(const NumberColumn& column) {
    auto& f = m_decimals[column.decimals()];
    if (!f) {
        f = workbook_add_format(m_book);
        const QByteArray code = column.spreadsheetFormat().toLatin1();
        format_set_num_format(f, code.constData()); // copied by libxlsxwriter
    }
    return f;
}

void XlsxBook::text(lxw_worksheet* ws, int row, int col, const QString& value, Style style) {
    // Always a string cell: text starting with "=" stays text, Excel never evaluates it.
    const QByteArray utf8 = value.left(kMaxCellText).toUtf8();
    check(worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(),
                                 format(style)));
}

void XlsxBook::number(lxw_worksheet* ws, int row, int col, double value, Style style) {
    if (!std::isfinite(value)) {
        check(worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(col), format(style)));
        return;
    }
    check(worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), value, format(style)));
}

void XlsxBook::number(lxw_worksheet* ws, int row, int col, double value,
                      const NumberColumn& column) {
    if (!std::isfinite(value)) {
        check(worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(col), decimals(column)));
        return;
    }
    check(worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), value, decimals(column)));
}

void XlsxBook::header(lxw_worksheet* ws, int row, const QStringList& labels) {
    for (int c = 0; c < labels.size(); ++c) {
        text(ws, row, c, labels[c], Style::Header);
    }
    worksheet_freeze_panes(ws, lxw_row_t(row + 1), 0);
}

void XlsxBook::membersSheets(core::Progress& progress) {
    const core::ReportMembers& m = m_c.members;
    const auto rows = std::int64_t(m.labels.size());
    const std::int64_t perSheet = std::max<std::int64_t>(2, m_options.maxRowsPerSheet) - 1;
    const QString base = m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Members"));
    const QString idHeader = m.idColumn.empty() ? m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Row"))
                                                : QString::fromStdString(m.idColumn);
    std::vector<QString> names;
    for (int s = -1; s < int(m_c.segments.size()); ++s) {
        names.push_back(segmentName(s));
    }
    lxw_worksheet* ws = nullptr;
    int sheets = 0;
    std::int64_t row = 0; // within the current sheet, header excluded
    for (std::int64_t r = 0; r < rows; ++r) {
        const int label = m.labels[std::size_t(r)];
        if (label == core::kUnassigned) {
            continue; // not segmented (dropped for missing values): not a member
        }
        if (!ws || row == perSheet) {
            // Past Excel's row limit the list continues on the next sheet, header repeated.
            ++sheets;
            ws = sheet(sheets == 1 ? base : QStringLiteral("%1 %2").arg(base).arg(sheets));
            header(ws, 0,
                   {idHeader, m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Segment")),
                    m_t.t(QT_TRANSLATE_NOOP("gugus::report", "Segment name"))});
            worksheet_set_column(ws, 0, 0, 16, nullptr);
            worksheet_set_column(ws, 2, 2, 30, nullptr);
            row = 0;
        }
        ++row;
        if (m.ids.empty()) {
            number(ws, int(row), 0, double(r + 1));
        } else {
            text(ws, int(row), 0, QString::fromStdString(m.ids[std::size_t(r)]));
        }
        if (label >= 0) {
            number(ws, int(row), 1, double(label + 1));
        }
        text(ws, int(row), 2, names[std::size_t(label + 1)]);
        if (r % kCheckEvery == 0) {
            progress.throwIfCancelled();
            progress.report(r, rows, "report.xlsx");
        }
    }
}

void XlsxBook::write(core::Progress& progress) {
    summarySheet();
    segmentsSheet();
    if (m_c.sections.profiles) {
        profilesSheet();
        productsSheet();
    }
    offersSheet();
    metricsSheet();
    if (m_c.sections.method) {
        methodSheet();
    }
    progress.throwIfCancelled();
    if (m_c.sections.members) {
        membersSheets(progress);
    }
    progress.throwIfCancelled();
    lxw_workbook* book = m_book;
    m_book = nullptr;
    check(workbook_close(book));
}

} // namespace detail

void writeXlsx(const core::ReportContent& content, const ReportText& text, const std::string& path,
               core::Progress& progress, const XlsxOptions& options) {
    detail::XlsxBook(content, text, path, options).write(progress);
}

} // namespace gugus::report
