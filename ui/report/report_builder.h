#pragma once

#include "report/report_document.h"
#include "report/report_text.h"

/// Internal to ui/report: the builder behind buildReportDocument, one method per section, in
/// two files (report_builder.cpp: cover to profiles; report_builder_pages.cpp: the rest).
namespace gugus::report::detail {

class DocumentBuilder {
public:
    DocumentBuilder(const core::ReportContent& content, const ReportText& text)
        : c(content), t(text) {}

    ReportDocument build();

private:
    void cover();
    void summary();
    void sizes();
    void profiles();
    void segmentPages();
    void segmentPage(const core::SegmentPage& page);
    void glance(int segment); ///< the segment's strongest differences as bars
    void map();
    void selection();
    void sweep(const core::SweepChart& sweep);
    void method();
    void preparation();

    void add(Block block) { m_doc.blocks.push_back(std::move(block)); }
    QColor color(int segment) const;
    QString name(int segment) const { return t.segmentName(c, segment); }
    /// "3 · Savers": number and name, as legends and tables show a segment.
    QString numbered(int segment) const;
    /// "A, B and C" in the report's language.
    QString list(const QStringList& items) const;

    const core::ReportContent& c;
    const ReportText& t;
    ReportDocument m_doc;
};

} // namespace gugus::report::detail
