#include "support/message.h"

#include <QMessageBox>

namespace gugus::ui {

namespace {

void show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
          bool modal = true) {
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (modal) {
        box->open();
    } else {
        box->setWindowModality(Qt::NonModal);
        box->show();
    }
}

} // namespace

void showWarning(QWidget* parent, const QString& title, const QString& text) {
    show(QMessageBox::Warning, parent, title, text);
}

void showNotice(QWidget* parent, const QString& title, const QString& text) {
    show(QMessageBox::Warning, parent, title, text, false);
}

void showInformation(QWidget* parent, const QString& title, const QString& text) {
    show(QMessageBox::Information, parent, title, text);
}

} // namespace gugus::ui
