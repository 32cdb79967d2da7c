// SPDX-License-Identifier: GPL-3.0-or-later
// The coverage line of the main window: how much of the chosen day the database holds.
#include "coveragelabel.h"

#include "backgroundreader.h"
#include "database.h"
#include "format.h"
#include "mainwindowtext.h"
#include "store.h"

namespace Sailau {

namespace {

// The day says where its races came from: the bundled sample, or the imports by name.
QString sourcesOf(const Store &store, const QDate &day)
{
    QString intro;
    QStringList imports;
    for (const Store::DayBatch &b : store.dayBatches(day)) {
        if (b.kind == QLatin1String("sample"))
            intro += MainWindowText::tr("Sample data from public sources. ");
        else if (b.kind != QLatin1String("synthetic"))
            imports.append(MainWindowText::tr("%1 (import %2)").arg(b.fileName).arg(b.id));
    }
    if (!imports.isEmpty()) {
        const int shown = 3;
        QString list = imports.mid(0, shown).join(QStringLiteral(", "));
        if (imports.size() > shown)
            list = MainWindowText::tr("%1 and %n more", nullptr, int(imports.size() - shown)).arg(list);
        intro += MainWindowText::tr("Imported from %1. ").arg(list);
    }
    return intro;
}

} // namespace

CoverageLabel::CoverageLabel(QWidget *parent)
    : QLabel(parent)
    , m_reader(new BackgroundReader(this))
{
    setObjectName(QStringLiteral("coverageLabel"));
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    setTextFormat(Qt::PlainText);
}

void CoverageLabel::cancel()
{
    m_reader->cancel();
}

void CoverageLabel::showCoverage(const Database *database, const QDate &day)
{
    m_reader->cancel();
    if (!database) {
        setText(MainWindowText::tr("No database is open. Use File → Open Database or File → New Database."));
        return;
    }
    const Store store(database->connection());
    const DatabaseCounts counts = store.counts();
    if (counts.races == 0 && counts.elections == 0) {
        setText(MainWindowText::tr("This database is empty. Load the bundled sample (File → Load the Bundled Sample) "
                                   "or import results."));
        return;
    }
    const std::optional<int> published = store.publishedRaceCount(day);
    QString intro = sourcesOf(store, day);
    if (counts.hasSynthetic)
        intro += MainWindowText::tr("Contains synthetic data, marked as such. ");
    const auto show = [this, intro, published, day](const ComputedSummary &all, int complete) {
        QString text = intro;
        if (published)
            text += MainWindowText::tr("%1 of the %2 races of %3 are here")
                        .arg(Format::count(all.races), Format::count(*published), Format::date(day));
        else
            text += MainWindowText::tr("%Ln race(s) of %1 are here", nullptr, all.races).arg(Format::date(day));
        const int partial = all.races - complete;
        text += MainWindowText::tr("; %1 of them are known only in part: turnout is known for %2, the winner for %3, every "
                                   "candidate's votes for %4. A missing figure shows as —, never as 0.")
                    .arg(Format::count(partial), Format::count(all.racesWithTurnout), Format::count(all.racesWithWinner),
                         Format::count(all.racesWithAllVotes));
        setText(text);
    };
    // Hundreds of thousands of races are counted on another thread.
    const auto electionDay = store.electionDay(day);
    if (electionDay && electionDay->races > BackgroundReader::LargeDay) {
        setText(intro + MainWindowText::tr("Counting the races of %1…").arg(Format::date(day)));
        using Coverage = std::pair<ComputedSummary, int>;
        m_reader->start<Coverage>(database->path(), [day](const Database &db) {
            const Store background(db.connection());
            return Coverage(background.computedSummary(day, 0), background.completeRaceCount(day));
        }, [show](Coverage coverage) { show(coverage.first, coverage.second); });
        return;
    }
    show(store.computedSummary(day, 0), store.completeRaceCount(day));
}

} // namespace Sailau
