#include "support/eliding_header.h"

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
    option->text = option->fontMetrics.elidedText(option->text, Qt::ElideRight, std::max(0, room));
}

} // namespace gugus::ui
