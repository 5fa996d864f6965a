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

} // namespace gugus::ui
