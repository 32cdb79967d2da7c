// SPDX-License-Identifier: GPL-3.0-or-later
#include "racedetailpanel.h"

#include "candidatelistmodel.h"
#include "format.h"

#include <QGridLayout>

#include <algorithm>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace Sailau {

namespace {

QLabel *makeLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setOpenExternalLinks(true);
    return label;
}

} // namespace

RaceDetailPanel::RaceDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_candidates(new CandidateListModel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    m_content = new QWidget(scroll);
    scroll->setWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);

    m_empty = new QLabel(tr("Select a race in the table to see its candidates, figures and sources."), m_content);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);

    m_title = makeLabel(QString(), m_content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_subtitle = makeLabel(QString(), m_content);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_subtitle);

    auto *candidatesBox = new QGroupBox(tr("Candidates"), m_content);
    auto *candidatesLayout = new QVBoxLayout(candidatesBox);
    m_candidateView = new QTableView(candidatesBox);
    m_candidateView->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_candidateView->setModel(m_candidates);
    m_candidateView->setObjectName(QStringLiteral("candidateView"));
    m_candidateView->setAccessibleName(tr("Candidates of the selected race"));
    m_candidateView->verticalHeader()->hide();
    m_candidateView->horizontalHeader()->setStretchLastSection(false);
    m_candidateView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_candidateView->setWordWrap(false);
    m_candidateView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidateView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_candidateView->setAlternatingRowColors(true);
    m_candidateView->setMinimumHeight(120);
    m_candidateView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    candidatesLayout->addWidget(m_candidateView);
    m_noCandidates = new QLabel(tr("No candidate of this race is known to Sailau's sources."), candidatesBox);
    m_noCandidates->setEnabled(false);
    candidatesLayout->addWidget(m_noCandidates);
    layout->addWidget(candidatesBox);

    auto *figuresBox = new QGroupBox(tr("Figures"), m_content);
    m_figures = new QGridLayout(figuresBox);
    layout->addWidget(figuresBox);

    auto *metricsBox = new QGroupBox(tr("Metrics"), m_content);
    m_metrics = new QGridLayout(metricsBox);
    layout->addWidget(metricsBox);

    auto *sourcesBox = new QGroupBox(tr("Sources"), m_content);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    m_sources = makeLabel(QString(), sourcesBox);
    m_sources->setObjectName(QStringLiteral("sourcesLabel"));
    m_sources->setWordWrap(true);
    m_sources->setTextFormat(Qt::RichText);
    sourcesLayout->addWidget(m_sources);
    layout->addWidget(sourcesBox);
    layout->addStretch(1);

    setRace(std::nullopt);
}

void RaceDetailPanel::clearGrid(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString RaceDetailPanel::sourceMarks(const QStringList &urls)
{
    QStringList marks;
    for (const QString &url : urls) {
        int n = int(m_sourceOrder.indexOf(url));
        if (n < 0) {
            m_sourceOrder.append(url);
            n = int(m_sourceOrder.size()) - 1;
        }
        marks.append(QStringLiteral("<a href=\"%1\">[%2]</a>").arg(url.toHtmlEscaped()).arg(n + 1));
    }
    return marks.join(QLatin1Char(' '));
}

QLabel *RaceDetailPanel::valueLabel(const QString &key) const
{
    return m_valueLabels.value(key);
}

void RaceDetailPanel::setRace(const std::optional<RaceDetail> &race)
{
    m_race = race;
    m_candidates->setRace(race);
    clearGrid(m_figures);
    clearGrid(m_metrics);
    m_valueLabels.clear();
    m_sourceOrder.clear();

    const bool hasRace = race.has_value();
    m_empty->setVisible(!hasRace);
    for (QWidget *w : m_content->findChildren<QGroupBox *>(QString(), Qt::FindDirectChildrenOnly))
        w->setVisible(hasRace);
    m_title->setVisible(hasRace);
    m_subtitle->setVisible(hasRace);
    if (!hasRace)
        return;

    const RaceDetail &r = *race;
    showTitle(r);
    // Sources of the race as a whole come first in the numbering.
    sourceMarks(r.sourcesFor(QString()));
    showFigures(r);
    showMetrics(r);
    showSources(r);
    showCandidateColumns(r);
}

void RaceDetailPanel::showTitle(const RaceDetail &r)
{
    m_title->setText(r.region.id ? tr("%1, %2").arg(r.territory.displayName(), r.region.displayName())
                                 : r.territory.displayName());
    QString subtitle = tr("%1 · %2").arg(Format::date(r.date), r.electionTitle);
    if (r.synthetic)
        subtitle += QStringLiteral(" · ") + tr("synthetic data, not real results");
    m_subtitle->setText(subtitle);
}

// The stored figures of the race, each with the marks of its sources; a missing one as a dash.
void RaceDetailPanel::showFigures(const RaceDetail &r)
{
    const RaceFigures &f = r.figures;
    const QList<std::pair<QString, Count>> counts = {
        {QStringLiteral("voters"), f.voters},
        {QStringLiteral("ballots_issued"), f.ballotsIssued},
        {QStringLiteral("ballots_cast"), f.ballotsCast},
        {QStringLiteral("invalid"), f.invalid},
        {QStringLiteral("outside_station"), f.outsideStation},
        {QStringLiteral("against_all"), f.againstAll},
        {QStringLiteral("polling_stations"), f.pollingStations},
        {QStringLiteral("candidates_registered"), f.candidatesRegistered},
    };
    int row = 0;
    for (const auto &[key, value] : counts)
        addFigure(row++, key, Format::count(value), value.has_value(), r.sourcesFor(key));
    addFigure(row++, QStringLiteral("turnout_published"),
              f.turnoutPublished ? Format::percentValue(*f.turnoutPublished, 2) : Format::missing(),
              f.turnoutPublished.has_value(), r.sourcesFor(QStringLiteral("turnout_published")));
    // A published "against all" share is shown where a file gave one; its count stays as it is.
    if (r.againstAllPublished)
        addFigure(row++, QStringLiteral("against_all_published"),
                  Format::publishedShare(*r.againstAllPublished, r.againstAllPublishedBasis), true,
                  r.sourcesFor(QStringLiteral("against_all_published")));
    m_figures->setColumnStretch(0, 1);
}

void RaceDetailPanel::addFigure(int row, const QString &key, const QString &text, bool known,
                                const QStringList &sources)
{
    auto *name = new QLabel(Format::fieldName(key), m_content);
    auto *value = makeLabel(text, m_content);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setObjectName(key);
    if (!known) {
        value->setEnabled(false);
        value->setToolTip(tr("Not known: no source gives this figure"));
    }
    auto *marks = makeLabel(known ? sourceMarks(sources) : QString(), m_content);
    marks->setTextFormat(Qt::RichText);
    m_figures->addWidget(name, row, 0);
    m_figures->addWidget(value, row, 1);
    m_figures->addWidget(marks, row, 2);
    m_valueLabels.insert(key, value);
}

// Every metric, one row each, with a note that says why it is missing or how it was computed.
void RaceDetailPanel::showMetrics(const RaceDetail &r)
{
    bool validVotesNoted = false;
    for (int i = 0; i < Metrics::MetricCount; ++i) {
        const auto metric = Metrics::Metric(i);
        QString noteTooltip;
        const QString note = metricNote(r, metric, &validVotesNoted, &noteTooltip);
        addMetric(i, r.metrics, metric, note, noteTooltip);
    }
    m_metrics->setColumnStretch(2, 1);
}

// The note beside a metric: the reason it is missing, what a turnout is a share of, or, on the
// first share of valid votes only, which count is missing when the sum of votes stands in for
// ballots cast − invalid. *validVotesNoted is set once that has been said.
QString RaceDetailPanel::metricNote(const RaceDetail &r, Metrics::Metric metric, bool *validVotesNoted,
                                    QString *noteTooltip) const
{
    const Metrics &m = r.metrics;
    if (!m.value(metric)) {
        if (m.reason(metric) == Metrics::Reason::NoValidVotes)
            *noteTooltip = tr("Valid votes are ballots cast − invalid ballots, or the sum of every candidate's votes and \"against all\" when the full result is known.");
        return m.explain(metric);
    }
    if (metric == Metrics::Metric::Turnout)
        return Metrics::describe(m.turnoutBasis);
    if (m.validVotesBasis == Metrics::ValidVotesBasis::SumOfVotes && Metrics::isShare(metric)
        && metric != Metrics::Metric::InvalidShare && metric != Metrics::Metric::OutsideShare && !*validVotesNoted) {
        *validVotesNoted = true;
        // Why the sum of votes stands in for ballots cast − invalid: say which count is missing.
        if (!r.figures.ballotsCast)
            return tr("of valid votes = all candidates' votes + \"against all\" (ballots cast are not known)");
        return tr("of valid votes = all candidates' votes + \"against all\" (invalid ballots are not known)");
    }
    return {};
}

void RaceDetailPanel::addMetric(int row, const Metrics &m, Metrics::Metric metric, const QString &note,
                                const QString &noteTooltip)
{
    const auto value = m.value(metric);
    auto *name = new QLabel(Metrics::name(metric), m_content);
    name->setWordWrap(true);
    auto *label = makeLabel(Format::metric(metric, value), m_content);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("100.0%")) + 8);
    label->setObjectName(Metrics::key(metric));
    if (!value) {
        label->setEnabled(false);
        label->setToolTip(Format::missingTooltip(m.reason(metric)));
    }
    auto *noteLabel = new QLabel(note, m_content);
    noteLabel->setWordWrap(true);
    noteLabel->setToolTip(noteTooltip);
    noteLabel->setEnabled(value.has_value());
    QFont small = noteLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    noteLabel->setFont(small);
    m_metrics->addWidget(name, row, 0);
    m_metrics->addWidget(label, row, 1);
    m_metrics->addWidget(noteLabel, row, 2);
    m_valueLabels.insert(Metrics::key(metric), label);
}

// The numbered list of sources: the race's, the figures', then the candidates' not yet listed,
// and the file the race came from.
void RaceDetailPanel::showSources(const RaceDetail &r)
{
    for (const CandidateInfo &c : r.candidates)
        sourceMarks(c.sources);

    QStringList items;
    for (int i = 0; i < m_sourceOrder.size(); ++i) {
        const QString url = m_sourceOrder.at(i).toHtmlEscaped();
        items.append(QStringLiteral("[%1] <a href=\"%2\">%2</a>").arg(i + 1).arg(url));
    }
    if (items.isEmpty())
        items.append(tr("No source is recorded for this race."));
    if (!r.batchFile.isEmpty())
        items.append(r.batchKind == QLatin1String("sample")
                         ? tr("Loaded from Sailau's bundled sample (%1).").arg(r.batchFile.toHtmlEscaped())
                         : tr("Imported from %1.").arg(r.batchFile.toHtmlEscaped()));
    m_sources->setText(items.join(QStringLiteral("<br>")));
}

// The candidates' table, or the note that none is known; a column only where some candidate has
// something to show in it.
void RaceDetailPanel::showCandidateColumns(const RaceDetail &r)
{
    const bool anyCandidate = !r.candidates.isEmpty() || r.figures.againstAll;
    const bool anyPublishedShare = std::any_of(r.candidates.begin(), r.candidates.end(),
                                               [](const CandidateInfo &c) { return c.voteSharePublished.has_value(); });
    m_candidateView->setColumnHidden(CandidateListModel::PublishedShareColumn,
                                     !anyPublishedShare && !r.againstAllPublished);
    // The candidates' person only where a source says something of it.
    auto anyOf = [&r](auto known) { return std::any_of(r.candidates.begin(), r.candidates.end(), known); };
    m_candidateView->setColumnHidden(CandidateListModel::SexColumn,
                                     !anyOf([](const CandidateInfo &c) { return !c.sex.isEmpty(); }));
    m_candidateView->setColumnHidden(CandidateListModel::BornColumn,
                                     !anyOf([](const CandidateInfo &c) { return c.birthYear || c.age; }));
    m_candidateView->setColumnHidden(CandidateListModel::OccupationColumn,
                                     !anyOf([](const CandidateInfo &c) { return !c.occupation.isEmpty(); }));
    m_candidateView->setColumnHidden(CandidateListModel::IncumbentColumn,
                                     !anyOf([](const CandidateInfo &c) { return c.incumbent.has_value(); }));
    m_candidateView->setVisible(anyCandidate);
    m_noCandidates->setVisible(!anyCandidate);
    m_candidateView->resizeColumnsToContents();
}

} // namespace Sailau
