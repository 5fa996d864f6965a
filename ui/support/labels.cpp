#include "support/labels.h"

#include <QCoreApplication>

namespace gugus::ui {

namespace {

/// Translation context "Labels" for the names below.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
};

} // namespace

QString typeName(core::ColumnType type) {
    switch (type) {
    case core::ColumnType::Numeric:
        return Labels::tr("Numeric");
    case core::ColumnType::Binary:
        return Labels::tr("Binary (0/1)");
    case core::ColumnType::Categorical:
        return Labels::tr("Categorical");
    case core::ColumnType::Id:
        return Labels::tr("Identifier / text");
    }
    return {};
}

QString roleName(core::Role role) {
    switch (role) {
    case core::Role::Feature:
        return Labels::tr("Feature");
    case core::Role::ProfileOnly:
        return Labels::tr("Profile only");
    case core::Role::Id:
        return Labels::tr("Identifier");
    case core::Role::Ignore:
        return Labels::tr("Ignore");
    }
    return {};
}

QString imputationName(core::Imputation imputation) {
    switch (imputation) {
    case core::Imputation::Mean:
        return Labels::tr("Mean");
    case core::Imputation::Median:
        return Labels::tr("Median");
    case core::Imputation::MostFrequent:
        return Labels::tr("Most frequent");
    case core::Imputation::Constant:
        return Labels::tr("Constant");
    case core::Imputation::DropRows:
        return Labels::tr("Drop rows");
    }
    return {};
}

QString encodingName(core::Encoding encoding) {
    switch (encoding) {
    case core::Encoding::OneHot:
        return Labels::tr("One-hot");
    case core::Encoding::Ordinal:
        return Labels::tr("Ordinal");
    }
    return {};
}

QString transformName(core::Transform transform) {
    switch (transform) {
    case core::Transform::None:
        return Labels::tr("None");
    case core::Transform::Log1p:
        return Labels::tr("log(1 + x)");
    }
    return {};
}

QString scalingName(core::Scaling scaling) {
    switch (scaling) {
    case core::Scaling::Standard:
        return Labels::tr("Standard (z-score)");
    case core::Scaling::MinMax:
        return Labels::tr("Min-max (0 to 1)");
    case core::Scaling::Robust:
        return Labels::tr("Robust (median, IQR)");
    case core::Scaling::None:
        return Labels::tr("None");
    }
    return {};
}

QString groupDisplayName(const QString& key) {
    if (key == QLatin1String("Demographics")) {
        return Labels::tr("Demographics");
    }
    if (key == QLatin1String("Products")) {
        return Labels::tr("Products");
    }
    if (key == QLatin1String("Money")) {
        return Labels::tr("Money");
    }
    if (key == QLatin1String("Behaviour")) {
        return Labels::tr("Behaviour");
    }
    if (key == QLatin1String("Other")) {
        return Labels::tr("Other");
    }
    return key;
}

} // namespace gugus::ui
