// The one-customer dialog: its form from the model, the scoring through the ScoringController and
// the result in words, a table and colours.
#include "export/customer_score_dialog.h"

#include "controllers/scoring_controller.h"
#include "export/customer_form.h"
#include "profile/segment_traits.h"
#include "segments/shown_name.h"
#include "segments/trait_words.h"
#include "state/document.h"
#include "support/format.h"
#include "support/job_runner.h"
#include "support/live_update.h"
#include "support/number_item.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gugus::ui {

namespace {

enum class Source { Current, File };

QLabel* wrappedLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CustomerScoreDialog::CustomerScoreDialog(ScoringController* scoring, Document* document,
                                         QWidget* parent)
    : QDialog(parent), m_scoring(scoring), m_document(document), m_source(new QComboBox(this)),
      m_path(new QLineEdit(this)), m_browse(new QPushButton(this)), m_load(new QPushButton(this)),
      m_modelInfo(wrappedLabel(this)), m_form(new CustomerForm(document, this)),
      m_segment(wrappedLabel(this)), m_card(wrappedLabel(this)), m_caption(wrappedLabel(this)),
      m_values(new QTableWidget(this)), m_notes(wrappedLabel(this)), m_offers(wrappedLabel(this)),
      m_status(wrappedLabel(this)), m_score(new QPushButton(this)), m_close(new QPushButton(this)) {
    if (m_document->segmentation()) {
        m_source->addItem(QString(), int(Source::Current));
    }
    m_source->addItem(QString(), int(Source::File));
    m_values->setColumnCount(3);
    m_values->verticalHeader()->hide();
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_values->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_values->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_segment->setTextFormat(Qt::RichText);
    m_offers->setTextFormat(Qt::RichText);
    m_status->setStyleSheet(QStringLiteral("color: #b00020"));
    m_score->setDefault(true);
    m_score->setEnabled(false);
    fitTableHeight();

    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source);
    sourceRow->addWidget(m_path, 1);
    sourceRow->addWidget(m_browse);
    sourceRow->addWidget(m_load);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    auto* left = new QVBoxLayout;
    left->addWidget(m_modelInfo);
    left->addWidget(scroll, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_segment);
    right->addWidget(m_card);
    right->addWidget(m_caption);
    right->addWidget(m_values);
    right->addWidget(m_notes);
    right->addWidget(m_offers);
    right->addStretch(1);
    auto* panes = new QHBoxLayout;
    panes->addLayout(left, 5);
    panes->addLayout(right, 6);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_score);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addLayout(panes, 1);
    layout->addLayout(buttons);

    const auto showSource = [this] {
        const bool file = Source(m_source->currentData().toInt()) == Source::File;
        for (QWidget* w : {static_cast<QWidget*>(m_path), static_cast<QWidget*>(m_browse),
                           static_cast<QWidget*>(m_load)}) {
            w->setEnabled(file);
        }
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, [this, showSource] {
        showSource();
        if (Source(m_source->currentData().toInt()) == Source::Current) {
            useCurrentSegmentation();
        }
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a segmentation model"),
                                                          QString(), tr("Gugus models (*.json)"));
        if (!path.isEmpty()) {
            m_path->setText(path);
            loadModel(path);
        }
    });
    connect(m_load, &QPushButton::clicked, this, [this] { loadModel(m_path->text().trimmed()); });
    connect(m_score, &QPushButton::clicked, this, [this] { score(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_scoring, &ScoringController::customerModelReady, this,
            &CustomerScoreDialog::setModel);
    connect(m_scoring, &ScoringController::customerModelFailed, this,
            &CustomerScoreDialog::showFailure);
    connect(m_scoring, &ScoringController::customerScored, this, &CustomerScoreDialog::showScore);
    connect(m_scoring, &ScoringController::customerScoringFailed, this,
            &CustomerScoreDialog::showFailure);
    // The analyst renames or keeps a suggested name, or changes the Offers view's setting:
    // the result shown follows (the offers on the next Score).
    connect(m_document, &Document::segmentStyleChanged, this, [this] {
        if (m_last) {
            showScore(*m_last);
        }
    });
    showSource();
    onLanguageChange(this, [this] { retranslate(); });
    retranslate();
    resize(980, 600);
    if (m_document->segmentation()) {
        useCurrentSegmentation();
    }
}

void CustomerScoreDialog::retranslate() {
    setWindowTitle(tr("Score one customer"));
    if (const int i = m_source->findData(int(Source::Current)); i >= 0) {
        m_source->setItemText(i, tr("The current segmentation"));
    }
    m_source->setItemText(m_source->findData(int(Source::File)), tr("A model file"));
    m_path->setPlaceholderText(tr("a model saved with Segments ▸ Save segmentation model"));
    m_browse->setText(tr("Browse…"));
    m_load->setText(tr("Load"));
    m_score->setText(tr("Score"));
    m_close->setText(tr("Close"));
    m_values->setHorizontalHeaderLabels({tr("Segment"), tr("Name"), QString()});
    m_form->retranslate();
    wordModelInfo();
    if (m_last) {
        showScore(*m_last);
    }
}

QFuture<Outcome> CustomerScoreDialog::loadModel(const QString& path) {
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the model file first."));
        return finishedWith(Outcome::failure(m_status->text()));
    }
    m_source->setCurrentIndex(m_source->findData(int(Source::File)));
    m_path->setText(path);
    m_status->clear();
    return m_scoring->loadCustomerModel(path);
}

QFuture<Outcome> CustomerScoreDialog::useCurrentSegmentation() {
    m_status->clear();
    return m_scoring->useCurrentModel();
}

void CustomerScoreDialog::showFailure(const QString& error) {
    m_status->setText(error);
}

void CustomerScoreDialog::clearForm() {
    m_form->clear();
    m_last.reset();
    m_segment->clear();
    m_card->clear();
    m_caption->clear();
    m_values->setRowCount(0);
    fitTableHeight();
    m_notes->clear();
    m_offers->clear();
}

void CustomerScoreDialog::setModel(std::shared_ptr<const core::SegmentModel> model, bool current) {
    clearForm();
    m_model = std::move(model);
    m_segmentation = current ? m_document->segmentationPtr() : nullptr;
    m_form->setModel(*m_model, current);
    m_score->setEnabled(true);
    wordModelInfo();
}

void CustomerScoreDialog::wordModelInfo() {
    if (m_model) {
        const int k = m_model->k;
        m_modelInfo->setText(
            m_segmentation ? tr("The current segmentation: %n segments.", nullptr, k)
                           : tr("Model %1: %n segments, trained on %L2 customers.", nullptr, k)
                                 .arg(m_path->text())
                                 .arg(m_model->trainingRows));
    } else {
        m_modelInfo->setText(tr("Choose a model: its form appears here."));
    }
}

double CustomerScoreDialog::offerSupport() const {
    return offerSupportIsAnalysts() ? m_scoring->offerSupport() : core::kDefaultOfferSupport;
}

bool CustomerScoreDialog::offerSupportIsAnalysts() const {
    // With an analysis open, its Offers view's setting; a model file alone keeps none.
    return m_segmentation != nullptr || m_document->segmentation() != nullptr;
}

QFuture<Outcome> CustomerScoreDialog::score() {
    if (!m_model) {
        m_status->setText(tr("Choose a model first."));
        return finishedWith(Outcome::failure(m_status->text()));
    }
    QString error;
    auto values = m_form->values(error);
    if (!values) {
        m_status->setText(error);
        return finishedWith(Outcome::failure(error));
    }
    m_status->clear();
    m_scoredSupport = {offerSupport(), offerSupportIsAnalysts()};
    return m_scoring->scoreCustomer(m_model, std::move(*values), m_scoredSupport.share);
}

QString CustomerScoreDialog::nameOf(int segment, bool* suggested) const {
    if (suggested) {
        *suggested = false;
    }
    if (m_segmentation) { // the names the Overview shows now, in the language shown now
        const ShownName shown = shownName(*m_document, segment);
        if (suggested) {
            *suggested = shown.suggested;
        }
        return shown.text;
    }
    const auto& names = m_model->names;
    return segment < int(names.size()) ? QString::fromStdString(names[std::size_t(segment)])
                                       : QString();
}

QColor CustomerScoreDialog::colorOf(int segment) const {
    return m_segmentation ? m_document->segmentColor(segment) : Document::defaultColor(segment);
}

void CustomerScoreDialog::showScore(const core::CustomerScore& score) {
    m_last = score;
    const core::SegmentModel& m = *m_model;
    if (score.segment >= 0) {
        // Numbered from 1 as every view numbers them; a name that only repeats it is left out.
        // A suggestion not yet kept is set in italics and said to be one, as in the Overview.
        bool suggested = false;
        const QString name = nameOf(score.segment, &suggested);
        const QString numbered = tr("Segment %1").arg(score.segment + 1);
        const QString shown =
            name.isEmpty() || name == numbered
                ? numbered.toHtmlEscaped()
                : tr("Segment %1: %2")
                      .arg(score.segment + 1)
                      .arg(suggested ? QStringLiteral("<i>%1</i> %2")
                                           .arg(name.toHtmlEscaped(),
                                                tr("(suggested name)").toHtmlEscaped())
                                     : name.toHtmlEscaped());
        m_segment->setText(
            QStringLiteral("<span style=\"color:%1; font-size:x-large\">&#9632;</span> <b>%2</b>")
                .arg(colorOf(score.segment).name(), shown));
    } else {
        const bool atypical = std::any_of(score.notes.begin(), score.notes.end(), [](auto& n) {
            return n.kind == core::ScoreNote::Kind::Atypical;
        });
        m_segment->setText(
            QStringLiteral("<b>%1</b>")
                .arg((atypical ? tr("No segment: atypical, no core customer within eps.")
                               : tr("No segment: this customer cannot be scored (see the notes)."))
                         .toHtmlEscaped()));
    }
    QStringList card;
    if (m_segmentation && score.segment >= 0) {
        const auto& profile = m_segmentation->result.profile;
        for (const auto& s : profile.segments) {
            if (s.segment == score.segment) {
                for (const auto& t : core::distinctiveTraits(profile, s, 3)) {
                    card << QStringLiteral("• ") +
                                TraitWords::describe(t, m_document->columnLabels());
                }
            }
        }
    }
    m_card->setText(card.join(QLatin1Char('\n')));
    m_card->setVisible(!card.isEmpty());
    m_caption->setText(valuesCaption(score));
    const bool probability = score.measure == core::CustomerScore::Measure::Probability;
    m_values->setHorizontalHeaderLabels(
        {tr("Segment"), tr("Name"), probability ? tr("Probability") : tr("Distance")});
    m_values->setRowCount(score.values.empty() ? 0 : m.k);
    for (int s = 0; s < m_values->rowCount(); ++s) {
        const double v = score.values[std::size_t(s)];
        auto* number = new QTableWidgetItem(QLocale().toString(s + 1));
        number->setData(Qt::DecorationRole, colorOf(s));
        bool suggested = false;
        auto* name = new QTableWidgetItem(nameOf(s, &suggested));
        if (suggested) {
            name->setToolTip(tr("Suggested name (not kept yet in the Overview)"));
        }
        auto* value =
            new NumberItem(probability ? formatPercent(v, 1) : QLocale().toString(v, 'f', 4), v);
        for (QTableWidgetItem* item : {number, name, static_cast<QTableWidgetItem*>(value)}) {
            QFont font = item->font();
            font.setBold(s == score.segment);
            font.setItalic(item == name && suggested);
            item->setFont(font);
        }
        m_values->setItem(s, 0, number);
        m_values->setItem(s, 1, name);
        m_values->setItem(s, 2, value);
    }
    m_values->resizeColumnToContents(0);
    m_values->resizeColumnToContents(2);
    fitTableHeight();
    m_notes->setText(score.notes.empty()
                         ? tr("Notes: none.")
                         : tr("Notes: %1.").arg(ScoringController::notesText(score.notes)));
    m_offers->setText(offersHtml(score));
}

/// The table as tall as its rows (at most 12 shown), so the texts below it keep their room.
void CustomerScoreDialog::fitTableHeight() {
    const int rows = std::min(m_values->rowCount(), 12);
    m_values->setFixedHeight(m_values->horizontalHeader()->sizeHint().height() +
                             rows * m_values->verticalHeader()->defaultSectionSize() +
                             2 * m_values->frameWidth());
}

QString CustomerScoreDialog::valuesCaption(const core::CustomerScore& score) const {
    if (score.values.empty()) {
        return tr("No distances: the customer could not be prepared for the model.");
    }
    if (score.measure == core::CustomerScore::Measure::Probability) {
        return tr("Membership probability of each segment (Gaussian mixture): the customer "
                  "belongs to the most probable one.");
    }
    if (m_model->algorithm == core::Algorithm::Dbscan) {
        return tr("Distance to the nearest core customer of each segment (DBSCAN): a customer "
                  "farther than eps = %1 from all of them is atypical.")
            .arg(formatNumber(score.eps));
    }
    QString over = tr("over the scaled features");
    if (score.distance == core::Dissimilarity::Gower) {
        over = tr("Gower's distance over the raw columns");
    } else if (score.reduced) {
        over = tr("over the model's principal components");
    }
    const QString kind = score.distance == core::Dissimilarity::Manhattan
                             ? tr("Manhattan distance %1").arg(over)
                             : (score.distance == core::Dissimilarity::Gower
                                    ? over
                                    : tr("Euclidean distance %1").arg(over));
    return tr("%1 to each segment: the customer belongs to the nearest.").arg(kind);
}

QString CustomerScoreDialog::offersHtml(const core::CustomerScore& score) const {
    QString html = QStringLiteral("<b>%1</b> ").arg(tr("Offers:").toHtmlEscaped());
    const QString support = formatPercent(m_scoredSupport.share, 0);
    const QString rule =
        QStringLiteral("<br><small>%1</small>")
            .arg((m_scoredSupport.analysts
                      ? tr("Products owned by at least %1 of the segment, as set in the Offers "
                           "view.")
                            .arg(support)
                      : tr("Products owned by at least %1 of the segment: the default, as no "
                           "analysis is open and a model file keeps no offer setting.")
                            .arg(support))
                     .toHtmlEscaped());
    if (!score.offersKnown) {
        return html + tr("this model holds no product ownership data (its training data had no "
                         "0/1 product column, or it was saved by an older version of Gugus), so "
                         "no product can be offered.")
                          .toHtmlEscaped();
    }
    if (score.segment < 0) {
        return html + tr("none, the customer has no segment.").toHtmlEscaped();
    }
    if (score.offers.empty()) {
        return html +
               tr("none: the customer already owns every product that at least %1 of the "
                  "segment own.")
                   .arg(support)
                   .toHtmlEscaped() +
               rule;
    }
    QStringList items;
    for (const core::CustomerOffer& o : score.offers) {
        QString line = tr("%1: owned by %2 of the segment")
                           .arg(m_document->columnLabels().label(o.product.product),
                                formatPercent(o.product.rate, 0));
        if (std::isfinite(o.product.lift)) {
            line +=
                QStringLiteral(", ") + tr("%1× the average").arg(formatNumber(o.product.lift, 2));
        }
        if (!o.ownershipKnown) {
            line += QStringLiteral(" ") + tr("(ownership not given)");
        }
        items << QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    }
    html +=
        QStringLiteral("<ul style=\"margin:0\">") + items.join(QString()) + QStringLiteral("</ul>");
    if (!score.owned.empty()) {
        QStringList owned;
        for (const auto& p : score.owned) {
            owned << m_document->columnLabels().label(p);
        }
        html += tr("Already owns: %1.").arg(owned.join(QStringLiteral(", "))).toHtmlEscaped();
    }
    return html + rule;
}

QStringList CustomerScoreDialog::columns() const {
    return m_form->columns();
}

bool CustomerScoreDialog::setValue(const QString& column, const QString& text) {
    return m_form->setValue(column, text);
}

QString CustomerScoreDialog::hint(const QString& column) const {
    return m_form->hint(column);
}

QString CustomerScoreDialog::segmentText() const {
    return m_segment->text();
}
QString CustomerScoreDialog::cardText() const {
    return m_card->text();
}
QString CustomerScoreDialog::notesText() const {
    return m_notes->text();
}
QString CustomerScoreDialog::offersText() const {
    return m_offers->text();
}
QString CustomerScoreDialog::statusText() const {
    return m_status->text();
}

} // namespace gugus::ui
