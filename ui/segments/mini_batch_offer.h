#pragma once

#include "cluster/kmeans.h"

#include <QWidget>

#include <cstdint>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace gugus::ui {

/// Mini-batch K-Means in the K-Means settings, offered for large tables: from kOfferRows
/// customers a note says what it is and why, with a checkbox and the rows per batch. Below the
/// threshold it stays hidden unless it is on (e.g. a project saved with it).
class MiniBatchOffer : public QWidget {
    Q_OBJECT
public:
    /// Tables from this many rows get the offer.
    static constexpr std::int64_t kOfferRows = 1'000'000;

    explicit MiniBatchOffer(QWidget* parent = nullptr);

    /// The customers of the open table (0 = none): decides whether the offer shows.
    void setRows(std::int64_t rows);
    bool isOn() const;
    /// Turns mini-batch on or off in `options` (algorithm and batch size); `fullAlgorithm` is the
    /// method used when it is off (Lloyd or Elkan).
    void apply(core::KMeansOptions& options, core::KMeansAlgorithm fullAlgorithm) const;
    void setOptions(const core::KMeansOptions& options);
    QCheckBox* checkBox() const { return m_use; }
    QLabel* note() const { return m_note; }

signals:
    void toggled(bool on);

private:
    void retranslate();
    void update();

    std::int64_t m_rows = 0;
    QLabel* m_note;
    QCheckBox* m_use;
    QLabel* m_batchLabel;
    QSpinBox* m_batchSize;
};

} // namespace gugus::ui
