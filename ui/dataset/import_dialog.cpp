#include "dataset/import_dialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace gugus::ui {

ImportDialog::ImportDialog(const QString& path, QWidget* parent) : QDialog(parent) {
    Q_UNUSED(path);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buttons);
}

} // namespace gugus::ui
