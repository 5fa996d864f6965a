#include "support/message.h"

#include <QMessageBox>

namespace gugus::ui {

namespace {

void show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text) {
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

void showWarning(QWidget* parent, const QString& title, const QString& text) {
    show(QMessageBox::Warning, parent, title, text);
}

void showInformation(QWidget* parent, const QString& title, const QString& text) {
    show(QMessageBox::Information, parent, title, text);
}

} // namespace gugus::ui
