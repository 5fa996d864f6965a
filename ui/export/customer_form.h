#pragma once

#include "model/customer_score.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace gugus::ui {

class Document;

/// The form of Segments ▸ Score one customer…: one field per column a model reads, generated
/// from its recipe. Numbers are typed and shown in the column's display units, as the views show
/// its values (the Dataset view's label, unit and scale: "565,6 jt" for an income stored in
/// millions of rupiah), with the training range in the same units; categories are drop-downs of
/// the training categories; products owns / does not own / not known. Columns read only by the
/// model's row rules are drop-downs of the open data's categories when the model is the current
/// segmentation's (a model file keeps no list of them: free text). Identifier columns are not
/// asked. Empty = missing.
class CustomerForm : public QWidget {
    Q_OBJECT
public:
    explicit CustomerForm(Document* document, QWidget* parent = nullptr);

    /// Builds the fields of `model`; `current`: it is the open segmentation's, so the open data
    /// describes its columns.
    void setModel(const core::SegmentModel& model, bool current);
    void clear();
    /// The translated texts of the fields (empty choices, products, ranges, units).
    void retranslate();

    /// The columns of the form, in order.
    QStringList columns() const;
    /// Types `text` into the field of `column` (a number field: in its display units), or picks
    /// the item whose value is `text` in its drop-down ("" = missing / not known; products
    /// "1" / "0").
    bool setValue(const QString& column, const QString& text);
    /// The training range of a number field, in its display units ("" for others).
    QString hint(const QString& column) const;
    /// The unit a number field is typed in, shown beside it ("Rp", "tahun"; "" for none).
    QString unit(const QString& column) const;

    /// The values typed, as the engine reads them: numbers converted to stored units (C locale),
    /// missing ones left out. A number that does not parse: nothing, `error` says which field
    /// (translated) and the field gets the focus.
    std::optional<std::vector<core::CustomerValue>> values(QString& error) const;

private:
    struct Field {
        enum class Kind { Number, Category, Product, Text };
        Kind kind = Kind::Number;
        QString column;
        QLineEdit* edit = nullptr;
        QComboBox* combo = nullptr;
        QLabel* unit = nullptr;
        QLabel* hint = nullptr;
        double min = 0.0; ///< training range, stored units (NaN: not known)
        double max = 0.0;
        bool ruleOnly = false; ///< read only by the model's row rules
    };

    void addField(Field field, const QStringList& choices = {});
    QString rangeText(const Field& field) const;

    Document* m_document;
    QFormLayout* m_form;
    std::vector<Field> m_fields;
};

} // namespace gugus::ui
