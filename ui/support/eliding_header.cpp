#include "support/eliding_header.h"

#include <QStringList>
#include <QStyle>
#include <QStyleOptionHeader>

namespace gugus::ui {

ElidingHeader::ElidingHeader(Qt::Orientation orientation, QWidget* parent)
    : QHeaderView(orientation, parent) {
    // As a table view's own header: titles are clickable and follow the selection.
    setSectionsClickable(true);
    setHighlightSections(true);
}

void ElidingHeader::initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const {
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, option, this);
    const int room = sectionSize(logicalIndex) - 2 * margin - 2;
    // Line by line: elidedText measures a title of two lines ("name\n[type]") as one.
    QStringList lines = option->text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        line = option->fontMetrics.elidedText(line, Qt::ElideRight, std::max(0, room));
    }
    option->text = lines.join(QLatin1Char('\n'));
}

} // namespace gugus::ui
