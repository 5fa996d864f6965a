#include "report_fixture.h"

#include "data/csv_reader.h"
#include "test_support.h"

#include <QProcess>

#include <map>

namespace gugus::test {

const core::Table& sampleTable() {
    static const core::Table table = [] {
        core::NullProgress p;
        return core::readCsvFile(samplePath(), core::CsvOptions{}, p).table;
    }();
    return table;
}

namespace {

core::Recipe sampleRecipe() {
    core::Recipe recipe = core::Recipe::defaults(sampleTable());
    for (core::ColumnSpec& spec : recipe.columns) {
        if (spec.name.rfind("Produk_", 0) == 0) {
            spec.role = core::Role::ProfileOnly;
            spec.group = "Products";
        }
    }
    return recipe;
}

} // namespace

const SampleRun& sampleRun(int k) {
    static std::map<int, SampleRun> runs;
    auto it = runs.find(k);
    if (it != runs.end()) {
        return it->second;
    }
    const core::Recipe recipe = sampleRecipe();
    SampleRun run;
    if (k > 0) {
        run.options.k = k;
    }
    run.options.kMin = 2;
    run.options.kMax = 6;
    run.options.kmeans.seed = 11;
    run.options.kmeans.nInit = 2;
    core::NullProgress p;
    run.result = core::runSegmentation(sampleTable(), recipe, run.options, p);
    return runs.emplace(k, std::move(run)).first->second;
}

core::ReportSettings testSettings() {
    core::ReportSettings s;
    s.title = "FundFusion customer segments";
    s.author = "Dewi Lestari";
    s.dataset = "fundfusion_sample.csv";
    s.date = {2026, 11, 30};
    s.names = {"Savers", "<script>alert(1)</script>"};
    s.actions = {"Invite them to the premium deposit campaign in Q1."};
    return s;
}

core::ReportContent sampleContent(int k, const core::ReportSettings& settings) {
    const SampleRun& run = sampleRun(k);
    core::NullProgress p;
    return core::buildReportContent(sampleTable(), run.options, run.result, settings, p);
}

core::ReportContent sampleContent(const core::SegmentationOptions& options,
                                  const core::ReportSettings& settings) {
    core::NullProgress p;
    const core::SegmentationResult result =
        core::runSegmentation(sampleTable(), sampleRecipe(), options, p);
    return core::buildReportContent(sampleTable(), options, result, settings, p);
}

QString writeSample(const core::ReportContent& content, const QString& dir, const QString& file,
                    const QString& language, report::XlsxOptions xlsx) {
    const QString path = dir + QLatin1Char('/') + file;
    report::ReportOptions options;
    options.format = *report::reportFormatFor(path);
    options.language = language;
    options.xlsx = xlsx;
    core::NullProgress p;
    report::writeReport(content, options, path, p);
    return path;
}

int run(const QString& program, const QStringList& args, QString* out, bool withErrors) {
    QProcess process;
    if (withErrors) {
        process.setProcessChannelMode(QProcess::MergedChannels);
    }
    process.start(program, args);
    if (!process.waitForFinished(120000)) {
        return -1;
    }
    if (out) {
        *out = QString::fromUtf8(process.readAllStandardOutput());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int python(const QString& script, const QStringList& args, QString* out) {
    return run(QStringLiteral("/usr/bin/python3"),
               QStringList{QStringLiteral(GUGUS_REPORT_TEST_DIR "/") + script} + args, out, true);
}

} // namespace gugus::test
