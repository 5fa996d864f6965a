#pragma once

#include <QHeaderView>

namespace gugus::ui {

/// A table header whose section titles end in "…" when longer than their section, instead of
/// being cut at both ends (Qt 6.4's styles clip a centred title; the header's text elide mode
/// is not applied). The whole title stays in the model's tooltip.
class ElidingHeader : public QHeaderView {
    Q_OBJECT
public:
    explicit ElidingHeader(Qt::Orientation orientation, QWidget* parent = nullptr);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override;
};

} // namespace gugus::ui
