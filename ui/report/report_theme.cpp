#include "report/report_theme.h"

#include <algorithm>
#include <cmath>

namespace gugus::report::theme {

QColor diverging(double t) {
    if (std::isnan(t)) {
        return QColor(0xff, 0xff, 0xff);
    }
    // ColorBrewer RdBu stops (the GUI heatmap's), interpolated in RGB.
    static const QColor stops[] = {QColor(0x21, 0x66, 0xAC), QColor(0x92, 0xC5, 0xDE),
                                   QColor(0xF7, 0xF7, 0xF7), QColor(0xF4, 0xA5, 0x82),
                                   QColor(0xB2, 0x18, 0x2B)};
    const double x = (std::clamp(t, -1.0, 1.0) + 1.0) * 2.0; // 0..4
    const int i = std::min(3, int(std::floor(x)));
    const double f = x - i;
    const QColor& a = stops[i];
    const QColor& b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())),
                            float(a.greenF() + f * (b.greenF() - a.greenF())),
                            float(a.blueF() + f * (b.blueF() - a.blueF())));
}

} // namespace gugus::report::theme
