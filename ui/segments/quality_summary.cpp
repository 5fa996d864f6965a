#include "segments/quality_summary.h"

#include "metrics/silhouette_rating.h"
#include "segments/quality_words.h"
#include "state/document.h"
#include "support/format.h"
#include "support/live_update.h"

#include <QFormLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace gugus::ui {

namespace {

void setRow(QFormLayout* form, QLabel* field, const QString& label, const QString& tip) {
    if (auto* name = qobject_cast<QLabel*>(form->labelForField(field))) {
        name->setText(label);
        name->setToolTip(tip);
    }
    field->setToolTip(tip);
}

} // namespace

QualitySummary::QualitySummary(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_summary(new QLabel(this)),
      m_rating(new QLabel(this)), m_detailsButton(new QToolButton(this)),
      m_details(new QWidget(this)), m_calinski(new QLabel(m_details)),
      m_davies(new QLabel(m_details)), m_inertia(new QLabel(m_details)) {
    for (QLabel* label : {m_summary, m_rating}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_detailsForm = new QFormLayout(m_details);
    m_detailsForm->setContentsMargins(12, 0, 0, 0);
    m_detailsForm->addRow(QStringLiteral("-"), m_calinski);
    m_detailsForm->addRow(QStringLiteral("-"), m_davies);
    m_detailsForm->addRow(QStringLiteral("-"), m_inertia);
    m_details->setVisible(false);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_details->setVisible(open);
        m_detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_rating);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    followSegmentation(this, document, [this] { refresh(); });
    refresh();
}

QString QualitySummary::text() const {
    return m_summary->text() + QStringLiteral("<br>") + m_rating->text();
}

QString QualitySummary::ratingText() const {
    const Segmentation* seg = m_document->segmentation();
    if (!seg) {
        return QString();
    }
    const auto& s = seg->result.scores;
    return QualityWords::rating(core::silhouetteRating(s.defined ? s.silhouette : std::nan("")));
}

void QualitySummary::refresh() {
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setToolTip(tr("Further measures of how well the segments are separated"));
    setRow(m_detailsForm, m_calinski, tr("Calinski–Harabasz"),
           tr("Spread between segments against spread within them: higher is better"));
    setRow(m_detailsForm, m_davies, tr("Davies–Bouldin"),
           tr("How much each segment resembles its closest neighbour: lower is better"));
    setRow(m_detailsForm, m_inertia, tr("Inertia"),
           tr("Sum of squared distances of customers to their segment centre: lower is tighter"));
    const Segmentation* seg = m_document->segmentation();
    const bool has = seg != nullptr;
    m_rating->setVisible(has);
    m_detailsButton->setVisible(has);
    m_details->setVisible(has && m_detailsButton->isChecked());
    if (!has) {
        m_summary->setText(QString());
        return;
    }
    const auto& s = seg->result.scores;
    const QString silhouette = s.silhouetteSampled ? tr("%1 (estimated on %L2 customers)")
                                                         .arg(formatNumber(s.silhouette, 3))
                                                         .arg(s.silhouetteSampleSize)
                                                   : formatNumber(s.silhouette, 3);
    QString text = tr("<b>k = %1</b>, %L2 customers, %3 s")
                       .arg(seg->result.k)
                       .arg(seg->result.data.x.rows())
                       .arg(formatNumber(seg->result.seconds, 2));
    if (const core::KMeansResult& km = seg->result.kmeans; km.steps > 0) {
        text +=
            QStringLiteral("<br>") +
            tr("Mini-batch K-Means: %L1 batches of %L2 customers").arg(km.steps).arg(km.batchSize);
    }
    if (seg->result.partition.noise > 0) {
        text += QStringLiteral("<br>") +
                tr("Atypical customers (DBSCAN noise): %L1, left out of the metrics")
                    .arg(seg->result.partition.noise);
    }
    m_summary->setText(text);
    const auto rating = core::silhouetteRating(s.defined ? s.silhouette : std::nan(""));
    m_rating->setText(tr("Silhouette: %1 — <b>%2</b><br><i>%3</i>")
                          .arg(s.defined ? silhouette : tr("n/a"), QualityWords::rating(rating),
                               QualityWords::meaning(rating).toHtmlEscaped()));
    QString tip = tr("How well each customer fits its own segment rather than the next "
                     "one, from −1 to 1: above 0.7 strong, 0.5 to 0.7 reasonable, 0.25 "
                     "to 0.5 weak, below 0.25 no substantial structure");
    if (s.defined && s.silhouetteSampled) {
        // Why an estimate: the exact value measures every customer against every other one.
        tip += QStringLiteral("\n\n") +
               tr("Estimated: %L1 randomly drawn customers, each measured against %L2 customers "
                  "drawn evenly from the segments; standard error of the estimate ±%3.")
                   .arg(s.silhouetteSampleSize)
                   .arg(s.silhouetteReferenceSize)
                   .arg(formatNumber(s.silhouetteStandardError, 2));
    }
    m_rating->setToolTip(tip);
    m_calinski->setText(s.defined ? formatNumber(s.calinskiHarabasz, 5) : tr("n/a"));
    m_davies->setText(s.defined ? formatNumber(s.daviesBouldin, 3) : tr("n/a"));
    m_inertia->setText(formatNumber(s.inertia, 6));
}

} // namespace gugus::ui
