#pragma once

#include "report/number_format.h"
#include "report/report_text.h"
#include "report/xlsx_writer.h"

#include <xlsxwriter.h>

#include <QColor>
#include <QString>

#include <map>

/// Internal to ui/report: the workbook and its sheets (xlsx_book.cpp: cells and formats;
/// xlsx_sheets.cpp: one method per sheet).
namespace gugus::report::detail {

class XlsxBook {
public:
    XlsxBook(const core::ReportContent& content, const ReportText& text, const std::string& path,
             const XlsxOptions& options);
    ~XlsxBook();
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    /// Writes every sheet and closes the file.
    void write(core::Progress& progress);

private:
    enum class Style { Plain, Title, Header, Label, Percent, Integer, Decimal, Wrap, Date };

    lxw_worksheet* sheet(const QString& name);
    void text(lxw_worksheet* ws, int row, int col, const QString& value,
              Style style = Style::Plain);
    void number(lxw_worksheet* ws, int row, int col, double value, Style style = Style::Plain);
    /// A number shown with its table column's decimals (the cell keeps the full value).
    void number(lxw_worksheet* ws, int row, int col, double value, const NumberColumn& column);
    void header(lxw_worksheet* ws, int row, const QStringList& labels);
    lxw_format* format(Style style);
    lxw_format* fill(const QColor& color);            ///< a cell filled with a segment's colour
    lxw_format* decimals(const NumberColumn& column); ///< "#,##0.00" and the like
    void check(lxw_error error) const;
    QString segmentName(int segment) const { return m_t.segmentName(m_c, segment); }

    void summarySheet();
    void segmentsSheet();
    void profilesSheet();
    void productsSheet();
    void offersSheet();
    void metricsSheet();
    void methodSheet();
    void membersSheets(core::Progress& progress);

    const core::ReportContent& m_c;
    const ReportText& m_t;
    std::string m_path;
    std::string m_tmpdir; ///< the output's folder, for libxlsxwriter's temporary files
    XlsxOptions m_options;
    lxw_workbook* m_book = nullptr;
    std::map<Style, lxw_format*> m_formats;
    std::map<QRgb, lxw_format*> m_fills;
    std::map<int, lxw_format*> m_decimals;
};

} // namespace gugus::report::detail
