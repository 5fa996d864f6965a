#pragma once

#include <QColor>
#include <QFont>
#include <QString>

/// The report's look in one place, shared by the PDF pages, the HTML style sheet and the charts,
/// so every format shows the same colours and type.
namespace gugus::report::theme {

inline const QString kFamily = QStringLiteral("DejaVu Sans");
/// Narrower type for dense tables and chart labels (30 segments must still fit).
inline const QString kCondensed = QStringLiteral("DejaVu Sans Condensed");

inline const QColor kInk(0x1d, 0x24, 0x33);        ///< body text
inline const QColor kMuted(0x5b, 0x64, 0x75);      ///< captions, axis labels
inline const QColor kRule(0xd5, 0xda, 0xe3);       ///< table rules, axes
inline const QColor kGrid(0xec, 0xef, 0xf4);       ///< chart grid lines
inline const QColor kZebra(0xf5, 0xf7, 0xfa);      ///< alternate table rows
inline const QColor kAccent(0x1b, 0x3a, 0x5c);     ///< deep blue: cover, headings, header row
inline const QColor kAccentSoft(0xe7, 0xee, 0xf6); ///< callouts, fact tiles
inline const QColor kMark(0xc0, 0x39, 0x2b);       ///< the chosen k, the cut line

/// Diverging scale of the profile heatmap, as the GUI's: blue = lower, red = higher.
QColor diverging(double t); ///< t in -1..1

/// A font of the report's family at `points`, unhinted so measured and printed widths agree.
inline QFont font(double points, bool bold = false, bool condensed = false) {
    QFont f(condensed ? kCondensed : kFamily);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace gugus::report::theme
