#pragma once

#include "common/error.h"
#include "source/db_source.h"
#include "source/xlsx_reader.h"

#include <QString>

namespace gugus::ui {

/// The user-facing, translated sentence for an engine error, with its line/field and subject.
QString errorText(const core::Error& error);
/// A database's refusal: a translated framing sentence naming the database (its URL, never a
/// password) or the table, then the database's own message in full, as it wrote it.
QString dbErrorText(const core::DbError& error);
/// The same for a workbook that cannot be read (old .xls, encrypted, no such sheet ...).
QString errorText(const core::XlsxError& error);
/// Only what is wrong in a JSON file's field, whatever kind of file it is: "the field
/// columns[0].scale must be one of …", or "it is not valid JSON …" (for display files, which
/// share the project files' rules but are not projects).
QString fileFieldText(const core::Error& error);

} // namespace gugus::ui
